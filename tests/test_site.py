"""The published site (`ofsted site DIR`, publish/), read as a user reads it: pages rendered by a
real headless browser (Debian's chromium) from disk, the Atom feed parsed by a feed reader's
parser, builds compared byte for byte."""
from __future__ import annotations

import hashlib
import shutil
import subprocess
import sys
from pathlib import Path

import feedparser
import lxml.html
import pytest

from warehouse_fixtures import DARLINGTON, corpus_records

OFSTED = str(Path(sys.executable).with_name("ofsted"))
NORTH_EAST = "North East"
DARLINGTON_2026 = "50298056"  # Darlington's 2026 report: its three changes up arrive with it


def chromium() -> str:
    exe = shutil.which("chromium") or shutil.which("chromium-browser")
    if not exe:
        pytest.skip("no chromium here to render the site (Debian's package chromium; `make browser` "
                    "installs it as root)")
    return exe


def dom(path: Path, tmp_path: Path, fragment: str = "") -> lxml.html.HtmlElement:
    """The page's DOM after the browser loaded it from disk and ran its script."""
    profile = tmp_path / f"chromium-{hashlib.sha1((str(path) + fragment).encode()).hexdigest()[:8]}"
    result = subprocess.run(
        [chromium(), "--headless", "--no-sandbox", "--disable-gpu", "--no-first-run",
         "--disable-background-networking", "--disable-component-update", "--disable-sync",
         f"--user-data-dir={profile}", "--dump-dom", path.resolve().as_uri() + fragment],
        capture_output=True, text=True, timeout=180)
    assert result.returncode == 0 and "<html" in result.stdout, result.stderr[-2000:]
    return lxml.html.fromstring(result.stdout)


def load(db: Path, keep=lambda pub: True) -> None:
    from warehouse import load_reports

    items = [(p, x) for p, x in corpus_records() if keep(p)]
    load_reports(db, items, batch=len(items))


def region_urns(region: str) -> set[int]:
    from reference import authorities

    return {int(a.urn) for a in authorities() if a.region == region}


def files(folder: Path) -> dict[str, str]:
    return {str(p.relative_to(folder)): hashlib.sha256(p.read_bytes()).hexdigest()
            for p in sorted(folder.rglob("*")) if p.is_file()}


@pytest.fixture(scope="module")
def england(tmp_path_factory):
    """The whole corpus loaded, and its site built once."""
    from publish.site import build_site

    folder = tmp_path_factory.mktemp("england")
    db = folder / "ofsted.duckdb"
    load(db)
    result = build_site(folder / "site", db)
    return db, folder / "site", result


def warehouse_authorities(db) -> list[tuple[int, str]]:
    from warehouse.query import site_authorities
    from warehouse.db import Warehouse

    with Warehouse(db, read_only=True) as wh:
        return [(a["urn"], a["name"]) for a in site_authorities(wh.conn)]


def test_every_authority_has_a_row_and_a_page_and_the_charts_are_drawn(england, tmp_path):
    db, site, result = england
    wanted = warehouse_authorities(db)
    assert len(wanted) >= 153
    page = dom(site / "index.html", tmp_path)
    rows = {int(tr.get("data-urn")): tr for tr in page.xpath("//table[@id='ratings']/tbody/tr")}
    assert set(rows) == {urn for urn, _ in wanted}
    for urn, name in wanted:
        link = rows[urn].xpath(".//td[1]/a")[0]
        assert link.text_content().strip() == name
        target = site / link.get("href")
        assert target.is_file(), f"{name}: no page at {link.get('href')}"
        assert f">{lxml.html.fromstring(target.read_bytes()).xpath('//h1')[0].text_content()}<" == f">{name}<"
    for chart in ("chart-england", "chart-regions"):
        svg = page.xpath(f"//figure[@id='{chart}']//*[local-name()='svg']")
        assert svg and svg[0].xpath(".//*[local-name()='path' or local-name()='rect']"), chart
    # no address on another host is asked for: every script, style sheet and image is the site's own
    for tag, attr in (("script", "src"), ("link", "href"), ("img", "src")):
        for el in page.xpath(f"//{tag}[@{attr}]"):
            assert "://" not in el.get(attr), el.get(attr)


def test_darlingtons_page_shows_its_timeline_grades_and_publications(england, tmp_path):
    db, site, _ = england
    page = dom(site / "authorities" / f"{DARLINGTON}.html", tmp_path)
    assert page.xpath("//h1")[0].text_content() == "Darlington"
    svg = page.xpath("//figure[@id='chart-timeline']//*[local-name()='svg']")
    assert svg, "no timeline chart"
    history = page.xpath("//section[@id='history']//table/tbody/tr")
    assert [tr.xpath("td[1]")[0].text_content() for tr in history] == [
        "13 Feb 2026", "21 Oct 2022", "22 Mar 2018", "16 Jul 2015"]
    assert "Inadequate" in history[-1].text_content()
    changes = page.xpath("//section[@id='changes']//tbody/tr")
    assert len(changes) == 9 and all("up" in tr.text_content() for tr in changes)
    links = page.xpath("//section[@id='publications']//a/@href")
    assert any(DARLINGTON_2026 in href for href in links)


def test_every_timeline_spans_the_same_years_so_pages_compare_at_a_glance(england):
    import re

    _, site, _ = england
    spans = {}
    for svg in (site / "charts").glob("timeline-*.svg"):
        spans[svg.name] = re.findall(r'aria-label="X-axis for a utc scale with values from (\d{4}) to (\d{4})"',
                                     svg.read_text(encoding="utf-8"))
    assert len(spans) > 80
    assert {tuple(s) for s in spans.values()} == {(("2009", "2027"),)}  # the corpus's latest report is of 2026


def test_a_timeline_drawn_as_axes_and_dots_is_the_chart_vega_draws_whole(england):
    """The site draws a timeline's axes once for all the authorities that share its rows, and each
    authority's dots alone (publish/chart_layers.py); put together they are, byte for byte, the
    chart drawn from the whole spec. Checked on up to three authorities of each set of rows, and
    on those whose dots reach furthest right or down (where the chart must grow to hold them)."""
    import json

    import vl_convert

    from publish import charts
    from publish.chart_layers import Layered, compose
    from publish.site import _timeline_spec, build_model
    from warehouse.query import site_data

    db, _, _ = england
    for folder in charts.font_dirs():
        vl_convert.register_font_directory(folder)
    model = build_model(site_data(db))
    specs = [s for s in (_timeline_spec(a, model["data_date"]) for a in model["authorities"]) if s]
    assert all(isinstance(s, Layered) for s in specs)
    by_frame: dict[str, list] = {}
    for s in specs:
        by_frame.setdefault(json.dumps(s.frame(), sort_keys=True), []).append(s)
    chosen = [s for group in by_frame.values() for s in group[:3]]
    chosen += sorted(specs, key=lambda s: max(v["date"] for v in s["data"]["values"]))[-3:]
    chosen += sorted(specs, key=lambda s: len(s["encoding"]["y"]["sort"]))[-3:]
    assert len(by_frame) > 1 and len(chosen) > 10
    frames = {}
    for s in chosen:
        key = json.dumps(s.frame(), sort_keys=True)
        frame = frames.setdefault(key, vl_convert.vegalite_to_svg(s.frame()))
        assert compose(frame, vl_convert.vegalite_to_svg(s.marks())) == vl_convert.vegalite_to_svg(dict(s)), \
            s["description"]


def test_the_table_filters_by_region_and_grade_from_the_address(england, tmp_path):
    db, site, _ = england
    from warehouse.db import Warehouse

    with Warehouse(db, read_only=True) as wh:
        expected = {r[0] for r in wh.conn.execute(
            "SELECT urn FROM latest_ratings WHERE region = 'London' AND area = 'overall_effectiveness' "
            "AND is_current AND grade = 'outstanding'").fetchall()}
    assert expected
    page = dom(site / "index.html", tmp_path, "#region=London&grade=outstanding")
    shown = {int(tr.get("data-urn")) for tr in page.xpath("//table[@id='ratings']/tbody/tr")
             if "hidden" not in (tr.get("class") or "")}
    assert shown == expected
    assert page.xpath("//*[@id='shown']")[0].text_content() == f"{len(expected)} authorities"


def test_building_again_with_nothing_changed_writes_the_same_bytes(england, tmp_path):
    from publish.site import build_site

    db, site, _ = england
    before = files(site)
    again = build_site(site, db)
    assert again.written == [] and again.charts_rendered == 0
    assert files(site) == before


def test_a_fresh_build_draws_the_same_charts_byte_for_byte(tmp_path):
    """Charts drawn again from nothing (no chart kept from an earlier build) are the same bytes."""
    from publish.site import build_site

    db = tmp_path / "ne.duckdb"
    load(db, lambda p: int(p.urn) in region_urns(NORTH_EAST))
    first = build_site(tmp_path / "a", db, chart_store=None)
    second = build_site(tmp_path / "b", db, chart_store=None)
    assert first.charts_rendered == second.charts_rendered > 10
    assert files(tmp_path / "a") == files(tmp_path / "b")


def test_charts_drawn_without_worker_processes_are_the_same_bytes(tmp_path, monkeypatch):
    """Where no chart worker can start, the build draws the charts itself, to the same bytes."""
    from publish.site import build_site

    db = tmp_path / "ne.duckdb"
    load(db, lambda p: int(p.urn) in region_urns(NORTH_EAST))
    with_workers = build_site(tmp_path / "a", db, chart_store=None)
    monkeypatch.setenv("OFSTED_CHART_WORKERS", "0")
    alone = build_site(tmp_path / "b", db, chart_store=None)
    assert alone.charts_rendered == with_workers.charts_rendered > 10
    assert files(tmp_path / "a") == files(tmp_path / "b")


def test_a_site_in_a_new_folder_takes_the_charts_another_site_of_the_warehouse_drew(tmp_path):
    """The flow writes the site after each ingest; `ofsted site` into a new folder then draws no
    chart again (they are kept beside the warehouse, by the hash of their spec), and writes the
    same bytes as a site drawn from nothing."""
    import os

    from publish.site import build_site

    db = tmp_path / "ne.duckdb"
    load(db, lambda p: int(p.urn) in region_urns(NORTH_EAST))
    env = {**os.environ, "OFSTED_CHART_STORE": ""}

    def ofsted_site(folder: str) -> str:
        done = subprocess.run([OFSTED, "site", str(tmp_path / folder), "--db", str(db)],
                              capture_output=True, text=True, env=env, timeout=600)
        assert done.returncode == 0, done.stderr
        return done.stdout

    first = ofsted_site("flow-site")
    assert ", 0 drawn" not in first
    assert list((tmp_path / "chart-store").glob("*.svg"))
    assert "charts: 0 drawn" in ofsted_site("new")
    fresh = build_site(tmp_path / "fresh", db, chart_store=None)
    assert fresh.charts_rendered > 10
    assert files(tmp_path / "new") == files(tmp_path / "flow-site") == files(tmp_path / "fresh")


def test_chart_specs_filled_from_kept_templates_are_those_altair_builds(tmp_path, monkeypatch):
    """A build keeps the specs altair built (with slots for the data) beside the warehouse; a
    later build fills them without altair: the same specs (no chart drawn again), the same bytes."""
    from publish import charts
    from publish.site import build_site

    db = tmp_path / "ne.duckdb"
    load(db, lambda p: int(p.urn) in region_urns(NORTH_EAST))
    monkeypatch.setattr(charts, "_TEMPLATES", {})
    monkeypatch.setattr(charts, "_NEW_TEMPLATES", set())
    real_file = charts._templates_file
    monkeypatch.setattr(charts, "_templates_file",  # none from `make setup`: altair builds them
                        lambda folder: real_file(folder) if folder == tmp_path / "chart-store" else tmp_path / "none.json")
    by_altair = build_site(tmp_path / "a", db)
    assert by_altair.charts_rendered > 10 and list((tmp_path / "chart-store").glob("templates-*.json"))
    monkeypatch.setattr(charts, "_TEMPLATES", {})
    kept = build_site(tmp_path / "b", db)
    assert kept.charts_rendered == 0 and charts._TEMPLATES and not charts._NEW_TEMPLATES
    assert files(tmp_path / "a") == files(tmp_path / "b")


def test_the_feed_is_atom_and_a_change_keeps_its_id_when_more_reports_arrive(tmp_path):
    from publish.site import build_site
    from warehouse.db import Warehouse

    db = tmp_path / "ne.duckdb"
    load(db, lambda p: int(p.urn) in region_urns(NORTH_EAST) and p.file_id != DARLINGTON_2026)
    build_site(tmp_path / "site", db)
    before = feedparser.parse((tmp_path / "site" / "changes.xml").read_bytes())
    assert before.version == "atom10" and not before.bozo, before.get("bozo_exception")

    load(db, lambda p: p.file_id == DARLINGTON_2026)
    build_site(tmp_path / "site", db)
    after = feedparser.parse((tmp_path / "site" / "changes.xml").read_bytes())
    assert after.version == "atom10" and not after.bozo
    with Warehouse(db, read_only=True) as wh:
        outbox = {f"urn:uuid:{r[0]}" for r in wh.conn.execute(
            "SELECT event_id FROM outbox WHERE event_type = 'ofsted.rating.changed'").fetchall()}
        changes = wh.conn.execute("SELECT count(*) FROM rating_changes").fetchone()[0]
    ids_before, ids_after = [e.id for e in before.entries], [e.id for e in after.entries]
    assert len(ids_after) == len(set(ids_after)) == changes
    assert set(ids_after) == outbox  # each entry is the change's own event id
    assert set(ids_before) <= set(ids_after)  # no change came back under a new id
    new = [e for e in after.entries if e.id not in set(ids_before)]
    assert sorted(e.title for e in new) == [
        "Darlington: care leavers up from Good to Outstanding",
        "Darlington: impact of leaders up from Good to Outstanding",
        "Darlington: overall effectiveness up from Good to Outstanding"]
    updated = [e.updated for e in after.entries]
    assert updated == sorted(updated, reverse=True)  # newest first
    assert all(e.link.startswith("https://files.ofsted.gov.uk/") for e in after.entries)


def test_review_items_are_marked_and_the_statistical_neighbours_compared(tmp_path):
    """A report whose two readings disagree on one area (the review queue, `review_queue`) is
    plainly marked; the page compares the authority with its 10 statistical neighbours
    (`neighbour_ratings`) in the order of reference/authorities-neighbours.csv."""
    import csv
    import dataclasses

    from publish.site import build_site
    from reference import authorities

    reason = "page 1 says good, the body says requires improvement"
    db = tmp_path / "ne.duckdb"
    load(db, lambda p: int(p.urn) in region_urns(NORTH_EAST) and p.file_id != DARLINGTON_2026)
    build_site(tmp_path / "plain", db)
    assert "review-item" not in (tmp_path / "plain" / "authorities" / f"{DARLINGTON}.html").read_text()
    from warehouse import load_reports

    pub, x = next((p, x) for p, x in corpus_records() if p.file_id == DARLINGTON_2026)
    load_reports(db, [(pub, dataclasses.replace(x, review={"help_and_protection": reason}))])
    build_site(tmp_path / "site", db)
    page = dom(tmp_path / "site" / "authorities" / f"{DARLINGTON}.html", tmp_path)
    items = page.xpath("//section[@id='review']//tr[@class='review-item']")
    assert len(items) == 1 and reason in items[0].text_content()
    assert page.xpath("//section[@id='current']//*[@class='review-flag']")
    index = dom(tmp_path / "site" / "index.html", tmp_path)
    assert index.xpath(f"//tr[@data-urn='{DARLINGTON}']//*[@class='review-flag']")

    by_code = {a.la_code: a.name for a in authorities()}
    with open(Path(__file__).resolve().parents[1] / "reference" / "authorities-neighbours.csv", newline="") as f:
        row = next(r for r in csv.DictReader(f) if r["urn"] == str(DARLINGTON))
    expected = [by_code[c.strip()] for c in row["stat_neighbours"].split(",")]
    rows = page.xpath("//section[@id='neighbours']//tbody/tr")
    assert rows[0].get("class") == "self" and rows[0].xpath("td[2]")[0].text_content() == "Darlington"
    assert [(r.xpath("td[1]")[0].text_content(), r.xpath("td[2]")[0].text_content()) for r in rows[1:]] == [
        (str(i), name) for i, name in enumerate(expected, 1)]


def test_ofsted_site_writes_the_site_and_says_where(tmp_path):
    db = tmp_path / "ne.duckdb"
    load(db, lambda p: int(p.urn) in region_urns(NORTH_EAST))
    out = tmp_path / "out"
    result = subprocess.run([OFSTED, "site", str(out), "--db", str(db)], capture_output=True, text=True, timeout=300)
    assert result.returncode == 0, result.stderr
    assert f"site: {(out / 'index.html').resolve()}" in result.stdout
    bad = subprocess.run([OFSTED, "site", str(out / "index.html"), "--db", str(db)],
                         capture_output=True, text=True, timeout=300)
    assert bad.returncode == 1 and bad.stderr.strip().count("\n") == 0 and "not a folder" in bad.stderr


def test_the_map_is_drawn_when_every_district_maps_to_one_authority(england, tmp_path):
    _, site, result = england
    assert result.map_note is None
    page = dom(site / "map.html", tmp_path)
    assert not page.xpath("//*[@id='no-map']")
    paths = page.xpath("//figure[@id='map']//*[local-name()='path']")
    assert len(paths) >= 296  # England's districts (E06-E09), each filled in its authority's colour


def _boundaries() -> dict:
    import json

    from publish.map import default_geojson

    return json.loads(default_geojson().read_text(encoding="utf-8"))


def _refusal(geo: dict) -> str | None:
    from publish.map import MapRefused, assign, district_counties
    from reference import authorities

    try:
        assign(geo["features"], [vars(a) | {"urn": int(a.urn)} for a in authorities()], district_counties())
    except MapRefused as e:
        return str(e)
    return None


def _feature(geo: dict, code: str) -> dict:
    return next(f for f in geo["features"] if f["properties"]["LAD23CD"] == code)


def test_the_map_is_refused_when_a_district_cannot_be_placed_with_certainty(tmp_path):
    import json

    from publish.site import build_site

    assert _refusal(_boundaries()) is None
    unknown = _boundaries()
    _feature(unknown, "E07000105")["properties"]["LAD23CD"] = "E07000999"  # Ashford under a code no lookup has
    assert "E07000999" in _refusal(unknown)
    renamed = _boundaries()
    _feature(renamed, "E07000105")["properties"]["LAD23NM"] = "Ashford Town"
    assert "Ashford Town" in _refusal(renamed)
    moved = _boundaries()  # Kent's Ashford drawn where West Sussex's Adur is: apart from the rest of Kent
    _feature(moved, "E07000105")["geometry"], _feature(moved, "E07000223")["geometry"] = (
        _feature(moved, "E07000223")["geometry"], _feature(moved, "E07000105")["geometry"])
    assert "do not touch the rest of their county" in _refusal(moved)
    no_kent = _boundaries()
    no_kent["features"] = [f for f in no_kent["features"] if f["properties"]["LAD23NM"] not in (
        "Ashford", "Canterbury", "Dartford", "Dover", "Gravesham", "Maidstone", "Sevenoaks", "Folkestone and Hythe",
        "Swale", "Thanet", "Tonbridge and Malling", "Tunbridge Wells")]
    assert "lack" in _refusal(no_kent)

    db = tmp_path / "ne.duckdb"
    load(db, lambda p: int(p.urn) in region_urns(NORTH_EAST))
    bad = tmp_path / "bad.geojson"
    bad.write_text(json.dumps(unknown), encoding="utf-8")
    result = build_site(tmp_path / "site", db, geojson=bad)
    assert "E07000999" in result.map_note
    page = lxml.html.fromstring((tmp_path / "site" / "map.html").read_bytes())
    note = page.xpath("//*[@id='no-map']")[0].text_content()
    assert note.startswith("No map:") and "E07000999" in note and "\n" not in note.strip()
    assert not page.xpath("//*[local-name()='svg']")


def _darlington_in_the_news(db: Path) -> None:
    """Darlington's reports up to 2018 loaded, and two articles saved: the council's story of its 2022
    inspection, read before that report is loaded (its four 2022 grades are ahead), and a copy whose
    2018 grade says good where the 2018 report says requires improvement (disputed)."""
    import dataclasses

    from seeds import darlington_before_its_2022_report
    from warehouse import connect, save_article

    meta, article = darlington_before_its_2022_report(db)
    wrong = [dict(c, grade="good") if (c["role"], c["year"]) == ("previous", 2018) else c for c in article.claims]
    with connect(db) as wh:
        save_article(wh.conn, dataclasses.replace(meta, url=meta.url + "-copy", title="A copy that misremembers 2018"),
                     dataclasses.replace(article, claims=wrong))


def test_the_news_page_shows_grades_articles_give_ahead_of_or_against_the_reports(tmp_path):
    from publish.site import build_site

    db = tmp_path / "ofsted.duckdb"
    _darlington_in_the_news(db)
    build_site(tmp_path / "site", db)

    page = dom(tmp_path / "site" / "news.html", tmp_path)
    assert page.xpath("//nav/a[@aria-current='page']")[0].text_content() == "In the news"
    rows = page.xpath("//table[contains(@class, 'news')]/tbody/tr")
    ahead = [r for r in rows if r.get("data-status") == "ahead"]
    disputed = [r for r in rows if r.get("data-status") == "disputed"]
    assert len(ahead) == 8 and len(disputed) == 1  # the four 2022 grades, in each of the two articles
    for row in ahead + disputed:
        cells = row.xpath("./td")
        assert cells[1].xpath(".//a/@href") == [f"authorities/{DARLINGTON}.html"]
        assert cells[5].text_content().strip()  # the sentence, for a person to check
        assert cells[0].xpath(".//a/@href")[0].startswith("http://replica.test/")
    overall = [r for r in ahead if "Overall" in r.xpath("./td")[2].text_content()]
    assert overall and "good overall" in overall[0].xpath("./td")[5].text_content().lower()
    cells = disputed[0].xpath("./td")
    assert "A copy that misremembers 2018" in cells[0].text_content()
    assert "earlier inspection, 2018" in cells[2].text_content() and "Good" in cells[3].text_content()
    assert "Requires improvement" in cells[4].text_content() and cells[4].xpath(".//a/@href")

    own = dom(tmp_path / "site" / "authorities" / f"{DARLINGTON}.html", tmp_path)
    assert len(own.xpath("//section[@id='news']//tbody/tr")) == 9
    assert own.xpath("//section[@id='news']//a[@href='../news.html']")


def test_without_articles_the_news_page_says_so_and_no_authority_page_has_news(england):
    _, site, _ = england
    text = (site / "news.html").read_text(encoding="utf-8")
    assert "No article gives a grade that the reports do not show." in text and "<tbody>" not in text
    assert not any('id="news"' in p.read_text(encoding="utf-8") for p in (site / "authorities").glob("*.html"))
