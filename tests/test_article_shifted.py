"""A grade said before what it grades: "Inspectors have rated as 'outstanding' the council's
leadership, support for children in care and care leavers as well as its overall effectiveness".
The areas after the grade have it; overall only when named. Written forms."""
from __future__ import annotations

from datetime import date

import pytest

from extractors.article_claims import claims_from_text
from extractors.article_shifted import shifted_grade

D = date(2024, 3, 1)


def got(text: str) -> set[tuple[str, str]]:
    return {(c["area"], c["grade"]) for c in claims_from_text(text, D) if c["role"] == "current"}


def test_areas_after_the_grade_and_overall_when_named():
    text = ("Inspectors have rated as \"outstanding\" Cornwall Council's leadership, support for children in care and "
            "care leavers as well as its overall effectiveness.")
    assert got(text) == {("overall_effectiveness", "outstanding"), ("leaders", "outstanding"),
                         ("in_care", "outstanding"), ("care_leavers", "outstanding")}


@pytest.mark.parametrize("text", [
    "Ofsted judged as good Kent County Council's help and protection and the impact of its leaders.",
    "Inspectors rated as 'good' the help and protection of children in Kent and the impact of Kent County Council's leaders.",
])
def test_no_overall_grade_when_only_areas_follow(text):
    assert got(text) == {("help_and_protection", "good"), ("leaders", "good")}


@pytest.mark.parametrize("low", [
    "inspectors rated as good the council's work with schools.",  # no judged area
    "inspectors had not rated as good the council's help and protection.",
    "the council hopes to be rated as good the next time for its leadership.",
])
def test_nothing_for_no_area_or_a_negated_or_hoped_grade(low):
    assert shifted_grade(low) is None
