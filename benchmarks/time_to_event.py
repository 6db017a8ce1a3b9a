"""Time from a report appearing on the site to its `ofsted.rating.changed` event, end to end.

    .venv/bin/python benchmarks/time_to_event.py [--corpus ../shared/corpus] [--poll-every 1]
        [--api-url http://127.0.0.1:4200/api]   # a running Prefect server (else one is started here)

A real Prefect server, `ofsted serve` (its deployments and triggers, polling every --poll-every
minutes) and the replica over the North East's reports with its clock a day before Darlington's
2022 report (requires improvement -> good). The region is backfilled first, then, right after a
scheduled poll ends, the clock moves forward by that one publication while the deployments run.
Printed: the time from the file appearing to its rating-change event, the wait for the next
scheduled poll, and the part beyond it (goal: at most 60 s).
"""
from __future__ import annotations

import argparse
import os
import signal
import subprocess
import sys
import tempfile
import time
from datetime import datetime, timedelta, timezone
from pathlib import Path

import requests

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from deployments.server import PrefectServer  # noqa: E402
from sources.replica import Replica  # noqa: E402
from sources.replica.corpus import load_corpus  # noqa: E402

OFSTED = str(Path(sys.executable).with_name("ofsted"))
DARLINGTON = "80458"
APPEARS = "2022-12-02"  # Darlington's ILACS report: overall effectiveness requires improvement -> good
GOAL_BEYOND = 60.0
TRIGGERS = ("ingest-each-discovered-report", "alert-on-downgrade-to-inadequate", "alert-on-poll-failed")


def _at(stamp: str | None) -> datetime | None:
    return datetime.fromisoformat(stamp.replace("Z", "+00:00")) if stamp else None


def _poll_runs(api: str) -> list[dict]:
    """Runs of the poll deployment that have started (the schedule keeps many more waiting)."""
    runs = requests.post(f"{api}/flow_runs/filter", json={
        "sort": "EXPECTED_START_TIME_DESC", "limit": 50,
        "flow_runs": {"state": {"type": {"not_any_": ["SCHEDULED", "PENDING"]}}}}, timeout=30).json()
    flows = {f["id"]: f["name"] for f in requests.post(f"{api}/flows/filter", json={}, timeout=30).json()}
    return [r for r in runs if flows.get(r["flow_id"]) == "poll" and r.get("deployment_id")]


def _rating_events(api: str, since: datetime) -> list[dict]:
    body = {"filter": {"event": {"name": ["ofsted.rating.changed"]},
                       "occurred": {"since": since.isoformat(),
                                    "until": (datetime.now(timezone.utc) + timedelta(minutes=5)).isoformat()}},
            "limit": 50}
    events = requests.post(f"{api}/events/filter", json=body, timeout=30).json()["events"]
    return [e for e in events if e["resource"]["prefect.resource.id"] == f"ofsted.authority.{DARLINGTON}"]


def _wait(check, seconds: float, what: str):
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        value = check()
        if value:
            return value
        time.sleep(0.5)
    raise TimeoutError(f"gave up after {seconds:.0f} s waiting for {what}")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", type=Path, default=ROOT / ".." / "shared" / "corpus")
    parser.add_argument("--poll-every", type=float, default=1.0, help="minutes between scheduled polls")
    parser.add_argument("--api-url", help="a running Prefect server's API (default: start one here)")
    args = parser.parse_args()
    if not (args.corpus / "manifest.csv").is_file():
        print(f"skipped: no corpus at {args.corpus.resolve()}", file=sys.stderr)
        return 0
    corpus = load_corpus(args.corpus)
    north_east = corpus.only({a.urn for a in corpus.authorities if a.region_code == "E12000001"})
    with tempfile.TemporaryDirectory() as tmp:
        server = None
        if args.api_url:
            api = args.api_url.rstrip("/")
        else:
            server = PrefectServer(Path(tmp) / "prefect", ui=False).start(wait=300)
            api = server.api_url
        serving = None
        env = {**os.environ, "PREFECT_API_URL": api, "OFSTED_DATA_DIR": str(Path(tmp) / "data"),
               "PREFECT_LOGGING_LEVEL": "WARNING"}
        try:
            with Replica(north_east, as_of=(datetime.fromisoformat(APPEARS) - timedelta(days=1)).date()) as site:
                subprocess.run([OFSTED, "backfill", "--region", "North East", "--site", site.url], env=env,
                               check=True, capture_output=True, timeout=900)
                serving = subprocess.Popen([OFSTED, "serve", "--site", site.url, "--poll-every", str(args.poll_every)],
                                           env=env, stdout=subprocess.DEVNULL, stderr=subprocess.STDOUT,
                                           start_new_session=True)
                # right after a scheduled poll ends, the report appears
                done = _wait(lambda: [r for r in _poll_runs(api) if r["state_type"] == "COMPLETED"],
                             args.poll_every * 60 * 3 + 180, "a first scheduled poll")
                after = max(_at(r["end_time"]) for r in done)
                site.set_as_of(APPEARS)
                appeared = datetime.now(timezone.utc)
                event = _wait(lambda: _rating_events(api, appeared), args.poll_every * 60 + 600,
                              "the rating-change event")[0]
                raised = _at(event["occurred"])
                poll = min((r for r in _poll_runs(api) if r["start_time"] and _at(r["start_time"]) > after),
                           key=lambda r: _at(r["start_time"]))
                started = _at(poll["start_time"])
        finally:
            if serving is not None:
                os.killpg(serving.pid, signal.SIGTERM)
                try:
                    serving.wait(timeout=60)
                except subprocess.TimeoutExpired:
                    os.killpg(serving.pid, signal.SIGKILL)
            if server is not None:
                server.stop()
            else:  # a server of someone else's: leave no deployment (nor its triggers) behind
                for d in requests.post(f"{api}/deployments/filter", json={}, timeout=30).json():
                    if d["name"] in ("scheduled", "on-discovery", "by-hand", "on-downgrade-to-inadequate",
                                     "on-poll-failed"):
                        requests.delete(f"{api}/deployments/{d['id']}", timeout=30)
                for a in requests.post(f"{api}/automations/filter", json={}, timeout=30).json():
                    if a["name"] in TRIGGERS:  # a deleted deployment's triggers stay, and fail on every event
                        requests.delete(f"{api}/automations/{a['id']}", timeout=30)
    total, waited, beyond = ((raised - appeared).total_seconds(), (started - appeared).total_seconds(),
                             (raised - started).total_seconds())
    print(f"time to event: {total:.1f} s from the file appearing to ofsted.rating.changed "
          f"(poll every {args.poll_every:g} min)")
    print(f"  waiting for the next scheduled poll: {waited:.1f} s")
    print(f"  beyond the poll wait (poll, trigger, ingest, event): {beyond:.1f} s (goal <= {GOAL_BEYOND:.0f} s)"
          + ("" if beyond <= GOAL_BEYOND else "  MISSED"))
    return 0 if beyond <= GOAL_BEYOND else 1


if __name__ == "__main__":
    sys.exit(main())
