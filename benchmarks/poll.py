"""Benchmark of polling: requests and files a poll costs, against the replica over the corpus.

A first full sweep (every provider page) records what the site shows up to a day before the
latest date with a single publication (as found, not downloaded); then an incremental poll with nothing new; then the
replica's clock moves forward by that one publication and an incremental poll finds it and
downloads it; then a full sweep again. Requests are counted by the replica. The poll's steps are
the flow's (pipeline/watch.py, the warehouse's poll log, the download), without Prefect.

    .venv/bin/python benchmarks/poll.py [--corpus ../shared/corpus]
"""
from __future__ import annotations

import argparse
import sys
import tempfile
import time
from collections import Counter
from datetime import timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from pipeline.config import PipelineConfig  # noqa: E402
from pipeline.discover import record_discoveries  # noqa: E402
from pipeline.ingest import fetch_and_extract_all  # noqa: E402
from pipeline.watch import FULL, INCREMENTAL, site_state, watch  # noqa: E402
from sources.replica import Replica  # noqa: E402
from warehouse import Warehouse  # noqa: E402
from warehouse.db import utcnow  # noqa: E402
from warehouse.polls import PollRecord, record_poll  # noqa: E402

GOALS = {"nothing new": (3, 0), "one new publication": (4, 1)}


def one_poll(config: PipelineConfig, replica: Replica, mode: str, download: bool = True
             ) -> tuple[int, int, float, list[str]]:
    """One poll as the flow runs it, downloading what is new: (requests, files, seconds, reason or new ids)."""
    replica.state.reset_stats()
    started, began = utcnow(), time.perf_counter()
    state = site_state(config)
    with config.client() as client:
        found = watch(client, state, mode)
    new = record_discoveries(config, found.new)
    with Warehouse(config.db) as wh:
        record_poll(wh.conn, PollRecord(site=config.site_url, mode=found.mode, started_at=started,
                                        status="failed" if found.reason else "ok", reason=found.reason,
                                        stated=found.stated, authorities=found.authorities,
                                        pages_read=len(found.pages_read), new_files=len(new)), found.pages_read)
    if download:
        fetch_and_extract_all(config, [p for p in found.new if p.file_id in new], in_pool=False)
    took = time.perf_counter() - began
    stats = replica.stats()
    return stats["requests"], stats["files_served"], took, [found.reason] if found.reason else new


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", type=Path, default=ROOT / ".." / "shared" / "corpus")
    args = parser.parse_args()
    if not (args.corpus / "manifest.csv").is_file():
        print(f"skipped: no corpus at {args.corpus.resolve()}", file=sys.stderr)
        return 0
    with Replica(args.corpus) as replica, tempfile.TemporaryDirectory() as tmp:
        per_day = Counter(f.published for f in replica.corpus.files.values())
        day = max(d for d, n in per_day.items() if n == 1)
        replica.set_as_of(day - timedelta(days=1))
        config = PipelineConfig(site_url=replica.url, pause=0.0, db=str(Path(tmp) / "ofsted.duckdb"))
        authorities = len(replica.corpus.authorities)
        failed = False
        requests, files, took, new = one_poll(config, replica, FULL, download=False)
        print(f"first full sweep ({authorities} authorities, clock at {day - timedelta(days=1)}; {len(new)} files "
              f"recorded, not downloaded): {requests} requests, {took:.2f} s")
        for label, move in (("nothing new", False), ("one new publication", True)):
            if move:
                replica.set_as_of(day)
            requests, files, took, new = one_poll(config, replica, INCREMENTAL)
            most_requests, want_files = GOALS[label]
            ok = requests <= most_requests and files == want_files
            failed |= not ok
            print(f"incremental poll, {label}: {requests} requests, {files} files, {took:.2f} s "
                  f"(goal <= {most_requests} requests, {want_files} files){'' if ok else '  MISSED'}"
                  + (f"; new: {', '.join(new)}" if new else ""))
        requests, files, took, _ = one_poll(config, replica, FULL)
        print(f"full sweep, nothing new: {requests} requests, {files} files, {took:.2f} s")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
