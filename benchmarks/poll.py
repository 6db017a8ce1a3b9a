"""Benchmark of the source client: list every authority and its publications from the replica over
the full corpus with no pause, then list again with every file id known and count the files the
replica served (it must be 0).

    .venv/bin/python benchmarks/poll.py [--corpus ../shared/corpus] [--runs 3]
"""
from __future__ import annotations

import argparse
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from sources.ofsted_reports import ReportsClient, SiteConfig, poll  # noqa: E402
from sources.replica import Replica  # noqa: E402


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", type=Path, default=ROOT / ".." / "shared" / "corpus")
    parser.add_argument("--runs", type=int, default=3, help="timed full listings (the best and median are shown)")
    args = parser.parse_args()
    if not (args.corpus / "manifest.csv").is_file():
        print(f"skipped: no corpus at {args.corpus.resolve()}", file=sys.stderr)
        return 0
    with Replica(args.corpus) as replica, ReportsClient(SiteConfig.local(replica.url)) as client:
        times = []
        for _ in range(max(1, args.runs)):
            replica.reset()
            started = time.perf_counter()
            first = poll(client)
            times.append(time.perf_counter() - started)
        requests_made = replica.stats()["requests"]
        print(f"full listing: {len(first.authorities)} authorities, {len(first.publications)} publications, "
              f"{requests_made} requests, pause 0: best {min(times):.2f} s, median {statistics.median(times):.2f} s "
              f"over {len(times)} runs")

        known = {p.file_id for p in first.publications}
        replica.reset()
        cache: dict[str, dict[str, str]] = {}
        started = time.perf_counter()
        second = poll(client, known, cache=cache)
        took = time.perf_counter() - started
        print(f"second listing, all {len(known)} file ids known: {len(second.publications)} new, "
              f"{replica.stats()['file_requests']} files downloaded, {took:.2f} s")

        started = time.perf_counter()
        third = poll(client, known, cache=cache)
        took = time.perf_counter() - started
        print(f"third listing, conditional: {third.unchanged_pages} provider pages unchanged (304), "
              f"{len(third.publications)} new, {replica.stats()['file_requests']} files downloaded, {took:.2f} s")
    failures = first.failures + second.failures + third.failures
    for failure in failures:
        print(f"failure: {failure}", file=sys.stderr)
    return 1 if failures or second.publications or replica.stats()["file_requests"] else 0


if __name__ == "__main__":
    sys.exit(main())
