"""A report the site will not serve fails its own task and is quarantined with the reason; the
backfill loads the rest, says so in one line, and a later backfill picks the report up."""
from __future__ import annotations

import requests

from conftest import Ofsted
from corpus import _manifest, require_corpus
from sources.replica import Replica

DARLINGTON = "80458"


def _task_runs(server, name: str) -> list[dict]:
    body = {"task_runs": {"name": {"any_": [name]}}}
    return requests.post(f"{server.api_url}/task_runs/filter", json=body, timeout=30).json()


def test_a_report_the_site_will_not_serve_fails_its_own_task_and_the_backfill_goes_on(ofsted: Ofsted, prefect_server):
    darlington = sorted((r["published"], r["file_id"]) for r in _manifest() if r["urn"] == DARLINGTON)
    bad = darlington[-1][1]
    with Replica(require_corpus()) as site:
        site.add_fault("500", f"/v1/file/{bad}", count=0)
        result = ofsted.run("backfill", "--authority", "Darlington", "--site", site.url, check=False)

        assert result.returncode == 1
        line = next(x for x in result.stderr.splitlines() if f"quarantined {bad}" in x)
        assert "500" in line
        status = {r["file_id"]: r["status"] for r in ofsted.sql("SELECT file_id, status FROM publications")}
        assert status.pop(bad) == "quarantined"
        assert set(status) == {f for _, f in darlington[:-1]} and set(status.values()) <= {"loaded", "superseded"}
        [own] = _task_runs(prefect_server, f"ingest-report-{bad}")
        assert own["state_type"] == "FAILED" and own["run_count"] == 2  # tried again once, on its own

        site.clear_faults()
        ofsted.run("backfill", "--authority", "Darlington", "--site", site.url)
    status = {r["file_id"]: r["status"] for r in ofsted.sql("SELECT file_id, status FROM publications")}
    assert status[bad] == "loaded"
    assert ofsted.sql("SELECT count(*) AS n FROM quarantine")[0]["n"] == 0
