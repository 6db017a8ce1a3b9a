"""The chart worker's shortcut (publish/chart_worker.py): charts of one shape are compiled from
Vega-Lite once and given each their own data; what it draws must be what vl-convert draws from
each whole spec, and a shape whose compiled form depends on more than its data is never reused."""
from __future__ import annotations

from datetime import date

import vl_convert

from publish import charts
from publish.chart_worker import Compiler

GRADES = ["good", "inadequate", "requires_improvement", "outstanding"]


def dots(n: int) -> dict:
    """An authority's timeline dots: n inspections, the overall grade of each."""
    points = [{"date": date(2010 + i, 5, 1 + i), "area": "overall_effectiveness", "grade": GRADES[i % 4]}
              for i in range(n)]
    return charts.timeline(points, [], f"Authority {n}: every judgement since 2009", date(2026, 1, 1)).marks()


def test_charts_of_one_shape_draw_as_each_whole_spec_does():
    compiler = Compiler(vl_convert)
    specs = [dots(n) for n in (3, 5, 2, 4)]
    drawn = [vl_convert.vega_to_svg(compiler.vega(s)) for s in specs]
    assert drawn == [vl_convert.vegalite_to_svg(s) for s in specs]
    assert len(set(drawn)) == len(specs)  # each with its own dots
    assert [trusted for _, trusted in compiler.known.values()] == [True]  # one shape, reused from the third


class _SizedByData:
    """A compiler whose Vega depends on the number of data rows (as a chart sized by its data would)."""
    calls = 0

    def vegalite_to_vega(self, spec: dict) -> dict:
        self.calls += 1
        return {"data": [{"name": "source_0", "values": spec["data"]["values"]}],
                "height": 20 * len(spec["data"]["values"]), "description": spec.get("description")}


def test_a_shape_whose_compiled_form_depends_on_more_than_its_data_is_never_reused():
    vl = _SizedByData()
    compiler = Compiler(vl)
    specs = [{"data": {"values": [{"a": i}] * (i + 1)}, "mark": "bar", "description": str(i)} for i in range(4)]
    assert [compiler.vega(s)["height"] for s in specs] == [20, 40, 60, 80]
    assert vl.calls == 4 and list(compiler.known.values()) == [None]
