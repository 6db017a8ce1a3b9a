"""The second reading of a report: the grades its body states, apart from the page-1 table.

Every SIF and ILACS report states each judgement twice: on page 1 (a table, or for the SIF overall
judgement a sentence), and again in the body, as the heading of the section that gives the
reasons ("The experiences and progress of children in care: good", "The graded judgement for
adoption performance is that it is good", "Leadership, management and governance / Requires
improvement"). This module reads the body only, from the page text pypdfium2 already gives
(`PdfText.page_text`, cached), with compiled patterns, and reads only the pages it needs: the
pages already read by the first reading cost nothing, and the others are tried nearest first to
where that heading usually stands in a report of that framework.

A heading counts only when it opens a line: the lists of the previous inspection's grades
("◼ Adoption performance: good") are bulleted and do not.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field

from extractors.pdf import PdfText
from extractors.text import GRADE_PHRASE, normalise, parse_grade

# The areas a framework restates in its body, in the order its sections come.
BODY_AREAS = {
    "sif": ("help_and_protection", "looked_after_permanence", "adoption", "care_leavers", "leaders"),
    "ilacs_2018": ("help_and_protection", "in_care_and_care_leavers", "leaders"),
    "ilacs_2023": ("help_and_protection", "in_care", "care_leavers", "leaders"),
    "ilacs_2026": ("help_and_protection", "in_care", "care_leavers", "leaders"),
}

# Where a section usually starts, as a fraction of the report's pages: only the order in which
# pages are tried, never whether a grade is read.
_WHERE = {
    "sif": {"help_and_protection": 0.24, "looked_after_permanence": 0.4, "adoption": 0.54,
            "care_leavers": 0.61, "leaders": 0.7},
    "ilacs_2018": {"help_and_protection": 0.11, "in_care_and_care_leavers": 0.4, "leaders": 0.7},
    "ilacs_2023": {"help_and_protection": 0.09, "in_care": 0.33, "care_leavers": 0.58, "leaders": 0.75},
    "ilacs_2026": {"help_and_protection": 0.08, "in_care": 0.31, "care_leavers": 0.55, "leaders": 0.73},
}

_PROGRESS = r"(?:the\s+)?experiences?\s+and\s+progress\s+of\s+"
_HEADINGS = {
    "help_and_protection": _PROGRESS + r"children\s+who\s+need\s+help\s+and\s+protection",
    "in_care_and_care_leavers": _PROGRESS + r"children\s+in\s+care\s+and\s+care\s+leavers",
    "in_care": _PROGRESS + r"children\s+in\s+care(?!\s+and\b)",
    "care_leavers": _PROGRESS + r"care\s+leavers",
    "looked_after_permanence": _PROGRESS + r"children\s+looked\s+after\s+and\s+achieving\s+permanence",
    "adoption": r"adoption\s+performance",
    "leaders": r"(?:the\s+)?impact\s+of\s+leaders\s+on\s+social\s+work\s+practice\s+with\s+children\s+and\s+families"
               r"|leadership,?\s+management\s+and\s+governance",
}
# "The graded judgement about the experience and progress of care leavers is that it is good"
_GRADED = r"(?:the\s+)?graded\s+judge?ments?\s+(?:for|about|on|of)\s+(?:the\s+)?"
# between the heading and its grade: a colon, "is", "is that it is", or a line break
_LINK = r"\s*(?::\s*|\s+is\s+that\s+(?:it\s+|they\s+)?(?:is\s+|are\s+)?|\s+(?:is|are)\s*:?\s*|\s+)"
_PREFIX = r"(?:key\s+judge?ment\s+judge?ment\s+grade\s+)?"

PATTERNS = {
    area: re.compile(rf"(?im)^[ ]*{_PREFIX}(?:{_GRADED})?(?:{heading}){_LINK}(?P<grade>{GRADE_PHRASE})\b")
    for area, heading in _HEADINGS.items()
}


# A heading left without its grade at the foot of a page.
_ENDS_IN_HEADING = re.compile(
    rf"(?i)(?:^|\n)[ ]*{_PREFIX}(?:{_GRADED})?(?:{'|'.join(_HEADINGS.values())})(?:\s*:|\s+is(?:\s+that\s+(?:it\s+)?(?:is)?)?)?\s*$"
)
_PAGE_NUMBER = re.compile(r"^\s*\d{1,3}\s*\n")


@dataclass
class BodyReading:
    """What the body says: a grade by area, and the areas where it says more than one grade."""

    grades: dict[str, str] = field(default_factory=dict)
    conflicts: dict[str, list[str]] = field(default_factory=dict)
    pages: dict[str, int] = field(default_factory=dict)  # area -> the first page (0-based) stating it


def grades_on_page(text: str, areas) -> dict[str, list[str]]:
    """The grades each area's heading states on one page of text."""
    found: dict[str, list[str]] = {}
    for area in areas:
        for m in PATTERNS[area].finditer(text):
            grade = parse_grade(m["grade"])
            if grade and grade != "not_judged":
                found.setdefault(area, []).append(grade)
    return found


def read_body(pdf: PdfText, framework: str, areas: set[str] | None = None) -> BodyReading:
    """The body's grades for `areas` (default: every area the framework restates in its body).
    Page 1 is never read here: it is the first reading."""
    order = [a for a in BODY_AREAS.get(framework, ()) if areas is None or a in areas]
    reading = BodyReading()
    if not order or pdf.page_count < 2:
        return reading
    seen: dict[int, dict[str, list[str]]] = {}

    def look(i: int) -> dict[str, list[str]]:
        if i not in seen:
            text = normalise(pdf.page_text(i))
            seen[i] = grades_on_page(text, order)
            if i + 1 < pdf.page_count and _ENDS_IN_HEADING.search(text[-300:]):
                # a heading at the foot of the page, its grade at the head of the next
                joined = text[-300:] + "\n" + _PAGE_NUMBER.sub("", normalise(pdf.page_text(i + 1))[:300])
                for area, grades in grades_on_page(joined, order).items():
                    seen[i].setdefault(area, []).extend(g for g in grades if g not in seen[i].get(area, []))
        return seen[i]

    last = pdf.page_count - 1
    for i in pdf.pages_read():  # what the first reading already read costs nothing
        if i > 0:
            look(i)
    where = _WHERE.get(framework, {})
    for n, area in enumerate(order):
        if any(area in found for found in seen.values()):
            continue
        lo = max([i for i, f in seen.items() if any(a in f for a in order[:n])], default=1)
        hi = min([i for i, f in seen.items() if any(a in f for a in order[n + 1:])], default=last)
        guess = where.get(area, 0.5) * last
        candidates = sorted(range(lo, hi + 1), key=lambda i: (abs(i - guess), i))
        if lo > hi:
            candidates = []
        # out of the usual order (a report that moved a section): the rest of the pages, last
        candidates += sorted(set(range(1, last + 1)) - set(candidates), key=lambda i: (abs(i - guess), i))
        for i in candidates:
            if i not in seen and area in look(i):
                break
    for area in order:
        where_found = [i for i in sorted(seen) if area in seen[i]]
        if where_found:
            reading.pages[area] = where_found[0]
        grades = [g for i in sorted(seen) for g in seen[i].get(area, ())]
        if not grades:
            continue
        if len(set(grades)) > 1:
            reading.conflicts[area] = sorted(set(grades))
        else:
            reading.grades[area] = grades[0]
    return reading
