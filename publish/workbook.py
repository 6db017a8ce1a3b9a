"""The Excel workbook (`ofsted export --format xlsx FILE`): a sheet per view people read.

Each sheet holds one view as the warehouse gives it: a bold header row that stays in view
(frozen), a filter on every column, readable column names, dates as real date cells, report
addresses as links. `latest_ratings` holds the current grades only; `review_queue` is there when
the warehouse has that view.
"""
from __future__ import annotations

import json
import os
import uuid
from dataclasses import dataclass
from datetime import date, datetime, time
from decimal import Decimal
from pathlib import Path

import xlsxwriter

from warehouse.query import locked_connection, relations


@dataclass(frozen=True)
class Sheet:
    title: str          # the sheet's tab (at most 31 characters)
    view: str
    sql: str            # the rows, from the view, in the order shown


SHEETS: tuple[Sheet, ...] = (
    Sheet("Latest ratings", "latest_ratings",
          "SELECT * EXCLUDE (is_current) FROM latest_ratings WHERE is_current ORDER BY region, authority, area"),
    Sheet("Authority history", "authority_history",
          "SELECT * FROM authority_history ORDER BY authority, inspection_date, inspection_key"),
    Sheet("Rating changes", "rating_changes",
          "SELECT * FROM rating_changes ORDER BY new_date DESC, authority, area"),
    Sheet("Region summary", "region_summary", "SELECT * FROM region_summary ORDER BY region, area"),
    Sheet("Neighbour ratings", "neighbour_ratings",
          "SELECT * FROM neighbour_ratings ORDER BY local_authority, area, neighbour_rank"),
    Sheet("Review queue", "review_queue", "SELECT * FROM review_queue ORDER BY published DESC, local_authority, area"),
    # every grade read from a news article or council page, with its sentence, against the reports
    Sheet("Article claims", "article_claims_status",
          "SELECT * EXCLUDE (article_id, comparable_area) FROM article_claims_status "
          "ORDER BY article_published DESC NULLS LAST, article_url, claim_no"),
)

# Column names as a reader would write them; the rest: underscores to spaces, first letter capital.
LABELS = {
    "urn": "URN", "la_code": "LA code", "ons_code": "ONS code", "region_code": "Region code",
    "url": "Report address", "inspection_key": "Inspection key", "report_kind": "Report kind",
    "new_published": "New grade published", "previous_date": "Previous inspection date",
    "new_date": "New inspection date", "good_or_better_pct": "% good or better",
    "rated_at_latest_inspection": "Rated at latest inspection", "lscb": "LSCB",
    "neighbour_urn": "Neighbour URN", "neighbour_rank": "Neighbour rank (1 = closest)",
    "previous_framework_area": "Previous framework area", "new_framework_area": "New framework area",
    "previous_inspection_key": "Previous inspection key", "new_inspection_key": "New inspection key",
    "all_judgements": "All judgements", "opened_at": "Opened at (UTC)",
    "article_url": "Article address", "report_url": "Report address", "claim_no": "Claim no.",
    "link_status": "Against the reports", "corroborated": "Stated twice in the article",
}

DATE_FORMAT = "yyyy-mm-dd"
DATETIME_FORMAT = "yyyy-mm-dd hh:mm:ss"
MAX_WIDTH = 60
URL_LIMIT = 2079  # the longest address Excel keeps as a link
URL_COLUMNS = ("url", "article_url", "report_url")  # written as links


class WorkbookError(OSError):
    """The workbook could not be written; str() is one line."""


def label(column: str) -> str:
    if column in LABELS:
        return LABELS[column]
    text = column.replace("_", " ")
    return text[:1].upper() + text[1:]


def write_workbook(path: str | os.PathLike, db=None, *, timeout: float | None = None) -> list[tuple[str, str, int]]:
    """Write the workbook to `path` (replaced whole, never left half-written). Returns
    (sheet title, view, rows) for each sheet."""
    path = Path(path)
    if path.is_dir():
        path = path / "ofsted.xlsx"
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
    except OSError as e:
        raise WorkbookError(f"cannot write workbook {path}: {e.strerror or e}") from e
    tmp = path.with_name(f".{path.name}.tmp")
    written = []
    with locked_connection(db, timeout) as wh:
        present = {name for name, _ in relations(wh.conn)}
        book = xlsxwriter.Workbook(str(tmp), {"strings_to_urls": False, "strings_to_numbers": False,
                                              "strings_to_formulas": False})
        try:
            book.set_properties({"title": "Ofsted children's services inspections",
                                 "subject": "Local authority children's services: ratings, history and changes",
                                 "comments": "Written by ofsted-pipeline (ofsted export --format xlsx)"})
            formats = _formats(book)
            for sheet in SHEETS:
                if sheet.view not in present:
                    continue
                cur = wh.conn.execute(sheet.sql)
                columns = [d[0] for d in cur.description]
                rows = cur.fetchall()
                _write_sheet(book.add_worksheet(sheet.title), columns, rows, formats)
                written.append((sheet.title, sheet.view, len(rows)))
            book.close()
        except BaseException as e:
            tmp.unlink(missing_ok=True)
            if isinstance(e, OSError):
                raise WorkbookError(f"cannot write workbook {path}: {e.strerror or e}") from e
            raise
    try:
        os.replace(tmp, path)
    except OSError as e:
        tmp.unlink(missing_ok=True)
        raise WorkbookError(f"cannot write workbook {path}: {e.strerror or e}") from e
    return written


def _formats(book: xlsxwriter.Workbook) -> dict:
    return {
        "header": book.add_format({"bold": True, "text_wrap": True, "valign": "top", "bottom": 1}),
        "date": book.add_format({"num_format": DATE_FORMAT}),
        "datetime": book.add_format({"num_format": DATETIME_FORMAT}),
        "url": book.get_default_url_format(),
    }


def _write_sheet(ws, columns: list[str], rows: list[tuple], formats: dict) -> None:
    widths = [len(label(c)) for c in columns]
    for c, name in enumerate(columns):
        ws.write_string(0, c, label(name), formats["header"])
    for r, row in enumerate(rows, start=1):
        for c, value in enumerate(row):
            if value is None:
                continue
            shown = _write_cell(ws, r, c, columns[c], value, formats)
            widths[c] = max(widths[c], shown)
    ws.freeze_panes(1, 0)
    ws.autofilter(0, 0, max(len(rows), 1), len(columns) - 1)
    for c, width in enumerate(widths):
        ws.set_column(c, c, min(max(width, 8), MAX_WIDTH) + 2)


def _write_cell(ws, r: int, c: int, column: str, value, formats: dict) -> int:
    """Write one value as its own type of cell; returns its width as shown."""
    if isinstance(value, bool):
        ws.write_boolean(r, c, value)
        return 5
    if isinstance(value, datetime):
        ws.write_datetime(r, c, value.replace(tzinfo=None), formats["datetime"])
        return len(DATETIME_FORMAT)
    if isinstance(value, date):
        ws.write_datetime(r, c, value, formats["date"])
        return len(DATE_FORMAT)
    if isinstance(value, (int, float, Decimal)):
        ws.write_number(r, c, float(value) if isinstance(value, Decimal) else value)
        return len(str(value))
    if isinstance(value, (dict, list, tuple)):
        text = json.dumps(value, default=str, sort_keys=True)
    elif isinstance(value, (uuid.UUID, time)):
        text = str(value)
    else:
        text = str(value)
    if column in URL_COLUMNS and text.startswith(("http://", "https://")) and len(text) <= URL_LIMIT:
        ws.write_url(r, c, text, formats["url"], string=text)
    else:
        ws.write_string(r, c, text)
    return len(text)
