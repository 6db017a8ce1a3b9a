"""A chart drawn in two layers: its frame, shared by many charts, and its marks, its own.

Nearly all the cost of drawing an authority's timeline is vl-convert measuring the text of its
axes (the area names and the years): the dots alone draw in a quarter of the time. The frame (the
axes, with their labels and grid) depends only on the rows and the time range, which many
authorities share, so it is drawn once for all of them; each authority's dots are drawn without
axes, on the same scales. `compose` then puts the dots into the frame, where Vega would have put
them: the result is, byte for byte, the chart Vega draws from the whole spec (tests/test_site.py
checks this on up to three corpus authorities of each set of rows and on those whose dots reach
furthest), so what a reader sees never depends on the shortcut.

`Layered` is a spec (a dict, as any other) that says it can be drawn so; publish/charts.py's
ChartRenderer draws the layers and composes them, and draws the whole spec where they cannot be
drawn or do not compose (`compose` raises `LayerError`).
"""
from __future__ import annotations

import copy
import re


class LayerError(ValueError):
    """The two layers' SVG are not as Vega draws them: the whole chart must be drawn instead."""


class Layered(dict):
    """A single-view spec with an x and a y axis, whose y rows are its `encoding.y.sort` (every
    row has data, as a timeline's has): `frame()` and `marks()` give its two layers' specs."""

    def _rows_fixed(self) -> dict:
        spec = copy.deepcopy(dict(self))
        y = spec["encoding"]["y"]
        y["scale"] = {**y.get("scale", {}), "domain": list(y["sort"])}
        return spec

    def frame(self) -> dict:
        """The axes alone: no data, and nothing of the chart's own (its description is not drawn)."""
        spec = self._rows_fixed()
        spec["data"] = {"values": []}
        spec["description"] = "frame"
        return spec

    def marks(self) -> dict:
        """The marks alone, on the same scales. The x axis keeps its format (the dots' accessible
        labels use it) but draws nothing."""
        spec = self._rows_fixed()
        x = spec["encoding"]["x"]
        x["axis"] = {"format": (x.get("axis") or {}).get("format"), "labels": False, "ticks": False,
                     "domain": False, "grid": False}
        if x["axis"]["format"] is None:
            del x["axis"]["format"]
        spec["encoding"]["y"]["axis"] = None
        return spec


# Vega's SVG: the size, a background of that size, the origin of the view, then the view's groups;
# the marks' group is empty in the frame.
_HEAD = re.compile(r'<svg [^>]*?width="([\d.]+)" height="([\d.]+)" viewBox="0 0 [\d.]+ [\d.]+">'
                   r'<rect width="[\d.]+" height="[\d.]+" fill="[^"]*"/>'
                   r'<g fill="none" stroke-miterlimit="10" transform="translate\(([\d.-]+),([\d.-]+)\)">')
_SIZE = re.compile(r'width="[\d.]+" height="[\d.]+" viewBox="0 0 [\d.]+ [\d.]+"><rect width="[\d.]+" height="[\d.]+"')
_ORIGIN = re.compile(r'translate\([\d.-]+,[\d.-]+\)">$')
_MARKS = re.compile(r'<g class="mark-[a-z]+ role-mark marks"[^>]*?(?:/>|>.*?</g>)', re.S)


def _num(x: float) -> str:
    return str(int(x)) if x == int(x) else repr(x)


def compose(frame_svg: str, marks_svg: str) -> str:
    """The frame's SVG with the marks' group in place of its empty one, and its size grown to hold
    both (Vega sizes a chart to the union of what it draws, plus the same padding)."""
    f, m = _HEAD.match(frame_svg), _HEAD.match(marks_svg)
    if f is None or m is None:
        raise LayerError("a layer is not an SVG as Vega draws it")
    empty = _MARKS.findall(frame_svg[f.end():])
    drawn = _MARKS.findall(marks_svg[m.end():])
    if len(empty) != 1 or not empty[0].endswith("/>") or len(drawn) != 1:
        raise LayerError("the layers do not hold one group of marks each")
    fw, fh, fx, fy = map(float, f.groups())
    mw, mh, mx, my = map(float, m.groups())
    x, y = max(fx, mx), max(fy, my)
    w, h = x + max(fw - fx, mw - mx), y + max(fh - fy, mh - my)
    head = _SIZE.sub(f'width="{_num(w)}" height="{_num(h)}" viewBox="0 0 {_num(w)} {_num(h)}">'
                     f'<rect width="{_num(w)}" height="{_num(h)}"', frame_svg[:f.end()], count=1)
    head = _ORIGIN.sub(f'translate({_num(x)},{_num(y)})">', head, count=1)
    return head + frame_svg[f.end():].replace(empty[0], drawn[0], 1)
