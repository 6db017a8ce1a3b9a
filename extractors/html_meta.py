"""What a web page says about itself: its headline, publisher and publication date. Pure: HTML in,
`PageMeta` out; the standard library's parser only. The page's address is its canonical link, else
its `og:url`.

The publication date is, in this order: `<meta property="article:published_time">` (or the
`og:`/`datePublished`/Dublin Core forms), JSON-LD `datePublished`, the first `<time datetime>` of
the article (else of the page), else a date written near the top of the main text.
"""
from __future__ import annotations

import json
import re
from dataclasses import dataclass
from datetime import date
from html.parser import HTMLParser

from extractors.dates import parse_date
from extractors.text import flat

_PUBLISHED_META = (
    "article:published_time", "og:published_time", "article:published", "datepublished", "date.published",
    "dc.date.issued", "dcterms.issued", "publish-date", "publish_date", "pubdate", "parsely-pub-date",
    "sailthru.date", "date",
)
_ISO_DATE = re.compile(r"((?:19|20)\d\d)-([01]\d)-([0-3]\d)")
_TITLE_TAIL = re.compile(r"\s+[|\u2013\u2014-]\s+.*$")


@dataclass(frozen=True)
class PageMeta:
    title: str | None  # the <title>
    headline: str | None  # the article's <h1>, else og:title, else the <title> without the site's name
    site_name: str | None  # og:site_name, else the JSON-LD publisher
    published: date | None
    url: str | None = None  # the page's own address: <link rel="canonical">, else og:url


def page_meta(html: str, main_text: str = "") -> PageMeta:
    reader = _MetaReader()
    reader.feed(html)
    reader.close()
    published = (_first_date(reader.meta.get(name) for name in _PUBLISHED_META)
                 or _first_date(_ld_values(reader.json_ld, "datePublished"))
                 or _first_date(reader.article_times or reader.times)
                 or parse_date(main_text[:300]))
    title = flat(reader.title) if reader.title and flat(reader.title) else None
    headline = reader.h1 or reader.meta.get("og:title") or (_TITLE_TAIL.sub("", title) if title else None)
    site = reader.meta.get("og:site_name") or next(iter(_ld_values(reader.json_ld, "publisher", "name")), None)
    url = reader.canonical or reader.meta.get("og:url") or None
    return PageMeta(title=title, headline=flat(headline) if headline else None,
                    site_name=flat(site) if site else None, published=published,
                    url=url.strip() if url and url.strip() else None)


def _first_date(values) -> date | None:
    for value in values:
        if not value:
            continue
        m = _ISO_DATE.search(value)
        try:
            found = date(int(m[1]), int(m[2]), int(m[3])) if m else parse_date(value)
        except ValueError:
            found = None
        if found:
            return found
    return None


def _ld_values(blocks: list[str], key: str, subkey: str | None = None) -> list[str]:
    """Values of `key` (or of `key`.`subkey`) anywhere in the page's JSON-LD blocks."""
    found: list[str] = []

    def walk(node) -> None:
        if isinstance(node, dict):
            for k, v in node.items():
                if k == key:
                    if subkey is None and isinstance(v, str):
                        found.append(v)
                    elif subkey is not None and isinstance(v, dict) and isinstance(v.get(subkey), str):
                        found.append(v[subkey])
                walk(v)
        elif isinstance(node, list):
            for item in node:
                walk(item)

    for block in blocks:
        try:
            walk(json.loads(block))
        except ValueError:
            continue
    return found


class _MetaReader(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.meta: dict[str, str] = {}
        self.json_ld: list[str] = []
        self.times: list[str] = []
        self.article_times: list[str] = []
        self.title = ""
        self.canonical: str | None = None
        self.h1: str | None = None
        self._in: list[str] = []
        self._text: list[str] | None = None
        self._article_depth = 0

    def handle_starttag(self, tag: str, attrs) -> None:
        a = {k.lower(): (v or "") for k, v in attrs}
        if tag == "meta":
            name = (a.get("property") or a.get("name") or a.get("itemprop") or "").lower()
            if name and a.get("content") and name not in self.meta:
                self.meta[name] = a["content"]
            return
        if tag == "link" and "canonical" in a.get("rel", "").lower().split() and a.get("href") \
                and self.canonical is None:
            self.canonical = a["href"]
            return
        if tag == "article":
            self._article_depth += 1
        if tag == "time" and (a.get("datetime") or "pubdate" in a):
            value = a.get("datetime", "")
            (self.article_times if self._article_depth else self.times).append(value)
        if tag in ("title", "h1") or (tag == "script" and a.get("type", "").lower() == "application/ld+json"):
            self._in.append(tag)
            self._text = []

    def handle_endtag(self, tag: str) -> None:
        if tag == "article" and self._article_depth:
            self._article_depth -= 1
        if not self._in or self._in[-1] != tag:
            return
        self._in.pop()
        text = "".join(self._text or [])
        self._text = None
        if tag == "title" and not self.title:
            self.title = text
        elif tag == "h1" and self.h1 is None and flat(text):
            self.h1 = text
        elif tag == "script":
            self.json_ld.append(text)

    def handle_data(self, data: str) -> None:
        if self._text is not None:
            self._text.append(data)
