"""The main text of a web page: the article's paragraphs without menus, cookie banners, related
links and footers. Pure: HTML in, text out (one paragraph a line).

trafilatura does the work; where it is not installed, or finds nothing, a plain reader of the
standard library takes the paragraphs of the page's <article> (else <main>, else <body>).
"""
from __future__ import annotations

import logging
from html.parser import HTMLParser

log = logging.getLogger(__name__)

_BLOCKS = frozenset("p h1 h2 h3 h4 h5 h6 li blockquote figcaption dt dd td th pre".split())
_SKIPPED = frozenset("script style noscript template nav header footer aside form button svg iframe select".split())


def decode_html(data: bytes | str) -> str:
    """Page bytes as text: UTF-8 (with or without a BOM), else Windows-1252, which decodes anything."""
    if isinstance(data, str):
        return data
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        return data.decode("cp1252", "replace")


def main_text(html: bytes | str) -> str:
    """The article's own text, one paragraph a line; '' for a page with none."""
    text = decode_html(html)
    found = _with_trafilatura(text)
    return found if found is not None else _with_html_parser(text)


def _with_trafilatura(html: str) -> str | None:
    try:
        import trafilatura
    except ImportError:  # the plain reader below does
        return None
    try:
        found = trafilatura.extract(html, include_comments=False, include_tables=True, favor_precision=True,
                                    deduplicate=False, output_format="txt", with_metadata=False)
    except Exception as exc:  # a page trafilatura chokes on is read the plain way
        log.debug("trafilatura could not read the page: %s", exc)
        return None
    return found or None


def _with_html_parser(html: str) -> str:
    reader = _Paragraphs()
    reader.feed(html)
    reader.close()
    for scope in ("article", "main", "body"):
        lines = [" ".join(text.split()) for text in reader.blocks.get(scope, [])]
        lines = [line for line in lines if line]
        if lines:
            return "\n".join(lines)
    return ""


class _Paragraphs(HTMLParser):
    """Block texts (paragraphs, headings, list items) by the outermost scope they sit in:
    article, main or body; nothing inside navigation, headers, footers, asides or scripts."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.open: list[str] = []
        self.blocks: dict[str, list[str]] = {}
        self._current: list[str] | None = None
        self._skipping = 0

    def handle_starttag(self, tag: str, attrs) -> None:
        if tag in ("br", "hr", "img", "meta", "link", "input"):
            return
        self.open.append(tag)
        if tag in _SKIPPED:
            self._skipping += 1
        elif tag in _BLOCKS and self._current is None and not self._skipping:
            self._current = []

    def handle_endtag(self, tag: str) -> None:
        if tag not in self.open:
            return
        while self.open:
            closed = self.open.pop()
            if closed in _SKIPPED:
                self._skipping -= 1
            if closed in _BLOCKS and self._current is not None and closed not in self.open:
                self._flush()
            if closed == tag:
                break

    def handle_data(self, data: str) -> None:
        if self._current is not None and not self._skipping:
            self._current.append(data)

    def close(self) -> None:
        super().close()
        if self._current is not None:
            self._flush()

    def _flush(self) -> None:
        text = "".join(self._current or [])
        self._current = None
        for scope in ("article", "main", "body"):
            if scope in self.open or scope == "body":
                self.blocks.setdefault(scope, []).append(text)
