"""`ofsted site DIR`: the published site, a static sink of the warehouse.

    from publish.site import build_site
    result = build_site("data/site")            # reads the warehouse through warehouse/query.py

Pages (jinja2 templates in publish/templates/, assets in publish/static/, no request to any
other host): `index.html` (England: current overall effectiveness nationally and by region as
charts, the latest ratings table, sortable and filterable), `authorities/<urn>.html` (each
authority: timeline since 2009, every grade by area, publications, review items, statistical
neighbours, what articles say ahead of the reports), `changes.html` and its Atom feed
`changes.xml`, `news.html` (grades articles give that the loaded reports do not show yet or
contradict, each with its sentence), `months.html` (inspections per month), `map.html` (England
coloured by current overall effectiveness, only where every district maps to its authority, see
publish/map.py).

Building again with nothing changed writes the same bytes: every list is sorted, every date in
the pages comes from the data, charts use UTC scales and ids named after the chart.
"""
from __future__ import annotations

import os
import re
import time
from collections import Counter, defaultdict
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from datetime import date
from importlib import resources
from pathlib import Path

from jinja2 import Environment, FileSystemBytecodeCache, PackageLoader, StrictUndefined, select_autoescape
from markupsafe import Markup, escape

from publish import charts, feed
from publish.charts import GRADE_LABELS, GRADE_ORDER, area_short

PROVIDER_URL = "https://reports.ofsted.gov.uk/provider/44/{urn}"
# The areas of the England table, each column showing the first of its codes the authority has.
TABLE_COLUMNS = [
    ("Overall effectiveness", ["overall_effectiveness"]),
    ("Impact of leaders", ["leaders"]),
    ("Help and protection", ["help_and_protection"]),
    ("Children in care", ["in_care", "in_care_and_care_leavers"]),
    ("Care leavers", ["care_leavers"]),
]
FRAMEWORKS = {"sif": "SIF (2013-18)", "ilacs_2018": "ILACS 2018", "ilacs_2023": "ILACS 2023",
              "ilacs_2026": "ILACS 2026", "pre_2013": "Pre-2013", "none": "", None: ""}
KIND_FAMILIES = {"focused_visit": "Focused visit", "monitoring_visit": "Monitoring visit",
                 "lscb_review": "LSCB review"}
PUBLICATION_KINDS = {"full_inspection": "Inspection", "focused_visit": "Focused visit",
                     "monitoring_visit": "Monitoring visit", "jtai": "Joint targeted area inspection",
                     "area_send": "Area SEND inspection", "lscb_review": "LSCB review", "other": "Other"}


TIMELINE_LEGEND = [(g, GRADE_LABELS[g]) for g in GRADE_ORDER] + [("visit", charts.VISIT)]


class SiteError(Exception):
    """The site could not be written; str() is one line for the user."""


@dataclass
class SiteResult:
    out_dir: Path
    pages: int
    authorities: int
    changes: int
    charts_rendered: int
    charts_reused: int
    written: list[str] = field(default_factory=list)   # files whose bytes changed this build
    map_note: str | None = None                         # why there is no map, if there is none
    seconds: float = 0.0

    @property
    def index(self) -> Path:
        return self.out_dir / "index.html"


def site_dir(value: str | os.PathLike | None = None, db=None) -> Path | None:
    """Where the flows publish the site: `value`, else $OFSTED_SITE_DIR, else `site/` beside the
    warehouse (data/site by default); None when set to 'off'."""
    raw = str(value) if value else os.environ.get("OFSTED_SITE_DIR", "")
    if raw.strip().lower() == "off":
        return None
    if raw:
        return Path(raw)
    from warehouse import warehouse_path

    return warehouse_path(db).parent / "site"


# --- formatting helpers (template filters) ------------------------------------------------------

def grade_label(grade: str | None) -> str:
    return GRADE_LABELS.get(grade, grade or "") if grade else ""


def fmt_date(d) -> str:
    return d.strftime("%-d %b %Y") if isinstance(d, date) else ("" if d is None else str(d))


def iso(d) -> str:
    return d.isoformat() if isinstance(d, date) else ""


def framework_label(f: str | None) -> str:
    return FRAMEWORKS.get(f, f or "")


def badge(grade: str | None, current: bool = True, review: bool = False, when=None) -> Markup:
    """A grade as a coloured label; '(earlier)' where it was not judged at the latest inspection;
    a plain 'under review' mark where a person must check it. (A Python function, not a jinja2
    macro: the England table calls it 765 times.)"""
    if grade:
        title = "" if current else (' title="not judged at the latest inspection'
                                    + (f": from {fmt_date(when)}" if when else "") + '"')
        out = (f'<span class="grade g-{escape(grade)}{"" if current else " stale"}"{title}>'
               f'{escape(grade_label(grade))}</span>' + ("" if current else '<span class="note"> (earlier)</span>'))
    else:
        out = '<span class="none">-</span>'
    if review:
        out += (' <span class="review-flag" title="in the review queue: a person must check this grade">'
                'under review</span>')
    return Markup(out)


class _TemplateCache(FileSystemBytecodeCache):
    """The templates compiled once (`make setup` fills it; a build adds what is missing), in
    publish/.jinja-cache: compiling them costs a build ~0.3 s. jinja checks each against its
    template's source; a folder that cannot be written only means compiling each time."""

    def dump_bytecode(self, bucket) -> None:
        try:
            Path(self.directory).mkdir(exist_ok=True)
            super().dump_bytecode(bucket)
        except OSError:
            pass


TEMPLATE_CACHE = Path(__file__).with_name(".jinja-cache")


def _environment() -> Environment:
    env = Environment(loader=PackageLoader("publish", "templates"), autoescape=select_autoescape(["html", "xml"]),
                      undefined=StrictUndefined, trim_blocks=True, lstrip_blocks=True, keep_trailing_newline=True,
                      bytecode_cache=_TemplateCache(str(TEMPLATE_CACHE)))
    env.filters.update(grade=grade_label, date=fmt_date, iso=iso, framework=framework_label, area=area_short)
    env.globals["badge"] = badge
    return env


def compile_templates() -> None:
    """Every template compiled into the cache (`make setup`)."""
    env = _environment()
    for name in env.list_templates():
        env.get_template(name)


# --- the model the templates show ----------------------------------------------------------------

def _group(rows: list[dict], key: str = "urn") -> dict:
    out = defaultdict(list)
    for r in rows:
        out[r[key]].append(r)
    return out


def _kind_label(i: dict) -> str:
    if i["report_kind"] in KIND_FAMILIES:
        return KIND_FAMILIES[i["report_kind"]]
    if i["full_inspection"]:
        return "Inspection" if i["report_kind"] != "ilacs_short" else "Inspection (short)"
    return i["kind_label"] or i["report_kind"]


def _month_rows(inspections: list[dict]) -> list[dict]:
    counts = Counter()
    for i in inspections:
        d = i["inspection_date"]
        if d is None:
            continue
        kind = "Full inspection" if i["full_inspection"] else KIND_FAMILIES.get(i["report_kind"], "Other")
        counts[(date(d.year, d.month, 1), kind)] += 1
    return [{"month": m, "kind": k, "n": n} for (m, k), n in sorted(counts.items())]


def build_model(data: dict) -> dict:
    """Turn site_data() into what the templates show (sorted, plain values)."""
    latest = _group(data["latest"])
    latest_insp = {r["urn"]: r for r in data["latest_inspections"]}
    inspections = _group(data["inspections"])
    publications = _group(data["publications"])
    changes_by = _group(data["changes"])
    news_by = _group(data["news"])
    review = _group(data["review"])
    neighbours = _group(data["neighbours"]) if data["neighbours"] is not None else None

    authorities = []
    for a in data["authorities"]:
        urn = a["urn"]
        by_area = {r["area"]: r for r in latest.get(urn, [])}
        under_review = {r["area"] for r in review.get(urn, [])}
        cells = []
        for title, codes in TABLE_COLUMNS:
            r = next((by_area[c] for c in codes if c in by_area), None)
            cells.append({"title": title, "row": r, "review": bool(under_review & set(codes))
                          or "inspection" in under_review})
        overall = by_area.get("overall_effectiveness")
        current_overall = overall["grade"] if overall and overall["is_current"] else None
        authorities.append({
            **a,
            "name": a["name"] or str(urn),
            "region": a["region"] or "Unknown",
            "page": f"authorities/{urn}.html",
            "provider_url": PROVIDER_URL.format(urn=urn),
            "cells": cells,
            "current_overall": current_overall,
            "overall_rank": GRADE_ORDER.index(current_overall) if current_overall else 9,
            "latest_inspection": latest_insp.get(urn),
            "latest": sorted(by_area.values(), key=lambda r: (
                charts.AREA_ORDER.index(r["area"]) if r["area"] in charts.AREA_ORDER else 99, r["area"])),
            "inspections": inspections.get(urn, []),
            "publications": publications.get(urn, []),
            "changes": changes_by.get(urn, []),
            "news": news_by.get(urn, []),
            "review": review.get(urn, []),
            "under_review": sorted(under_review),
            "neighbours": neighbours.get(urn, []) if neighbours is not None else None,
        })
    for a in authorities:
        for i in a["inspections"]:
            i["kind"] = _kind_label(i)
            i["grades"] = [{"area": k, "grade": v, "review": k in a["under_review"]}
                           for k, v in sorted(i["judgements"].items(), key=lambda kv: (
                               charts.AREA_ORDER.index(kv[0]) if kv[0] in charts.AREA_ORDER else 99, kv[0]))]
        for p in a["publications"]:
            p["kind"] = (PUBLICATION_KINDS.get(p["publication_kind"]) if p["publication_kind"]
                         else KIND_FAMILIES.get(p["report_kind"]) or ("Inspection" if p["report_kind"] not in (None, "other")
                                                                      else "Other"))
    by_urn = {a["urn"]: a for a in authorities}
    for a in authorities:
        a["neighbour_table"] = _neighbour_table(a, by_urn) if a["neighbours"] else None
    regions = sorted({a["region"] for a in authorities})
    dates = [i["published"] for i in data["inspections"] if i["published"]]
    return {
        "authorities": authorities,
        "by_urn": by_urn,
        "regions": regions,
        "changes": data["changes"],
        "news": data["news"],
        "areas": data["areas"],
        "months": _month_rows(data["inspections"]),
        "data_date": max(dates) if dates else None,
        "review_count": len(data["review"]),
        "has_neighbours": data["neighbours"] is not None,
        "inspections": data["inspections"],
    }


def _neighbour_table(a: dict, by_urn: dict) -> dict:
    """Rows: the authority, then its neighbours by rank; columns: areas either side is graded in."""
    rows: dict = {}
    areas = set()
    for n in a["neighbours"]:
        areas.add(n["area"])
        rows.setdefault((0, a["urn"]), {"rank": "", "urn": a["urn"], "name": a["name"], "grades": {}})
        if n["grade"]:
            rows[(0, a["urn"])]["grades"][n["area"]] = (n["grade"], n["inspection_date"])
        key = (n["neighbour_rank"], n["neighbour_urn"])
        row = rows.setdefault(key, {"rank": n["neighbour_rank"], "urn": n["neighbour_urn"],
                                    "name": n["neighbour_authority"], "grades": {}})
        if n["neighbour_grade"]:
            row["grades"][n["area"]] = (n["neighbour_grade"], n["neighbour_inspection_date"])
    ordered = sorted(areas, key=lambda x: (charts.AREA_ORDER.index(x) if x in charts.AREA_ORDER else 99, x))
    out = []
    for key in sorted(rows, key=lambda k: (k[0], str(k[1]))):
        r = rows[key]
        r["page"] = f"{r['urn']}.html" if r["urn"] in by_urn else None
        r["cells"] = [r["grades"].get(x) for x in ordered]
        out.append(r)
    return {"areas": ordered, "rows": out}


# --- charts ------------------------------------------------------------------------------------

def _region_rows(authorities: list[dict]) -> list[dict]:
    c = Counter((a["region"], a["current_overall"]) for a in authorities if a["current_overall"])
    return [{"region": r, "grade": g, "n": n} for (r, g), n in sorted(c.items())]


def _timeline_spec(a: dict, end: date | None) -> dict | None:
    """The authority's timeline, on the time range every authority's shares (2009 to the end of
    the warehouse's latest year), so that two pages compare at a glance and their axes are drawn
    once for all (publish/chart_layers.py)."""
    points, visits = [], []
    for i in a["inspections"]:
        d = i["inspection_date"]
        if d is None:
            continue
        if i["judgements"]:
            points += [{"date": d, "area": area, "grade": g, "kind": i["kind"]} for area, g in sorted(i["judgements"].items())
                       if g in GRADE_LABELS]
        else:
            visits.append({"date": d, "kind": i["kind"]})
    if not points and not visits:
        return None
    return charts.timeline(points, visits, f"{a['name']}: every judgement since 2009", end)


# --- writing ------------------------------------------------------------------------------------

class _Writer:
    def __init__(self, out: Path):
        self.out = out
        self.files: set[Path] = set()
        self.written: list[str] = []

    def write(self, rel: str, content: str | bytes) -> None:
        path = self.out / rel
        data = content.encode("utf-8") if isinstance(content, str) else content
        self.files.add(path)
        try:
            if path.read_bytes() == data:
                return
        except OSError:
            pass
        path.parent.mkdir(parents=True, exist_ok=True)
        tmp = path.with_name(path.name + ".tmp")
        tmp.write_bytes(data)
        os.replace(tmp, path)
        self.written.append(rel)


def _static_files() -> list[tuple[str, bytes]]:
    root = resources.files("publish").joinpath("static")
    return sorted((f"static/{p.name}", p.read_bytes()) for p in root.iterdir() if p.is_file())


_STORE = object()


def build_site(out_dir: str | os.PathLike, db=None, *, timeout: float | None = None,
               geojson: str | os.PathLike | None = None, chart_store=_STORE) -> SiteResult:
    """Write the whole site into out_dir (created if need be); returns what was written.
    chart_store: the folder of charts shared by the sites of the warehouse (default
    charts.chart_store(db)), None for none."""
    started = time.perf_counter()
    out = Path(out_dir)
    if out.exists() and not out.is_dir():
        raise SiteError(f"{out} is a file, not a folder: name a folder for the site")
    store = charts.chart_store(db) if chart_store is _STORE else chart_store
    pool = None
    if not (out / "charts" / "index.json").exists() and not (store and any(store.glob("*.svg"))):
        # a first build draws every chart: the workers get ready while the data is read
        from publish.chart_pool import ChartPool

        pool = ChartPool(font_dirs=charts.font_dirs())
    try:
        return _build(out, db, timeout, geojson, started, pool, store)
    finally:
        if pool is not None:
            pool.close()


def _build(out: Path, db, timeout, geojson, started: float, pool, store) -> SiteResult:
    from warehouse.query import site_data

    data = site_data(db, timeout=timeout)
    try:
        out.mkdir(parents=True, exist_ok=True)
    except OSError as e:
        raise SiteError(f"cannot create the site folder {out}: {e.strerror or e}") from None
    model = build_model(data)
    env = _environment()
    writer = _Writer(out)
    renderer = charts.ChartRenderer(out / "charts", pool, store)
    charts.load_templates(store)
    try:
        return _write(out, model, env, writer, renderer, geojson, started)
    finally:
        renderer.close()
        charts.save_templates(store)


def _write(out: Path, model: dict, env: Environment, writer: _Writer, renderer: charts.ChartRenderer,
           geojson, started: float) -> SiteResult:
    authorities = model["authorities"]
    counts = Counter(a["current_overall"] for a in authorities if a["current_overall"])
    rated = sum(counts.values())

    # every chart's spec first, handed to the workers at once; pages are written while they draw
    specs = {"england-overall": charts.grade_counts(counts, f"Current overall effectiveness, England ({rated} authorities)"),
             "regions-overall": charts.region_counts(_region_rows(authorities), "Current overall effectiveness by region")}
    timelines = {a["urn"]: _timeline_spec(a, model["data_date"]) for a in authorities}
    specs.update({f"timeline-{urn}": spec for urn, spec in timelines.items() if spec})
    if model["months"]:
        specs["inspections-per-month"] = charts.per_month(
            model["months"], "Inspections and visits per month (by last day on site)")
    renderer.prefetch(specs)

    from publish import map as england_map

    with ThreadPoolExecutor(max_workers=1, thread_name_prefix="site-map") as background:
        # the map's spec is built beside the pages (its chart goes to the workers before the others)
        map_job = background.submit(england_map.build, authorities, geojson, renderer)
        _write_pages(model, env, writer, renderer, specs, counts, rated, map_job)

    for rel, content in _static_files():
        writer.write(rel, content)
    for path in renderer.finish():
        writer.files.add(path)
    _remove_stale(out, writer.files)
    pages = sum(1 for p in writer.files if p.suffix == ".html")
    map_result = map_job.result()
    return SiteResult(out, pages, len(authorities), len(model["changes"]), renderer.rendered, renderer.reused,
                      sorted(writer.written), map_result.note, time.perf_counter() - started)


def _write_pages(model, env, writer, renderer, specs, counts, rated, map_job) -> None:
    authorities = model["authorities"]
    common = {"data_date": model["data_date"], "review_count": model["review_count"]}

    # authorities (each waits for its own timeline only)
    for a in authorities:
        name = f"timeline-{a['urn']}"
        chart = renderer.svg(name, specs[name]) if name in specs else None
        writer.write(a["page"], env.get_template("authority.html").render(
            root="../", page="authority", a=a, timeline=chart, legend=TIMELINE_LEGEND, has_neighbours=model["has_neighbours"],
            area_labels=model["areas"], **common))

    # England
    map_result = map_job.result()
    common["has_map"] = map_result.svg is not None
    national = renderer.svg("england-overall", specs["england-overall"])
    by_region = renderer.svg("regions-overall", specs["regions-overall"])
    grade_filters = [(g, GRADE_LABELS[g]) for g in GRADE_ORDER if counts.get(g)] + [("none", "No current grade")]
    writer.write("index.html", env.get_template("index.html").render(
        root="", page="england", authorities=authorities, regions=model["regions"],
        columns=[c[0] for c in TABLE_COLUMNS], grade_filters=grade_filters, counts=counts, rated=rated,
        national_chart=national, region_chart=by_region, **common))

    # changes and the feed
    writer.write("changes.html", env.get_template("changes.html").render(
        root="", page="changes", changes=model["changes"], by_urn=model["by_urn"], **common))
    writer.write("changes.xml", feed.atom(model["changes"], model["by_urn"], model["data_date"], env))

    # what articles say ahead of, or against, the reports
    writer.write("news.html", env.get_template("news.html").render(
        root="", page="news", news=model["news"], by_urn=model["by_urn"], **common))

    # inspections per month
    months_chart = (renderer.svg("inspections-per-month", specs["inspections-per-month"])
                    if "inspections-per-month" in specs else None)
    recent = sorted({r["month"] for r in model["months"]}, reverse=True)[:24]
    month_table = [{"month": m, "kinds": {r["kind"]: r["n"] for r in model["months"] if r["month"] == m}}
                   for m in recent]
    kinds = sorted({r["kind"] for r in model["months"]})
    writer.write("months.html", env.get_template("months.html").render(
        root="", page="months", chart=months_chart, month_table=month_table, kinds=kinds, **common))

    # the map, or why there is none
    writer.write("map.html", env.get_template("map.html").render(
        root="", page="map", map_svg=map_result.svg, map_note=map_result.note, legend=map_result.legend,
        **common))


def _remove_stale(out: Path, keep: set[Path]) -> None:
    """Files a former build wrote in the folders the site owns, and this build did not."""
    for folder, pattern in (("authorities", "*.html"), ("charts", "*.svg"), ("static", "*")):
        for p in sorted((out / folder).glob(pattern)):
            if p.is_file() and p not in keep:
                p.unlink()


def slug(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-")
