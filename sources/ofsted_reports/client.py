"""The reports site client: `fetch_*` methods that read pages and files over HTTP and hand back
records. They raise `FetchError` (address + one-line reason); `poll.py` turns those into failures."""
from __future__ import annotations

import hashlib
from collections.abc import Mapping
from dataclasses import dataclass

import requests

from sources.ofsted_reports.checks import check_html_page, check_pdf, check_whole_if_pdf
from sources.ofsted_reports.config import SiteConfig
from sources.ofsted_reports.models import Authority, Download, Failure
from sources.ofsted_reports.pages import ProviderPage, SearchPage, parse_provider_page, parse_search_page
from sources.ofsted_reports.transport import FetchError, PoliteSession, ValidatorCache

MAX_SEARCH_PAGES = 50  # a guard against a site that never runs out of results


@dataclass(frozen=True)
class Listing:
    """What the search pages said: the authorities read, the pages or links that failed, the
    results count they stated (None when no page stated one), pages that could not be read and
    the provider links seen."""

    authorities: list[Authority]
    failures: list[Failure]
    stated: int | None = None
    pages_failed: int = 0
    links_seen: int = 0

    @property
    def dated(self) -> bool:
        """Whether the pages gave any authority's latest report date."""
        return any(a.latest_report for a in self.authorities)


def reference_la_codes() -> dict[str, str]:
    """LA code -> URN of every authority, from the project's reference table."""
    from reference import authorities

    return {a.la_code: a.urn for a in authorities()}


class ReportsClient:
    def __init__(self, config: SiteConfig | None = None, session: requests.Session | None = None):
        self.config = config or SiteConfig()
        self.http = PoliteSession(self.config, session)

    def __enter__(self) -> "ReportsClient":
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def close(self) -> None:
        self.http.session.close()

    def _page(self, url: str, cache: ValidatorCache | None = None) -> str | None:
        got = self.http.get(url, cache=cache, check=check_html_page, accept="text/html")
        return None if got.not_modified else got.content.decode("utf-8", "replace")

    def fetch_search_page(self, start: int, la_codes: Mapping[str, str] | None = None) -> SearchPage:
        """One search page; a result linked by LA code with no URN line gets its URN from
        `la_codes` (LA code -> URN), by default the project's reference table."""
        url = self.config.search_url(start)
        return parse_search_page(self._page(url) or "", url, reference_la_codes() if la_codes is None else la_codes)

    def fetch_authorities(self, la_codes: Mapping[str, str] | None = None) -> tuple[list[Authority], list[Failure]]:
        """Every authority of every search page, once each, and the pages or links that failed."""
        listing = self.fetch_listing(la_codes)
        return listing.authorities, listing.failures

    def fetch_listing(self, la_codes: Mapping[str, str] | None = None) -> Listing:
        """Every authority of every search page, once each, the pages or links that failed, and
        the total the pages stated.

        Pages start at 0 and move on by the number of results each page actually held (the site
        may cap `rows` lower than asked), until a page holds none or the stated total is reached."""
        found: dict[str, Authority] = {}
        failures: list[Failure] = []
        total: int | None = None
        start, failed_in_a_row, links_seen, pages_failed = 0, 0, 0, 0
        for _ in range(MAX_SEARCH_PAGES):
            if total is not None and start >= total:
                break
            try:
                page = self.fetch_search_page(start, la_codes)
            except FetchError as e:
                failures.append(e.failure)
                failed_in_a_row += 1
                pages_failed += 1
                if total is None and failed_in_a_row >= 2:
                    break
                start += self.config.rows
                continue
            failed_in_a_row = 0
            total = page.total if page.total is not None else total
            links_seen += page.provider_links
            for authority in page.authorities:
                found.setdefault(authority.urn, authority)
            failures.extend(Failure(url, reason) for url, reason in page.unresolved)
            if not page.provider_links:
                break
            start += page.provider_links
        if total is not None and not pages_failed and links_seen < total:
            failures.append(Failure(self.config.search_url(0),
                                    f"the search stated {total} results but its pages linked {links_seen}"))
        return Listing(list(found.values()), failures, total, pages_failed, links_seen)

    def fetch_provider_page(self, authority: Authority, cache: ValidatorCache | None = None) -> ProviderPage | None:
        """The authority's publications; None when `cache` shows the page unchanged (HTTP 304)."""
        text = self._page(authority.url, cache)
        if text is None:
            return None
        return parse_provider_page(text, authority.url, authority.urn, authority.name)

    def fetch_file(self, file_id: str, cache: ValidatorCache | None = None, *,
                   require_pdf: bool = True) -> Download | None:
        """The file's bytes, checked to be a whole PDF; None when `cache` shows it unchanged (304).
        An HTML page in its place raises FetchError 'not a PDF: got an HTML page (Report not found)'.
        With `require_pdf=False` such a page is handed on as it came (for the pipeline to record
        why it is no report); a PDF cut short is still refused and retried."""
        url = self.config.file_url(file_id)
        if not str(file_id).isdigit():
            raise FetchError(url, f"{file_id!r} is not a file id")
        check = check_pdf if require_pdf else check_whole_if_pdf
        got = self.http.get(url, cache=cache, check=check, accept="application/pdf")
        if got.not_modified:
            return None
        headers = {k.lower(): v for k, v in got.headers.items()}
        return Download(file_id=str(file_id), url=url, content=got.content,
                        sha256=hashlib.sha256(got.content).hexdigest(),
                        etag=headers.get("etag"), last_modified=headers.get("last-modified"))
