"""Watching the site at the cost of what is new.

An incremental poll reads the search pages (2 requests for all England), which state each
authority's latest report date, and reads the provider page only of the authorities whose date
moved since a poll last read their page, or that no poll has read. A full sweep reads every
provider page: it catches what the dates cannot show (a corrected report re-published under the
same date). A search page that gives no dates makes that run a full sweep, with a warning.

A poll that could not see the site fails, with one line saying why: a search page it could not
read, fewer authorities than the pages state or than the last good poll read, or a provider page
it needed and could not read."""
from __future__ import annotations

from collections.abc import Collection
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta

from pipeline.config import PipelineConfig
from sources.ofsted_reports import Failure, Publication, ReportsClient, poll
from sources.ofsted_reports.client import Listing
from warehouse import Warehouse
from warehouse.polls import latest_dates, last_full_sweep

FULL = "full"
INCREMENTAL = "incremental"
NO_DATES = ("the search pages give no latest-report dates: reading every authority's page this time "
            "(full sweep)")


class PollFailed(Exception):
    """A poll (or a backfill's listing) that could not see the site; str() is the one-line reason."""


@dataclass
class SiteState:
    """What the warehouse knows before a poll."""

    known_files: set[str] = field(default_factory=set)
    dates: dict[str, date | None] = field(default_factory=dict)  # URN -> latest report date when last read
    authorities_known: int = 0  # authorities the last good poll read (else: with publications held)
    last_full: datetime | None = None  # start of the last good full sweep (UTC)


@dataclass
class Watch:
    mode: str
    new: list[Publication] = field(default_factory=list)
    failures: list[Failure] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    stated: int | None = None
    authorities: int = 0
    pages_read: dict[str, date | None] = field(default_factory=dict)  # URN -> the search page's date
    listed: int = 0
    reason: str | None = None  # why the poll failed; None for a good poll


def site_state(config: PipelineConfig) -> SiteState:
    with Warehouse(config.db) as wh:
        c = wh.conn
        known = {r[0] for r in c.execute("SELECT file_id FROM publications").fetchall()}
        last_ok = c.execute("SELECT authorities FROM polls WHERE status = 'ok' ORDER BY finished_at DESC "
                            "LIMIT 1").fetchone()
        held = c.execute("SELECT count(DISTINCT urn) FROM publications").fetchone()[0]
        return SiteState(known, latest_dates(c), last_ok[0] if last_ok else held, last_full_sweep(c))


def choose_mode(full: bool, state: SiteState, now: datetime, full_every_hours: float) -> str:
    """A full sweep when asked, when none was done, or when the last is older than `full_every_hours`."""
    if full or state.last_full is None or now - state.last_full >= timedelta(hours=full_every_hours):
        return FULL
    return INCREMENTAL


def listing_problem(listing: Listing, known: int) -> str | None:
    """Why this listing shows the site was not seen whole, in one line; None when it was."""
    first = f": {listing.failures[0]}" if listing.failures else ""
    n = len(listing.authorities)
    if listing.pages_failed:
        return f"could not read {listing.pages_failed} search page(s){first}"
    if n == 0:
        return f"the search pages listed no authorities{first}"
    if listing.stated is not None and n < listing.stated:
        return f"read {n} authorities of the {listing.stated} the search page states{first}"
    if n < known:
        return f"read {n} authorities, fewer than the {known} the last good poll read{first}"
    return None


def watch(client: ReportsClient, state: SiteState, mode: str, urns: Collection[str] | None = None) -> Watch:
    """Read the search pages, then the provider pages the mode calls for (of `urns` only, when
    given); the new publications and, when the site could not be seen whole, the reason."""
    listing = client.fetch_listing()
    result = Watch(mode=mode, stated=listing.stated, authorities=len(listing.authorities),
                   failures=list(listing.failures))
    result.reason = listing_problem(listing, state.authorities_known)
    if result.reason:
        return result
    if mode == INCREMENTAL and not listing.dated:
        result.mode = mode = FULL
        result.warnings.append(NO_DATES)
    chosen = [a for a in listing.authorities if urns is None or a.urn in urns]
    if mode == INCREMENTAL:
        chosen = [a for a in chosen if a.urn not in state.dates or state.dates[a.urn] != a.latest_report]
    found = poll(client, state.known_files, only_urns={a.urn for a in chosen}, listing=listing)
    result.new, result.listed, result.failures = found.publications, found.listed, found.failures
    read = set(found.pages_read)
    result.pages_read = {a.urn: a.latest_report for a in chosen if a.urn in read}
    missed = [a for a in chosen if a.urn not in read]
    if missed:
        page_failures = [f for f in found.failures if f not in listing.failures]
        why = f": {page_failures[0]}" if page_failures else ""
        result.reason = f"could not read {len(missed)} of the {len(chosen)} authority pages needed{why}"
    return result
