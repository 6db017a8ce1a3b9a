"""Draw many charts at once, in worker processes.

vl-convert draws every chart of a process on one JavaScript thread, so threads do not draw two
charts at the same time; processes do. `ChartPool` starts a few workers (publish/chart_worker.py,
each a plain Python with vl-convert), which get their JavaScript engine up while the site's data is
still being read, then draws the specs given to `submit` side by side. Each answer is a Future of
the SVG; a worker that fails (or cannot start) fails its futures, and the caller draws those
charts itself (ChartRenderer does), so an error is shown as vl-convert gives it.
"""
from __future__ import annotations

import itertools
import json
import os
import queue
import subprocess
import sys
import threading
from concurrent.futures import Future
from pathlib import Path

WORKER = Path(__file__).with_name("chart_worker.py")


def default_workers() -> int:
    """One worker a core but one (at least one, at most 4): the main process reads the data and
    writes the pages meanwhile, which takes about as long as drawing the charts. On two cores a
    second worker only competes with the pages, and costs its own start (~0.9 s of a core)."""
    raw = os.environ.get("OFSTED_CHART_WORKERS", "")
    if raw.strip().isdigit():
        return int(raw)
    return max(1, min(4, (os.cpu_count() or 1) - 1))


class ChartWorkerError(RuntimeError):
    pass


class ChartPool:
    def __init__(self, workers: int | None = None, font_dirs: list[str] | None = None):
        self.size = default_workers() if workers is None else workers
        self._jobs: queue.PriorityQueue = queue.PriorityQueue()
        self._seq = itertools.count()
        self._procs: list[subprocess.Popen] = []
        self._threads: list[threading.Thread] = []
        self._closed = False
        args = [sys.executable, str(WORKER), *(font_dirs or [])]
        for _ in range(self.size):
            try:
                proc = subprocess.Popen(args, stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                                        stderr=subprocess.DEVNULL, text=True, encoding="utf-8", bufsize=1 << 16)
            except OSError:
                continue
            self._procs.append(proc)
            t = threading.Thread(target=self._serve, args=(proc,), daemon=True, name="chart-worker")
            t.start()
            self._threads.append(t)

    def submit(self, spec: dict, first: bool = False) -> Future:
        """The SVG of `spec`, drawn by the next free worker (`first`: before those waiting)."""
        fut: Future = Future()
        if not self._procs or self._closed:
            fut.set_exception(ChartWorkerError("no chart worker could start"))
        else:
            self._jobs.put((0 if first else 1, next(self._seq), json.dumps(spec, separators=(",", ":")) + "\n", fut))
        return fut

    def _serve(self, proc: subprocess.Popen) -> None:
        broken: Exception | None = None
        while True:
            _, _, line, fut = self._jobs.get()
            if fut is None:
                return
            if not fut.set_running_or_notify_cancel():
                continue
            if broken is None:
                try:
                    proc.stdin.write(line)
                    proc.stdin.flush()
                    reply = proc.stdout.readline()
                    if not reply:
                        raise ChartWorkerError("a chart worker ended")
                    answer = json.loads(reply)
                    if "svg" in answer:
                        fut.set_result(answer["svg"])
                        continue
                    fut.set_exception(ChartWorkerError(answer.get("error", "no answer")))
                    continue
                except (OSError, ValueError, ChartWorkerError) as e:
                    broken = e
            fut.set_exception(ChartWorkerError(f"chart worker failed: {broken}"))

    def close(self) -> None:
        """End the workers (each ends when its input closes); charts not yet drawn are cancelled."""
        if self._closed:
            return
        self._closed = True
        while True:
            try:
                *_, fut = self._jobs.get_nowait()
            except queue.Empty:
                break
            if fut is not None:
                fut.cancel()
        for _ in self._threads:
            self._jobs.put((2, next(self._seq), "", None))
        for t in self._threads:
            t.join(timeout=60)
        for proc in self._procs:
            try:
                proc.stdin.close()
            except OSError:
                pass
        for proc in self._procs:
            try:
                proc.wait(timeout=10)
            except subprocess.TimeoutExpired:
                proc.kill()
                proc.wait()
            proc.stdout.close()

    def __enter__(self) -> "ChartPool":
        return self

    def __exit__(self, *exc) -> None:
        self.close()
