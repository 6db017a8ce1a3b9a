"""Children that die with their parent: a command that dies, however it dies (SIGKILL included),
leaves no process of its own running.

A process the pipeline starts (the report readers, Prefect's temporary server, `prefect server
start` for `ofsted serve`) runs a watchdog thread, `die_with_parent`: it waits on a pidfd of its
parent (or polls `getppid()` where pidfds are missing) and, once the parent is gone, kills its own
descendants and then itself.

Why not `prctl(PR_SET_PDEATHSIG)`: Linux sends that signal when the *thread* that started the
child ends, not the process, and Prefect starts its temporary server from whichever thread first
needs the API; a short-lived thread would take the server down with it.

Programs we do not write (uvicorn for Prefect's temporary server, the `prefect` script) run under
`python -m pipeline.orphans PARENT_PID ...`, which starts the watchdog and then runs the program
in the same process (`watched_command` builds that command line).

Private Prefect API: `temporary_server_dies_with_us` replaces the `subprocess` module seen by
`prefect.server.api.server` (Prefect 3.8.8), whose `SubprocessASGIServer._run_uvicorn_command`
starts the temporary server with `subprocess.Popen([sys.executable, "-m", "uvicorn", ...])`.
If a later Prefect starts it another way, the patch does nothing and
`tests/test_orphans.py` fails.
"""
from __future__ import annotations

import os
import runpy
import select
import signal
import subprocess
import sys
import threading
import time
import types

POLL_SECONDS = 0.5  # where pidfds are missing: how often the watchdog looks at getppid()


def die_with_parent(parent: int | None = None) -> threading.Thread | None:
    """Start the watchdog: when `parent` (by default this process's parent now) ends, this
    process kills its descendants and itself. Returns the thread, or None if the parent is
    already gone (then this process is being killed)."""
    parent = os.getppid() if parent is None else parent
    if os.getppid() != parent:
        _end_family()
        return None
    watcher = threading.Thread(target=_watch, args=(parent,), name="die-with-parent", daemon=True)
    watcher.start()
    return watcher


def _watch(parent: int) -> None:
    _wait_for_end_of(parent)
    _end_family()


def _wait_for_end_of(parent: int) -> None:
    fd = None
    try:
        fd = os.pidfd_open(parent)
    except (AttributeError, OSError):  # an old kernel or Python: poll instead
        pass
    if os.getppid() != parent:  # gone already (and the pid may be another process's by now)
        return
    if fd is not None:
        while not select.select([fd], [], [])[0]:  # a pidfd is readable once its process ended
            pass
        return
    while os.getppid() == parent:
        time.sleep(POLL_SECONDS)


def _end_family() -> None:
    """Kill this process's descendants (deepest last found first), then this process."""
    for pid in reversed(descendants(os.getpid())):
        try:
            os.kill(pid, signal.SIGKILL)
        except OSError:
            pass
    os.kill(os.getpid(), signal.SIGKILL)


def descendants(pid: int) -> list[int]:
    """The processes below `pid`, parents before their children (from /proc)."""
    children: dict[int, list[int]] = {}
    for entry in os.listdir("/proc"):
        if entry.isdigit():
            try:
                with open(f"/proc/{entry}/stat", "rb") as f:
                    ppid = int(f.read().rsplit(b")", 1)[1].split()[1])
            except (OSError, IndexError, ValueError):
                continue
            children.setdefault(ppid, []).append(int(entry))
    found, todo = [], list(children.get(pid, []))
    while todo:
        p = todo.pop(0)
        found.append(p)
        todo.extend(children.get(p, []))
    return found


def watched_command(argv: list[str], parent: int | None = None) -> list[str]:
    """The command line that runs the Python program `argv` (`[python, "-m", module, ...]`,
    `[python, script, ...]` or `[script, ...]`) under the watchdog of this process (or `parent`)."""
    parent = os.getpid() if parent is None else parent
    argv = [str(a) for a in argv]
    program = argv[1:] if _is_python(argv[0]) else argv
    return [sys.executable, "-m", "pipeline.orphans", str(parent), *program]


def _is_python(executable: str) -> bool:
    return os.path.basename(executable).startswith("python") or executable == sys.executable


class _WatchedPopen(subprocess.Popen):
    """subprocess.Popen of a Python program, run under this process's watchdog."""

    def __init__(self, args, *rest, **kwargs):
        super().__init__(watched_command(list(args)), *rest, **kwargs)


_PATCHED = False


def temporary_server_dies_with_us() -> bool:
    """Make Prefect's temporary server (started when no PREFECT_API_URL is set) die with this
    process. Private Prefect API (see the module's note). Does nothing when a server is named
    (nothing to start) or when already done; True once the patch is in place."""
    global _PATCHED
    if _PATCHED:
        return True
    from prefect.settings import get_current_settings

    if get_current_settings().api.url:
        return False
    from prefect.server.api import server as prefect_server

    if not hasattr(prefect_server, "SubprocessASGIServer"):
        return False
    watched = types.ModuleType("subprocess", "subprocess, with Popen under pipeline.orphans' watchdog")
    watched.__dict__.update({k: v for k, v in vars(subprocess).items() if not k.startswith("__")})
    watched.Popen = _WatchedPopen
    prefect_server.subprocess = watched
    _PATCHED = True
    return True


def main(argv: list[str] | None = None) -> None:
    """`python -m pipeline.orphans PARENT_PID (-m MODULE | SCRIPT) ARGS...`"""
    args = list(sys.argv[1:] if argv is None else argv)
    if len(args) < 2 or not args[0].isdigit() or (args[1] == "-m" and len(args) < 3):
        sys.exit("usage: python -m pipeline.orphans PARENT_PID (-m MODULE | SCRIPT) ARGS...")
    die_with_parent(int(args[0]))
    if args[1] == "-m":
        sys.argv = [args[2], *args[3:]]
        runpy.run_module(args[2], run_name="__main__", alter_sys=True)
    else:
        sys.argv = args[1:]
        runpy.run_path(args[1], run_name="__main__")


if __name__ == "__main__":
    main()
