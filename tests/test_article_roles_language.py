"""Roles and aims in the forms writers use: "last inspected ... and rated good" is the latest
inspection (current) unless a newer one is told (an area graded in the same sentence is of the same
inspection, not a newer one); "assessed again ... now good" repeats the inspection,
not the grade; "require improvement to reach a 'good' rating" is one grade, requires improvement, and
the "good" in it is an aim. Sentences written for these tests, several forms each."""
from __future__ import annotations

from datetime import date

import pytest
from seeds import claim_set

from extractors.article_claims import claims_from_text

O = "overall_effectiveness"
D = date(2024, 3, 1)


@pytest.mark.parametrize("text", [
    "Dorset Council's children's services were last inspected by Ofsted in October 2021 and received a 'good' rating.",
    "Ofsted visited Dorset in May. Dorset Council's children's services were last inspected in 2021, when they were rated good.",
    "Dorset Council, whose children's services were last inspected by Ofsted in 2021, was rated good.",
])
def test_last_inspected_with_nothing_newer_is_current(text):
    claims = {(c["local_authority"], c["area"], c["grade"], c["role"]) for c in claims_from_text(text, D)}
    assert ("Dorset", O, "good", "current") in claims
    assert ("Dorset", O, "good", "previous") not in claims


@pytest.mark.parametrize("text", [
    "Stockport children's services were last inspected by Ofsted in July 2017 and all areas were judged to be good, "
    "with adoption judged to be outstanding.",
    "Stockport's children's services were last fully inspected in July 2017, when they were rated good, with adoption "
    "rated outstanding.",
])
def test_last_inspected_with_an_area_of_the_same_inspection_is_current(text):
    claims = {(c["area"], c["grade"], c["role"]) for c in claims_from_text(text, D)}
    assert {(O, "good", "current"), ("adoption", "outstanding", "current")} <= claims
    assert (O, "good", "previous") not in claims


@pytest.mark.parametrize("text", [
    "Hull's children's services have been rated good by Ofsted. When it was last inspected, in 2019, it was judged inadequate.",
    "Ofsted has rated Hull City Council's children's services good. The council was last inspected in 2019 and rated inadequate.",
])
def test_last_inspected_beside_a_new_grade_stays_previous(text):
    claims = {(c["area"], c["grade"], c["role"]) for c in claims_from_text(text, D)}
    assert (O, "good", "current") in claims
    assert (O, "inadequate", "current") not in claims


@pytest.mark.parametrize("text", [
    "Peterborough's children's services were assessed again by Ofsted this summer and are now rated good.",
    "Peterborough City Council was inspected again by Ofsted in June and its children's services are now good.",
    "Ofsted visited again in June and Peterborough City Council's children's services were judged good.",
])
def test_an_inspection_made_again_is_no_earlier_grade(text):
    claims = claim_set(claims_from_text(text, D))
    assert {(c[2], c[3], c[4]) for c in claims} == {(O, "good", "current")}


def test_a_grade_given_again_is_still_an_earlier_one():
    claims = claim_set(claims_from_text("Sandwell's children's services have again been rated inadequate by Ofsted.", D))
    assert ("Sandwell", None, O, "inadequate", "previous") in claims


@pytest.mark.parametrize("text, grade", [
    ('Thurrock Council was found by Ofsted to require improvement to reach a "good" rating.', "requires_improvement"),
    ("Ofsted said Thurrock Council's children's services require improvement to become good.", "requires_improvement"),
    ("Thurrock Council's children's services were judged by Ofsted to require improvement to achieve a good rating.",
     "requires_improvement"),
])
def test_requires_improvement_to_reach_good_is_one_grade(text, grade):
    grades = {c["grade"] for c in claims_from_text(text, D)}
    assert grades == {grade}


# "May" the month is no modal: "in May", "8 May 2019", "May 2019", "last May" leave the grade a grade;
# "may be rated" still hedges it.
@pytest.mark.parametrize("text", [
    "It follows a 8 May 2019 report by Ofsted which judged the overall effectiveness of children's social care "
    "services provided by Trafford council to be inadequate.",
    "Ofsted inspected Trafford in May and rated its children's services inadequate.",
    "In a report published in May 2019, Ofsted rated Trafford's children's services inadequate.",
    "Trafford's children's services were rated inadequate by Ofsted last May.",
])
def test_the_month_may_is_no_hedge(text):
    claims = {(c["local_authority"], c["area"], c["grade"]) for c in claims_from_text(text, D)}
    assert ("Trafford", O, "inadequate") in claims


@pytest.mark.parametrize("text", [
    "Ofsted may rate Trafford's children's services inadequate in May.",
    "Trafford's children's services may be judged inadequate when Ofsted returns in May 2025.",
])
def test_may_the_verb_still_hedges(text):
    assert not claims_from_text(text, D)
