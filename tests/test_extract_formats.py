"""Every framework and kind, read from real reports of the corpus: the whole record must be right."""
from __future__ import annotations

import pytest

from corpus import corpus_pdf, file_by_id
from extractors import extract

RI, GOOD, OUT, INAD = "requires_improvement", "good", "outstanding", "inadequate"

CASES = {
    # ILACS 2018, standard (two weeks on site): Darlington's good of 2022.
    "50200877": dict(report_kind="ilacs_standard", framework="ilacs_2018", local_authority="Darlington",
                     inspection_start="2022-10-10", inspection_end="2022-10-21", published=None,
                     lead_inspector="Vicky Metheringham",
                     judgements={"leaders": GOOD, "help_and_protection": GOOD,
                                 "in_care_and_care_leavers": OUT, "overall_effectiveness": GOOD}),
    # ILACS 2018 short, two periods joined by "and": kind from the first, end from the last.
    "50216273": dict(report_kind="ilacs_short", framework="ilacs_2018", local_authority="South Tyneside",
                     inspection_start="2022-12-05", inspection_end="2023-02-15", lead_inspector="Rebecca Quested",
                     judgements={"leaders": INAD, "help_and_protection": RI,
                                 "in_care_and_care_leavers": INAD, "overall_effectiveness": INAD}),
    # ILACS 2018 with two lead inspectors.
    "50200027": dict(report_kind="ilacs_standard", framework="ilacs_2018",
                     lead_inspector="Rebecca Quested; Matthew Reed"),
    # ILACS 2023 short: children in care and care leavers judged apart.
    "50276411": dict(report_kind="ilacs_short", framework="ilacs_2023", local_authority="Dorset",
                     inspection_start="2025-03-17", inspection_end="2025-03-21", lead_inspector="Sarah Canto",
                     judgements={"leaders": OUT, "help_and_protection": OUT, "in_care": OUT,
                                 "care_leavers": GOOD, "overall_effectiveness": OUT}),
    # ILACS April 2026, standard and short: no overall effectiveness.
    "50306548": dict(report_kind="ilacs_standard", framework="ilacs_2026", local_authority="North Northamptonshire",
                     inspection_start="2026-05-11", inspection_end="2026-05-22", lead_inspector="David Cohen",
                     judgements={"leaders": OUT, "help_and_protection": GOOD, "in_care": GOOD, "care_leavers": GOOD}),
    "50309432": dict(report_kind="ilacs_short", framework="ilacs_2026", local_authority="Portsmouth",
                     judgements={"leaders": OUT, "help_and_protection": OUT, "in_care": OUT, "care_leavers": OUT}),
    # SIF with the LSCB review deep in the report; lead inspector on the last page.
    "50004283": dict(report_kind="sif", framework="sif", local_authority="Isle of Wight",
                     inspection_start="2014-09-16", inspection_end="2014-10-08", published="2014-11-19",
                     lead_inspector="Jansy Kelly",
                     judgements={"overall_effectiveness": RI, "help_and_protection": RI, "looked_after_permanence": RI,
                                 "adoption": RI, "care_leavers": RI, "leaders": RI, "lscb": RI}),
    # SIF: Darlington's inadequate of 2015, with adoption and care leavers good.
    "50004303": dict(report_kind="sif", framework="sif", local_authority="Darlington", published="2015-09-01",
                     judgements={"overall_effectiveness": INAD, "help_and_protection": INAD,
                                 "looked_after_permanence": RI, "adoption": GOOD, "care_leavers": GOOD,
                                 "leaders": INAD, "lscb": RI}),
    # SIF whose grades wrap over two lines beside their labels, LSCB grade on page 1.
    "50004263": dict(report_kind="sif", local_authority="Nottingham",
                     judgements={"overall_effectiveness": RI, "help_and_protection": RI, "looked_after_permanence": RI,
                                 "adoption": RI, "care_leavers": RI, "leaders": RI, "lscb": RI}),
    # SIF with justified labels cut into words, and "Not judged" rows left out.
    "50004350": dict(judgements={"overall_effectiveness": INAD, "help_and_protection": INAD,
                                 "looked_after_permanence": INAD, "adoption": RI, "care_leavers": RI,
                                 "leaders": INAD, "lscb": INAD}),
    "50004325": dict(local_authority="Isles of Scilly",
                     judgements={"overall_effectiveness": GOOD, "help_and_protection": GOOD, "leaders": GOOD,
                                 "lscb": RI}),
    # An LSCB review published on its own.
    "50004302": dict(report_kind="lscb_review", framework="sif", local_authority="Surrey",
                     inspection_start="2015-06-15", inspection_end="2015-06-17", lead_inspector="Dominic Stevens",
                     judgements={"lscb": RI}),
    # Pre-2013: an inspection of looked after children services, grades in its record of main findings.
    "50004250": dict(report_kind="slac", framework="pre_2013", local_authority="Medway",
                     inspection_start="2013-07-15", inspection_end="2013-07-19", published="2013-08-23",
                     lead_inspector="Sarah Urding",
                     judgements={"pre2013_lac_overall": INAD, "pre2013_lac_capacity": "adequate",
                                 "pre2013_lac_outcomes": INAD, "pre2013_lac_quality_of_provision": INAD,
                                 "pre2013_lac_leadership": INAD}),
}


@pytest.mark.parametrize("file_id", CASES)
def test_real_report_reads_as_labelled(file_id):
    record = extract(corpus_pdf(file_by_id(file_id))).to_json()
    assert record["status"] == "ok", record.get("error")
    assert record["warnings"] == []
    for field, want in CASES[file_id].items():
        assert record[field] == want, f"{field} of file {file_id}"


def test_html_error_page_saved_as_pdf_is_not_a_report():
    record = extract(corpus_pdf(file_by_id("50004190"))).to_json()
    assert record["status"] == "not_a_report"
    assert record["report_kind"] == "other" and record["judgements"] == {}
    assert "HTML page" in record["error"] and "Report not found" in record["error"]
