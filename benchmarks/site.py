"""Build time of the published site (`ofsted site DIR`) for all of England.

    python benchmarks/site.py [--db data/ofsted.duckdb]

The warehouse: the one named by --db (e.g. after `ofsted backfill` of all England), else the
whole corpus loaded into a temporary warehouse from its hand-checked labels (what a backfill of
the whole corpus holds; the load is not timed). Prints, in one run:
- a first build into an empty folder (every chart drawn: about 0.1 s a chart, ~100 charts);
- `ofsted site` again with nothing changed (the command as a user runs it, start-up included);
- a build after one more report arrived (Darlington's 2026 inspection: its page, the England
  charts and the map drawn again), what a flow does after an ingest.
Goal: the site for all of England in at most 5 s (the last two; the first build of a new folder
draws every chart once).
"""
from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path[:0] = [str(ROOT), str(ROOT / "tests")]

OFSTED = str(Path(sys.executable).with_name("ofsted"))
LATE_REPORT = "50298056"  # Darlington, 2026


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--db", type=Path, help="an existing warehouse (default: the corpus, loaded from its labels)")
    args = ap.parse_args()
    from publish.site import build_site
    from warehouse import load_reports

    with tempfile.TemporaryDirectory(prefix="site-bench-") as tmp:
        tmp = Path(tmp)
        late = []
        if args.db:
            db = args.db
        else:
            from warehouse_fixtures import corpus_records

            db = tmp / "ofsted.duckdb"
            records = list(corpus_records())
            late = [r for r in records if r[0].file_id == LATE_REPORT]
            load_reports(db, [r for r in records if r[0].file_id != LATE_REPORT], batch=len(records))
        out = tmp / "site"

        first = build_site(out, db)
        print(f"first build into an empty folder: {first.seconds:.2f} s ({first.pages} pages, "
              f"{first.authorities} authorities, {first.changes} changes; {first.charts_rendered} charts drawn"
              f"{'; map: ' + first.map_note if first.map_note else ', map drawn'})")

        started = time.perf_counter()
        done = subprocess.run([OFSTED, "site", str(out), "--db", str(db)], capture_output=True, text=True,
                              env={**os.environ, "PREFECT_LOGGING_LEVEL": "WARNING"})
        wall = time.perf_counter() - started
        if done.returncode != 0:
            raise SystemExit(done.stderr)
        print(f"`ofsted site` again, nothing changed: {wall:.2f} s wall ({done.stdout.splitlines()[0]})")

        if late:
            load_reports(db, late)
            again = build_site(out, db)
            print(f"after one more report: {again.seconds:.2f} s ({len(again.written)} files changed, "
                  f"{again.charts_rendered} charts drawn, {again.charts_reused} unchanged)")
        print("goal: at most 5 s for the site of all England (a rebuild, or after a new report)")


if __name__ == "__main__":
    main()
