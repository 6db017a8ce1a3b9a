"""`ofsted export --format xlsx FILE`: the workbook opens with openpyxl, a sheet per view people
read, each with the view's rows, a frozen header, filters and real date cells."""
from __future__ import annotations

import shutil
import subprocess
import sys
from datetime import datetime
from pathlib import Path

import pytest

openpyxl = pytest.importorskip("openpyxl", reason="openpyxl (the test extra) reads the workbook back")

from warehouse import Warehouse, load_reports  # noqa: E402
from warehouse_fixtures import corpus_records  # noqa: E402

OFSTED = str(Path(sys.executable).with_name("ofsted"))

VIEWS = {  # sheet -> the rows it must hold
    "Latest ratings": "SELECT * EXCLUDE (is_current) FROM latest_ratings WHERE is_current",
    "Authority history": "SELECT * FROM authority_history",
    "Rating changes": "SELECT * FROM rating_changes",
    "Region summary": "SELECT * FROM region_summary",
    "Neighbour ratings": "SELECT * FROM neighbour_ratings",
}
REVIEW_QUEUE = "Review queue"
ARTICLE_CLAIMS = "Article claims"


@pytest.fixture(scope="module")
def db(tmp_path_factory):
    path = tmp_path_factory.mktemp("workbook") / "ofsted.duckdb"
    load_reports(path, corpus_records(), batch=100)
    return path


def has_view(db, name: str) -> bool:
    with Warehouse(db, read_only=True) as wh:
        return bool(wh.conn.execute("SELECT count(*) FROM duckdb_views() WHERE view_name = ?", [name]).fetchone()[0])


def export(db, target: Path, check: bool = True) -> subprocess.CompletedProcess:
    result = subprocess.run([OFSTED, "export", "--format", "xlsx", "--db", str(db), str(target)],
                            capture_output=True, text=True, timeout=300)
    if check:
        assert result.returncode == 0, result.stderr
    return result


@pytest.fixture(scope="module")
def book(db, tmp_path_factory):
    target = tmp_path_factory.mktemp("out") / "ratings.xlsx"
    export(db, target)
    return openpyxl.load_workbook(target)


def view_rows(db, sql: str) -> tuple[list[str], list[tuple]]:
    with Warehouse(db, read_only=True) as wh:
        cur = wh.conn.execute(sql)
        return [d[0] for d in cur.description], cur.fetchall()


def test_a_sheet_per_view_people_read(db, book):
    expected = list(VIEWS) + ([REVIEW_QUEUE] if has_view(db, "review_queue") else []) + [ARTICLE_CLAIMS]
    assert book.sheetnames == expected
    assert book[ARTICLE_CLAIMS].max_row == 1  # no article read: its header only


@pytest.mark.parametrize("sheet", list(VIEWS))
def test_each_sheet_holds_the_rows_of_its_view_with_header_frozen_and_filters_on(db, book, sheet):
    ws = book[sheet]
    columns, rows = view_rows(db, VIEWS[sheet])
    assert rows, f"the corpus gives {sheet} no rows: nothing would be checked"
    assert ws.max_row - 1 == len(rows)
    assert ws.freeze_panes == "A2"
    assert ws.auto_filter.ref == f"A1:{ws.cell(1, len(columns)).column_letter}{len(rows) + 1}"
    headers = [c.value for c in ws[1]]
    assert len(headers) == len(columns)
    assert all(h and "_" not in h and (h[0].isupper() or h[0] == "%") for h in headers), headers


@pytest.mark.parametrize("sheet", list(VIEWS))
def test_dates_are_date_cells(db, book, sheet):
    ws = book[sheet]
    columns, rows = view_rows(db, VIEWS[sheet])
    with Warehouse(db, read_only=True) as wh:
        types = [str(d[1]) for d in wh.conn.execute(VIEWS[sheet] + " LIMIT 0").description]
    date_columns = [i for i, t in enumerate(types) if t == "DATE"]
    if sheet != "Region summary":
        assert date_columns, f"{sheet} has no date column"
    values = {i: sorted(r[i] for r in rows if r[i] is not None) for i in date_columns}
    for i in date_columns:
        cells = [c for c in next(ws.iter_cols(min_col=i + 1, max_col=i + 1, min_row=2)) if c.value is not None]
        assert cells and all(c.is_date and isinstance(c.value, datetime) for c in cells), columns[i]
        assert sorted(c.value.date() for c in cells) == values[i], columns[i]


def test_darlington_changes_read_as_in_the_warehouse(book):
    ws = book["Rating changes"]
    headers = [c.value for c in ws[1]]
    rows = [dict(zip(headers, (c.value for c in r))) for r in ws.iter_rows(min_row=2)]
    darlington = sorted((r["New inspection date"], r["Previous grade"], r["New grade"]) for r in rows
                        if r["Authority"] == "Darlington" and r["Area"] == "overall_effectiveness")
    assert [(p, n) for _, p, n in darlington] == [("inadequate", "requires_improvement"),
                                                  ("requires_improvement", "good"), ("good", "outstanding")]
    assert all(isinstance(d, datetime) for d, _, _ in darlington)
    assert [r["Report address"] for r in rows if r["Authority"] == "Darlington"][0].startswith("http")


def test_the_review_queue_has_its_sheet_once_the_view_exists(db, tmp_path):
    copy = tmp_path / "copy.duckdb"
    shutil.copy(db, copy)
    if not has_view(copy, "review_queue"):  # a stand-in with the view's contract columns
        with Warehouse(copy) as wh:
            wh.conn.execute(
                "CREATE VIEW review_queue AS SELECT inspection_key, urn, local_authority, NULL::VARCHAR AS region, "
                "'inspection' AS area, NULL::VARCHAR AS grade, 'check the grades' AS reason, published, url, "
                "TIMESTAMP '2026-01-02 03:04:05' AS opened_at FROM inspections WHERE urn = 80458")
    export(copy, tmp_path / "book.xlsx")
    ws = openpyxl.load_workbook(tmp_path / "book.xlsx")[REVIEW_QUEUE]
    _, rows = view_rows(copy, "SELECT * FROM review_queue")
    assert ws.max_row - 1 == len(rows) and ws.freeze_panes == "A2"
    opened = [c.value for c in ws[1]].index("Opened at (UTC)") + 1
    assert all(ws.cell(r, opened).is_date for r in range(2, ws.max_row + 1))


def test_a_folder_gets_ofsted_xlsx_and_a_bad_place_one_line(db, tmp_path):
    result = export(db, tmp_path)
    assert (tmp_path / "ofsted.xlsx").is_file() and "Neighbour ratings" in result.stdout
    bad = export(db, tmp_path / "ofsted.xlsx" / "inside-a-file.xlsx", check=False)
    assert bad.returncode == 1 and bad.stderr.startswith("error: cannot write workbook")
    assert len(bad.stderr.strip().splitlines()) == 1
    missing = export(tmp_path / "none.duckdb", tmp_path / "x.xlsx", check=False)
    assert missing.returncode == 1 and "no warehouse at" in missing.stderr
    assert not (tmp_path / "x.xlsx").exists()


def test_article_claims_have_their_sheet_with_sentence_status_and_links(tmp_path):
    """The grades read from the Darlington 2022 council story, saved before its report is loaded: one row
    each, with the sentence, `ahead`, whether the article states it twice, and the article's address."""
    from seeds import darlington_before_its_2022_report

    db = tmp_path / "ofsted.duckdb"
    url = darlington_before_its_2022_report(db)[0].url
    export(db, tmp_path / "book.xlsx")
    ws = openpyxl.load_workbook(tmp_path / "book.xlsx")[ARTICLE_CLAIMS]
    headers = [c.value for c in ws[1]]
    rows = [dict(zip(headers, (c.value for c in r))) for r in ws.iter_rows(min_row=2)]
    _, claims = view_rows(db, "SELECT * FROM article_claims_status")
    assert len(rows) == len(claims) == 6 and all("_" not in h for h in headers)
    ahead = [r for r in rows if r["Against the reports"] == "ahead"]
    assert sorted(r["Area"] for r in ahead) == ["help_and_protection", "in_care_and_care_leavers", "leaders",
                                               "overall_effectiveness"]
    assert all(r["Sentence"] and r["Article address"] == url and r["Role"] == "current" for r in ahead)
    assert {r["Against the reports"] for r in rows if r["Role"] == "previous"} == {"backed"}
    assert all(isinstance(r["Stated twice in the article"], bool) for r in rows)
    assert all(isinstance(r["Article published"], datetime) for r in rows)
    cell = next(c for c in ws[2] if c.value == url)
    assert cell.hyperlink is not None and cell.hyperlink.target == url
