"""Pure parser of RSS and Atom feeds (feedparser): bytes in, listed articles out, no I/O."""
from __future__ import annotations

from datetime import date
from urllib.parse import urljoin

from sources.news.models import ListedArticle


class NotAFeed(ValueError):
    """The body is no RSS or Atom feed; the message is one line."""


def parse_feed(content: bytes, feed_url: str) -> list[ListedArticle]:
    """The entries of an RSS or Atom feed, in feed order, with absolute addresses.

    Always handed bytes: given a string, feedparser would take it for an address and fetch it."""
    import feedparser

    parsed = feedparser.parse(bytes(content), response_headers={"content-location": feed_url})
    if not parsed.get("version") and not parsed.entries:
        reason = getattr(parsed.get("bozo_exception"), "getMessage", lambda: None)() or "no RSS or Atom markup"
        raise NotAFeed(f"not a feed: {reason}")
    out: list[ListedArticle] = []
    seen: set[str] = set()
    for entry in parsed.entries:
        link = entry.get("link") or _alternate(entry) or (entry.get("id") if _is_address(entry.get("id")) else None)
        if not link:
            continue
        url = urljoin(feed_url, link.strip())
        if url in seen:
            continue
        seen.add(url)
        stamp = entry.get("published_parsed") or entry.get("updated_parsed")
        out.append(ListedArticle(url=url, title=" ".join((entry.get("title") or "").split()),
                                 published=date(*stamp[:3]) if stamp else None))
    return out


def _alternate(entry) -> str | None:
    for link in entry.get("links") or []:
        if link.get("rel", "alternate") == "alternate" and link.get("href"):
            return link["href"]
    return None


def _is_address(value: str | None) -> bool:
    return bool(value) and value.startswith(("http://", "https://"))
