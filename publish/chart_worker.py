"""A process that draws Vega-Lite specs to SVG with vl-convert, for publish/chart_pool.py.

    python publish/chart_worker.py [FONT_DIR]

Reads one spec a line (JSON) on stdin, writes one line a spec on stdout: {"svg": "..."} or
{"error": "one line"}. It draws a small chart first, so vl-convert's JavaScript engine is up
before the first real spec arrives. Run as a script (not `-m`): it imports nothing of the project.
"""
import json
import sys

WARM_UP = {"data": {"values": [{"a": "x", "b": 1}]}, "mark": "bar",  # no text: nothing to measure
           "encoding": {"x": {"field": "a", "type": "nominal", "axis": None},
                        "y": {"field": "b", "type": "quantitative", "axis": None}}}


def main() -> None:
    import vl_convert

    for folder in sys.argv[1:]:
        vl_convert.register_font_directory(folder)
    vl_convert.vegalite_to_svg(WARM_UP)
    out = sys.stdout
    for line in sys.stdin:
        if not line.strip():
            continue
        try:
            reply = {"svg": vl_convert.vegalite_to_svg(json.loads(line))}
        except Exception as e:  # the parent draws this spec itself, and shows the real error
            reply = {"error": f"{type(e).__name__}: {e}".splitlines()[0]}
        out.write(json.dumps(reply) + "\n")
        out.flush()


if __name__ == "__main__":
    main()
