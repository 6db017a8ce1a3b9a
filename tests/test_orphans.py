"""A command that dies, however it dies, leaves no process of its own running: `ofsted backfill`
on Prefect's temporary server, killed with SIGKILL (as a scheduler's timeout does) at a few
points, takes its temporary server and its report readers with it."""
from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from conftest import OFSTED
from corpus import require_corpus
from sources.replica import Replica

GONE_WITHIN = 20.0  # seconds after the kill (the watchdogs react at once; the machine may be busy)


def _stat(pid: int) -> tuple[int, int] | None:
    """(parent pid, session id) of a process, None once it is gone."""
    try:
        with open(f"/proc/{pid}/stat", "rb") as f:
            fields = f.read().rsplit(b")", 1)[1].split()
        return int(fields[1]), int(fields[3])
    except (OSError, IndexError, ValueError):
        return None


def _cmdline(pid: int) -> str:
    try:
        with open(f"/proc/{pid}/cmdline", "rb") as f:
            return f.read().replace(b"\0", b" ").decode(errors="replace")
    except OSError:
        return ""


def _pids() -> list[int]:
    return [int(p) for p in os.listdir("/proc") if p.isdigit()]


def _tree(root: int) -> dict[int, str]:
    """The processes below `root` (pid -> command line)."""
    parent = {p: s[0] for p in _pids() if (s := _stat(p)) is not None}
    found, todo = {}, [root]
    while todo:
        p = todo.pop()
        for child, ppid in parent.items():
            if ppid == p and child not in found:
                found[child] = _cmdline(child)
                todo.append(child)
    return found


def _server_port(tree: dict[int, str]) -> str | None:
    for cmd in tree.values():
        if "uvicorn" in cmd and "--port" in cmd:
            return cmd.split("--port", 1)[1].split()[0]
    return None


def _left_behind(session: int, port: str | None, known: set[int]) -> dict[int, str]:
    """Processes still running of the killed command: in its session, seen below it before the
    kill, or naming its temporary server's port."""
    out = {}
    for p in _pids():
        s = _stat(p)
        if s is None or p == os.getpid():
            continue
        cmd = _cmdline(p)
        if s[1] == session or p in known or (port and f"--port {port}" in cmd and "uvicorn" in cmd):
            if cmd:  # a zombie has no command line: it is dead, waiting to be reaped
                out[p] = cmd
    return out


def _wait_for(proc: subprocess.Popen, what, log: Path, timeout: float = 240.0) -> dict[int, str]:
    """The process tree once `what(tree)` holds; fails if the command ends first."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        tree = _tree(proc.pid)
        if what(tree):
            return tree
        if proc.poll() is not None:
            pytest.fail(f"ofsted backfill ended ({proc.returncode}) before the point to kill it:\n"
                        + log.read_text(errors="replace")[-2000:])
        time.sleep(0.1)
    pytest.fail("ofsted backfill did not reach the point to kill it")


def _has_server(tree: dict[int, str]) -> bool:
    return _server_port(tree) is not None


def _has_readers(tree: dict[int, str]) -> bool:
    return _has_server(tree) and any("pipeline.reading" in cmd for cmd in tree.values())


KILL_POINTS = {
    "as its temporary server starts": _has_server,
    "while its readers read": _has_readers,
}


@pytest.fixture(scope="module")
def site():
    with Replica(require_corpus()) as replica:
        yield replica


@pytest.mark.long
@pytest.mark.parametrize("point", list(KILL_POINTS) + ["6 s after its readers started"])
def test_backfill_killed_with_sigkill_leaves_no_process_behind(site, tmp_path, point):
    env = {k: v for k, v in os.environ.items() if not k.startswith("PREFECT_")}
    env.update(OFSTED_DATA_DIR=str(tmp_path / "data"), PREFECT_HOME=str(tmp_path / "prefect-home"),
               PREFECT_SERVER_ANALYTICS_ENABLED="false", PREFECT_LOGGING_LEVEL="WARNING",
               PREFECT_SERVER_EPHEMERAL_STARTUP_TIMEOUT_SECONDS="180")  # a fresh database, a busy machine
    log = open(tmp_path / "backfill.log", "wb")
    proc = subprocess.Popen([OFSTED, "backfill", "--site", site.url, "--pause", "0"], env=env, stdout=log,
                            stderr=subprocess.STDOUT, stdin=subprocess.DEVNULL, start_new_session=True)
    log.close()
    known: set[int] = set()
    port = None
    try:
        tree = _wait_for(proc, KILL_POINTS.get(point, _has_readers), tmp_path / "backfill.log")
        if point not in KILL_POINTS:
            time.sleep(6.0)
            tree = _tree(proc.pid)
            if proc.poll() is not None:
                pytest.fail("ofsted backfill ended before the point to kill it")
        port = _server_port(tree)
        known = set(tree)
        proc.send_signal(signal.SIGKILL)  # the command only, as a scheduler's timeout does
        proc.wait()
        known |= set(_tree(proc.pid))  # anything it started in the meantime (reparented ones are in its session)
        deadline = time.monotonic() + GONE_WITHIN
        while (left := _left_behind(proc.pid, port, known)) and time.monotonic() < deadline:
            time.sleep(0.2)
        assert not left, f"killed {point}, still running: {left}"
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait()
        for pid in _left_behind(proc.pid, port, known):  # never leave them to the next test
            try:
                os.kill(pid, signal.SIGKILL)
            except OSError:
                pass


def test_watched_program_dies_with_its_parent(tmp_path):
    """The watchdog on its own: a program run under `python -m pipeline.orphans` by a parent that
    is then SIGKILLed ends too, with the children it started."""
    script = tmp_path / "sleeper.py"
    script.write_text("import subprocess, sys, time\n"
                      "child = subprocess.Popen([sys.executable, '-c', 'import time; time.sleep(600)'])\n"
                      "print(child.pid, flush=True)\n"
                      "time.sleep(600)\n")
    parent_code = ("import subprocess, sys\n"
                   "from pipeline.orphans import watched_command\n"
                   f"p = subprocess.Popen(watched_command([sys.executable, {str(script)!r}]), stdout=sys.stdout)\n"
                   "print(p.pid, flush=True)\n"
                   "import time; time.sleep(600)\n")
    parent = subprocess.Popen([sys.executable, "-c", parent_code], stdout=subprocess.PIPE, text=True,
                              start_new_session=True)
    watched = grandchild = None
    try:
        watched, grandchild = int(parent.stdout.readline()), int(parent.stdout.readline())
        assert _stat(watched) and _stat(grandchild)
        parent.send_signal(signal.SIGKILL)
        parent.wait()
        deadline = time.monotonic() + GONE_WITHIN
        while (alive := [p for p in (watched, grandchild) if _cmdline(p)]) and time.monotonic() < deadline:
            time.sleep(0.1)
        assert not alive
    finally:
        for pid in (parent.pid, watched, grandchild):
            if pid and _cmdline(pid):
                os.kill(pid, signal.SIGKILL)
