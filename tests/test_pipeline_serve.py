"""`ofsted serve` against a real Prefect server: a poll that finds a new report leads to the
report's ingest flow run through the deployment trigger, with no direct call."""
from __future__ import annotations

import os
import signal

import requests

from conftest import forget_served, listed, wait_for
from corpus import require_corpus
from deployments.server import free_port
from sources.replica import Replica

DARLINGTON_2022 = "50200877"


def _deployments(api: str) -> list[dict]:
    return listed(api, "deployments")


def _served_trigger(api: str) -> bool:
    """The ingest trigger is on the server and starts this serve's own ingest deployment."""
    ingest_ids = {d["id"] for d in _deployments(api) if d["name"] == "on-discovery"}
    return any(a["name"] == "ingest-each-discovered-report" and a["enabled"]
               and any(action.get("deployment_id") in ingest_ids for action in a["actions"])
               for a in listed(api, "automations"))


def test_poll_finding_a_report_triggers_its_ingest(ofsted, prefect_server):
    api = prefect_server.api_url
    forget_served(api)  # the triggers waited for below must be this serve's own
    with Replica(require_corpus(), as_of="2022-11-30") as site:
        ofsted.run("backfill", "--region", "North East", "--site", site.url)
        ofsted.env["PREFECT_RUNNER_POLL_FREQUENCY"] = "2"  # the runner looks for runs to start every 2 s
        serving = ofsted.start("serve", "--site", site.url, "--poll-every", "1440")  # no scheduled poll meanwhile
        try:
            wait_for(lambda: _served_trigger(api), 60, "the served deployments' triggers")
            site.set_as_of("2022-12-05")
            result = ofsted.run("poll", "--site", site.url, "--region", "North East", "--no-ingest")
            assert f"1 new: {DARLINGTON_2022}" in result.stdout

            loaded = wait_for(lambda: ofsted.sql(
                f"SELECT status FROM publications WHERE file_id = '{DARLINGTON_2022}' AND status = 'loaded'"),
                120, "the trigger's ingest run to load the new report")
            assert loaded == [{"status": "loaded"}]
            runs = requests.post(f"{api}/flow_runs/filter", json={"flow_runs": {"name": {"like_": ""}}}, timeout=30).json()
            ingest_ids = {d["id"] for d in _deployments(api) if d["name"] == "on-discovery"}
            triggered = [r for r in runs if r["deployment_id"] in ingest_ids and r["parameters"].get("file_id") == DARLINGTON_2022]
            assert triggered, "no ingest flow run of the deployment for the new file"
            assert ofsted.sql("SELECT new_grade FROM rating_changes WHERE authority = 'Darlington' "
                              "AND area = 'overall_effectiveness' ORDER BY new_date DESC LIMIT 1") == [{"new_grade": "good"}]

            # a poll that cannot see the site raises ofsted.poll.failed, and the example automation reacts
            dead = f"http://127.0.0.1:{free_port()}"
            assert ofsted.run("poll", "--site", dead, "--no-ingest", check=False).returncode == 1
            alert_ids = {d["id"] for d in _deployments(api) if d["name"] == "on-poll-failed"}
            alerted = wait_for(lambda: [r for r in listed(api, "flow_runs")
                                         if r["deployment_id"] in alert_ids and r["parameters"].get("site") == dead
                                         and r["state_type"] == "COMPLETED"], 120, "the poll-failed automation's run")
            assert "could not read 2 search page(s)" in alerted[0]["parameters"]["reason"]
        finally:
            os.killpg(serving.pid, signal.SIGTERM)
            output = serving.communicate(timeout=60)[0]
            print(output[-5000:])  # shown when the test fails
            forget_served(api)  # leave no trigger behind for the other tests of this server
    assert serving.returncode == 0, output[-2000:]
