"""Build time of the published site (`ofsted site DIR`) for all of England.

    python benchmarks/site.py [--db data/ofsted.duckdb] [--cold 3]

The warehouse: the one named by --db (e.g. after `ofsted backfill` of all England), else the
whole corpus loaded into a temporary warehouse from its hand-checked labels (what a backfill of
the whole corpus holds; the load is not timed). Prints, in one run, the wall time of the command
as a user runs it (`ofsted site`, start-up included) for:
- first builds (--cold of them) into an empty folder with no chart drawn before (an empty chart store): every
  chart drawn (~100, in worker processes, one a core but one);
- `ofsted site` again with nothing changed;
- `ofsted site` into another new folder, after that first build (what `ofsted site DIR` does
  after a backfill, whose flow wrote data/site): the charts come from the warehouse's chart store;
then, in this process, a build after one more report arrived (Darlington's 2026 inspection: its
page, the England charts and the map drawn again), what a flow does after an ingest.
Goal: the site for all of England in at most 5 s, each of them.

Measured on the 2-core machine (2026-12-03, after the timelines' axes were drawn once for all
authorities with the same rows, publish/chart_layers.py, and one chart worker on two cores):
- at load 0.4-0.7 (no other work): five first builds of 3.23, 3.78, 3.65, 3.40 and 3.34 s (median
  3.40 s); `ofsted site` again 1.02 s; into a new folder 1.26 s; after one more report 2.50 s;
- at load 2.2-2.6 (helpers' test suites running beside it): first builds 4.69, 4.72 and 5.14 s;
  again 1.35 s; into a new folder 1.25 s; after one more report 2.91 s.
Before that day's changes the first build took 5-6.4 s at load 1.5-2.2 (9.8 s before the session before).
What is left of a first build: the worker's JavaScript engine starting (~0.9 s), the map (~0.5 s),
seven timeline frames (~0.3 s), 94 authorities' dots (~1 s), and the pages written meanwhile.
"""
from __future__ import annotations

import argparse
import os
import statistics
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
    ap.add_argument("--cold", type=int, default=3, help="first builds to time, each from nothing (default 3)")
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
        env = {**os.environ, "PREFECT_LOGGING_LEVEL": "WARNING", "OFSTED_CHART_STORE": str(tmp / "chart-store")}

        def ofsted_site(folder: Path, what: str, store: Path | None = None) -> float:
            started = time.perf_counter()
            done = subprocess.run([OFSTED, "site", str(folder), "--db", str(db)], capture_output=True, text=True,
                                  env={**env, "OFSTED_CHART_STORE": str(store)} if store else env)
            wall = time.perf_counter() - started
            if done.returncode != 0:
                raise SystemExit(done.stderr)
            print(f"{what}: {wall:.2f} s wall ({done.stdout.splitlines()[0]}; load {os.getloadavg()[0]:.1f})")
            return wall

        # first builds: each into an empty folder with an empty chart store, the last one kept
        cold = [ofsted_site(tmp / f"cold-{i}", f"first build {i + 1} of {args.cold}, no chart drawn before",
                            tmp / f"store-{i}") for i in range(args.cold - 1)]
        cold.append(ofsted_site(out, f"first build {args.cold} of {args.cold}, no chart drawn before"))
        print(f"first builds: median {statistics.median(cold):.2f} s, best {min(cold):.2f} s, worst {max(cold):.2f} s")
        ofsted_site(out, "`ofsted site` again, nothing changed")
        ofsted_site(tmp / "another", "`ofsted site` into another new folder (charts from the store)")

        if late:
            load_reports(db, late)
            os.environ["OFSTED_CHART_STORE"] = env["OFSTED_CHART_STORE"]
            again = build_site(out, db)
            print(f"after one more report: {again.seconds:.2f} s ({len(again.written)} files changed, "
                  f"{again.charts_rendered} charts drawn, {again.charts_reused} unchanged)")
        print(f"goal: at most 5 s for the site of all England; {os.cpu_count()} cores, "
              f"load {os.getloadavg()[0]:.1f} (1 min)")


if __name__ == "__main__":
    main()
