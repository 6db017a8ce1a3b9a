"""Polls that cost what is new: `ofsted poll` against the replica (real HTTP) and a real Prefect
server. An incremental poll reads the search page and the pages of authorities whose latest report
date moved; a full sweep (`--full`) reads them all and finds a re-publication under the same date;
a search page without dates makes that run a full sweep, with a warning; files left pending are
announced again, once."""
from __future__ import annotations

import pytest

from conftest import read_events, utcnow
from corpus import require_corpus
from sources.replica import Replica
from sources.replica.corpus import load_corpus

DARLINGTON = "80458"
DARLINGTON_2022 = "50200877"  # published 2 December 2022


@pytest.fixture(scope="module")
def north_east():
    """The replica's corpus cut to the North East (12 authorities: one search page)."""
    corpus = load_corpus(require_corpus())
    return {a.urn for a in corpus.authorities if a.region_code == "E12000001"}


@pytest.fixture
def site(north_east):
    corpus = load_corpus(require_corpus())
    with Replica(corpus.only(north_east), as_of="2022-11-30") as replica:
        yield replica


def _poll(ofsted, site, *args, check=True):
    return ofsted.run("poll", "--site", site.url, "--no-ingest", *args, check=check)


def test_a_new_publication_is_found_by_the_incremental_poll_with_two_requests(ofsted, site):
    first = _poll(ofsted, site)
    assert first.stdout.startswith("full poll: 12 authority pages read")  # the first poll reads everything
    site.set_as_of("2022-12-05")
    site.state.reset_stats()
    found = _poll(ofsted, site)
    assert f"incremental poll: 1 authority pages read" in found.stdout
    assert f"1 new: {DARLINGTON_2022}" in found.stdout
    stats = site.stats()
    assert (stats["search_pages"], stats["provider_pages"], stats["file_requests"]) == (1, 1, 0)
    site.state.reset_stats()
    again = _poll(ofsted, site)
    assert "incremental poll: 0 authority pages read" in again.stdout and "0 new" in again.stdout
    assert site.stats()["requests"] == 1
    polls = ofsted.sql("SELECT mode, status, new_files FROM polls ORDER BY started_at")
    assert [(p["mode"], p["status"], p["new_files"]) for p in polls][1:] == [("incremental", "ok", 1),
                                                                              ("incremental", "ok", 0)]


def test_a_republication_under_the_same_date_is_found_by_the_full_sweep_only(ofsted, site):
    from datetime import date

    _poll(ofsted, site)
    latest = max(f.published for f in site.corpus.by_urn[DARLINGTON] if f.published <= date(2022, 11, 30))
    corrected = (site.corpus.by_urn[DARLINGTON][-1]).read()  # any real PDF: the corrected report's bytes
    file_id = site.publish(DARLINGTON, "Children's services inspection", latest, corrected)
    assert "0 new" in _poll(ofsted, site).stdout  # the date did not move: the incremental poll cannot see it
    swept = _poll(ofsted, site, "--full")
    assert swept.stdout.startswith("full poll: 12 authority pages read") and f"1 new: {file_id}" in swept.stdout


def test_a_search_page_without_dates_makes_a_full_sweep_with_a_warning(ofsted, site):
    _poll(ofsted, site)
    site.state.show_latest_dates = False
    site.set_as_of("2022-12-05")
    result = _poll(ofsted, site)
    warnings = [line for line in result.stderr.splitlines() if line.startswith("warning:")]
    assert warnings == ["warning: the search pages give no latest-report dates: reading every authority's page "
                        "this time (full sweep)"]
    assert result.stdout.startswith("full poll: 12 authority pages read") and f"1 new: {DARLINGTON_2022}" in result.stdout


def test_a_file_left_pending_is_announced_again_once(ofsted, site, prefect_server):
    _poll(ofsted, site)
    site.set_as_of("2022-12-05")
    assert f"1 new: {DARLINGTON_2022}" in _poll(ofsted, site).stdout  # announced; nobody ingests it (no serve)
    since = utcnow()
    again = _poll(ofsted, site, "--pending-after", "0")
    announced = [line for line in again.stdout.splitlines() if line.startswith("announced again")]
    assert len(announced) == 1 and DARLINGTON_2022 in announced[0]
    assert "announced again" not in _poll(ofsted, site, "--pending-after", "0").stdout  # once
    events = [e for e in read_events(prefect_server, "ofsted.publication.discovered", since, settle=2)
              if e["payload"].get("announced_again")]
    assert DARLINGTON_2022 in {e["payload"]["file_id"] for e in events}
    assert all(e["resource"]["prefect.resource.id"].startswith("ofsted.file.") for e in events)
