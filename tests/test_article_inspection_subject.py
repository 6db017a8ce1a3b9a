"""An inspection as the subject of its grade ("The last full inspection in 2017 was rated
'Requires Improvement'"): the overall grade of that inspection, for the authority named; the words
naming the inspection say whether it is the earlier one. Written forms, several each."""
from __future__ import annotations

from datetime import date

import pytest

from extractors.article_claims import claims_from_text
from extractors.article_inspection_subject import inspection_grade

D = date(2024, 3, 1)
NEW = "Ofsted rated Somerset County Council's children's services good in a report published today. "


@pytest.mark.parametrize("then", [
    "The last full inspection in 2017 was rated \u201cRequires Improvement\u201d.",
    "Its previous inspection, in 2017, was graded requires improvement.",
    "The last inspection in 2017 found the council's services to require improvement.",
    "The previous inspection, in 2017, resulted in a 'requires improvement' rating.",
    "The earlier inspection, carried out in March 2017, rated the council as requires improvement.",
])
def test_an_earlier_inspection_named_as_subject_gives_its_grade(then):
    got = {(c["local_authority"], c["area"], c["grade"], c["role"], c["year"]) for c in claims_from_text(NEW + then, D)}
    assert ("Somerset", "overall_effectiveness", "requires_improvement", "previous", 2017) in got
    assert ("Somerset", "overall_effectiveness", "good", "current", 2024) in got


@pytest.mark.parametrize("low", [
    "an inspection was rated good.",  # which inspection?
    "the last inspection was not rated good.",
    "the next inspection could be rated good.",
    "the last inspection of schools was rated good.",
    "the full inspection was rated good.",
])
def test_no_grade_for_an_inspection_not_named_or_not_graded(low):
    assert inspection_grade(low) is None


def test_the_latest_inspection_is_the_current_one():
    found = inspection_grade("the latest inspection rated the council good.")
    assert found is not None and found.grade == "good" and found.previous is False


@pytest.mark.parametrize("then, grade", [
    ("The overall judgement of this Ofsted inspection was that the service required improvement.", "requires_improvement"),
    ("\u2022 That the overall judgement of this Ofsted Inspection was that the service required improvement, with a few "
     "areas that were judged overall as good.", "requires_improvement"),
    ("The verdict was that services are good.", "good"),
    ("Ofsted's conclusion was that the council's children's services were inadequate.", "inadequate"),
    ("But the official watchdog's overall verdict is that the service is inadequate, with serious failings placing "
     "youngsters at risk.", "inadequate"),
    ("And the inspectorate's verdict is that the service is good.", "good"),
])
def test_the_verdict_that_the_service_is_graded(then, grade):
    text = "Southampton City Council's children's services were inspected by Ofsted.\n" + then
    got = {(c["area"], c["grade"], c["role"]) for c in claims_from_text(text, D)}
    assert got == {("overall_effectiveness", grade, "current")}  # "a few areas ... judged good" names none


def test_a_negated_verdict_is_no_grade():
    text = "Southampton City Council's children's services were inspected by Ofsted. The verdict was that services are not good."
    assert claims_from_text(text, D) == []
