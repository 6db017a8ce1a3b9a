"""The replica of the reports site: markup, clock, faults, counters and the `ofsted replica` command,
over real HTTP on a free port."""
from __future__ import annotations

import os
import re
import signal
import subprocess
import sys
from pathlib import Path

import pytest
import requests
from replica_fixture import CORPUS, DARLINGTON, authorities_table, manifest, replica, replica_server, require_corpus  # noqa: F401

SEARCH = "/search?q=&location=&lat=&lon=&radius=&level_1_types=3&level_2_types%5B%5D=12"


def get(replica, path: str, **kw) -> requests.Response:
    return requests.get(replica.url + path, timeout=5, **kw)


def control(replica, method: str, path: str, **kw) -> requests.Response:
    return requests.request(method, f"{replica.url}/_replica/{path}", timeout=5, **kw)


def not_found_bytes() -> bytes:
    row = next(r for r in manifest() if r["sha256"].startswith("c400d841"))
    return (require_corpus() / row["path"]).read_bytes()


def test_search_pages_cap_rows_at_100_and_list_all_of_england(replica):
    names = []
    for start in (0, 100):
        html = get(replica, f"{SEARCH}&start={start}&rows=200").text
        assert '<span class="js-results-count">153</span>' in html
        names += re.findall(r'<h3 class="search-result__title"><a href="/provider/44/\d+">([^<]+)</a>', html)
        assert ('class="pagination__next"' in html) == (start == 0)
    assert len(names) == 153 and names == sorted(names, key=str.casefold)
    assert len(set(names)) == 153
    assert "provider/44" not in get(replica, f"{SEARCH}&start=200&rows=100").text


def test_search_pages_filter_by_region(replica):
    html = get(replica, f"{SEARCH}&region%5B%5D=E12000001&start=0&rows=100").text
    north_east = [a for a in authorities_table() if a["region_code"] == "E12000001"]
    assert f'<span class="js-results-count">{len(north_east)}</span>' in html


def test_provider_pages_link_files_at_the_replicas_own_address(replica):
    page = get(replica, f"/provider/44/{DARLINGTON}")
    assert page.status_code == 200 and page.headers["ETag"] and page.headers["Last-Modified"]
    html = page.text
    assert '<h1 class="heading--title">Darlington</h1>' in html
    assert html.count('class="timeline__day"') == 4
    assert f'href="{replica.url}/v1/file/50298056"' in html
    assert "PDF - 24 March 2026</span>" in html and "pdf - 01 September 2015</span>" in html
    assert get(replica, "/provider/44/841").text == html  # by LA code too
    assert get(replica, "/provider/44/1").status_code == 404


def test_an_authority_without_reports_in_the_corpus_has_a_page(replica):
    held = {r["urn"] for r in manifest()}
    urn = next(a["urn"] for a in authorities_table() if a["urn"] not in held)
    html = get(replica, f"/provider/44/{urn}").text
    assert "heading--title" in html and "publication-link" not in html


def test_files_are_the_corpus_bytes_and_unknown_ids_the_real_not_found_page(replica):
    row = next(r for r in manifest() if r["file_id"] == "50200877")
    got = get(replica, "/v1/file/50200877")
    assert got.content == (require_corpus() / row["path"]).read_bytes()
    assert got.headers["Content-Type"] == "application/pdf"
    again = get(replica, "/v1/file/50200877", headers={"If-None-Match": got.headers["ETag"]})
    assert again.status_code == 304 and again.content == b""
    since = get(replica, "/v1/file/50200877", headers={"If-Modified-Since": got.headers["Last-Modified"]})
    assert since.status_code == 304
    missing = get(replica, "/v1/file/99999999")
    assert missing.status_code == 200 and missing.content == not_found_bytes()
    assert b"<title>Report not found" in missing.content
    assert replica.stats()["files_served"] == 1 and replica.stats()["not_found"] == 1


def test_the_clock_moves_by_endpoint(replica):
    assert control(replica, "POST", "as-of", params={"date": "2019-01-01"}).json() == {"as_of": "2019-01-01"}
    html = get(replica, f"/provider/44/{DARLINGTON}").text
    assert html.count('class="timeline__day"') == 2 and "50200877" not in html
    assert b"Report not found" in get(replica, "/v1/file/50200877").content
    assert control(replica, "POST", "as-of", json={"date": "2023-01-01"}).json() == {"as_of": "2023-01-01"}
    assert get(replica, f"/provider/44/{DARLINGTON}").text.count('class="timeline__day"') == 3
    bad = control(replica, "POST", "as-of", params={"date": "2019-13-01"})
    assert bad.status_code == 400 and "not a date" in bad.json()["error"]
    assert control(replica, "POST", "as-of", params={"date": ""}).json() == {"as_of": None}


def test_faults_are_switched_on_counted_down_and_off(replica):
    fault = {"kind": "500", "path": "/v1/file/5020087*", "count": 2}
    assert control(replica, "POST", "faults", json=fault).status_code == 200
    assert [get(replica, "/v1/file/50200877").status_code for _ in range(3)] == [500, 500, 200]
    control(replica, "POST", "faults", json=[{"kind": "429", "retry_after": 7, "count": 0, "path": "/search*"}])
    limited = get(replica, SEARCH)
    assert limited.status_code == 429 and limited.headers["Retry-After"] == "7"
    assert len(control(replica, "GET", "faults").json()) == 2
    assert control(replica, "DELETE", "faults").json() == []
    assert get(replica, SEARCH).status_code == 200
    for bad in ({"kind": "teapot"}, {"path": "/x"}, {"kind": "500", "colour": "red"}, {"kind": "500", "count": -1}):
        answer = control(replica, "POST", "faults", json=bad)
        assert answer.status_code == 400 and answer.json()["error"]
    assert control(replica, "POST", "faults", data="{not json").status_code == 400


@pytest.mark.parametrize("kind", ["redirect", "truncate", "reset", "slow"])
def test_each_behaviour_fault_does_what_it_says(replica, kind):
    replica.add_fault(kind, "/v1/file/50200877", count=1, delay=0.3)
    full = (require_corpus() / next(r["path"] for r in manifest() if r["file_id"] == "50200877")).read_bytes()
    if kind == "redirect":
        got = get(replica, "/v1/file/50200877", allow_redirects=False)
        assert got.status_code == 302 and got.headers["Location"] == "http://files.example.invalid/v1/file/50200877"
    elif kind == "truncate":
        got = get(replica, "/v1/file/50200877")
        assert got.content == full[: len(full) // 2]
    elif kind == "reset":
        with pytest.raises(requests.exceptions.RequestException):
            _ = get(replica, "/v1/file/50200877").content
    else:
        with pytest.raises(requests.exceptions.ReadTimeout):
            requests.get(f"{replica.url}/v1/file/50200877", timeout=(5, 0.1))
    assert get(replica, "/v1/file/50200877").content == full  # used up: served whole again


def test_stats_count_and_reset(replica):
    get(replica, SEARCH)
    get(replica, f"/provider/44/{DARLINGTON}")
    get(replica, "/v1/file/50200877")
    stats = control(replica, "GET", "stats").json()
    assert {k: stats[k] for k in ("search_pages", "provider_pages", "file_requests", "files_served")} == {
        "search_pages": 1, "provider_pages": 1, "file_requests": 1, "files_served": 1}
    assert control(replica, "POST", "stats/reset").json()["requests"] == 0
    state = control(replica, "GET", "state").json()
    assert set(state) == {"as_of", "faults", "stats", "user_agents"}


def ofsted(*args: str) -> list[str]:
    return [sys.executable, "-c", "from ofsted_cli.main import app; app()", *args]


def test_the_command_serves_and_stops_cleanly():
    require_corpus()
    root = Path(__file__).resolve().parents[1]
    proc = subprocess.Popen(ofsted("replica", "--corpus", str(CORPUS), "--port", "0", "--as-of", "2019-01-01"),
                            cwd=root, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    try:
        banner = proc.stdout.readline()
        url = re.search(r"http://127\.0\.0\.1:\d+", banner)[0]
        assert "298 reports, 153 authorities, published by 2019-01-01" in banner
        html = requests.get(f"{url}/provider/44/{DARLINGTON}", timeout=5).text
        assert html.count('class="timeline__day"') == 2
    finally:
        proc.send_signal(signal.SIGTERM)
        _, err = proc.communicate(timeout=10)
    assert proc.returncode == 0 and "Traceback" not in err


def test_the_command_says_what_is_wrong_in_one_line(tmp_path):
    root = Path(__file__).resolve().parents[1]
    env = {**os.environ, "COLUMNS": "200"}
    done = subprocess.run(ofsted("replica", "--corpus", str(tmp_path)), cwd=root, capture_output=True, text=True,
                          env=env, timeout=30)
    assert done.returncode == 2
    assert done.stderr.strip() == f"error: no corpus at {tmp_path}: manifest.csv not found"
