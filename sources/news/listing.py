"""Pure parser of a plain listing page of articles: HTML text in, listed articles out, no I/O.

Article links are told from menus and footers by a CSS-like rule (tags and classes joined by
spaces, each a descendant of the one before: "ul.news-list a", ".news-item h2 a") and by a
regular expression their absolute address must match."""
from __future__ import annotations

import re
from urllib.parse import urldefrag, urljoin

from sources.news.models import ListedArticle
from sources.ofsted_reports.htmltree import Node, parse_html
from sources.ofsted_reports.pages import parse_date

_COMPOUND = re.compile(r"^(?P<tag>[a-z][a-z0-9]*)?(?P<classes>(?:\.[\w-]+)*)$", re.I)


def parse_selector(rule: str) -> list[tuple[str | None, frozenset[str]]]:
    """'ul.news-list a' -> [('ul', {'news-list'}), ('a', {})]."""
    steps = []
    for part in rule.split():
        m = _COMPOUND.match(part)
        if not m or not part:
            raise ValueError(f"unsupported selector part {part!r} (use tag, .class or tag.class)")
        steps.append(((m["tag"] or "").lower() or None, frozenset(c for c in m["classes"].split(".") if c)))
    if not steps:
        raise ValueError("empty selector")
    return steps


def parse_listing(html: str, page_url: str, link_selector: str = "a",
                  link_pattern: str | None = None) -> list[ListedArticle]:
    """The article links of a listing page, in page order, once each, with absolute addresses
    (fragments dropped) and, where the item shows one, the date in its <time>."""
    steps = parse_selector(link_selector)
    root = parse_html(html)
    out: list[ListedArticle] = []
    seen: set[str] = set()
    for node in root.iter():
        if not _matches(node, steps):
            continue
        for link in ([node] if node.tag == "a" else list(node.iter("a"))):
            href = link.attrs.get("href", "").strip()
            if not href or href.startswith(("#", "mailto:", "javascript:", "tel:")):
                continue
            url = urldefrag(urljoin(page_url, href))[0]
            if url in seen or (link_pattern and not re.search(link_pattern, url)):
                continue
            seen.add(url)
            out.append(ListedArticle(url=url, title=link.text(), published=_item_date(link)))
    return out


def _matches(node: Node, steps: list[tuple[str | None, frozenset[str]]]) -> bool:
    if not _is(node, steps[-1]):
        return False
    rest = steps[:-1]
    parent = node.parent
    while rest and parent is not None:
        if _is(parent, rest[-1]):
            rest = rest[:-1]
        parent = parent.parent
    return not rest


def _is(node: Node, step: tuple[str | None, frozenset[str]]) -> bool:
    tag, classes = step
    return (tag is None or node.tag == tag) and classes <= node.classes


def _item_date(link: Node):
    """The date of the smallest element around the link that holds a <time> and no other link."""
    node = link.parent
    while node is not None and node.tag not in ("#document", "body", "main", "ul", "ol"):
        times = list(node.iter("time"))
        if times:
            if sum(1 for _ in node.iter("a")) > 1:
                return None
            t = times[0]
            return parse_date(t.attrs.get("datetime", "")) or parse_date(t.text())
        node = node.parent
    return None
