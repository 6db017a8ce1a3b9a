"""A real PDF of an ILACS report whose page-1 table contradicts its body, for the review tests
(no corpus file disagrees with itself). Text in Helvetica, the page-1 grades in a column of their
own, as Ofsted lays the table out."""
from __future__ import annotations

from pdf_builder import _escape, pdf_of_streams

WORDS = {"good": "Good", "outstanding": "Outstanding", "inadequate": "Inadequate",
         "requires_improvement": "Requires improvement to be good"}
LABELS = {
    "leaders": ["The impact of leaders on social work", "practice with children and families"],
    "help_and_protection": ["The experiences and progress of", "children who need help and protection"],
    "in_care_and_care_leavers": ["The experiences and progress of", "children in care and care leavers"],
    "overall_effectiveness": ["Overall effectiveness"],
}
HEADINGS = {
    "leaders": "The impact of leaders on social work practice with children and families: {}",
    "help_and_protection": "The experiences and progress of children who need help and protection: {}",
    "in_care_and_care_leavers": "The experiences and progress of children in care and care leavers: {}",
}


def contradicting_report_pdf(authority: str, dates: str, lead: str, page1: dict[str, str],
                             body: dict[str, str]) -> bytes:
    """An ILACS 2018 report of `authority` (dates as printed, e.g. "10 October to 21 October
    2022"): page 1's table gives the grades of `page1`, the body's headings those of `body`."""
    first: list = [f"Inspection of {authority} local authority", "children's services",
                   f"Inspection dates: {dates}", f"Lead inspector: {lead}, His Majesty's Inspector",
                   ("Judgement", "Grade")]
    for area, grade in page1.items():
        label = LABELS[area]
        first += [(label[0], WORDS[grade])] + label[1:]
    first += ["", "Children's services in the area have changed since the last inspection."]
    pages = [first, [f"Inspection of {authority} local authority children's services", dates,
                     "What needs to improve?", "The timeliness of assessments for children."]]
    for area, grade in body.items():
        pages.append([f"Inspection of {authority} local authority children's services", dates,
                      HEADINGS[area].format(WORDS[grade].lower()),
                      "1. Children and their families benefit from the help they receive."])
    return columns_pdf(pages)


def columns_pdf(pages: list[list]) -> bytes:
    """A PDF whose pages hold the given lines from the top-left; a line given as (left, right)
    puts `right` in a second column."""
    streams = []
    for lines in pages:
        parts = []
        for n, line in enumerate(lines):
            y = 770 - 14 * n
            left, right = line if isinstance(line, tuple) else (line, None)
            parts.append(f"BT /F1 11 Tf 72 {y} Td ({_escape(left)}) Tj ET")
            if right:
                parts.append(f"BT /F1 11 Tf 400 {y} Td ({_escape(right)}) Tj ET")
        streams.append(" ".join(parts))
    return pdf_of_streams(streams)
