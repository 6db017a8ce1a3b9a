"""Shared by the source and replica tests: where the corpus is, and a replica of the reports site
over it on a free port of 127.0.0.1 (real HTTP, never a mocked session).

Import the fixtures into a test module: `from replica_fixture import replica, replica_server  # noqa: F401`."""
from __future__ import annotations

import csv
from datetime import date
import pytest

from corpus import CORPUS, require_corpus  # noqa: F401  (re-exported for the source tests)
from sources.ofsted_reports import ReportsClient, SiteConfig
from sources.replica import Replica

DARLINGTON = "80458"


def manifest() -> list[dict[str, str]]:
    with (require_corpus() / "manifest.csv").open(newline="", encoding="utf-8") as f:
        return list(csv.DictReader(f))


def authorities_table() -> list[dict[str, str]]:
    with (require_corpus() / "authorities.csv").open(newline="", encoding="utf-8") as f:
        return list(csv.DictReader(f))


def expected_listing(as_of: date | None = None) -> set[tuple[str, str, date]]:
    """(URN, file id, publication date) of every manifest file published by `as_of`."""
    rows = ((r["urn"], r["file_id"], date.fromisoformat(r["published"])) for r in manifest())
    return {row for row in rows if as_of is None or row[2] <= as_of}


def north_east_urns() -> set[str]:
    return {a["urn"] for a in authorities_table() if a["region_code"] == "E12000001"}


@pytest.fixture(scope="module")
def replica_server():
    """One replica a test module; the North East's authorities are linked by LA code, as some
    were for a while on the real site."""
    require_corpus()
    with Replica(CORPUS, la_code_links=north_east_urns()) as server:
        yield server


@pytest.fixture
def replica(replica_server):
    """The module's replica, reset before and after: no faults, no counts, nothing hidden."""
    replica_server.reset()
    yield replica_server
    replica_server.reset()


def client_for(replica: Replica, **settings) -> ReportsClient:
    """A client of the replica with no pause and tiny backoffs, so that fault tests stay fast."""
    defaults = dict(retries=2, backoff=0.01, read_timeout=5.0, max_retry_after=5.0)
    return ReportsClient(SiteConfig.local(replica.url, **{**defaults, **settings}))
