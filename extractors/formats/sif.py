"""The single inspection framework (SIF), 2013 to 2018, and the LSCB reviews published with it
or on their own."""
from __future__ import annotations

import re

from extractors import overall
from extractors.body import BODY_AREAS, read_body
from extractors.fields import authority_above_title, inspection_dates, lead_inspector_from_end, published_date
from extractors.pdf import PdfText
from extractors.review import compare
from extractors.table import read_judgements
from extractors.text import GRADE_PHRASE, flat, normalise, parse_grade

# The areas of the table on page 1; overall effectiveness is a sentence above it.
SIF_AREAS = {"help_and_protection", "looked_after_permanence", "adoption", "care_leavers", "leaders"}

_SIF_TITLE = re.compile(r"(?i)inspection of services for children in need of help and protection")
_LSCB_TITLE = re.compile(r"(?i)review of the effectiveness of the local safeguarding children'?s? board")

# A statement of the board's grade opening a line: "The Local Safeguarding Children Board is good",
# "The effectiveness of the Local Safeguarding Children Board (LSCB) requires improvement".
_LSCB_GRADE = re.compile(
    rf"(?im)^[ ]*(?:the\s+effectiveness\s+of\s+)?the\s+(?:local\s+safeguarding\s+children'?s?\s+board(?:\s*\(lscb\))?|lscb)"
    rf"(?:\s+(?:in|of|for)\s+[^\n.]{{2,60}}?)?\s+(?:is\s+|are\s+)?(?P<grade>{GRADE_PHRASE})\b"
)


def is_sif(page1: str) -> bool:
    return bool(_SIF_TITLE.search(flat(page1[:1200])))


def is_lscb_review(page1: str) -> bool:
    return bool(_LSCB_TITLE.search(flat(page1[:1200])))


def parse(pdf: PdfText, lscb_only: bool = False) -> dict:
    page1 = pdf.page_text(0)
    start, end = inspection_dates(page1)
    judgements: dict[str, str] = {}
    warnings: list[str] = []
    review: dict[str, str] = {}
    if not lscb_only:
        table = read_judgements(pdf, SIF_AREAS, pages=2)
        table.judgements.pop("lscb", None)
        warnings = table.warnings
        first = dict(table.judgements)
        sentence = overall.sif_sentence(page1)
        if sentence:
            first["overall_effectiveness"] = sentence
        else:
            warnings.append("no overall judgement found")
    body = None
    if not lscb_only:
        judged = (SIF_AREAS | {"overall_effectiveness"}) - table.not_judged
        body = read_body(pdf, "sif", judged)
    # some reports print the board's review after the inspection, untitled: it follows the
    # local authority's sections, so the pages before the leadership section need no reading
    lscb = lscb_grade(pdf, after=body.pages.get("leaders") if body else None)
    lead = lead_inspector_from_end(pdf)
    if body is not None:
        second = dict(body.grades)
        descriptor = overall.sif_descriptor(page1, pdf.page_text(1) if pdf.page_count > 1 else None)
        if descriptor:
            second["overall_effectiveness"] = descriptor
        judgements, review = compare(first, second, required=judged, restated=set(BODY_AREAS["sif"]) & judged,
                                     second_conflicts=body.conflicts)
    if lscb:
        judgements["lscb"] = lscb
    elif lscb_only:
        warnings.append("no grade found for lscb")
        review["lscb"] = "no grade found for the LSCB in this review of the board"
    return dict(
        report_kind="lscb_review" if lscb_only else "sif",
        framework="sif",
        local_authority=authority_above_title(page1),
        inspection_start=start,
        inspection_end=end,
        published=published_date(page1),
        lead_inspector=lead,
        judgements=judgements,
        warnings=warnings,
        review=review,
    )


def lscb_grade(pdf: PdfText, after: int | None = None) -> str | None:
    """The board's grade: on page 1 of some reports, otherwise at the head of the LSCB section,
    found through the contents page so that only a few pages are read. `after`: the page where
    the local authority's last section (leadership) starts; the board's section comes later, so
    of the pages before it only those already read are looked at."""
    for i in _lscb_pages(pdf, after):
        m = _LSCB_GRADE.search(normalise(pdf.page_text(i)))
        if m:
            return parse_grade(m.group("grade"))
    return None


_CONTENTS_LSCB = re.compile(
    r"(?im)^[ ]*(?:the )?(?:local safeguarding children'?s? board|lscb)\b[^\n]*?[ ](?P<page>\d{1,3})[ ]*$")


def _lscb_pages(pdf: PdfText, after: int | None = None) -> list[int]:
    """Page 1, then the pages around where the contents put the LSCB section, then the pages
    already read, then the rest (from `after` on only, when given)."""
    near: list[int] = []
    for i in range(1, min(4, pdf.page_count)):
        text = normalise(pdf.page_text(i))
        if "contents" in text.lower():
            m = _CONTENTS_LSCB.search(text)
            if m:
                printed = int(m.group("page"))
                near = [p for p in range(printed - 3, printed + 2) if 0 < p < pdf.page_count]
            break
    read = [i for i in pdf.pages_read() if i > 0 and i not in near]
    rest = [i for i in range(1 if after is None else after, pdf.page_count) if i not in near and i not in read]
    return [0, *near, *read, *rest]
