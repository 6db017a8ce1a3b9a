"""A poll that could not see the site fails loudly: against a site that is down, or one that lists
fewer authorities than it states, `ofsted poll` exits 1 with the reason in one line, its flow run
ends Failed on the Prefect server, `ofsted.poll.failed` is raised, nothing is recorded as gone,
and `ofsted status` shows the failure. `ofsted backfill` against a dead address exits 1 too."""
from __future__ import annotations

import pytest
import requests

from conftest import read_events, utcnow
from corpus import require_corpus
from deployments.server import free_port
from sources.replica import Replica
from sources.replica.corpus import load_corpus


def _runs_of(server, site: str) -> list[dict]:
    runs = requests.post(f"{server.api_url}/flow_runs/filter", json={"sort": "EXPECTED_START_TIME_DESC", "limit": 200},
                         timeout=30).json()
    return [r for r in runs if (r.get("parameters") or {}).get("site") == site]


def _one_error_line(result) -> str:
    errors = [line for line in result.stderr.splitlines() if line.startswith("error:")]
    assert len(errors) == 1, result.stderr[-2000:]
    return errors[0]


def test_a_poll_of_a_site_that_is_down_fails_and_raises_poll_failed(ofsted, prefect_server):
    dead = f"http://127.0.0.1:{free_port()}"  # nothing listens there: every request is refused
    since = utcnow()
    result = ofsted.run("poll", "--site", dead, "--no-ingest", check=False)
    assert result.returncode == 1
    assert "could not read 2 search page(s)" in _one_error_line(result) and "refused" in _one_error_line(result)
    (run,) = _runs_of(prefect_server, dead)
    assert run["state_type"] == "FAILED" and "could not read 2 search page(s)" in run["state"]["message"]
    (event,) = [e for e in read_events(prefect_server, "ofsted.poll.failed", since, settle=2)
                if e["payload"]["site"] == dead]
    assert event["payload"]["reason"].startswith("could not read 2 search page(s)")
    assert event["resource"]["prefect.resource.id"].startswith("ofsted.poll.")
    status = ofsted.run("status").stdout
    assert "last good poll:    never" in status and f"{dead}: could not read 2 search page(s)" in status

    backfill = ofsted.run("backfill", "--authority", "Darlington", "--site", dead, check=False)
    assert backfill.returncode == 1 and "could not list the site" in _one_error_line(backfill)


def test_a_site_listing_fewer_authorities_than_it_states_fails_and_nothing_is_gone(ofsted, prefect_server):
    corpus = load_corpus(require_corpus())
    north_east = {a.urn for a in corpus.authorities if a.region_code == "E12000001"}
    with Replica(corpus.only(north_east), as_of="2022-11-30") as site:
        ofsted.run("poll", "--site", site.url, "--no-ingest")
        held = ofsted.sql("SELECT file_id, status FROM publications ORDER BY file_id")
        dates = ofsted.sql("SELECT * FROM poll_authorities ORDER BY urn")
        site.state.results_cap = 10  # a row cap: 10 results shown, 12 stated
        site.set_as_of("2022-12-05")
        since = utcnow()
        result = ofsted.run("poll", "--site", site.url, "--no-ingest", check=False)
        assert result.returncode == 1
        assert "read 10 authorities of the 12 the search page states" in _one_error_line(result)
        assert ofsted.sql("SELECT file_id, status FROM publications ORDER BY file_id") == held  # nothing gone, nothing new
        assert ofsted.sql("SELECT * FROM poll_authorities ORDER BY urn") == dates
        failed = [r for r in _runs_of(prefect_server, site.url) if r["state_type"] == "FAILED"]
        assert len(failed) == 1 and "read 10 authorities of the 12" in failed[0]["state"]["message"]
        events = [e for e in read_events(prefect_server, "ofsted.poll.failed", since, settle=2)
                  if e["payload"]["site"] == site.url]
        assert len(events) == 1
        assert events[0]["payload"]["reason"].startswith("read 10 authorities of the 12 the search page states")
        status = ofsted.run("status").stdout
        assert "last good poll:    " in status and "never" not in status.splitlines()[0]
        assert "read 10 authorities of the 12" in status.splitlines()[1]
