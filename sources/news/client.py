"""The news client: `fetch_*` methods that read feeds, listing pages and articles over HTTP with the
reports site's polite transport (User-Agent, pause between requests, retries, host allow-list,
size cap), one paced session a site. They raise `FetchError` (address + one-line reason)."""
from __future__ import annotations

from dataclasses import replace

import requests

from sources.news.checks import check_feed
from sources.news.config import NewsSource
from sources.news.feeds import NotAFeed, parse_feed
from sources.news.listing import parse_listing
from sources.news.models import ListedArticle
from sources.ofsted_reports.checks import check_html_page
from sources.ofsted_reports.config import SiteConfig
from sources.ofsted_reports.transport import FetchError, PoliteSession, ValidatorCache

FEED_ACCEPT = "application/rss+xml, application/atom+xml, application/xml;q=0.9, text/xml;q=0.8, */*;q=0.1"


class NewsClient:
    """`settings` gives the politeness (pause, timeouts, retries, size cap, User-Agent); its
    addresses are replaced by each source's own, so that a source's client goes nowhere else."""

    def __init__(self, settings: SiteConfig | None = None, session: requests.Session | None = None):
        self.settings = settings or SiteConfig()
        self.session = session or requests.Session()
        self._sites: dict[str, PoliteSession] = {}

    def __enter__(self) -> "NewsClient":
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def close(self) -> None:
        self.session.close()

    def http_for(self, source: NewsSource) -> PoliteSession:
        site = source.site_url
        if site not in self._sites:
            self._sites[site] = PoliteSession(replace(self.settings, site_url=site, files_url=""), self.session)
        return self._sites[site]

    @property
    def requests_made(self) -> int:
        return sum(http.requests_made for http in self._sites.values())

    def fetch_listing(self, source: NewsSource, cache: ValidatorCache | None = None) -> list[ListedArticle] | None:
        """The articles the source's feed or listing page holds; None when `cache` shows it
        unchanged (HTTP 304)."""
        http = self.http_for(source)
        if source.kind == "listing":
            got = http.get(source.url, cache=cache, check=check_html_page, accept="text/html")
            if got.not_modified:
                return None
            return parse_listing(got.content.decode("utf-8", "replace"), got.url, source.link_selector,
                                 source.link_pattern)
        got = http.get(source.url, cache=cache, check=check_feed, accept=FEED_ACCEPT)
        if got.not_modified:
            return None
        try:
            listed = parse_feed(got.content, got.url)
        except NotAFeed as e:
            raise FetchError(source.url, str(e)) from None
        return [item for item in listed if source.wants(item.url)]

    def fetch_article(self, source: NewsSource, url: str) -> bytes:
        """An article's page, checked to be a whole HTML page."""
        return self.http_for(source).get(url, check=check_html_page, accept="text/html").content
