"""Focused and monitoring visit letters are read as their kind, with no grades.

The corpus holds no letter, so these are small PDFs with the letters' real wording."""
from __future__ import annotations

from datetime import date

from extractors import extract
from pdf_builder import text_pdf

FOCUSED = [
    "3 July 2019",
    "Mr Peter Featherstone",
    "Director of Children's Services",
    "Darlington Borough Council",
    "Dear Peter",
    "Focused visit to Darlington local authority children's services",
    "This letter summarises the findings of the focused visit to Darlington local authority",
    "children's services on 4 and 5 June 2019. The inspectors were Lisa Summers, Her Majesty's",
    "Inspector (HMI), and Louise Hollick, HMI. Inspectors looked at the arrangements for",
    "children in need and children subject to a child protection plan. The help and protection",
    "of children is good in many respects.",
]
MONITORING = [
    "Dear Ms Smith",
    "Monitoring visit to Middlesbrough children's services",
    "This letter summarises the findings of the monitoring visit to Middlesbrough children's",
    "services on 21 and 22 January 2020. This visit was the second monitoring visit since the",
    "local authority was judged inadequate in January 2019. The inspectors were Andy Waugh,",
    "Her Majesty's Inspector (HMI), and Rachel Holden, HMI.",
]
SIGNED = ["Yours sincerely", "Andy Waugh", "Her Majesty's Inspector"]


def test_focused_visit_letter():
    record = extract(text_pdf([FOCUSED, ["Yours sincerely", "Lisa Summers", "Her Majesty's Inspector"]]))
    assert record.status == "ok"
    assert (record.report_kind, record.framework) == ("focused_visit", "none")
    assert record.local_authority == "Darlington"
    assert (record.inspection_start, record.inspection_end) == (date(2019, 6, 4), date(2019, 6, 5))
    assert record.lead_inspector == "Lisa Summers"
    assert record.judgements == {}


def test_monitoring_visit_letter_has_no_grades_even_when_it_mentions_one():
    record = extract(text_pdf([MONITORING, SIGNED]))
    assert (record.report_kind, record.framework) == ("monitoring_visit", "none")
    assert record.local_authority == "Middlesbrough"
    assert record.inspection_start == date(2020, 1, 21)
    assert record.lead_inspector == "Andy Waugh"
    assert record.judgements == {}
