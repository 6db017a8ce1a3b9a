"""A real Prefect server (`prefect server start`) on 127.0.0.1, started and stopped by us.

Prefect's temporary server lives inside one process and does not carry events between
processes, so triggers and automations need this one. Used by `ofsted serve` when no
PREFECT_API_URL is set, and by the tests that check events and triggers.
"""
from __future__ import annotations

import os
import signal
import socket
import subprocess
import sys
import time
from pathlib import Path

import requests

HEALTHY_WITHIN = 240.0  # seconds; about 20 s on a fresh database here, over 100 s on a busy machine ($OFSTED_PREFECT_START_WAIT)


class PrefectServerError(RuntimeError):
    """The server did not start or answer; the message is one line for a person."""


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class PrefectServer:
    """`with PrefectServer(home) as server:` runs `prefect server start` until the block ends."""

    def __init__(self, home: str | os.PathLike, port: int | None = None, ui: bool = True,
                 log: str | os.PathLike | None = None):
        self.home = Path(home)
        self.port = port or free_port()
        self.ui = ui
        self.log_path = Path(log) if log else self.home / "server.log"
        self._process: subprocess.Popen | None = None

    @property
    def api_url(self) -> str:
        return f"http://127.0.0.1:{self.port}/api"

    @property
    def ui_url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def environment(self) -> dict[str, str]:
        """What a process needs in its environment to use this server."""
        return {"PREFECT_API_URL": self.api_url, "PREFECT_HOME": str(self.home),
                "PREFECT_SERVER_ANALYTICS_ENABLED": "false"}

    def start(self, wait: float | None = None) -> "PrefectServer":
        wait = wait or float(os.environ.get("OFSTED_PREFECT_START_WAIT") or HEALTHY_WITHIN)
        self.home.mkdir(parents=True, exist_ok=True)
        env = {**os.environ, **self.environment(), "PREFECT_SERVER_UI_ENABLED": str(self.ui).lower(),
               "PREFECT_SERVER_API_HOST": "127.0.0.1", "PREFECT_SERVER_API_PORT": str(self.port)}
        env.pop("PREFECT_API_URL", None)  # the server itself must not try to talk to another one
        prefect = str(Path(sys.executable).with_name("prefect"))
        log = open(self.log_path, "ab")
        from pipeline.orphans import watched_command

        self._process = subprocess.Popen(  # dies with this process, however it ends (pipeline/orphans.py)
            watched_command([prefect, "server", "start", "--host", "127.0.0.1", "--port", str(self.port),
                             "--analytics-off"]),
            env=env, stdout=log, stderr=subprocess.STDOUT, stdin=subprocess.DEVNULL, start_new_session=True,
        )
        log.close()
        self.wait_healthy(wait)
        return self

    def wait_healthy(self, wait: float) -> None:
        deadline = time.monotonic() + wait
        while time.monotonic() < deadline:
            if self._process is not None and self._process.poll() is not None:
                raise PrefectServerError(f"prefect server exited with status {self._process.returncode}; see {self.log_path}")
            try:
                if requests.get(f"{self.api_url}/health", timeout=2).ok:
                    return
            except requests.RequestException:
                pass
            time.sleep(0.3)
        self.stop()
        raise PrefectServerError(f"prefect server did not become healthy within {wait:.0f} s; see {self.log_path}")

    def stop(self) -> None:
        """SIGTERM the server's process group, then SIGKILL what is left after a grace period."""
        process, self._process = self._process, None
        if process is None or process.poll() is not None:
            return
        try:
            os.killpg(process.pid, signal.SIGTERM)
            process.wait(timeout=15)
        except (ProcessLookupError, PermissionError):
            return
        except subprocess.TimeoutExpired:
            os.killpg(process.pid, signal.SIGKILL)
            process.wait(timeout=5)

    def __enter__(self) -> "PrefectServer":
        return self.start()

    def __exit__(self, *exc) -> None:
        self.stop()
