"""Checks of a response body before it is handed on. Pure: bytes in, `BodyProblem` out."""
from __future__ import annotations

import html
import re

from sources.ofsted_reports.transport import BodyProblem

TITLE = re.compile(rb"<title[^>]*>(.*?)</title>", re.IGNORECASE | re.DOTALL)


def check_pdf(content: bytes) -> None:
    """A whole PDF: '%PDF-' in its first KiB and '%%EOF' in its last 2 KiB."""
    if b"%PDF-" not in content[:1024]:
        raise BodyProblem(f"not a PDF: {describe_bytes(content)}")
    if b"%%EOF" not in content[-2048:]:
        raise BodyProblem(f"truncated PDF: no %%EOF end marker ({len(content):,} bytes)", retry=True)


def check_whole_if_pdf(content: bytes) -> None:
    """Any body, but a PDF must be whole: '%%EOF' in its last 2 KiB."""
    if b"%PDF-" in content[:1024]:
        check_pdf(content)


def check_html_page(content: bytes) -> None:
    """A whole HTML page: one cut short loses the results below the cut without a sign."""
    if b"</html" not in content.lower():
        raise BodyProblem(f"page cut short: no </html> ({len(content):,} bytes)", retry=True)


def describe_bytes(content: bytes) -> str:
    """What a body is when it is not what was wanted, e.g. 'got an HTML page (Report not found)'."""
    if not content:
        return "got an empty response"
    head = content[:1024].lstrip(b"\xef\xbb\xbf \t\r\n").lower()
    if head.startswith((b"<!doctype html", b"<html")) or b"<html" in head:
        m = TITLE.search(content[:65536])
        title = " ".join(html.unescape(m[1].decode("utf-8", "replace")).split()) if m else ""
        title = title.split(" - ")[0].strip()
        return f"got an HTML page ({title})" if title else "got an HTML page"
    if head.startswith(b"<?xml"):
        return "got an XML document"
    if head.startswith(b"pk\x03\x04"):
        return "got a ZIP archive"
    return f"got {len(content):,} bytes starting {content[:16]!r}"
