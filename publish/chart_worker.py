"""A process that draws Vega-Lite specs to SVG with vl-convert, for publish/chart_pool.py.

    python publish/chart_worker.py [FONT_DIR]

Reads one spec a line (JSON) on stdin, writes one line a spec on stdout: {"svg": "..."} or
{"error": "one line"}. It draws a small chart first, so vl-convert's JavaScript engine is up
before the first real spec arrives. Run as a script (not `-m`): it imports nothing of the project.

Specs that differ only in their inline data and description (the dots of the timelines of all the
authorities with the same rows) compile to the same Vega spec but for those two: the worker
compiles one of them (Vega-Lite to Vega, a third of the cost of drawing such a chart) and gives
the others their own data. It trusts that only after a second one, compiled in full, came out as
the first with its data replaced; the SVG is the same bytes as `vegalite_to_svg` draws.
"""
import copy
import json
import sys

WARM_UP = {"data": {"values": [{"a": "x", "b": 1}]}, "mark": "bar",  # no text: nothing to measure
           "encoding": {"x": {"field": "a", "type": "nominal", "axis": None},
                        "y": {"field": "b", "type": "quantitative", "axis": None}}}


class Compiler:
    def __init__(self, vl_convert):
        self.vl = vl_convert
        self.known = {}  # the spec without its data -> [Vega spec, trusted]; None: never reuse

    @staticmethod
    def _with(vega: dict, spec: dict) -> dict:
        out = copy.copy(vega)
        out["data"] = [dict(vega["data"][0], values=spec["data"]["values"]), *vega["data"][1:]]
        if "description" in spec:
            out["description"] = spec["description"]
        return out

    def vega(self, spec: dict) -> dict:
        data = spec.get("data")
        if not (isinstance(data, dict) and set(data) == {"values"}):
            return self.vl.vegalite_to_vega(spec)
        shape = json.dumps({k: v for k, v in spec.items() if k not in ("data", "description")}, sort_keys=True)
        entry = self.known.get(shape, False)
        if entry and entry[1]:
            return self._with(entry[0], spec)
        vega = self.vl.vegalite_to_vega(spec)
        if entry is False:  # the first of its shape: kept if its data and description are where _with puts them
            first = (vega.get("data") or [{}])[0]
            reusable = first.get("values") == data["values"] and vega.get("description") == spec.get("description")
            self.known[shape] = [vega, False] if reusable else None
        elif entry is not None:  # the second: trusted only if the first, given this one's data, is it
            self.known[shape] = [entry[0], True] if self._with(entry[0], spec) == vega else None
        return vega


def main() -> None:
    import vl_convert

    for folder in sys.argv[1:]:
        vl_convert.register_font_directory(folder)
    vl_convert.vegalite_to_svg(WARM_UP)
    compiler = Compiler(vl_convert)
    out = sys.stdout
    for line in sys.stdin:
        if not line.strip():
            continue
        try:
            reply = {"svg": vl_convert.vega_to_svg(compiler.vega(json.loads(line)))}
        except Exception as e:  # the parent draws this spec itself, and shows the real error
            reply = {"error": f"{type(e).__name__}: {e}".splitlines()[0]}
        out.write(json.dumps(reply) + "\n")
        out.flush()


if __name__ == "__main__":
    main()
