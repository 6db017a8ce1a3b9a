"""Claims the wording leaves unsure are left out (precision first: a wrong claim is a false event);
one rule per category of language, each tested in several forms written for these tests."""
from __future__ import annotations

from datetime import date

import pytest
from seeds import claim_set

from extractors.article_claims import claims_from_text
from extractors.article_doubt import leave_out_unsure

O = "overall_effectiveness"
D = date(2024, 3, 1)

UNSURE = [
    # a relative year in an article of no known date: the grade's year, and so its inspection, is unknown
    ("Last year, Sefton's children's services were judged 'good' by Ofsted.", None, set()),
    ("Ofsted rated Sefton's children's services inadequate in March last year.", None, set()),
    # ... except the page's own new grade "earlier this year": this inspection's, its year unknown
    ("Earlier this year Ofsted judged Sefton Council's children's services to require improvement.", None,
     {("Sefton", None, O, "requires_improvement", "current")}),
    ("Sefton's children's services were rated good by Ofsted a year ago.", None, set()),
    # ... but with a date the relative year is read
    ("Last year, Sefton's children's services were judged 'good' by Ofsted.", D, {("Sefton", 2023, O, "good", "current")}),
    # an undated grade in a sentence that dates it before 2014: a pre-2013 judgement whose area is not said
    # (a grade "since 2010" is dated by it: tests/test_article_which_inspection.py)
    ("Since 2012 Sefton's children's services have been rated inadequate by Ofsted.", None, set()),
]


@pytest.mark.parametrize("text, published, expected", UNSURE, ids=[f"{c[0][:60]}|{c[1]}" for c in UNSURE])
def test_unsure_wording_gives_no_claim(text, published, expected):
    assert claim_set(claims_from_text(text, published)) == expected


@pytest.mark.parametrize("text", [
    "Torbay's children's services have been judged inadequate by Ofsted. In April 2013 the authority was judged "
    "\"adequate\" for child protection.",
    "Ofsted has rated Torbay Council's children's services inadequate. In 2011 the council was judged adequate for "
    "safeguarding.",
])
def test_a_pre2013_grade_beside_a_later_frameworks_current_grade_is_previous(text):
    claims = claims_from_text(text, None)
    assert ("Torbay", None, O, "inadequate", "current") in claim_set(claims)
    older = [c for c in claims if c["area"].startswith("pre2013_")]
    assert older and all(c["role"] == "previous" for c in older)


def test_a_pre2013_grade_alone_keeps_its_role():
    claims = leave_out_unsure([{"local_authority": "Torbay", "year": 2011, "area": "pre2013_safeguarding_overall",
                                "grade": "adequate", "role": "current", "sentence": "x"}], 2011)
    assert [c["role"] for c in claims] == ["current"]


@pytest.mark.parametrize("text", [
    "Ofsted rated Sefton's children's services inadequate at their last inspection in 2016.",
    "At its last inspection, in 2019, Sefton Council's children's services were judged to require improvement.",
    "Sefton received a 'good' rating at the last Ofsted inspection of its children's services.",
])
def test_a_grade_of_the_last_inspection_with_no_newer_grade_beside_it_is_unsure(text):
    # "last" is the latest inspection or the one before the article's: with no newer grade, unsure
    assert claim_set(claims_from_text(text, None)) == set()


def test_a_grade_of_the_last_inspection_beside_a_new_grade_is_previous():
    text = ("Sefton's children's services have been rated good by Ofsted. At its last inspection, in 2019, "
            "the council was judged inadequate.")
    assert claim_set(claims_from_text(text, D)) == {("Sefton", 2024, O, "good", "current"),
                                                   ("Sefton", 2019, O, "inadequate", "previous")}


@pytest.mark.parametrize("text", [
    "Ofsted inspected Sefton in 2018. Looked after children were rated as requires improvement.",
    "Sefton's children's services were inspected by Ofsted in 2018. Services for care leavers were judged good.",
])
def test_children_in_care_in_2018_when_the_frameworks_overlapped_are_unsure(text):
    # the SIF (looked after children; care leavers) or ILACS (in care and care leavers as one): not said
    claims = claims_from_text(text, date(2018, 8, 1))
    assert not [c for c in claims if c["area"] in ("in_care", "care_leavers", "in_care_and_care_leavers",
                                                     "looked_after_permanence")]


def test_children_in_care_in_a_year_of_one_framework_are_read():
    claims = claims_from_text("Ofsted rated Sefton's children's services good. Looked after children were rated "
                              "as requires improvement.", date(2016, 8, 1))
    assert ("Sefton", 2016, "looked_after_permanence", "requires_improvement", "current") in claim_set(claims)


@pytest.mark.parametrize("text, published", [
    ("Sefton's children's services were rated \"inadequate\" by Ofsted in 2020. But a full inspection in May found "
     "the council had improved.", None),
    ("Following the latest inspection, the minister praised the council. Ofsted found Sefton's children's services "
     "to be inadequate in 2019.", None),
    ("Sefton has been praised after a recent three-week inspection. It was in 2013 that Ofsted found Sefton's "
     "children's services to be inadequate.", date(2019, 1, 8)),
])
def test_a_dated_grade_beside_a_newer_undated_inspection_is_unsure(text, published):
    # the article's own inspection is newer than the dated grade, which may be of an earlier one
    assert not [c for c in claims_from_text(text, published) if c["year"] is not None and c["role"] == "current"]


def test_a_grade_dated_in_the_sentence_of_the_recent_inspection_is_read():
    text = "Following a recent inspection in 2019, Ofsted rated Sefton's children's services good."
    assert claim_set(claims_from_text(text, None)) == {("Sefton", 2019, O, "good", "current")}


@pytest.mark.parametrize("conjunction", ["while", "whilst", "whereas"])
def test_a_grade_after_while_or_whilst_is_not_the_earlier_clauses_area(conjunction):
    text = (f"Inspectors reviewed services to protect vulnerable children in Sefton and found them \"consistently "
            f"high quality\", {conjunction} the adoption service was rated as \"outstanding\".")
    assert not [c for c in claims_from_text(text, date(2016, 5, 1)) if c["area"] == "help_and_protection"]


@pytest.mark.parametrize("text, expected", [
    # the grade improving would reach is a goal, not a judgement
    # (https://news.leicester.gov.uk/news-articles/2025/january/children-s-services-need-some-improvements-says-ofsted)
    ("A new report from Ofsted says that children's services in Sefton require some improvements to be "
     "consistently good, despite identifying some very strong areas.", set()),
    ("Ofsted said Sefton's children's services need to improve to be good.", set()),
    ("Inspectors said Sefton Council has more work to do to get to 'good', though some areas were strong.", set()),
    ("Sefton still has some way to go to become outstanding, Ofsted said.", set()),
    # ... the grade's own name, and an improvement reached, are judgements
    ("Ofsted inspectors said Sefton's children's services require improvement to be good.",
     {("Sefton", 2024, O, "requires_improvement", "current")}),
    ("Sefton's children's services have improved to good, Ofsted said.", {("Sefton", 2024, O, "good", "current")}),
])
def test_the_grade_an_improvement_would_reach_is_no_claim(text, expected):
    assert claim_set(claims_from_text(text, D)) == expected
