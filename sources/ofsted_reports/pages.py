"""Pure parsers of the reports site's pages: HTML text in, records out, no I/O.

The markup is what public scrapers agree on (see shared/spec/reports-site.md), so everything is
matched loosely: class names rather than paths, labels in any case and spacing, dates in the
common English shapes.
"""
from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date
from urllib.parse import urljoin

from sources.ofsted_reports.htmltree import Node, parse_html
from sources.ofsted_reports.models import Authority, Publication

MONTHS = {m: i for i, m in enumerate(
    "january february march april may june july august september october november december".split(), 1)}
_MONTH_RE = "|".join(sorted({*MONTHS, *(m[:3] for m in MONTHS), "sept"}, key=len, reverse=True))
DATE_RE = re.compile(
    rf"(?P<d>\d{{1,2}})(?:st|nd|rd|th)?\s+(?P<mon>{_MONTH_RE})\.?,?\s+(?P<y>\d{{4}})"
    r"|(?P<iy>\d{4})-(?P<im>\d{2})-(?P<id>\d{2})"
    r"|(?P<sd>\d{1,2})/(?P<sm>\d{1,2})/(?P<sy>\d{4})",
    re.IGNORECASE,
)
PROVIDER_HREF = re.compile(r"/provider/\d+/(?P<id>[A-Za-z0-9]+)/?(?:[?#]|$)")
FILE_HREF = re.compile(r"/v1/file/(?P<id>\d+)/?(?:[?#]|$)")
URN_LABEL = re.compile(r"\bURN\b\s*[:\-–]?\s*(?P<urn>\d{5,8})\b", re.IGNORECASE)
LATEST_LABEL = re.compile(r"latest\s+(?:inspection\s+)?report(?:\s+date)?\s*[:\-–]?\s*(?P<rest>.*)", re.IGNORECASE)
PDF_SUFFIX = re.compile(r"[\s,]*(?:as\s+)?pdf\s*[-–—]?\s*$", re.IGNORECASE)
LA_CODE = re.compile(r"\d{3}")


def parse_date(text: str, last: bool = False) -> date | None:
    """The first (or last) date written in `text`, e.g. '02 December 2022', '2 Dec. 2022', '2022-12-02'."""
    matches = list(DATE_RE.finditer(text.replace("\xa0", " ")))
    for m in (reversed(matches) if last else matches):
        try:
            if m["d"]:
                return date(int(m["y"]), MONTHS[_full_month(m["mon"])], int(m["d"]))
            if m["iy"]:
                return date(int(m["iy"]), int(m["im"]), int(m["id"]))
            return date(int(m["sy"]), int(m["sm"]), int(m["sd"]))
        except ValueError:
            continue  # 31 February and the like: try the next one
    return None


def _full_month(name: str) -> str:
    name = name.lower()
    return next(m for m in MONTHS if m.startswith(name[:3]))


def _time_value(node: Node) -> date | None:
    return parse_date(node.attrs.get("datetime", "")) or parse_date(node.text())


@dataclass(frozen=True)
class SearchPage:
    """One page of search results."""

    total: int | None  # the results count the page states
    authorities: list[Authority]
    provider_links: int  # links to provider pages seen, resolved or not
    unresolved: list[tuple[str, str]] = field(default_factory=list)  # (address, reason): no URN found
    next_url: str | None = None


@dataclass(frozen=True)
class ProviderPage:
    name: str
    publications: list[Publication]
    problems: list[str] = field(default_factory=list)  # one line a link that could not be read


def parse_search_page(html: str, page_url: str, la_codes: Mapping[str, str] | None = None) -> SearchPage:
    """Authorities listed on a search page. The URN comes from the result's 'URN:' line, else from
    the link when that is not a 3-digit LA code, else from `la_codes` (LA code -> URN)."""
    root = parse_html(html)
    count = root.find(cls="js-results-count")
    total = int(m.group().replace(",", "")) if count and (m := re.search(r"\d[\d,]*", count.text())) else None
    authorities: list[Authority] = []
    unresolved: list[tuple[str, str]] = []
    links = 0
    for link in _provider_links(root):
        links += 1
        url = urljoin(page_url, link.attrs["href"])
        link_id = PROVIDER_HREF.search(link.attrs["href"])["id"]
        box = _ancestor(link, "li", "search-result") or _ancestor(link, "li") or link
        info = [li.text() for li in box.iter("li")] or [box.text()]
        urn = next((m["urn"] for line in info if (m := URN_LABEL.search(line))), None)
        latest = next((parse_date(m["rest"]) for line in info if (m := LATEST_LABEL.search(line))), None)
        if urn is None:
            urn = (la_codes or {}).get(link_id) if LA_CODE.fullmatch(link_id) else link_id
        if urn is None:
            unresolved.append((url, f"linked by LA code {link_id} with no URN on the page or in the LA code table"))
            continue
        authorities.append(Authority(urn=urn, name=link.text(skip_cls="nonvisual"), url=url, latest_report=latest))
    nxt = root.find("a", "pagination__next")
    next_url = urljoin(page_url, nxt.attrs["href"]) if nxt is not None and nxt.attrs.get("href") else None
    return SearchPage(total=total, authorities=authorities, provider_links=links, unresolved=unresolved,
                      next_url=next_url)


def _provider_links(root: Node) -> list[Node]:
    results = list(root.iter("li", "search-result"))
    scopes = results or [root]
    links = []
    for scope in scopes:
        for a in scope.iter("a"):
            if PROVIDER_HREF.search(a.attrs.get("href", "")):
                links.append(a)
                if results:
                    break  # one authority a result
    return links


def _ancestor(node: Node, tag: str, cls: str | None = None) -> Node | None:
    p = node.parent
    while p is not None:
        if p.tag == tag and (cls is None or cls in p.classes):
            return p
        p = p.parent
    return None


def parse_provider_page(html: str, page_url: str, urn: str, name: str = "") -> ProviderPage:
    """Publications on an authority's page, in page order (newest first on the real site).

    The publication date is the last date of the link's hidden text ('<Title>, PDF - 02 December
    2022'), else the `time` of the event's metadata."""
    root = parse_html(html)
    heading = root.find("h1", "heading--title") or root.find("h1")
    name = (heading.text() if heading is not None else "") or name
    publications: list[Publication] = []
    problems: list[str] = []
    seen: set[str] = set()
    for link in root.iter("a"):
        href = link.attrs.get("href", "")
        m = FILE_HREF.search(href)
        if not m or not ("publication-link" in link.classes or _ancestor(link, "ol", "timeline")):
            continue
        file_id = m["id"]
        if file_id in seen:
            continue
        seen.add(file_id)
        hidden = " ".join(n.text() for n in link.iter(cls="nonvisual"))
        published = parse_date(hidden, last=True) or _metadata_date(link)
        title = link.text(skip_cls="nonvisual") or _title_from_hidden(hidden)
        if published is None:
            problems.append(f"file {file_id} ({title or 'untitled'}): no publication date found")
            continue
        publications.append(Publication(urn=urn, local_authority=name, file_id=file_id, title=title,
                                        published=published, url=urljoin(page_url, href)))
    return ProviderPage(name=name, publications=publications, problems=problems)


def _metadata_date(link: Node) -> date | None:
    day = _ancestor(link, "li", "timeline__day") or _ancestor(link, "li")
    meta = day.find(cls="event__metadata") if day is not None else None
    if meta is None:
        return None
    times = list(meta.iter("time"))
    stamped = [t for t in times if "pubdate" in t.attrs] or times
    return next((d for t in stamped if (d := _time_value(t))), None) or parse_date(meta.text())


def _title_from_hidden(hidden: str) -> str:
    """'Children's services inspection, PDF - 02 December 2022' -> 'Children's services inspection'."""
    m = list(DATE_RE.finditer(hidden))
    head = hidden[: m[-1].start()] if m else hidden
    return " ".join(PDF_SUFFIX.sub("", head.rstrip(" -–—")).split())
