"""Inspections of local authority children's services (ILACS), 2018 on."""
from __future__ import annotations

import re
from datetime import date

from extractors import overall
from extractors.authorities import canonical_name
from extractors.body import BODY_AREAS, read_body
from extractors.fields import authority_above_title, inspection_dates, inspection_periods, lead_inspector
from extractors.pdf import PdfText
from extractors.review import compare
from extractors.table import read_judgements, read_table
from extractors.text import flat

CARE_APART_FROM = date(2023, 1, 1)  # children in care and care leavers judged apart
NO_OVERALL_FROM = date(2026, 4, 1)  # no overall effectiveness judgement
SHORT_MAX_DAYS = 7  # a short inspection is about a week on site, a standard one about two

_TITLE = re.compile(
    r"(?i)inspection of (?:the )?(?P<la>.+?)\s+(?:local authority\s+)?children'?s'? (?:social care )?services"
)


def is_ilacs(page1: str) -> bool:
    """Page 1 names an inspection and holds the ILACS table, whose first row is the leaders'."""
    text = flat(page1).lower()
    return "inspection of" in text[:400] and "inspection date" in text and "impact of leaders" in text


def parse(pdf: PdfText) -> dict:
    page1 = pdf.page_text(0)
    start, end = inspection_dates(page1)
    periods = inspection_periods(page1)
    guess = framework(start, {} if start else read_table(pdf.page_cells(0)).judgements)
    table = read_judgements(pdf, expected_areas(guess), pages=2)
    fw = framework(start, table.judgements)
    judged = expected_areas(fw) - table.not_judged
    body = read_body(pdf, fw, judged)
    second = dict(body.grades)
    line = overall.ilacs_line(page1) if "overall_effectiveness" in judged else None
    if line:
        second["overall_effectiveness"] = line
    judgements, review = compare(table.judgements, second, required=judged,
                                 restated=set(BODY_AREAS.get(fw, ())) & judged, second_conflicts=body.conflicts)
    m = _TITLE.search(flat(page1[:400]))
    named = m and not re.fullmatch(r"(?i)(?:the\s+)?local\s+authority'?s?", m.group("la").strip())
    # "Liverpool City Council / Inspection of local authority children's services": the name above
    authority = canonical_name(m.group("la")) if named else authority_above_title(page1)
    return dict(
        report_kind=_kind(periods),
        framework=fw,
        local_authority=authority,
        inspection_start=start,
        inspection_end=end,
        published=None,
        lead_inspector=lead_inspector(page1),
        judgements=judgements,
        warnings=table.warnings,
        review=review,
    )


def framework(start: date | None, judgements: dict) -> str:
    """Framework changes follow the inspection's start date; the table's rows tell when it is missing."""
    if start is not None:
        if start >= NO_OVERALL_FROM:
            return "ilacs_2026"
        return "ilacs_2023" if start >= CARE_APART_FROM else "ilacs_2018"
    if "in_care" in judgements or "care_leavers" in judgements:
        return "ilacs_2023" if "overall_effectiveness" in judgements else "ilacs_2026"
    return "ilacs_2018"


def expected_areas(fw: str) -> set[str]:
    """The areas an ILACS report of framework `fw` judges."""
    areas = {"leaders", "help_and_protection"}
    if fw == "ilacs_2018":
        return areas | {"in_care_and_care_leavers", "overall_effectiveness"}
    areas |= {"in_care", "care_leavers"}
    return areas | {"overall_effectiveness"} if fw == "ilacs_2023" else areas


def _kind(periods: list) -> str:
    if not periods or periods[0][0] is None or periods[0][1] is None:
        return "ilacs"
    days = (periods[0][1] - periods[0][0]).days
    return "ilacs_short" if days <= SHORT_MAX_DAYS else "ilacs_standard"
