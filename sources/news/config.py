"""Where a news source publishes and how its article links are told apart from the rest."""
from __future__ import annotations

import re
from dataclasses import dataclass
from urllib.parse import urlsplit

KINDS = ("rss", "atom", "listing")


@dataclass(frozen=True)
class NewsSource:
    """One newsroom or paper to watch.

    `kind`: `rss` or `atom` for a feed (both read by feedparser), `listing` for a plain HTML page
    of links. On a listing page an article link is an `<a href>` inside elements matching
    `link_selector` (a CSS-like rule of tags and classes, e.g. "ul.news-list a") whose absolute
    address matches `link_pattern` (a regular expression, searched). Feeds may use `link_pattern`
    too, to keep only some of their entries."""

    name: str
    kind: str
    url: str
    link_pattern: str | None = None
    link_selector: str = "a"

    def __post_init__(self) -> None:
        if self.kind not in KINDS:
            raise ValueError(f"{self.name}: kind must be one of {', '.join(KINDS)}, not {self.kind!r}")
        parts = urlsplit(self.url)
        if parts.scheme not in ("http", "https") or not parts.hostname:
            raise ValueError(f"{self.name}: not an http(s) address: {self.url!r}")
        if self.link_pattern is not None:
            try:
                re.compile(self.link_pattern)
            except re.error as e:
                raise ValueError(f"{self.name}: link_pattern is not a regular expression ({e})") from None
        if self.kind == "listing" and self.link_pattern is None and self.link_selector.strip() == "a":
            raise ValueError(f"{self.name}: a listing page needs a link_pattern or a link_selector "
                             "to tell article links from menus")

    @property
    def site_url(self) -> str:
        """The scheme, host and port the source lives at: the only place its client may go."""
        parts = urlsplit(self.url)
        return f"{parts.scheme}://{parts.netloc}"

    def wants(self, url: str) -> bool:
        return self.link_pattern is None or re.search(self.link_pattern, url) is not None
