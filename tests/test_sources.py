"""The reports site client: pure page parsers, then real HTTP against the replica over the corpus."""
from __future__ import annotations

import hashlib
import logging
import socket
import time
from datetime import date

import pytest
from replica_fixture import (  # noqa: F401
    DARLINGTON,
    authorities_table,
    client_for,
    expected_listing,
    manifest,
    north_east_urns,
    replica,
    replica_server,
    require_corpus,
)

from sources.ofsted_reports import (
    REAL_FILES_URL,
    REAL_SITE_URL,
    FetchError,
    ReportsClient,
    SiteConfig,
    download_files,
    parse_provider_page,
    parse_search_page,
    poll,
)
from sources.ofsted_reports.checks import check_pdf, describe_bytes
from sources.ofsted_reports.pages import parse_date
from sources.ofsted_reports.transport import BodyProblem

# -- pure parsers ----------------------------------------------------------------------------

SEARCH_HTML = """<html><body>
<p><span class="js-results-count">1,153</span> results</p>
<ul class="results-list">
 <li class="search-result">
  <h3 class="search-result__title"><a href="/provider/44/80458">Darlington</a></h3>
  <ul class="search-result__provider-info">
   <li>Latest report: <strong><time>24 March 2026</time></strong></li>
   <li>URN: <strong>80458</strong></li>
  </ul>
 <li class="search-result">
  <h3 class="search-result__title"><a href="https://reports.ofsted.gov.uk/provider/44/846">Brighton and Hove</a></h3>
  <ul class="search-result__provider-info">
   <li>LATEST  REPORT : <strong><time>1 Feb. 2024</time></strong></li>
   <li>urn&nbsp;:<strong>80551</strong></li>
  </ul>
 </li>
 <li class="search-result">
  <h3 class="search-result__title"><a href="/provider/44/841">Darlington by code</a></h3>
  <ul class="search-result__provider-info"><li>Local authority children's services</li></ul>
 </li>
 <li class="search-result">
  <h3 class="search-result__title"><a href="/provider/44/999">Nowhere</a></h3>
 </li>
</ul>
<a class="pagination__next" href="/search?start=100&amp;rows=100">Next</a>
</body></html>"""

PROVIDER_HTML = """<html><body><h1 class="heading--title">  Kingston Upon Hull,
 City of </h1>
<ol class="timeline">
 <li class="timeline__day"><p class="timeline__date"><time>10 October 2025</time></p>
  <a class="publication-link" href="https://files.ofsted.gov.uk/v1/file/50300001">Children&#x27;s services inspection
   <span class="nonvisual">Children's services inspection, PDF - 02 December 2025</span></a>
  <div class="event__metadata"><time pubdate>02 December 2025</time></div>
 <li class="timeline__day"><p class="timeline__date"><time>1 June 2013</time></p>
  <a class="publication-link" href="/v1/file/50000100">Children's services inspection<span class="nonvisual">Children's services inspection,  pdf - 19 July 2013</span></a>
 </li>
 <li class="timeline__day"><p class="timeline__date"><time>9 January 2015</time></p>
  <a class="publication-link" href="https://files.ofsted.gov.uk/v1/file/50000289"><span class="nonvisual">Single inspection of LA children's services as pdf - 10 February 2015</span></a>
 </li>
 <li class="timeline__day"><p class="timeline__date"><time>3 March 2012</time></p>
  <a class="publication-link" href="https://files.ofsted.gov.uk/v1/file/50000007">Joint area child protection inspection</a>
  <div class="event__metadata">Published <time pubdate datetime="2012-04-20">20 Apr 2012</time></div>
 </li>
 <li class="timeline__day">
  <a class="publication-link" href="https://files.ofsted.gov.uk/v1/file/50000008">Monitoring visit</a>
 </li>
 <li><a href="https://files.ofsted.gov.uk/v1/file/50300001">Children's services inspection (again)</a></li>
</ol>
<a href="/v1/file/12345">a file link outside the timeline</a>
</body></html>"""


def test_parse_date_reads_the_shapes_the_site_uses():
    assert parse_date("02 December 2022") == date(2022, 12, 2)
    assert parse_date("Published 1st Sept. 2015") == date(2015, 9, 1)
    assert parse_date("2012-04-20") == date(2012, 4, 20)
    assert parse_date("20/04/2012") == date(2012, 4, 20)
    assert parse_date("from 1 May 2020 to 9\xa0May 2020", last=True) == date(2020, 5, 9)
    assert parse_date("31 February 2020") is None
    assert parse_date("no date here") is None


def test_search_page_keys_on_urn_and_accepts_la_code_links():
    page = parse_search_page(SEARCH_HTML, "https://reports.ofsted.gov.uk/search?start=0", {"841": DARLINGTON})
    assert page.total == 1153
    assert page.provider_links == 4
    assert [(a.urn, a.name, a.latest_report) for a in page.authorities] == [
        (DARLINGTON, "Darlington", date(2026, 3, 24)),
        ("80551", "Brighton and Hove", date(2024, 2, 1)),
        (DARLINGTON, "Darlington by code", None),
    ]
    assert page.authorities[1].url == "https://reports.ofsted.gov.uk/provider/44/846"
    assert page.authorities[2].url == "https://reports.ofsted.gov.uk/provider/44/841"
    assert page.unresolved == [("https://reports.ofsted.gov.uk/provider/44/999",
                                "linked by LA code 999 with no URN on the page or in the LA code table")]
    assert page.next_url == "https://reports.ofsted.gov.uk/search?start=100&rows=100"


def test_la_codes_default_to_the_reference_table():
    from sources.ofsted_reports.client import reference_la_codes

    codes = reference_la_codes()
    assert codes["841"] == DARLINGTON and len(codes) == 153


def test_search_page_without_results_has_no_links():
    page = parse_search_page('<html><span class="js-results-count">0</span><ul class="results-list"></ul></html>',
                             "https://reports.ofsted.gov.uk/search", None)
    assert (page.total, page.authorities, page.provider_links, page.next_url) == (0, [], 0, None)


def test_provider_page_reads_publications_loosely():
    page = parse_provider_page(PROVIDER_HTML, "https://reports.ofsted.gov.uk/provider/44/80477", "80477")
    assert page.name == "Kingston Upon Hull, City of"
    got = [(p.file_id, p.title, p.published, p.url) for p in page.publications]
    assert got == [
        ("50300001", "Children's services inspection", date(2025, 12, 2), "https://files.ofsted.gov.uk/v1/file/50300001"),
        ("50000100", "Children's services inspection", date(2013, 7, 19), "https://reports.ofsted.gov.uk/v1/file/50000100"),
        ("50000289", "Single inspection of LA children's services", date(2015, 2, 10),
         "https://files.ofsted.gov.uk/v1/file/50000289"),
        ("50000007", "Joint area child protection inspection", date(2012, 4, 20),
         "https://files.ofsted.gov.uk/v1/file/50000007"),
    ]
    assert all(p.urn == "80477" and p.local_authority == "Kingston Upon Hull, City of" for p in page.publications)
    assert page.problems == ["file 50000008 (Monitoring visit): no publication date found"]


def test_pdf_check_names_what_came_instead():
    check_pdf(b"%PDF-1.7\n...\n%%EOF\n")
    with pytest.raises(BodyProblem, match=r"^not a PDF: got an HTML page \(Report not found\)$") as e:
        check_pdf(b"<!DOCTYPE html>\n<html><head><title>Report not found - Find an Inspection Report - Ofsted"
                  b"</title></head></html>")
    assert not e.value.retry
    with pytest.raises(BodyProblem, match="truncated PDF") as e:
        check_pdf(b"%PDF-1.4\n" + b"x" * 5000)
    assert e.value.retry
    assert describe_bytes(b"") == "got an empty response"
    assert describe_bytes(b"PK\x03\x04rest") == "got a ZIP archive"


def test_config_defaults_are_the_real_site_and_polite():
    real = SiteConfig()
    assert (real.site_url, real.files_url) == (REAL_SITE_URL, REAL_FILES_URL)
    assert real.pause >= 0.8 and real.retries == 4 and real.max_bytes == 50 * 1024 * 1024
    assert (real.connect_timeout, real.read_timeout) == (10.0, 60.0)
    assert real.user_agent.startswith("ofsted-pipeline/") and "children's services" in real.user_agent
    assert real.search_url(100).endswith("level_1_types=3&level_2_types%5B%5D=12&start=100&rows=100")
    assert real.file_url("50200877") == "https://files.ofsted.gov.uk/v1/file/50200877"
    local = SiteConfig.local("http://127.0.0.1:8765/")
    assert (local.site_url, local.files_url, local.pause) == ("http://127.0.0.1:8765", "http://127.0.0.1:8765", 0.0)
    with pytest.raises(ValueError, match="rows"):
        SiteConfig(rows=200)


# -- against the replica ---------------------------------------------------------------------

def listing(result) -> set[tuple[str, str, date]]:
    return {(p.urn, p.file_id, p.published) for p in result.publications}


def test_lists_every_authority_with_the_manifests_file_ids_and_dates(replica):
    with client_for(replica) as client:
        result = poll(client)
    assert result.failures == []
    table = {a["urn"]: a["name"] for a in authorities_table()}
    assert {a.urn: a.name for a in result.authorities} == table  # all of England, reports or not
    assert listing(result) == expected_listing()
    assert len(result.publications) == result.listed == len(manifest())
    by_code = [a for a in result.authorities if a.urn in north_east_urns()]
    assert by_code and all(not a.url.endswith(a.urn) for a in by_code)  # linked by LA code, keyed on URN
    assert replica.stats()["search_pages"] == 2
    assert any(agent.startswith("ofsted-pipeline/") for agent in replica.state.agents())


def test_downloads_every_file_with_the_manifests_sha256(replica, tmp_path):
    rows = {r["file_id"]: r for r in manifest()}
    with client_for(replica) as client:
        batch = download_files(client, rows, tmp_path)
    not_reports = {f for f, r in rows.items() if not (require_corpus() / r["path"]).read_bytes().startswith(b"%PDF")}
    assert not_reports  # the corpus keeps Ofsted's "Report not found" pages under some ids
    assert set(batch.saved) == set(rows) - not_reports
    for file_id, path in batch.saved.items():
        assert hashlib.sha256(path.read_bytes()).hexdigest() == batch.sha256[file_id] == rows[file_id]["sha256"]
    assert sorted(f.address.rsplit("/", 1)[1] for f in batch.failures) == sorted(not_reports)
    assert {f.reason for f in batch.failures} == {"not a PDF: got an HTML page (Report not found)"}
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted(f"{f}.pdf" for f in batch.saved)


def test_as_of_shows_only_what_was_published_by_then(replica):
    replica.set_as_of("2019-01-01")
    with client_for(replica) as client:
        result = poll(client)
        assert result.failures == []
        assert listing(result) == expected_listing(date(2019, 1, 1))
        with pytest.raises(FetchError, match=r"not a PDF: got an HTML page \(Report not found\)"):
            client.fetch_file("50200877")  # Darlington's 2022 report: not published yet


def test_publication_history_replays_as_the_clock_moves(replica):
    import requests

    replica.set_as_of("2015-01-01")
    known: set[str] = set()
    seen = []
    with client_for(replica) as client:
        for day in ("2015-01-01", "2016-01-01", "2019-01-01", "2023-01-01"):
            requests.post(f"{replica.url}/_replica/as-of", params={"date": day}, timeout=5).raise_for_status()
            result = poll(client, known)
            assert result.failures == []
            known |= {p.file_id for p in result.publications}
            seen.append([(p.file_id, p.published.isoformat()) for p in result.publications if p.urn == DARLINGTON])
    assert seen == [[], [("50004303", "2015-09-01")], [("50004447", "2018-05-21")], [("50200877", "2022-12-02")]]


def test_a_second_listing_with_nothing_new_downloads_no_file(replica):
    with client_for(replica) as client:
        first = poll(client)
        known = {p.file_id for p in first.publications}
        replica.reset()
        cache: dict[str, dict[str, str]] = {}
        second = poll(client, known, cache=cache)
        third = poll(client, known, cache=cache)  # conditional: every provider page answers 304
    assert (second.publications, second.failures, second.listed) == ([], [], len(known))
    assert (third.publications, third.failures, third.unchanged_pages) == ([], [], 153)
    stats = replica.stats()
    assert stats["file_requests"] == 0 and stats["not_modified"] == 153


def test_file_downloads_are_conditional_when_given_a_cache(replica):
    cache: dict[str, dict[str, str]] = {}
    with client_for(replica) as client:
        first = client.fetch_file("50200877", cache)
        assert first is not None and first.etag
        assert client.fetch_file("50200877", cache) is None
    assert replica.stats()["files_served"] == 1


def test_the_pause_spaces_requests(replica):
    with client_for(replica, pause=0.1) as client:
        started = time.monotonic()
        for _ in range(4):
            client.fetch_search_page(0)
        assert time.monotonic() - started >= 0.3


def test_the_pause_holds_across_clients_of_one_site_in_parallel(replica):
    """A backfill's parallel tasks each have a client: together they still ask one request a pause."""
    from concurrent.futures import ThreadPoolExecutor

    def fetch_twice(_):
        with client_for(replica, pause=0.1) as client:
            client.fetch_search_page(0)
            client.fetch_search_page(0)

    started = time.monotonic()
    with ThreadPoolExecutor(4) as pool:
        list(pool.map(fetch_twice, range(4)))
    assert time.monotonic() - started >= 0.7  # 8 requests, 7 pauses between their starts


# -- faults: what a user would notice ----------------------------------------------------------

def only_failure(failures, address_end: str, reason: str):
    assert len(failures) == 1, failures
    assert failures[0].address.endswith(address_end), failures[0]
    assert reason in failures[0].reason, failures[0]
    assert "\n" not in failures[0].reason
    return failures[0]


def poll_all_but(replica, urn: str, **settings):
    """Poll the replica; return the result and what it should have listed apart from `urn`'s."""
    with client_for(replica, **settings) as client:
        result = poll(client)
    assert len(result.authorities) == 153
    assert listing(result) == {row for row in expected_listing() if row[0] != urn}
    return result


DARLINGTON_PAGE = f"/provider/44/{DARLINGTON}"
DARLINGTON_CODE_PAGE = "/provider/44/841"  # the North East is linked by LA code in these tests
FILES = ["50004303", "50004447", "50200877"]  # Darlington's 2015, 2018 and 2022 reports


def download(replica, tmp_path, **settings):
    with client_for(replica, **settings) as client:
        batch = download_files(client, FILES, tmp_path)
    assert not [p for p in tmp_path.iterdir() if p.name.startswith(".")], "a partial file was left"
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted(f"{f}.pdf" for f in batch.saved)
    return batch


@pytest.fixture
def no_tracebacks(caplog):
    caplog.set_level(logging.WARNING)
    yield caplog
    assert not [r for r in caplog.records if r.exc_info], "a traceback was logged"


def test_server_errors_are_retried_then_reported_once(replica, no_tracebacks):
    replica.add_fault("500", DARLINGTON_CODE_PAGE, count=2)
    with client_for(replica) as client:
        assert listing(poll(client)) == expected_listing()
    replica.add_fault("503", DARLINGTON_CODE_PAGE, count=0, retry_after=0)
    result = poll_all_but(replica, DARLINGTON)
    only_failure(result.failures, DARLINGTON_CODE_PAGE, "HTTP 503 Service Unavailable; gave up after 3 attempts")


def test_429_waits_as_told_by_retry_after(replica, no_tracebacks):
    replica.add_fault("429", "/search*start=100*", count=1, retry_after=1)
    started = time.monotonic()
    with client_for(replica) as client:
        result = poll(client)
    assert time.monotonic() - started >= 1.0
    assert result.failures == [] and listing(result) == expected_listing()
    replica.add_fault("429", DARLINGTON_CODE_PAGE, count=0, retry_after=3600)
    result = poll_all_but(replica, DARLINGTON)
    only_failure(result.failures, DARLINGTON_CODE_PAGE, "HTTP 429 Too Many Requests, asked to wait 3600 s")


def test_403_is_reported_and_the_rest_goes_on(replica, tmp_path, no_tracebacks):
    replica.add_fault("403", "/v1/file/50004447", count=0)
    batch = download(replica, tmp_path)
    assert set(batch.saved) == {"50004303", "50200877"}
    only_failure(batch.failures, "/v1/file/50004447", "HTTP 403 Forbidden (the site may be blocking this client)")
    assert replica.stats()["faults"] == 1  # not retried: a block is not hammered


def test_slow_answers_time_out_and_are_retried(replica, tmp_path, no_tracebacks):
    replica.add_fault("slow", DARLINGTON_CODE_PAGE, count=1, delay=1.0)
    with client_for(replica, read_timeout=0.3) as client:
        result = poll(client)
    assert result.failures == [] and listing(result) == expected_listing()
    replica.add_fault("slow", "/v1/file/50004303", count=0, delay=0.6)
    batch = download(replica, tmp_path, read_timeout=0.3, retries=1)
    assert set(batch.saved) == {"50004447", "50200877"}
    only_failure(batch.failures, "/v1/file/50004303", "no answer within 0.3 s; gave up after 2 attempts")


def test_connections_reset_mid_body_leave_nothing_half_written(replica, tmp_path, no_tracebacks):
    replica.add_fault("reset", "/v1/file/50004303", count=1)
    assert set(download(replica, tmp_path / "once").saved) == set(FILES)
    replica.add_fault("reset", "/v1/file/50004447", count=0)
    batch = download(replica, tmp_path / "always")
    assert set(batch.saved) == {"50004303", "50200877"}
    only_failure(batch.failures, "/v1/file/50004447", "connection broken after")


def test_truncated_files_and_pages_are_caught(replica, tmp_path, no_tracebacks):
    replica.add_fault("truncate", "/v1/file/50200877", count=0)
    batch = download(replica, tmp_path)
    assert set(batch.saved) == {"50004303", "50004447"}
    only_failure(batch.failures, "/v1/file/50200877", "truncated PDF: no %%EOF end marker")
    replica.clear_faults()
    replica.add_fault("truncate", DARLINGTON_CODE_PAGE, count=1)  # a page cut short would lose reports silently
    with client_for(replica) as client:
        result = poll(client)
    assert result.failures == [] and listing(result) == expected_listing()


def test_redirects_to_another_host_are_refused(replica, tmp_path, no_tracebacks):
    replica.add_fault("redirect", "/v1/file/50004447", count=0)
    batch = download(replica, tmp_path)
    only_failure(batch.failures, "/v1/file/50004447",
                 "redirected to files.example.invalid, which is not the configured site: refused")
    replica.add_fault("redirect", DARLINGTON_CODE_PAGE, count=0)
    only_failure(poll_all_but(replica, DARLINGTON).failures, DARLINGTON_CODE_PAGE, "refused")


def test_files_over_the_size_cap_are_refused(replica, tmp_path):
    batch = download(replica, tmp_path, max_bytes=300_000)
    assert set(batch.saved) == {"50200877"}  # 230,050 bytes; the others are over 400 KB
    assert len(batch.failures) == 2 and all("300,000-byte cap" in f.reason for f in batch.failures)


def test_an_unknown_file_id_is_the_report_not_found_page(replica, tmp_path):
    with client_for(replica) as client:
        batch = download_files(client, ["99999999"], tmp_path)
    only_failure(batch.failures, "/v1/file/99999999", "not a PDF: got an HTML page (Report not found)")


def test_other_hosts_are_never_asked(replica):
    with client_for(replica) as client:
        with pytest.raises(FetchError, match="is not the configured site: refused"):
            client.http.get("http://example.invalid/provider/44/80458")


def test_an_unreachable_site_is_one_failure_per_page(no_tracebacks):
    with socket.socket() as s:  # a port that nothing listens on
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    with ReportsClient(SiteConfig.local(f"http://127.0.0.1:{port}", retries=1, backoff=0.01)) as client:
        result = poll(client)
    assert result.authorities == [] and result.publications == []
    refused = "connection failed: Connection refused; gave up after 2 attempts"
    assert [f.reason for f in result.failures] == [refused] * 2  # the first two search pages
