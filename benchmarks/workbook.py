"""Benchmark the Excel workbook (`ofsted export --format xlsx`): the whole corpus's records (as its
hand-checked labels read them) in a warehouse, then the workbook written from it.

    .venv/bin/python benchmarks/workbook.py [--repeat 5]
"""
from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path[:0] = [str(ROOT), str(ROOT / "tests")]

from publish.workbook import write_workbook  # noqa: E402
from warehouse import load_reports  # noqa: E402
from warehouse_fixtures import corpus_records  # noqa: E402


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=5)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        db = Path(tmp) / "ofsted.duckdb"
        load_reports(db, corpus_records(), batch=100)
        times, sheets = [], []
        for _ in range(args.repeat):
            start = time.perf_counter()
            sheets = write_workbook(Path(tmp) / "ofsted.xlsx", db)
            times.append(time.perf_counter() - start)
        size = (Path(tmp) / "ofsted.xlsx").stat().st_size
    print(f"workbook of the whole corpus: median {statistics.median(times):.2f} s, best {min(times):.2f} s "
          f"over {args.repeat} writes, {size / 1e6:.2f} MB")
    for title, view, rows in sheets:
        print(f"  {title:<20} {rows:>6} rows  ({view})")


if __name__ == "__main__":
    main()
