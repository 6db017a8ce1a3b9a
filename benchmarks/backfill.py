"""Backfill and poll speed, against the replica of the reports site over the corpus.

    python benchmarks/backfill.py [--corpus ../shared/corpus]

Starts a Prefect server and the replica (neither timed), then prints, in one run:
- `ofsted backfill` of all of England from the replica (pause 0): wall time and peak memory
  (all its processes together), beside `ofsted extract` of the same files alone;
- `ofsted poll` with nothing new: wall time, peak memory, files downloaded (must be 0);
- the same backfill again, with nothing left to do: the command's fixed cost, and what the
  backfill costs beyond it.
Goals on a 2-core machine: the backfill within 1.5x the extraction; the poll under 5 s.
"""
from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from deployments.server import PrefectServer  # noqa: E402
from sources.replica import Replica  # noqa: E402

OFSTED = str(Path(sys.executable).with_name("ofsted"))


def _rss_kib(pid: int) -> int:
    try:
        with open(f"/proc/{pid}/status") as f:
            for line in f:
                if line.startswith("VmRSS:"):
                    return int(line.split()[1])
    except OSError:
        pass
    return 0


def _tree(pid: int) -> list[int]:
    """The process and all its descendants."""
    children: dict[int, list[int]] = {}
    for entry in os.listdir("/proc"):
        if entry.isdigit():
            try:
                with open(f"/proc/{entry}/stat") as f:
                    ppid = int(f.read().rsplit(")", 1)[1].split()[1])
                children.setdefault(ppid, []).append(int(entry))
            except (OSError, IndexError, ValueError):
                continue
    out, todo = [], [pid]
    while todo:
        p = todo.pop()
        out.append(p)
        todo.extend(children.get(p, []))
    return out


def timed(args: list[str], env: dict) -> tuple[float, float, subprocess.CompletedProcess]:
    """Wall seconds and peak memory (MiB, the process tree's RSS summed) of a command."""
    start = time.perf_counter()
    proc = subprocess.Popen(args, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    peak = 0
    done = threading.Event()

    def sample() -> None:
        nonlocal peak
        while not done.is_set():
            peak = max(peak, sum(_rss_kib(p) for p in _tree(proc.pid)))
            time.sleep(0.2)  # a sample walks /proc: often enough for the peak, rarely enough not to slow the run

    sampler = threading.Thread(target=sample, daemon=True)
    sampler.start()
    out, err = proc.communicate()
    wall = time.perf_counter() - start
    done.set()
    sampler.join()
    result = subprocess.CompletedProcess(args, proc.returncode, out, err)
    if proc.returncode != 0:
        sys.exit(f"error: {' '.join(args[1:3])} failed:\n{err[-2000:]}")
    return wall, peak / 1024, result


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", type=Path, default=ROOT.parent / "shared" / "corpus")
    args = parser.parse_args()
    corpus = args.corpus.resolve()
    if not (corpus / "manifest.csv").is_file():
        sys.exit(f"skipped: no corpus at {corpus}")
    work = Path(tempfile.mkdtemp(prefix="ofsted-bench-"))
    with PrefectServer(work / "prefect-server", ui=False) as server, Replica(corpus) as site:
        env = {**os.environ, **server.environment(), "OFSTED_DATA_DIR": str(work / "data"),
               "PREFECT_HOME": str(work / "prefect-home"), "PREFECT_LOGGING_LEVEL": "WARNING"}
        extract_wall, extract_peak, _ = timed([OFSTED, "extract", str(corpus / "pdfs")], env)
        backfill_wall, backfill_peak, _ = timed([OFSTED, "backfill", "--site", site.url, "--pause", "0"], env)
        before = site.stats()["file_requests"]
        poll_wall, poll_peak, poll = timed([OFSTED, "poll", "--site", site.url, "--pause", "0"], env)
        downloaded = site.stats()["file_requests"] - before
        idle_wall, _, _ = timed([OFSTED, "backfill", "--site", site.url, "--pause", "0"], env)
    ratio = backfill_wall / extract_wall
    print(f"files                                  {len(list((corpus / 'pdfs').rglob('*.pdf')))}")
    print(f"ofsted extract of the same files       {extract_wall:7.2f} s   peak {extract_peak:6.0f} MiB")
    print(f"ofsted backfill, all of England        {backfill_wall:7.2f} s   peak {backfill_peak:6.0f} MiB"
          f"   ratio {ratio:.2f} (goal <= 1.5: {'met' if ratio <= 1.5 else 'NOT met'})")
    print(f"ofsted poll, nothing new               {poll_wall:7.2f} s   peak {poll_peak:6.0f} MiB"
          f"   files downloaded {downloaded} (goal < 5 s: {'met' if poll_wall < 5 else 'NOT met'})")
    print(f"  ({poll.stdout.strip()})")
    print(f"ofsted backfill again, nothing to do    {idle_wall:7.2f} s   (the command's fixed cost: Prefect's import "
          f"and flow run, the listing)")
    print(f"backfill beyond that fixed cost        {backfill_wall - idle_wall:7.2f} s   "
          f"ratio {(backfill_wall - idle_wall) / extract_wall:.2f} to the extraction")


if __name__ == "__main__":
    main()
