"""Whole-corpus records for the warehouse tests and benchmark, built from the hand-checked labels.

`../shared/corpus/labels` says what every file of the corpus holds; the manifest says what the
site says of it. Together they are the (Publication, Extraction) pairs a perfect extractor would
hand the loader. Tests skip with a clear message where the corpus is absent.
"""
from __future__ import annotations

import csv
from datetime import date
from functools import lru_cache
from pathlib import Path

from extractors.codes import STATUS_NOT_A_REPORT
from extractors.record import Extraction
from warehouse.load import Publication

from corpus import CORPUS, require_corpus  # noqa: F401  (re-exported for the warehouse tests)

NOT_FOUND_PAGE = "an HTML 'Report not found' page saved as .pdf, not an inspection report"


def _rows(name: str) -> list[dict]:
    with open(CORPUS / name, newline="", encoding="utf-8") as f:
        return list(csv.DictReader(f))


def _date(s: str) -> date | None:
    return date.fromisoformat(s) if s else None


@lru_cache(maxsize=None)
def corpus_records() -> tuple[tuple[Publication, Extraction], ...]:
    """(publication, extraction) for every file of the corpus, in manifest order."""
    require_corpus()
    docs = {r["path"]: r for r in _rows("labels/documents.csv")}
    grades: dict[str, dict[str, str]] = {}
    for r in _rows("labels/judgements.csv"):
        grades.setdefault(r["sha256"], {})[r["area"]] = r["grade"]
    out = []
    for m in _rows("manifest.csv"):
        d = docs[m["path"]]
        pub = Publication.coerce(m)
        if d["report_kind"] == "other":
            x = Extraction(sha256=d["sha256"], status=STATUS_NOT_A_REPORT, report_kind="other",
                           framework="none", error=NOT_FOUND_PAGE)
        else:
            x = Extraction(
                sha256=d["sha256"], report_kind=d["report_kind"], framework=d["framework"],
                local_authority=m["local_authority"], inspection_start=_date(d["inspection_start"]),
                inspection_end=_date(d["inspection_end"]), published=_date(m["published"]),
                lead_inspector=d["lead_inspector"] or None, judgements=dict(grades.get(d["sha256"], {})))
        out.append((pub, x))
    return tuple(out)


def authorities_csv() -> Path:
    return require_corpus() / "authorities.csv"


DARLINGTON = 80458

# Columns that record when something happened on this machine, not what the warehouse holds.
CLOCK_COLUMNS = frozenset({"first_seen", "created_at", "published_at", "applied_at", "opened_at", "decided_at",
                           "first_failed", "last_failed"})


def snapshot(db, *, with_clock: bool = False) -> dict[str, list[tuple]]:
    """Every table and view of the warehouse as sorted rows (clock columns left out unless asked)."""
    from warehouse.db import Warehouse
    from warehouse.query import relations

    out = {}
    with Warehouse(db, read_only=True) as wh:
        for name, _ in relations(wh.conn):
            described = wh.conn.execute(f'SELECT * FROM "{name}" LIMIT 0').description
            cols = [f'"{d[0]}"' for d in described if with_clock or d[0] not in CLOCK_COLUMNS]
            rows = wh.conn.execute(f'SELECT {", ".join(cols)} FROM "{name}"').fetchall()
            if name == "warehouse_meta":  # the file's own identity, not what it holds
                rows = [r for r in rows if r[0] != "instance_id"]
            out[name] = sorted(rows, key=repr)
    return out
