"""Letters after a visit: focused visits and monitoring visits. They carry no grades."""
from __future__ import annotations

import re

from extractors.authorities import canonical_name
from extractors.dates import parse_periods
from extractors.fields import clean_inspector, inspection_dates, lead_inspector
from extractors.pdf import PdfText
from extractors.text import flat, normalise

_KIND = re.compile(r"(?i)\b(focused|monitoring)\s+visit\b")
_ABOUT = re.compile(
    r"(?i)(?:focused|monitoring)\s+visit\s+(?:to|of|at)\s+(?:the\s+)?(?P<la>.+?)\s+(?:local authority\s+)?children'?s'? services"
)
_ON = re.compile(r"(?i)(?:visit|inspectors? visited)[^.]{0,200}?\bon\s+(?P<dates>\d[^.]{4,80}?\d{4})")
_SIGNED = re.compile(r"(?is)yours sincerely[\s,]*\n\s*(?P<name>[^\n]{3,60})")


def letter_kind(page1: str) -> str | None:
    """focused_visit or monitoring_visit when page 1 is such a letter."""
    head = flat(page1[:1500])
    m = _KIND.search(head)
    if not m or not re.search(r"(?i)this letter|dear\b|summarises the findings", head):
        return None
    return f"{m.group(1).lower()}_visit"


def parse(pdf: PdfText, kind: str) -> dict:
    page1 = pdf.page_text(0)
    text = flat(page1)
    start, end = inspection_dates(page1)
    if start is None:
        m = _ON.search(text)
        if m:
            periods = parse_periods(m.group("dates"))
            if periods:
                start, end = periods[0][0], periods[-1][1]
    m = _ABOUT.search(text)
    return dict(
        report_kind=kind,
        framework="none",
        local_authority=canonical_name(m.group("la")) if m else None,
        inspection_start=start,
        inspection_end=end,
        published=None,
        lead_inspector=lead_inspector(page1) or _signatory(pdf),
        judgements={},
        warnings=[],
    )


def _signatory(pdf: PdfText) -> str | None:
    for i in range(pdf.page_count - 1, -1, -1):
        m = _SIGNED.search(normalise(pdf.page_text(i)))
        if m:
            return clean_inspector(m.group("name"))
    return None
