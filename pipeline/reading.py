"""Reading reports in worker processes with a memory cap and a time cap.

A PDF whose streams decompress to gigabytes (a decompression bomb: a few KB inflating to 3 GB
took 4 GB and two minutes to read in one process) must not take the machine or the run with it.
Every report is read by a worker process (`python -m pipeline.reading`) that caps its own address
space (`RLIMIT_AS`, `OFSTED_READ_MEMORY_MB`, default 512; the whole corpus reads within 70 MB)
and dies with its parent (`pipeline.orphans`). The parent gives each file at most
`OFSTED_READ_SECONDS` (default 300). A file that hits a cap, or whose reading kills the worker
(pdfium aborts when an allocation fails), gets status `unreadable` with one sentence saying
which cap, the worker is replaced, and the other files go on.

`ReadingPool(n)` runs n workers, each fed by a thread of its own; `submit(path)` gives a future
of the file's `Extraction` (or of its JSON object, `as_json=True`) and never fails.
`reading_pool()` is the process's shared pool, one worker per core.
"""
from __future__ import annotations

import atexit
import hashlib
import os
import pickle
import queue
import resource
import select
import signal
import struct
import subprocess
import sys
import threading
import time
from collections.abc import Iterable, Iterator
from concurrent.futures import Future
from dataclasses import dataclass

MEMORY_ENV, SECONDS_ENV = "OFSTED_READ_MEMORY_MB", "OFSTED_READ_SECONDS"
DEFAULT_MEMORY_MB, DEFAULT_SECONDS = 512, 300.0
STARTUP_SECONDS = 120.0  # beyond the time cap, for a new worker's start (imports take ~1 s, more under load)
_HEADER = struct.Struct("!I")


@dataclass(frozen=True)
class Limits:
    memory_mb: int = DEFAULT_MEMORY_MB
    seconds: float = DEFAULT_SECONDS

    @classmethod
    def from_env(cls) -> "Limits":
        return cls(memory_mb=int(_number(MEMORY_ENV, DEFAULT_MEMORY_MB)), seconds=_number(SECONDS_ENV, DEFAULT_SECONDS))


def _number(name: str, default: float) -> float:
    raw = os.environ.get(name, "").strip()
    if not raw:
        return default
    try:
        value = float(raw)
    except ValueError:
        raise ValueError(f"{name} must be a positive number, not {raw!r}") from None
    if value <= 0:
        raise ValueError(f"{name} must be a positive number, not {raw!r}")
    return value


def memory_sentence(limits: Limits) -> str:
    return (f"The file needs more than {limits.memory_mb} MB of memory to read (the cap, {MEMORY_ENV}): "
            "its streams decompress to more than that, so it was not read.")


def time_sentence(limits: Limits) -> str:
    return f"Reading the file took longer than {limits.seconds:g} s (the cap, {SECONDS_ENV}), so it was stopped."


def death_sentence(limits: Limits, returncode: int | None) -> str:
    how = _signal_name(returncode)
    return (f"The reader died on this file ({how}) under its {limits.memory_mb} MB memory cap ({MEMORY_ENV}): "
            "the file needs more memory than that to read, or is damaged.")


def _signal_name(returncode: int | None) -> str:
    if returncode is None:
        return "no exit status"
    if returncode < 0:
        try:
            return signal.Signals(-returncode).name
        except ValueError:
            return f"signal {-returncode}"
    return f"exit status {returncode}"


class Reader:
    """One worker process reading one file at a time; started on first use, replaced when it
    dies or overruns the time cap. Not thread-safe: one thread drives one Reader."""

    def __init__(self, limits: Limits):
        self.limits = limits
        self._proc: subprocess.Popen | None = None
        self._fresh = True  # not yet answered: allow for its start-up

    def start(self) -> "Reader":
        if self._proc is None:
            self._proc = subprocess.Popen(
                [sys.executable, "-m", "pipeline.reading", str(os.getpid()), str(self.limits.memory_mb)],
                stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, bufsize=0, close_fds=True)
            self._fresh = True
        return self

    def read(self, path: str, as_json: bool = False):
        """The file's Extraction (or its JSON object): never raises for what the file does. A
        worker killed from outside (SIGKILL, SIGTERM, SIGHUP: an operator, the kernel's OOM
        killer) gets the file once more, in a fresh worker, before it is called unreadable."""
        answer = self._read_once(path, as_json)
        if isinstance(answer, _Died) and answer.returncode in _FROM_OUTSIDE:
            answer = self._read_once(path, as_json)
        if isinstance(answer, _Died):
            return _failure(path, death_sentence(self.limits, answer.returncode), as_json)
        return answer

    def _read_once(self, path: str, as_json: bool):
        for attempt in (1, 2):
            self.start()
            try:
                _send(self._proc.stdin, (str(path), as_json))
                break
            except (BrokenPipeError, OSError):  # died while idle (killed from outside): once more, fresh
                self._stop(kill=True)
                if attempt == 2:
                    return _Died(None)
        wait = self.limits.seconds + (STARTUP_SECONDS if self._fresh else 0.0)
        try:
            answer = _receive(self._proc.stdout, time.monotonic() + wait)
        except TimeoutError:
            self._stop(kill=True)
            return _failure(path, time_sentence(self.limits), as_json)
        if answer is None:  # the worker died: a failed allocation aborts pdfium
            return _Died(self._stop(kill=True))
        self._fresh = False
        record, recycle = answer
        if recycle:  # after a MemoryError a fresh process is cleaner than a fragmented one
            self._stop(kill=False)
        return record

    def _stop(self, kill: bool) -> int | None:
        proc, self._proc = self._proc, None
        if proc is None:
            return None
        try:
            proc.stdin.close()
        except OSError:
            pass
        if kill and proc.poll() is None:
            proc.kill()
        try:
            return proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            proc.kill()
            return proc.wait()
        finally:
            proc.stdout.close()

    def close(self) -> None:
        self._stop(kill=False)

    def kill(self) -> None:
        proc = self._proc
        if proc is not None and proc.poll() is None:
            proc.kill()


@dataclass(frozen=True)
class _Died:
    returncode: int | None


_FROM_OUTSIDE = frozenset({-signal.SIGKILL, -signal.SIGTERM, -signal.SIGHUP})


def _failure(path: str, sentence: str, as_json: bool):
    from extractors.codes import STATUS_UNREADABLE
    from extractors.record import Extraction

    try:
        with open(path, "rb") as f:
            sha256 = hashlib.sha256(f.read()).hexdigest()
    except OSError:
        sha256 = hashlib.sha256(b"").hexdigest()
    record = Extraction(sha256=sha256, status=STATUS_UNREADABLE, report_kind="other", framework="none", error=sentence)
    return record.to_json(str(path)) if as_json else record


def _send(pipe, obj) -> None:
    data = pickle.dumps(obj, protocol=pickle.HIGHEST_PROTOCOL)
    view = memoryview(_HEADER.pack(len(data)) + data)
    while view:
        view = view[pipe.write(view):]


def _read_exactly(pipe, n: int, deadline: float | None) -> bytes | None:
    fd, chunks, left = pipe.fileno(), [], n
    while left:
        if deadline is not None:
            remaining = deadline - time.monotonic()
            if remaining <= 0 or not select.select([fd], [], [], remaining)[0]:
                raise TimeoutError
        chunk = os.read(fd, min(left, 1 << 20))
        if not chunk:
            return None
        chunks.append(chunk)
        left -= len(chunk)
    return b"".join(chunks)


def _receive(pipe, deadline: float | None):
    """The next message, None at end of file; TimeoutError after `deadline` (time.monotonic())."""
    header = _read_exactly(pipe, _HEADER.size, deadline)
    if header is None:
        return None
    body = _read_exactly(pipe, _HEADER.unpack(header)[0], deadline)
    return None if body is None else pickle.loads(body)


class ReadingPool:
    """n readers, each driven by a thread of its own. Workers start at once (their imports take
    about a second), so start the pool before the files are at hand."""

    def __init__(self, workers: int | None = None, limits: Limits | None = None):
        self.limits = limits or Limits.from_env()
        self._jobs: queue.SimpleQueue = queue.SimpleQueue()
        self._readers = [Reader(self.limits).start() for _ in range(max(1, workers or os.cpu_count() or 1))]
        self._threads = [threading.Thread(target=self._serve, args=(r,), name="ofsted-reader", daemon=True)
                         for r in self._readers]
        self._closed = False
        for t in self._threads:
            t.start()

    def submit(self, path: str, as_json: bool = False) -> Future:
        if self._closed:
            raise RuntimeError("the reading pool is closed")
        future: Future = Future()
        self._jobs.put((str(path), as_json, future))
        return future

    def map(self, paths: Iterable[str], as_json: bool = False) -> Iterator:
        """Readings in the order of `paths`."""
        futures = [self.submit(p, as_json) for p in paths]
        for f in futures:
            yield f.result()

    def _serve(self, reader: Reader) -> None:
        while True:
            job = self._jobs.get()
            if job is None:
                reader.close()
                return
            path, as_json, future = job
            if not future.set_running_or_notify_cancel():
                continue
            try:
                future.set_result(reader.read(path, as_json))
            except BaseException as exc:  # a bug of ours, not the file's: the caller sees it
                future.set_exception(exc)

    def close(self, wait: bool = True) -> None:
        """Let the workers finish what was submitted and end (wait=False: kill them now)."""
        if self._closed:
            return
        self._closed = True
        if not wait:
            for r in self._readers:
                r.kill()
        for _ in self._threads:
            self._jobs.put(None)
        if wait:
            for t in self._threads:
                t.join()

    def __enter__(self) -> "ReadingPool":
        return self

    def __exit__(self, *exc) -> None:
        self.close(wait=exc[0] is None)


_POOL: ReadingPool | None = None
_POOL_LOCK = threading.Lock()


def reading_pool() -> ReadingPool:
    """The process's pool, one worker per core, started on first use and ended at exit."""
    global _POOL
    with _POOL_LOCK:
        if _POOL is None:
            _POOL = ReadingPool()
            atexit.register(_POOL.close, wait=False)
        return _POOL


def read_file(path: str) -> "object":
    """One file's Extraction, read in the shared pool (under the caps)."""
    return reading_pool().submit(path).result()


# --- the worker: python -m pipeline.reading PARENT_PID MEMORY_MB -------------------------------

def cap_memory(memory_mb: int) -> None:
    limit = int(memory_mb) << 20
    soft, hard = resource.getrlimit(resource.RLIMIT_AS)
    if hard != resource.RLIM_INFINITY:
        limit = min(limit, hard)
    resource.setrlimit(resource.RLIMIT_AS, (limit, hard if hard != resource.RLIM_INFINITY else limit))


def _worker(parent: int, memory_mb: int) -> None:
    answers = os.fdopen(os.dup(1), "wb", buffering=0)  # answers go here; stray prints to stderr
    os.dup2(2, 1)
    requests = os.fdopen(0, "rb", buffering=0)
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl-C is for the command; it ends us by closing the pipe
    from pipeline.orphans import die_with_parent

    die_with_parent(parent)
    cap_memory(memory_mb)
    from extractors import extract_file
    from extractors.codes import STATUS_UNREADABLE

    limits = Limits(memory_mb=memory_mb)
    while True:
        request = _receive(requests, None)
        if request is None:  # the parent closed the pipe: done, without the interpreter's slow tidying up
            os._exit(0)
        path, as_json = request
        record = extract_file(path)
        recycle = record.status == STATUS_UNREADABLE and "(MemoryError" in (record.error or "")
        if recycle:
            record = _replace_error(record, memory_sentence(limits))
        _send(answers, (record.to_json(path) if as_json else record, recycle))
        if recycle:
            os._exit(0)


def _replace_error(record, sentence: str):
    from dataclasses import replace

    return replace(record, error=sentence)


if __name__ == "__main__":
    _worker(int(sys.argv[1]), int(sys.argv[2]))
