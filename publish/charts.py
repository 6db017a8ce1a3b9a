"""The site's charts: Vega-Lite specs built with altair, rendered to static SVG by vl-convert
(offline: Vega and Vega-Lite are bundled in the vl-convert wheel; no data or font is fetched).

Rendering costs 30-60 ms a chart (mostly measuring its labels; a timeline's axes, the same for many
authorities, are drawn once and its dots alone, publish/chart_layers.py), so `ChartRenderer` keeps each
chart it rendered in the site's `charts/` folder, with the SHA-256 of its spec (and the vl-convert
version) in `charts/index.json`: a rebuild renders only the charts whose data changed; it also
keeps them in the warehouse's chart store, for a site written into a new folder; and it draws in
worker processes, side by side (publish/chart_pool.py). Every spec uses UTC time scales and fixed
grade colours, so the SVG depends on the data alone, never on the machine's time zone or the date
of the build. Specs are built by altair once, with slots for their data (`template`).
"""
from __future__ import annotations

import copy
import functools
import hashlib
import json
import os
import re
import threading
import time
from concurrent.futures import Future
from datetime import date
from pathlib import Path

from publish.chart_layers import Layered, compose

GRADE_ORDER = ["outstanding", "good", "requires_improvement", "adequate", "inadequate"]
GRADE_LABELS = {"outstanding": "Outstanding", "good": "Good",
                "requires_improvement": "Requires improvement", "adequate": "Adequate",
                "inadequate": "Inadequate"}
# Colours a reader can tell apart (and the same in every chart, the map and the tables' CSS).
GRADE_COLOURS = {"outstanding": "#00703c", "good": "#85b84a", "requires_improvement": "#f0a202",
                 "adequate": "#d4b106", "inadequate": "#c8102e"}
VISIT = "Visit (no grades)"
VISIT_COLOUR = "#6f777b"
FONT = "sans-serif"

# Rows of an authority's timeline, top to bottom: the comparable areas, then the others.
AREA_ORDER = ["overall_effectiveness", "leaders", "help_and_protection", "in_care", "in_care_and_care_leavers",
              "care_leavers", "looked_after_permanence", "adoption", "lscb"]
AREA_SHORT = {
    "overall_effectiveness": "Overall effectiveness",
    "leaders": "Impact of leaders",
    "help_and_protection": "Help and protection",
    "in_care": "Children in care",
    "in_care_and_care_leavers": "In care and care leavers",
    "care_leavers": "Care leavers",
    "looked_after_permanence": "Looked after, permanence",
    "adoption": "Adoption",
    "lscb": "LSCB",
    "pre2013_safeguarding_overall": "Safeguarding (pre-2013)",
    "pre2013_safeguarding_capacity": "Safeguarding capacity (pre-2013)",
    "pre2013_lac_overall": "Looked after children (pre-2013)",
    "pre2013_lac_capacity": "LAC capacity (pre-2013)",
}
VISITS_ROW = "Visits"
TIMELINE_START = "2009-01-01"


# --- specs built by altair once, then given each chart's data -----------------------------------
# Building and checking a spec with altair costs more than drawing it, and importing altair most of
# a rebuild's start: each spec is built once with slots (`_slot`, `_rows`) where its data goes,
# and kept in the chart store (`load_templates`, `save_templates`) under the hash of this code and
# altair's version, so a later build fills the same spec without importing altair.
FILL = "__fill__"
_TEMPLATES: dict[str, dict] = {}
_NEW_TEMPLATES: set[str] = set()


def _slot(name: str) -> str:
    return f"{FILL}:{name}"


def _rows(name: str) -> list[dict]:
    return [{FILL: name}]


def _fill(obj, values: dict):
    """The template with every slot replaced by its value."""
    if isinstance(obj, dict):
        return {k: _fill(v, values) for k, v in obj.items()}
    if isinstance(obj, list):
        if len(obj) == 1 and isinstance(obj[0], dict) and set(obj[0]) == {FILL}:
            return values[obj[0][FILL]]
        if len(obj) == 1 and isinstance(obj[0], str) and obj[0].startswith(FILL + ":"):
            return values[obj[0][len(FILL) + 1:]]
        return [_fill(v, values) for v in obj]
    if isinstance(obj, str) and obj.startswith(FILL + ":"):
        return values[obj[len(FILL) + 1:]]
    return obj


def template(name: str, build) -> dict:
    """The spec `name`, built by `build()` (with altair) if no build kept it."""
    spec = _TEMPLATES.get(name)
    if spec is None:
        spec = _TEMPLATES[name] = build()
        _NEW_TEMPLATES.add(name)
    return spec


@functools.cache
def _templates_digest() -> str:
    """The hash of the code that builds the specs and of altair's version (read once a process)."""
    from importlib.metadata import version

    here = Path(__file__).parent
    code = "".join((here / f).read_text(encoding="utf-8") for f in ("charts.py", "map.py", "font.py"))
    return hashlib.sha256(f"{code}|altair {version('altair')}".encode()).hexdigest()[:16]


def _templates_file(folder: Path) -> Path:
    return Path(folder) / f"templates-{_templates_digest()}.json"


def load_templates(folder: Path | None) -> None:
    """Take the specs a former build kept in `folder`, or `make setup` in publish/ (`python -m
    publish.charts`), if built by this code and this altair."""
    for place in ([folder] if folder else []) + [Path(__file__).parent]:
        try:
            kept = json.loads(_templates_file(place).read_text(encoding="utf-8"))
        except (OSError, ValueError):
            continue
        if isinstance(kept, dict):
            for name, spec in kept.items():
                _TEMPLATES.setdefault(name, spec)
            return


def build_templates() -> None:
    """Build every spec template with altair (what a first build would)."""
    from publish import map as england_map

    template("grade-counts", _grade_counts)
    template("region-counts", _region_counts)
    template("per-month", _per_month)
    for with_visit in (False, True):
        template(f"timeline-{'visits' if with_visit else 'grades'}", lambda: _timeline_template(with_visit))
    england_map._template()


def save_templates(folder: Path | None) -> None:
    """Keep the specs built in this process in `folder` (the others made by other code go)."""
    if folder is None or not _NEW_TEMPLATES:
        return
    try:
        path = _templates_file(folder)
        folder.mkdir(parents=True, exist_ok=True)
        tmp = path.with_name(f"{path.name}.{os.getpid()}.tmp")
        tmp.write_text(json.dumps(_TEMPLATES, sort_keys=True), encoding="utf-8")
        os.replace(tmp, path)
        for old in folder.glob("templates-*.json"):
            if old != path:
                old.unlink()
        _NEW_TEMPLATES.clear()
    except OSError:
        pass


def area_short(area: str) -> str:
    return AREA_SHORT.get(area, area.replace("_", " ").capitalize())


def _grade_scale(with_visit: bool = False) -> "alt.Scale":
    import altair as alt

    domain = [GRADE_LABELS[g] for g in GRADE_ORDER] + ([VISIT] if with_visit else [])
    colours = [GRADE_COLOURS[g] for g in GRADE_ORDER] + ([VISIT_COLOUR] if with_visit else [])
    return alt.Scale(domain=domain, range=colours)


def _config(chart):
    return (chart.configure(font=FONT, background="white")
            .configure_view(stroke=None)
            .configure_axis(labelFontSize=11, titleFontSize=12)
            .configure_legend(labelFontSize=11, titleFontSize=12, orient="bottom", columns=3))


def grade_counts(counts: dict[str, int], title: str) -> dict:
    """Bar chart: how many authorities hold each grade."""
    values = [{"grade": GRADE_LABELS[g], "order": i, "authorities": counts.get(g, 0)}
              for i, g in enumerate(GRADE_ORDER) if g != "adequate" or counts.get(g)]
    return _fill(template("grade-counts", _grade_counts),
                 {"values": values, "title": title, "sort": [v["grade"] for v in values]})


def _grade_counts() -> dict:
    import altair as alt

    bars = alt.Chart(alt.Data(values=_rows("values")), title=_slot("title")).mark_bar().encode(
        x=alt.X("grade:N", sort=[_slot("sort")], title=None, axis=alt.Axis(labelAngle=0)),
        y=alt.Y("authorities:Q", title="Authorities", axis=alt.Axis(tickMinStep=1)),
        color=alt.Color("grade:N", scale=_grade_scale(), legend=None))
    text = bars.mark_text(dy=-6, fontSize=12).encode(text="authorities:Q", color=alt.value("#0b0c0c"))
    return _config((bars + text).properties(width=420, height=220)).to_dict()


def region_counts(rows: list[dict], title: str) -> dict:
    """Stacked bars: per region, how many authorities hold each grade. rows: region, grade, n."""
    values = [{"region": r["region"], "grade": GRADE_LABELS[r["grade"]], "order": GRADE_ORDER.index(r["grade"]),
               "authorities": r["n"]} for r in rows]
    return _fill(template("region-counts", _region_counts), {"values": values, "title": title})


def _region_counts() -> dict:
    import altair as alt

    chart = alt.Chart(alt.Data(values=_rows("values")), title=_slot("title")).mark_bar().encode(
        y=alt.Y("region:N", title=None, sort="ascending"),
        x=alt.X("authorities:Q", title="Authorities", axis=alt.Axis(tickMinStep=1)),
        color=alt.Color("grade:N", scale=_grade_scale(), title="Grade"),
        order=alt.Order("order:Q"))
    return _config(chart.properties(width=420, height=alt.Step(22))).to_dict()


def timeline(points: list[dict], visits: list[dict], title: str, end: date | None) -> dict:
    """An authority's history: one row per judgement area, a dot per inspection coloured by its
    grade; visits on a row of their own. points: date, area, grade; visits: date, kind.

    The chart is built (and checked against the Vega-Lite schema) by altair once; each authority's
    spec is that template with its own data, rows and time range (altair's check costs more than
    rendering, and there are 153 authorities)."""
    values = [{"date": p["date"].isoformat(), "area": area_short(p["area"]), "grade": GRADE_LABELS[p["grade"]],
               "kind": p.get("kind", "")} for p in points]
    values += [{"date": v["date"].isoformat(), "area": VISITS_ROW, "grade": VISIT, "kind": v.get("kind", "")}
               for v in visits]
    areas = sorted({p["area"] for p in points},
                   key=lambda a: (AREA_ORDER.index(a) if a in AREA_ORDER else len(AREA_ORDER), a))
    rows = [area_short(a) for a in areas] + ([VISITS_ROW] if visits else [])
    last = max([p["date"] for p in points] + [v["date"] for v in visits] + ([end] if end else []))
    with_visit = bool(visits)
    spec = copy.deepcopy(template(f"timeline-{'visits' if with_visit else 'grades'}",
                                  lambda: _timeline_template(with_visit)))
    spec["data"] = {"values": values}
    spec["description"] = title
    spec["encoding"]["y"]["sort"] = rows
    spec["encoding"]["x"]["scale"]["domain"] = [TIMELINE_START, date(last.year + 1, 1, 1).isoformat()]
    return Layered(spec)  # its axes are drawn once for every authority with the same rows and years


def _timeline_template(with_visit: bool) -> dict:
    import altair as alt

    chart = alt.Chart(alt.Data(values=[{"date": TIMELINE_START, "area": "x", "grade": "Good", "kind": ""}]),
                      description="template").mark_point(filled=True, size=110, opacity=1).encode(
        x=alt.X("date:T", title=None, scale=alt.Scale(type="utc", domain=[TIMELINE_START, "2010-01-01"]),
                axis=alt.Axis(format="%Y", tickCount={"interval": "year", "step": 2})),
        y=alt.Y("area:N", title=None, sort=["x"]),
        # no legend: it doubles the cost of rendering; the page shows the colours beside the chart
        color=alt.Color("grade:N", scale=_grade_scale(with_visit=with_visit), legend=None),
    )
    # Measuring text is most of a chart's drawing time (vl-convert measures every label, at a
    # cost growing with the font file): labels here never overlap (a year every two, one area a
    # row) and are never cut short, so they are laid out without measuring overlaps; the font is
    # the site's own small one (publish/font.py); the authority's name is the page's heading, not
    # a chart title. About a third of the time of the plain chart (~100 of these make up most of
    # a first build).
    from publish import font

    spec = (_config(chart.properties(width=560, height=alt.Step(24)))
            .configure_axis(labelFontSize=11, titleFontSize=12,  # as _config, which this replaces
                            labelOverlap=False, labelBound=False, labelFlush=False, labelLimit=0)).to_dict()
    spec["config"]["font"] = font.CSS_FAMILY
    return spec


def per_month(rows: list[dict], title: str) -> dict:
    """Bars: inspections and visits per month. rows: month (date, first day), kind, n."""
    values = [{"month": r["month"].isoformat(), "kind": r["kind"], "inspections": r["n"]} for r in rows]
    return _fill(template("per-month", _per_month), {"values": values, "title": title})


def _per_month() -> dict:
    import altair as alt

    chart = alt.Chart(alt.Data(values=_rows("values")), title=_slot("title")).mark_bar().encode(
        x=alt.X("month:T", title=None, timeUnit="utcyearmonth",
                axis=alt.Axis(format="%Y", tickCount={"interval": "year", "step": 1}, labelAngle=0)),
        y=alt.Y("sum(inspections):Q", title="Inspections and visits", axis=alt.Axis(tickMinStep=1)),
        color=alt.Color("kind:N", title="Kind", sort="ascending",
                        scale=alt.Scale(scheme="tableau10")),
    )
    return _config(chart.properties(width=760, height=220)).to_dict()


_ID = re.compile(r'\bid="([^"]+)"')


def scoped(svg: str, prefix: str) -> str:
    """The SVG with every id (and reference to one) prefixed, so that several charts inlined in one
    page never share an id; the prefix is the chart's own name, so ids stay the same build to build."""
    ids = set(_ID.findall(svg))
    for i in sorted(ids, key=len, reverse=True):
        svg = (svg.replace(f'id="{i}"', f'id="{prefix}-{i}"').replace(f"url(#{i})", f"url(#{prefix}-{i})")
               .replace(f'href="#{i}"', f'href="#{prefix}-{i}"'))
    return svg


def font_dirs() -> list[str]:
    """Folders of fonts vl-convert must know to draw the charts (the timelines' SiteSans)."""
    from publish import font

    return [font.folder()]


_REGISTERED: set[str] = set()
STORE_DAYS = 30  # a chart of the store not used by any build for this long is removed
CHARTS_A_WORKER = 80  # a worker takes ~0.9 s to start, about as long as drawing 80 timelines' dots


def chart_store(db=None) -> Path | None:
    """The store of drawn charts shared by the sites of a warehouse: $OFSTED_CHART_STORE ('off':
    none), else `chart-store/` beside the warehouse (data/chart-store by default)."""
    raw = os.environ.get("OFSTED_CHART_STORE", "").strip()
    if raw.lower() == "off":
        return None
    if raw:
        return Path(raw)
    from warehouse.db import warehouse_path

    return warehouse_path(db).parent / "chart-store"


def _register_font(folder: str) -> None:
    import vl_convert

    if folder not in _REGISTERED:
        vl_convert.register_font_directory(folder)
        _REGISTERED.add(folder)


def _version() -> str:
    import vl_convert

    return f"vl-convert {getattr(vl_convert, '__version__', '?')} vega-lite {vl_convert.get_vegalite_versions()[-1]}"


class _Composed:
    """The SVG of a Layered chart, as a Future's `result()`: its frame and its marks, composed."""

    def __init__(self, frame: Future, marks: Future):
        self.frame, self.marks = frame, marks

    def result(self) -> str:
        return compose(self.frame.result(), self.marks.result())

    def cancel(self) -> bool:
        return self.marks.cancel()


class ChartRenderer:
    """Render specs to SVG, keeping each in `folder/<name>.svg` and its spec's hash in
    `folder/index.json`, so a chart whose spec did not change is read back, not rendered again.

    Charts are drawn by worker processes (publish/chart_pool.py): `pool` if given (started early
    by the caller, so the workers get ready while it reads the data), else a pool started at the
    first chart to draw. `prefetch` hands many charts to the workers at once; `svg` returns one,
    waiting for it if need be. Where no worker can draw, the chart is drawn in this process.

    `store`, a folder shared by the sites of one warehouse (see `chart_store`), keeps every chart
    drawn as `<key>.svg`: a site written into a new folder takes from it the charts another site
    of the same warehouse drew (the flow's after each ingest), instead of drawing them again. The
    key is the hash of the spec and of vl-convert's version, and the SVG depends on nothing else
    (tests/test_site.py draws the charts twice from nothing and compares the bytes). Charts not
    used for STORE_DAYS are removed from it."""

    def __init__(self, folder: Path, pool=None, store: Path | None = None):
        self.folder = Path(folder)
        self.index_path = self.folder / "index.json"
        try:
            self.old = json.loads(self.index_path.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            self.old = {}
        self.index: dict[str, str] = {}
        self.rendered = 0
        self.reused = 0
        self._version = None
        self._pool = pool
        self._own_pool = False
        self._lock = threading.Lock()
        self._drawn: dict[str, Future] = {}  # handed to the workers by prefetch, not yet asked for
        self._frames: dict[str, Future] = {}  # the frames of Layered charts, by key
        self._prefetched: dict[str, tuple[dict, str]] = {}  # name -> (spec, key) of the specs prefetch saw
        self.store = Path(store) if store else None
        self._used_store: set[str] = set()

    def key(self, spec: dict) -> str:
        if self._version is None:
            self._version = _version()
        text = json.dumps(spec, sort_keys=True, separators=(",", ":")) + "|" + self._version
        return hashlib.sha256(text.encode()).hexdigest()

    def _kept(self, name: str, key: str) -> bool:
        return self.old.get(name) == key and (self.folder / f"{name}.svg").exists()

    def _from_store(self, key: str) -> str | None:
        if self.store is None:
            return None
        try:
            svg = (self.store / f"{key}.svg").read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError):
            return None
        if not svg.rstrip().endswith("</svg>"):
            return None
        self._used_store.add(key)
        return svg

    def _to_store(self, key: str, svg: str) -> None:
        if self.store is None:
            return
        try:
            self.store.mkdir(parents=True, exist_ok=True)
            tmp = self.store / f"{key}.{os.getpid()}.{threading.get_ident()}.tmp"
            tmp.write_text(svg, encoding="utf-8")
            os.replace(tmp, self.store / f"{key}.svg")
            self._used_store.add(key)
        except OSError:  # the store is a shortcut only: a chart it cannot keep is drawn again next time
            pass

    def pool(self, charts: int = 1):
        """The workers, started for `charts` charts if need be: one for up to CHARTS_A_WORKER
        charts (each worker costs ~0.9 s of a core to start), more for more, at most default_workers()."""
        with self._lock:
            if self._pool is None:
                from publish.chart_pool import ChartPool, default_workers

                wanted = -(-charts // CHARTS_A_WORKER)
                self._pool = ChartPool(min(default_workers(), max(1, wanted)), font_dirs())
                self._own_pool = True
            return self._pool

    def prefetch(self, specs: dict[str, dict]) -> None:
        """Hand the charts among `specs` (name -> spec) that `svg` would draw to the workers, which
        draw them side by side while this process goes on; `svg` then waits for each."""
        todo = {}
        for name, spec in specs.items():
            key = self.key(spec)
            self._prefetched[name] = (spec, key)  # `svg` of the same spec takes it, not hashing it again
            if not self._kept(name, key) and not (self.store is not None and (self.store / f"{key}.svg").exists()):
                todo[name] = spec
        if not todo:
            return
        self.pool(len(todo))
        for name, spec in todo.items():
            self._drawn[name] = self._submit(spec)

    def _submit(self, spec: dict, first: bool = False):
        """A Future of the chart's SVG; a Layered chart's once its frame and its marks are drawn."""
        if isinstance(spec, Layered):
            return _Composed(self._frame(spec.frame()), self.pool().submit(spec.marks(), first=first))
        return self.pool().submit(spec, first=first)

    def _frame(self, spec: dict) -> Future:
        """The frame's SVG, drawn once for every chart that shares it (and kept in the store)."""
        key = self.key(spec)
        pool = self.pool()
        with self._lock:
            fut = self._frames.get(key)
            if fut is not None:
                return fut
            svg = self._from_store(key)
            if svg is not None:
                fut = Future()
                fut.set_result(svg)
            else:
                fut = pool.submit(spec, first=True)  # before the marks waiting for it
                fut.add_done_callback(lambda f: self._to_store(key, f.result())
                                      if not f.cancelled() and f.exception() is None else None)
            self._frames[key] = fut
            return fut

    def _draw(self, name: str, spec: dict | None, make, first: bool) -> str:
        fut = self._drawn.pop(name, None)
        if spec is None:
            spec = make()
        try:
            if fut is None:
                fut = self._submit(spec, first=first)
            return fut.result()
        except Exception:  # no worker could draw it: draw it here (a bad spec raises vl-convert's own error)
            import vl_convert

            for folder in font_dirs():
                _register_font(folder)
            return vl_convert.vegalite_to_svg(dict(spec))

    def svg(self, name: str, spec: dict | None = None, *, inputs: str | None = None, make=None) -> str:
        """The chart as SVG to inline in a page (ids prefixed with its name). Either its `spec`, or
        for a chart whose spec is costly to build (the map), `inputs` (a text holding everything the
        spec is made from) and `make()` building the spec, called only if the chart is drawn (such a
        chart, the largest, goes to the workers before the others waiting). Safe to call from
        another thread than the one calling `prefetch`."""
        known = self._prefetched.get(name)
        if known is not None and known[0] is spec and spec is not None:
            key = known[1]
        else:
            key = self.key(spec) if inputs is None else self.key({"inputs": hashlib.sha256(inputs.encode()).hexdigest()})
        path = self.folder / f"{name}.svg"
        svg = None
        if self._kept(name, key):
            svg = path.read_text(encoding="utf-8")
            with self._lock:
                self.reused += 1
        if svg is None and name not in self._drawn:
            svg = self._from_store(key)
            if svg is not None:
                with self._lock:
                    self.reused += 1
        if svg is None:
            svg = self._draw(name, spec, make, first=make is not None)
            self._to_store(key, svg)
            with self._lock:
                self.rendered += 1
        if svg is not None and not self._kept(name, key):
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_text(svg, encoding="utf-8")
        self.index[name] = key
        return scoped(svg, "c-" + re.sub(r"[^A-Za-z0-9_-]", "-", name))

    def _tidy_store(self) -> None:
        if self.store is None or not self.store.is_dir():
            return
        now = time.time()
        for key in self._used_store:
            try:
                os.utime(self.store / f"{key}.svg", (now, now))
            except OSError:
                pass
        for p in self.store.iterdir():
            try:
                if p.suffix in (".svg", ".tmp") and now - p.stat().st_mtime > STORE_DAYS * 86400:
                    p.unlink()
            except OSError:
                pass

    def close(self) -> None:
        """End the workers this renderer started (not a pool it was given)."""
        for fut in [*self._drawn.values(), *self._frames.values()]:
            fut.cancel()
        if self._own_pool and self._pool is not None:
            self._pool.close()

    def finish(self) -> list[Path]:
        """Write the index; returns the chart files this build used (others are stale). In the
        store, the charts used are marked so, and those unused for STORE_DAYS removed."""
        self._tidy_store()
        self.folder.mkdir(parents=True, exist_ok=True)
        self.index_path.write_text(json.dumps(self.index, sort_keys=True, indent=1) + "\n", encoding="utf-8")
        return [self.folder / f"{n}.svg" for n in self.index] + [self.index_path]


if __name__ == "__main__":  # `make setup`: the templates built once, beside this file
    from publish import charts  # the module the site uses (this one runs as __main__)

    charts.build_templates()
    charts.save_templates(Path(charts.__file__).parent)
    from publish.site import compile_templates  # and the pages' templates, compiled

    compile_templates()
