"""Benchmark the warehouse: load time for the whole corpus's records, query time for each view.

    .venv/bin/python benchmarks/load.py [--extracted data/extracted.jsonl] [--repeat 20]

Records come from the corpus's hand-checked labels (what a perfect extractor would return), or
from the output of `ofsted extract --format jsonl` with --extracted. Each load starts from an
empty warehouse in a temporary folder.
"""
from __future__ import annotations

import argparse
import json
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path[:0] = [str(ROOT), str(ROOT / "tests")]

from warehouse import Publication, extraction_from_json, load_reports  # noqa: E402
from warehouse.query import locked_connection  # noqa: E402
from warehouse_fixtures import CORPUS, corpus_records  # noqa: E402

VIEWS = ["latest_ratings", "authority_history", "rating_changes", "region_summary", "quarantine", "neighbour_ratings"]
QUESTIONS = {
    "inadequate in the North East today": "SELECT authority FROM latest_ratings WHERE region = 'North East' "
                                          "AND area = 'overall_effectiveness' AND grade = 'inadequate'",
    "Darlington since 2015": "SELECT * FROM authority_history WHERE authority = 'Darlington' "
                             "AND inspection_date >= DATE '2015-01-01'",
    "ratings changed in a month": "SELECT * FROM rating_changes WHERE new_published >= DATE '2026-03-01' "
                                  "AND new_published < DATE '2026-04-01'",
}


def records_from_jsonl(path: Path) -> list:
    import csv

    with open(CORPUS / "manifest.csv", newline="", encoding="utf-8") as f:
        manifest = {(CORPUS / r["path"]).resolve(): r for r in csv.DictReader(f)}
    out = []
    for line in path.read_text(encoding="utf-8").splitlines():
        obj = json.loads(line)
        row = manifest.get(Path(obj["path"]).resolve())
        if row:
            out.append((Publication.coerce(row), extraction_from_json(obj)))
    return out


def timed(fn) -> float:
    started = time.perf_counter()
    fn()
    return time.perf_counter() - started


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--extracted", type=Path, help="JSONL of `ofsted extract` (default: the corpus labels)")
    ap.add_argument("--repeat", type=int, default=20, help="runs of each query (the median is shown)")
    args = ap.parse_args()
    if not (CORPUS / "manifest.csv").exists():
        sys.exit(f"the shared corpus is not at {CORPUS}")
    records = records_from_jsonl(args.extracted) if args.extracted else list(corpus_records())
    print(f"{len(records)} records ({args.extracted or 'corpus labels'})")

    with tempfile.TemporaryDirectory() as tmp:
        rows = []
        for label, batch in (("one report a transaction", 1), ("100 reports a transaction", 100),
                             ("one transaction", len(records))):
            db = Path(tmp) / f"b{batch}.duckdb"
            seconds = timed(lambda: load_reports(db, records, batch=batch))
            rows.append((f"load, {label}", seconds, f"{1000 * seconds / len(records):.1f} ms/report"))
        db = Path(tmp) / "b1.duckdb"
        seconds = timed(lambda: load_reports(db, records, batch=1))
        rows.append(("reload (no change), one report a transaction", seconds,
                     f"{1000 * seconds / len(records):.1f} ms/report"))

        with locked_connection(db) as wh:
            for name, sql in [(v, f"SELECT * FROM {v}") for v in VIEWS] + list(QUESTIONS.items()):
                n = len(wh.conn.execute(sql).fetchall())
                runs = [timed(lambda: wh.conn.execute(sql).fetchall()) for _ in range(args.repeat)]
                rows.append((f"query {name}", statistics.median(runs), f"{n} rows"))
        size = db.stat().st_size

    width = max(len(r[0]) for r in rows)
    for what, seconds, note in rows:
        shown = f"{seconds:8.3f} s " if seconds >= 0.1 else f"{1000 * seconds:8.2f} ms"
        print(f"{what:<{width}}  {shown}  {note}")
    print(f"warehouse file: {size / 1e6:.1f} MB")


if __name__ == "__main__":
    main()
