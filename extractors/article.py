"""A news article or council announcement about an inspection: HTML bytes in, an `Extraction` of
kind `article` out, with the judgements it claims. Pure.

A page is an article when its main text speaks of Ofsted or an inspection and names a local
authority (or comes from one: the publisher's name counts) or claims a judgement. Anything else
(an error page, a search page) is not, and `extract_article` returns None for it.
"""
from __future__ import annotations

import hashlib
import re
from datetime import date

from extractors.article_claims import read_article
from extractors.article_corroborate import corroborate
from extractors.authority_address import council_of_address, named_in_address, royal_borough_of_address
from extractors.authority_mentions import find_mentions
from extractors.codes import STATUS_OK
from extractors.html_meta import PageMeta, page_meta
from extractors.html_text import decode_html, main_text
from extractors.record import Extraction
from extractors.text import flat

_ABOUT_INSPECTION = re.compile(r"(?i)\bofsted\b|\binspect(?:ion|ions|ed|ors?)\b")
_ROYAL_BOROUGH = re.compile(r"\bRoyal\s+Borough\b")


def extract_article(data: bytes, sha256: str | None = None, url: str | None = None,
                    listed: date | None = None) -> Extraction | None:
    """The article's record, or None when the page is no article about an inspection. `url`: the
    address the page was fetched from (else the page's own canonical address, if it gives one).
    `listed`: the date a feed or listing gave the page, its date when the page itself gives none
    (many council pages don't): "published today", "in March" are read from it, as from the page's."""
    html = decode_html(data)
    body = main_text(html)
    meta = page_meta(html, body)
    text = _with_headline(meta, body)
    if not _ABOUT_INSPECTION.search(text):
        return None
    published = meta.published or listed
    publisher = publisher_authority(meta, url or meta.url, text)
    reading = read_article(text, published, publisher)
    if not reading.claims and not (publisher or find_mentions(text)):
        return None
    claims = corroborate(text, reading.claims, lambda rest: read_article(rest, published, publisher).claims)
    warnings = []
    if published is None:
        warnings.append("The page gives no publication date; claims without a year stated in the text have none.")
    if reading.local_authority is None and reading.claims:
        warnings.append("The article is about several authorities; only claims that name theirs are kept.")
    return Extraction(
        sha256=sha256 or hashlib.sha256(data).hexdigest(), status=STATUS_OK, report_kind="article",
        framework="none", local_authority=reading.local_authority, inspection_start=reading.inspection_start,
        inspection_end=reading.inspection_end, published=published, lead_inspector=None,
        judgements=reading.judgements, warnings=warnings, claims=claims,
    )


def publisher_authority(meta: PageMeta, url: str | None = None, text: str | None = None) -> str | None:
    """The authority that publishes the page ("Darlington Borough Council"), if a council does:
    by the site's name, else by the tail of the page title ("News | Sefton Council"), else by its
    address on the council's own site ("www.scilly.gov.uk"). For a page whose `text` names no
    authority at all ("The Royal Borough's services"), the one its address names, if any
    ("/news/kirklees-childrens-services-rated-good"); for a page that speaks of "the Royal Borough",
    the royal borough a word of its address names ("www.windsorexpress.co.uk/news/maidenhead/...")."""
    names = {m.name for m in find_mentions(meta.site_name or "")}
    if not names and meta.title:
        tail = re.split(r"\s+[|\u2013\u2014-]\s+", meta.title)[-1]
        if tail != meta.title and re.search(r"(?i)\bcouncil\b", tail):
            names = {m.name for m in find_mentions(tail)}
    if len(names) == 1:
        return names.pop()
    if names:
        return None
    council = council_of_address(url)
    if council is not None or text is None:
        return council
    # the whole text is scanned only when the address names someone
    named = named_in_address(url)
    if named is None:
        royal = royal_borough_of_address(url)  # "the Royal Borough" of a Windsor paper
        named = royal if royal is not None and _ROYAL_BOROUGH.search(text) else None
    return named if named is not None and not find_mentions(text) else None


def _with_headline(meta: PageMeta, body: str) -> str:
    headline = meta.headline
    if headline and flat(headline) not in flat(body[:len(headline) + 200]):
        return f"{headline}\n{body}"
    return body
