"""Letters after a visit: focused visits and monitoring visits of children's services, and the
letters of joint inspections published on an authority's page (joint targeted area inspections,
area SEND inspections). They carry no grades."""
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

# Joint inspections, told by their heading or opening sentence (the first ~600 characters).
_JOINT = (
    ("area_send", re.compile(r"(?i)\b(?:joint\s+)?(?:local\s+)?area\s+send\b|\bjoint\s+inspection\s+of\s+the\s+local\s+area\b"
                             r"|\bspecial\s+educational\s+needs\s+and(?:/or)?\s+disabilit")),
    ("jtai", re.compile(r"(?i)\bjoint\s+targeted\s+area\s+inspection\b|\bjoint\s+inspection\s+of\s+the\s+multi-agency\b")),
)
# "Between 10 and 14 June 2019, Ofsted, ... carried out a joint inspection"; "inspected ... from 4 to 8 March 2019"
_BETWEEN = re.compile(r"(?i)\b(?:between|from)\s+(?P<dates>\d{1,2}(?:\s+\w+)?(?:\s+\d{4})?\s+(?:and|to|-|–)\s+\d{1,2}\s+\w+\s+\d{4})")
_JOINT_ABOUT = (
    re.compile(r"(?i)\bjoint\s+inspection\s+of\s+the\s+local\s+area\s+of\s+(?P<la>[A-Z][\w' ,&-]+?)\s+to\b"),
    re.compile(r"(?i)\barea\s+send\s+(?:full\s+)?inspection\s+of\s+(?:the\s+)?(?P<la>[A-Z][\w' ,&-]+?)\s+local\s+area\s+partnership"),
    re.compile(r"(?i)\b(?:joint\s+)?local\s+area\s+send\s+inspection\s+in\s+(?P<la>[A-Z][\w' ,&-]+?)(?:\s*$|\s+dear\b|\.)"),
    re.compile(r"(?i)\bjoint\s+targeted\s+area\s+inspection\s+of\s+the\s+multi-agency\s+response\s+to\s+.{5,200}?\s+in\s+"
               r"(?P<la>[A-Z][\w' ,&-]+?)(?:\s*$|\s+dear\b|\.|\s+this\s+letter)"),
    re.compile(r"(?i)\bmulti-agency\s+response\s+to\s+.{5,200}?\s+in\s+(?P<la>[A-Z][\w' ,&-]+?)\s*[.,]"),
)


def joint_letter_kind(page1: str) -> str | None:
    """jtai or area_send when page 1 opens a joint inspection's letter (or report)."""
    head = flat(page1[:600])
    for kind, rule in _JOINT:
        if rule.search(head):
            return kind
    return None


def parse_joint(pdf: PdfText, kind: str) -> dict:
    """A joint inspection's letter: kind `other` in the extraction contract, its own kind in
    `publication_kind`; dates, authority and lead inspector where the letter gives them."""
    page1 = pdf.page_text(0)
    text = flat(page1)
    la = next((canonical_name(m.group("la")) for rule in _JOINT_ABOUT if (m := rule.search(text))), None)
    return _letter(pdf, page1, text, _BETWEEN, "other", la, publication_kind=kind)


def letter_kind(page1: str) -> str | None:
    """focused_visit or monitoring_visit when page 1 is such a letter."""
    head = flat(page1[:1500])
    if joint_letter_kind(page1):
        return None  # an area SEND or joint inspection's monitoring visit is not one of children's services
    m = _KIND.search(head)
    if not m or not re.search(r"(?i)this letter|dear\b|summarises the findings", head):
        return None
    return f"{m.group(1).lower()}_visit"


def parse(pdf: PdfText, kind: str) -> dict:
    page1 = pdf.page_text(0)
    text = flat(page1)
    m = _ABOUT.search(text)
    return _letter(pdf, page1, text, _ON, kind, canonical_name(m.group("la")) if m else None)


def _letter(pdf: PdfText, page1: str, text: str, dates_rule: re.Pattern, report_kind: str,
            la: str | None, **extra) -> dict:
    """A letter's record: its dates (the usual reading, else the periods `dates_rule` finds on
    page 1), authority and lead inspector (or the letter's signatory); no judgements."""
    start, end = inspection_dates(page1)
    if start is None:
        m = dates_rule.search(text)
        periods = parse_periods(m.group("dates")) if m else []
        if periods:
            start, end = periods[0][0], periods[-1][1]
    return dict(report_kind=report_kind, framework="none", local_authority=la, inspection_start=start,
                inspection_end=end, published=None, lead_inspector=lead_inspector(page1) or _signatory(pdf),
                judgements={}, warnings=[], **extra)


def _signatory(pdf: PdfText) -> str | None:
    for i in range(pdf.page_count - 1, -1, -1):
        m = _SIGNED.search(normalise(pdf.page_text(i)))
        if m:
            return clean_inspector(m.group("name"))
    return None
