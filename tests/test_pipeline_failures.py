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


def test_a_send_killed_before_marking_more_than_a_page_of_events_sends_none_twice(ofsted: Ofsted, prefect_server):
    """A send killed between handing its events to Prefect and marking them leaves them pending and a mark in
    the warehouse. The next send asks the server which it holds, by id; the server answers at most 50 events a
    page, and more than 50 are pending here: each page is asked, and no event is stored twice."""
    import duckdb

    from conftest import sent_events, utcnow

    started = utcnow()
    authorities = [a for name in ("Birmingham", "Blackpool", "Surrey", "Buckinghamshire") for a in ("--authority", name)]
    with Replica(require_corpus()) as site:
        ofsted.run("backfill", *authorities, "--site", site.url)
        sent = ofsted.sql("SELECT count(*) AS n FROM outbox WHERE published_at IS NOT NULL")[0]["n"]
        assert sent > 50
        with duckdb.connect(str(ofsted.data / "ofsted.duckdb")) as conn:  # as the killed send left it
            conn.execute("UPDATE outbox SET published_at = NULL")
            conn.execute("INSERT OR REPLACE INTO warehouse_meta VALUES ('outbox_sending', ?)", [str(sent)])
        ofsted.run("backfill", *authorities, "--site", site.url)

    assert ofsted.sql("SELECT count(*) AS n FROM outbox WHERE published_at IS NULL")[0]["n"] == 0
    assert ofsted.sql("SELECT count(*) AS n FROM warehouse_meta WHERE key = 'outbox_sending'")[0]["n"] == 0
    kinds = {r["event_type"] for r in ofsted.sql("SELECT DISTINCT event_type FROM outbox")}
    stored = [e for kind in kinds for e in sent_events(prefect_server, kind, started, ofsted)]
    assert len(stored) == len({e["id"] for e in stored}) == sent
