"""Shared fixtures: a real `prefect server start` on 127.0.0.1 for the tests of events and
triggers (one for the session: it takes 10-20 s to become healthy), and running `ofsted`
as a user does, with that server and a warehouse of the test's own."""
from __future__ import annotations

import json
import os
import subprocess
import sys
import time
from datetime import datetime, timedelta, timezone
from pathlib import Path
from uuid import UUID, uuid5

import pytest
import requests

OFSTED = str(Path(sys.executable).with_name("ofsted"))
# Flows write the site after every ingest that changed something; the tests of other parts have
# no use for it (it costs a few seconds a run). tests/test_site.py turns it on where it checks it.
os.environ.setdefault("OFSTED_SITE_DIR", "off")

# the pipeline's own wait for the server to store what it was sent (at least every 5 s)
from flows.events import SERVER_FLUSH, already_stored  # noqa: E402


class RunningServer:
    """A Prefect server started elsewhere (OFSTED_TEST_PREFECT_API_URL): on a loaded machine a new
    one may take longer to start than the fixture waits."""

    def __init__(self, api_url: str):
        self.api_url = api_url.rstrip("/")

    def environment(self) -> dict[str, str]:
        return {"PREFECT_API_URL": self.api_url}


@pytest.fixture(scope="session")
def prefect_server(tmp_path_factory):
    from deployments.server import PrefectServer

    if os.environ.get("OFSTED_TEST_PREFECT_API_URL"):
        yield RunningServer(os.environ["OFSTED_TEST_PREFECT_API_URL"])
        return
    with PrefectServer(tmp_path_factory.mktemp("prefect-server"), ui=False) as server:
        yield server


def pytest_configure(config):
    config.addinivalue_line("markers", "long: runs the pipeline's commands in child processes for tens of "
                            "seconds, mostly waiting (scheduled first, as the tests of the Prefect server are)")


def pytest_collection_modifyitems(config, items):
    """The long tests first (those of the real Prefect server, and those marked `long`), in their own
    order: with workers (`make test` runs `pytest -n`), they start at once and the many quick tests
    fill in around them, instead of one long test starting last and the run waiting for it alone."""
    items.sort(key=lambda item: not ("prefect_server" in getattr(item, "fixturenames", ())
                                     or item.get_closest_marker("long")))


@pytest.hookimpl(hookwrapper=True)
def pytest_runtest_makereport(item, call):
    """A failed test of the real Prefect server shows the end of that server's log beside its own output."""
    outcome = yield
    report = outcome.get_result()
    if report.when == "call" and report.failed and "prefect_server" in getattr(item, "fixturenames", ()):
        log = getattr(item.funcargs.get("prefect_server"), "log_path", None)
        if log is not None and Path(log).exists():
            report.sections.append(("Prefect server log, its end", Path(log).read_text(errors="replace")[-4000:]))


class Ofsted:
    """Runs `ofsted ...` in a child process against one Prefect server and one data folder."""

    def __init__(self, server, data: Path):
        self.server, self.data = server, data
        self.env = {**os.environ, **server.environment(), "OFSTED_DATA_DIR": str(data),
                    "PREFECT_HOME": str(data / "prefect-home"), "PREFECT_LOGGING_LEVEL": "WARNING"}
        self.ended = time.monotonic()  # when its last command ended: what it sent had gone to the server

    def run(self, *args: str, check: bool = True, timeout: float = 300) -> subprocess.CompletedProcess:
        try:
            result = subprocess.run([OFSTED, *args], env=self.env, capture_output=True, text=True, timeout=timeout)
        finally:
            if args[:1] != ("sql",):  # a query sends nothing
                self.ended = time.monotonic()
        if check and result.returncode != 0:
            raise AssertionError(f"ofsted {' '.join(args)} failed ({result.returncode}):\n{result.stderr[-3000:]}")
        return result

    def start(self, *args: str) -> subprocess.Popen:
        return subprocess.Popen([OFSTED, *args], env=self.env, stdout=subprocess.PIPE, stderr=subprocess.STDOUT,
                                text=True, start_new_session=True)

    def finish(self, child: subprocess.Popen, timeout: float = 300) -> str:
        """Wait for a command `start` began to end, as `run` does (its output; the test fails if it failed)."""
        try:
            output, _ = child.communicate(timeout=timeout)
        finally:
            self.ended = time.monotonic()
        if child.returncode != 0:
            raise AssertionError(f"ofsted {' '.join(child.args[1:])} failed ({child.returncode}):\n{output[-3000:]}")
        return output

    def sql(self, query: str) -> list[dict]:
        return json.loads(self.run("sql", "--format", "json", query).stdout)


@pytest.fixture
def ofsted(prefect_server, tmp_path) -> Ofsted:
    return Ofsted(prefect_server, tmp_path / "data")


def read_events(server, name: str, since: datetime, settle: float = 0.0) -> list[dict]:
    """Every event called `name` the server stored since `since` (all pages). With `settle`, first
    wait until the count has not changed for a whole flush of the server (and at least `settle`
    seconds, at most `settle` + 30): events sent a moment ago may not be stored yet."""
    def fetch() -> list[dict]:
        body = {"filter": {"event": {"name": [name]},
                           "occurred": {"since": since.isoformat(),
                                        "until": (datetime.now(timezone.utc) + timedelta(minutes=5)).isoformat()}},
                "limit": 50}
        page = requests.post(f"{server.api_url}/events/filter", json=body, timeout=30).json()
        events = list(page["events"])
        while page.get("next_page"):
            page = requests.get(page["next_page"], timeout=30).json()
            events += page["events"]
        # Prefect stores an event id once (its primary key), but its pages are offsets: an event
        # stored while we page pushes the others down, and one comes again on the next page
        return list({e["id"]: e for e in events}.values())

    events = fetch()
    if settle <= 0:
        return events
    start = changed = time.monotonic()
    while True:
        time.sleep(1.0)
        again = fetch()
        now = time.monotonic()
        if len(again) != len(events):
            events, changed = again, now
        if (now - changed >= SERVER_FLUSH and now - start >= settle) or now - start > settle + 30:
            return events


def sent_events(server, name: str, since: datetime, ofsted: Ofsted, seconds: float = 90) -> list[dict]:
    """The events called `name` of `ofsted`'s warehouse (its `ofsted.warehouse` label) the server
    stored since `since`, read once the server holds every one of them the warehouse's outbox marks
    sent (asked by id, every half second for up to `seconds`; after that, what it holds, for the
    test to say what is missing) and a whole flush of the server has passed since the last command
    of `ofsted` ended: an event sent besides those (a duplicate under another id) is stored by then
    too. No fixed wait: the first read after both hold is the answer."""
    warehouse = ofsted.sql("SELECT value FROM warehouse_meta WHERE key = 'instance_id'")[0]["value"]
    marked = ofsted.sql(f"SELECT event_id FROM outbox WHERE event_type = '{name}' AND published_at IS NOT NULL")
    expected = [str(uuid5(UUID(warehouse), r["event_id"])) for r in marked]
    quiet_since(ofsted)
    deadline = time.monotonic() + seconds
    while stored_ids(server, expected) != set(expected) and time.monotonic() <= deadline:
        time.sleep(0.5)
    return [e for e in read_events(server, name, since) if e["resource"].get("ofsted.warehouse") == warehouse]


def stored_ids(server, ids: list[str]) -> set[str]:
    """Which of these event ids the server holds (whenever they occurred): the pipeline's own question
    after an interrupted send (`flows.events.already_stored`), asked of this server."""
    from prefect.settings import PREFECT_API_URL, temporary_settings

    with temporary_settings({PREFECT_API_URL: server.api_url}):
        return {str(i) for i in already_stored([UUID(i) for i in ids])}


def quiet_since(ofsted: Ofsted) -> None:
    """Return once a whole flush of the server has passed since the last command of `ofsted` ended:
    whatever it sent is stored by then, so an event not on the server was not sent."""
    time.sleep(max(0.0, ofsted.ended + SERVER_FLUSH - time.monotonic()))


def occurred(event: dict) -> datetime:
    """When an event read from the server occurred (set by its sender as it sent it)."""
    return datetime.fromisoformat(event["occurred"].replace("Z", "+00:00"))


def utcnow() -> datetime:
    return datetime.now(timezone.utc)


def wait_for(check, seconds: float, what: str):
    """The first true value `check()` gives, trying every second for up to `seconds`."""
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        value = check()
        if value:
            return value
        time.sleep(1)
    raise AssertionError(f"gave up after {seconds:.0f} s waiting for {what}")


def listed(api: str, kind: str, timeout: float = 30) -> list[dict]:
    """Everything of `kind` (deployments, automations, flow_runs, block_documents) the server lists."""
    return requests.post(f"{api}/{kind}/filter", json={}, timeout=timeout).json()


def forget_served(api: str) -> None:
    """Delete every deployment and automation on this test server: a served pipeline's triggers
    outlive its deployments, and one left by an earlier test would look like the next test's own
    (and fire on its events). Through `forget_all`, which tries again while the server is busy."""
    forget_all(api, "deployments")
    forget_all(api, "automations")


def forget_all(api: str, kind: str, keep=lambda item: False, seconds: float = 240) -> None:
    """Delete every `kind` (deployments, automations, block_documents) the server lists, but those
    `keep` keeps, and check that none is left. A server on SQLite just after a busy test may answer
    a request late, or refuse it with its database locked: that is tried again, up to `seconds`."""
    deadline = time.monotonic() + seconds
    while True:
        problem = ""
        try:
            left = [item for item in listed(api, kind, timeout=60) if not keep(item)]
            if not left:
                return
            for item in left:
                response = requests.delete(f"{api}/{kind}/{item['id']}", timeout=60)
                if not (response.ok or response.status_code == 404):  # 404: gone with its deployment meanwhile
                    problem = f"the server answered {response.status_code}: {response.text[:200]}"
            problem = problem or f"{len(left)} left: " + ", ".join(str(item.get("name")) for item in left[:5])
        except requests.RequestException as e:
            problem = f"{type(e).__name__}: {e}"
        if time.monotonic() > deadline:
            raise AssertionError(f"could not delete the test server's {kind} in {seconds:.0f} s ({problem})")
        time.sleep(2)
