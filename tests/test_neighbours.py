"""Statistical neighbours: the reference list in the warehouse, and `neighbour_ratings` putting each
authority's current grades beside its 10 neighbours'."""
from __future__ import annotations

import csv
from collections import defaultdict
from pathlib import Path

import pytest

from warehouse import Warehouse, load_reports
from warehouse_fixtures import corpus_records

ROOT = Path(__file__).resolve().parents[1]
SHIPPED = ROOT / "reference" / "authorities-neighbours.csv"
PUBLISHED = ROOT.parent / "shared" / "reference" / "authorities-neighbours.csv"


def reference_file() -> Path:
    return PUBLISHED if PUBLISHED.is_file() else SHIPPED


def reference_lists() -> dict[int, list[str]]:
    """urn -> the names of its neighbours, closest first, read from the reference file itself."""
    with reference_file().open(newline="", encoding="utf-8") as f:
        rows = list(csv.DictReader(f))
    name = {r["la_code"]: r["local_authority_ons_name"] for r in rows}
    return {int(r["urn"]): [name[c.strip()] for c in r["stat_neighbours"].split(",") if c.strip()]
            for r in rows}


@pytest.fixture(scope="module")
def db(tmp_path_factory):
    """The whole corpus (as its labels read it) in a warehouse."""
    path = tmp_path_factory.mktemp("neighbours") / "ofsted.duckdb"
    load_reports(path, corpus_records(), batch=100)
    return path


def rows(db, sql, params=None) -> list[dict]:
    with Warehouse(db, read_only=True) as wh:
        cur = wh.conn.execute(sql, params or [])
        cols = [d[0] for d in cur.description]
        return [dict(zip(cols, r)) for r in cur.fetchall()]


def test_the_shipped_list_is_the_published_one():
    if not PUBLISHED.is_file():
        pytest.skip(f"no published reference list at {PUBLISHED} to compare with")
    assert SHIPPED.read_bytes() == PUBLISHED.read_bytes()


def test_every_current_authority_with_a_list_gets_its_10_neighbours_in_every_area(db):
    lists = reference_lists()
    graded = {r["urn"] for r in rows(db, "SELECT DISTINCT urn FROM latest_ratings WHERE is_current")}
    current = {r["urn"] for r in rows(db, "SELECT urn FROM authorities")}
    with_list = {u for u in current if len(lists.get(u, [])) == 10}
    assert len(with_list) >= 150 and graded & with_list

    per_area = defaultdict(list)
    for r in rows(db, "SELECT urn, area, neighbour_rank FROM neighbour_ratings"):
        per_area[(r["urn"], r["area"])].append(r["neighbour_rank"])
    assert all(sorted(ranks) == list(range(1, 11)) for ranks in per_area.values())
    shown = {urn for urn, _ in per_area}
    assert graded & with_list <= shown  # every graded authority with a list is compared
    assert shown <= with_list           # no former authority, none without a published list
    # and in every area the authority has a current grade in
    for r in rows(db, "SELECT urn, area FROM latest_ratings WHERE is_current"):
        if r["urn"] in with_list:
            assert (r["urn"], r["area"]) in per_area, r


@pytest.mark.parametrize("authority", ["Darlington", "Barnet", "Cornwall", "Birmingham", "Westmorland and Furness"])
def test_neighbours_are_those_of_the_reference_file_closest_first(db, authority):
    urn = rows(db, "SELECT urn FROM authorities WHERE name = ?", [authority])[0]["urn"]
    expected = reference_lists()[urn]
    got = rows(db, "SELECT area, neighbour_rank, neighbour_authority FROM neighbour_ratings WHERE urn = ? "
                   "ORDER BY area, neighbour_rank", [urn])
    if not got:
        pytest.skip(f"neither {authority} nor any of its neighbours has a current grade in the corpus")
    areas = {r["area"] for r in got}
    for area in areas:
        names = [r["neighbour_authority"] for r in got if r["area"] == area]
        assert names == expected, (authority, area)


def test_grades_beside_are_the_current_grades_of_each_side(db):
    current = {(r["urn"], r["area"]): (r["grade"], r["inspection_date"])
               for r in rows(db, "SELECT urn, area, grade, inspection_date FROM latest_ratings WHERE is_current")}
    sample = rows(db, "SELECT * FROM neighbour_ratings")
    assert sample
    seen_graded = {(r["urn"], r["area"]) for r in sample if r["neighbour_grade"]}
    both = 0
    for r in sample:
        assert (r["grade"], r["inspection_date"]) == current.get((r["urn"], r["area"]), (None, None))
        assert (r["neighbour_grade"], r["neighbour_inspection_date"]) == \
            current.get((r["neighbour_urn"], r["area"]), (None, None))
        assert r["grade"] or (r["urn"], r["area"]) in seen_graded  # an area either side is graded in
        both += bool(r["grade"] and r["neighbour_grade"])
    assert both > 100  # a real comparison, not a table of blanks


def test_darlington_beside_its_closest_neighbour(db):
    darlington = rows(db, "SELECT * FROM neighbour_ratings WHERE local_authority = 'Darlington' "
                          "AND area = 'overall_effectiveness' AND neighbour_rank = 1")
    (row,) = darlington
    closest = reference_lists()[row["urn"]][0]
    assert row["neighbour_authority"] == closest
    own = rows(db, "SELECT grade FROM latest_ratings WHERE authority = 'Darlington' "
                   "AND area = 'overall_effectiveness' AND is_current")
    assert row["grade"] == (own[0]["grade"] if own else None)
