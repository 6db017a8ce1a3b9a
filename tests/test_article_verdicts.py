"""Grades that are not Ofsted's inspection judgement (extractors/article_verdicts.py), by family of
wording, each in several forms written for these tests, beside the plain Ofsted judgements that must
still give their claim. Each case is read in an article about one authority's inspection, so that
"the service" has an authority the reader could wrongly give the grade to."""
from __future__ import annotations

from datetime import date

import pytest

from extractors.article_claims import claims_from_text
from extractors.article_verdicts import not_ofsteds

LEAD = "Ofsted inspectors visited Surrey County Council's children's services in March. "
PUBLISHED = date(2024, 5, 1)

SOMEONE_ELSES = [
    "Councillors judged the service to be outstanding.",
    "Councillors have also judged the service to be outstanding.",
    "A peer review last year rated the service as good.",
    "A peer challenge found the service to be good.",
    "The LGA found the council's children's services to be good.",
    "The Local Government Association found leadership to be good.",
    "The CQC rated its health services for children as good.",
    "The Care Quality Commission rated the council's services for children in care as good.",
    "Parents rated the service as good.",
    "In a survey, parents rated the service good.",
    "Young people rated the service outstanding.",
    "Its self-evaluation judged services to be good.",
    "The council's own self-assessment found practice to be good.",
    "An independent review found its children's services to be good.",
    "The council's children's services were rated good by a peer review team from the LGA.",
    "Its help and protection services were judged outstanding by councillors.",
    "The peer challenge team found leadership strong and practice good.",
    "According to the council's self-assessment, help and protection is good.",
    "The council believes services for care leavers are outstanding.",
    "The council considers its services for children in care to be good.",
    "Care leavers rated the support they receive as good.",
    "The DfE commissioner found leadership to be good.",
    "A mock inspection rated the service as requires improvement.",
    "The council's children's services were judged good in a mock inspection.",
    "A practice review rated the service good.",
]
SOME_OF_THE_WORK = [
    "Ofsted said the support for care leavers was good in places.",
    "Inspectors said services for children in care were good in parts.",
    "Much of the practice with children in care was good.",
    "Inspectors found that some of the work with care leavers was outstanding.",
    "Social work for children in need of help and protection was good in some teams.",
    "Help for children in care was good at times, inspectors said.",
    "A new report has branded the council's children's services inadequate in a number of key areas.",
    "A previous visit by Ofsted found the department required improvement in most areas.",
    "Inspectors judged the service good in several areas.",
]
TO_COME = [
    "The council is confident of achieving a good rating next time.",
    "The council is confident that it will be judged good at the next inspection.",
    "The director said services were on the way to good.",
    "The council is determined to be rated outstanding.",
]
GENERAL = [
    "It typically takes three to five years to move from an 'inadequate' judgment and see the impact, the council said.",
    "Councils usually need two years to recover from an inadequate rating.",
    "On average, it takes four years to move from a requires improvement judgement.",
    "Most councils given a good rating keep it, the director said.",
]
ANOTHER_SETTING = [
    "In its report on the council's fostering service, Ofsted said leadership was good.",
    "A separate report on Surrey's SEND services found leadership to be good.",
    "A focused visit in 2023 found that practice with children in care was good.",
    "The joint targeted area inspection found leaders' oversight to be good.",
    "At the council's children's home, inspectors rated leadership and management as outstanding.",
    "The council's residential home was rated good overall, with leadership judged outstanding.",
    "The council's fostering service was rated good, with the effectiveness of leaders judged outstanding.",
    "A report on the youth offending team rated leadership as good.",
    "Its local area SEND inspection found leaders to be good.",
]
PLAIN = [
    ("Ofsted rated the service good.", ("overall_effectiveness", "good")),
    ("The council was rated good overall.", ("overall_effectiveness", "good")),
    ("Services for care leavers were judged outstanding.", ("care_leavers", "outstanding")),
    ("Inspectors found the help and protection of children was good.", ("help_and_protection", "good")),
    ("Ofsted rated the council's services for children in care as good.", ("in_care", "good")),
    # an other judge who reports Ofsted's verdict: still Ofsted's
    ("Councillors said Ofsted had rated the service good.", ("overall_effectiveness", "good")),
    ("Parents were told that inspectors judged the service to be outstanding.", ("overall_effectiveness", "outstanding")),
    # "families", "young people" in an area's name, not judges
    ("The impact of leaders on social work practice with children and families was judged to be outstanding.",
     ("leaders", "outstanding")),
    ("The experiences and progress of children in care was judged to be inadequate.", ("in_care", "inadequate")),
    # a sub-area list after a dash is no prediction ("progress of ... - Inadequate")
    ("The experiences and progress of care leavers - Requires improvement to be good.",
     ("care_leavers", "requires_improvement")),
    # a setting named, then the authority's own inspection
    ("In a monitoring visit since it was rated inadequate, inspectors found progress.",
     ("overall_effectiveness", "inadequate")),
]


def _read(sentence: str) -> set[tuple[str, str]]:
    return {(c["area"], c["grade"]) for c in claims_from_text(LEAD + sentence, PUBLISHED)
            if c["local_authority"] == "Surrey"}


@pytest.mark.parametrize("sentence", SOMEONE_ELSES + SOME_OF_THE_WORK + TO_COME + ANOTHER_SETTING + GENERAL)
def test_a_grade_that_is_not_ofsteds_judgement_gives_no_claim(sentence):
    assert _read(sentence) == set()


@pytest.mark.parametrize("sentence,claim", PLAIN)
def test_ofsteds_own_judgement_still_gives_its_claim(sentence, claim):
    assert claim in _read(sentence)


def test_a_grade_named_twice_stays_where_one_mention_is_ofsteds():
    sentence = "Parents rated the service good, and Ofsted rated it good too."
    assert not_ofsteds(sentence, "good") is None
    assert not_ofsteds("Parents rated the service good.", "good") == "someone else's verdict"


def test_the_councils_view_of_ofsteds_rating_is_ofsteds():
    assert not_ofsteds("The council believes the good rating reflects the work of its staff.", "good") is None
    assert not_ofsteds("We believe this outstanding judgement is deserved.", "outstanding") is None


def test_a_setting_named_before_the_authoritys_own_inspection_leaves_its_grade():
    sentence = "Besides its outstanding fostering agency, the council's children's services were rated good."
    assert not_ofsteds(sentence, "good") is None
    assert not_ofsteds(sentence, "outstanding") is None  # "outstanding fostering agency": no frame before it
    assert not_ofsteds("Its fostering agency was rated good, and its children's services outstanding.",
                       "outstanding") is None
    assert not_ofsteds("Its fostering agency was rated good.", "good") == "a grade of another setting or inspection"


def test_a_general_truth_is_no_grade_but_a_councils_own_is():
    assert not_ofsteds("It typically takes years to move from an inadequate judgment.", "inadequate")
    assert not_ofsteds("The council typically improved after its inadequate judgment in 2019.", "inadequate") is None
    assert not_ofsteds("The council received an inadequate judgment in 2019.", "inadequate") is None


def test_a_headline_of_care_leavers_rated_is_ofsteds():
    assert ("care_leavers", "good") in _read("Services for care leavers rated good by Ofsted.")


def test_someone_elses_grade_does_not_wipe_out_ofsteds_own():
    text = LEAD + "Ofsted rated the service requires improvement. Councillors judged it to be good."
    got = {(c["area"], c["grade"]) for c in claims_from_text(text, PUBLISHED)}
    assert got == {("overall_effectiveness", "requires_improvement")}
