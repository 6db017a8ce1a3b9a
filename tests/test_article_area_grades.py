"""Grades an article gives several judged areas at once (extractors/article_area_grades.py), by
family of wording, each in several forms: grade nouns with the areas they are for, counted areas
with their list, areas as the subject of a grade noun, "this accolade" / "the same grade", "the
only area", "all categories bar X", gapped lists, and "all categories:" with the areas one a line.
Sentences written for these tests (not taken from the article set), and what must stay no claim:
a scale of grades, social work "assessments", other councils, schools, hopes and negations."""
from __future__ import annotations

from datetime import date

import pytest
from seeds import claim_set

from extractors.article_claims import claims_from_text

O, H, L = "overall_effectiveness", "help_and_protection", "leaders"
IC, CL, ICL, LAP, AD = "in_care", "care_leavers", "in_care_and_care_leavers", "looked_after_permanence", "adoption"
D = date(2024, 3, 1)   # the 2023 framework: children in care and care leavers judged apart
D19 = date(2019, 6, 1)  # the 2018 framework: one judgement for both
D16 = date(2016, 6, 1)  # the single inspection framework
CUR, PREV = "current", "previous"
OFSTED = "Ofsted inspected Trafford's children's services in January. "

CASES = [
    # a grade noun with the areas it is for
    (OFSTED + "The report gave the council outstanding ratings in two categories, children's experiences in care "
     "and the impact of leaders on social work practice.", D,
     {("Trafford", 2024, IC, "outstanding", CUR), ("Trafford", 2024, L, "outstanding", CUR)}),
    (OFSTED + "The report gives three good judgements in four areas: the impact of leaders, the experiences and "
     "progress of children who need help and protection, and overall effectiveness.", D,
     {("Trafford", 2024, L, "good", CUR), ("Trafford", 2024, H, "good", CUR), ("Trafford", 2024, O, "good", CUR)}),
    (OFSTED + "A good rating was given to the council's work with children who need protection and to care leavers.", D,
     {("Trafford", 2024, H, "good", CUR), ("Trafford", 2024, CL, "good", CUR)}),
    (OFSTED + "Trafford received requires improvement judgements for leadership and for children in care.", D,
     {("Trafford", 2024, L, "requires_improvement", CUR), ("Trafford", 2024, IC, "requires_improvement", CUR)}),
    (OFSTED + "It was rated good overall, up from an inadequate rating for help and protection.", D,
     {("Trafford", 2024, O, "good", CUR), ("Trafford", None, H, "inadequate", PREV)}),
    (OFSTED + "The report sees the council given a good grade in all four criteria - covering leadership, the "
     "experiences of children who need protection and of those in or leaving care, and overall effectiveness.", D19,
     {("Trafford", 2019, O, "good", CUR), ("Trafford", 2019, L, "good", CUR), ("Trafford", 2019, H, "good", CUR),
      ("Trafford", 2019, ICL, "good", CUR)}),
    # "comes after monitoring visits" sets no earlier inspection's frame (visits are ungraded)
    (OFSTED + "The new report comes after a number of monitoring visits and sees the council given a good grade in "
     "all four criteria - covering leadership and help and protection.", D19,
     {("Trafford", 2019, O, "good", CUR), ("Trafford", 2019, L, "good", CUR), ("Trafford", 2019, H, "good", CUR)}),
    (OFSTED + "However leadership, the experiences and progress of children who need help and protection, and "
     "overall effectiveness were all given the lowest inadequate rating.", D,
     {("Trafford", 2024, L, "inadequate", CUR), ("Trafford", 2024, H, "inadequate", CUR),
      ("Trafford", 2024, O, "inadequate", CUR)}),
    (OFSTED + "Leadership and help and protection received the top grade of outstanding.", D,
     {("Trafford", 2024, L, "outstanding", CUR), ("Trafford", 2024, H, "outstanding", CUR)}),
    (OFSTED + "Leadership and help and protection received good support from partners.", D, set()),
    (OFSTED + "Children in care and care leavers received good news this week.", D, set()),
    (OFSTED + "Help and protection received outstanding praise from inspectors.", D, set()),
    # areas, then "require improvement" as their verb
    (OFSTED + "It was found that services for children in need of help and protection and those both in and "
     "leaving care, require improvement to be good.", D16,
     {("Trafford", 2016, H, "requires_improvement", CUR), ("Trafford", 2016, LAP, "requires_improvement", CUR),
      ("Trafford", 2016, CL, "requires_improvement", CUR)}),
    (OFSTED + "Inspectors said help and protection and leadership both require improvement.", D,
     {("Trafford", 2024, H, "requires_improvement", CUR), ("Trafford", 2024, L, "requires_improvement", CUR)}),
    (OFSTED + "Inspectors said the borough's schools and help for families require improvement.", D, set()),
    # a further count of areas
    (OFSTED + "The department was rated outstanding in three areas, including overall effectiveness, and good in "
     "two more, including the experiences and progress of children in care.", D,
     {("Trafford", 2024, O, "outstanding", CUR), ("Trafford", 2024, IC, "good", CUR)}),
    (OFSTED + "Services were judged good in two categories and requires improvement in the other two, namely help "
     "and protection and care leavers.", D,
     {("Trafford", 2024, H, "requires_improvement", CUR), ("Trafford", 2024, CL, "requires_improvement", CUR)}),
    # areas as the subject of a grade noun
    (OFSTED + "The impact of leaders, the experiences and progress of children in care and overall effectiveness "
     "all received a 'good' grade.", D,
     {("Trafford", 2024, L, "good", CUR), ("Trafford", 2024, IC, "good", CUR), ("Trafford", 2024, O, "good", CUR)}),
    (OFSTED + "But help and protection and leadership both merited the outstanding rating.", D,
     {("Trafford", 2024, H, "outstanding", CUR), ("Trafford", 2024, L, "outstanding", CUR)}),
    # "this accolade", "the same grade": the grade said just before
    (OFSTED + "Children's services were rated outstanding overall. The council also earned this accolade for the "
     "impact of leaders and for help and protection.", D,
     {("Trafford", 2024, O, "outstanding", CUR), ("Trafford", 2024, L, "outstanding", CUR),
      ("Trafford", 2024, H, "outstanding", CUR)}),
    (OFSTED + "Ofsted rated the services inadequate. Help and protection and leadership received the same grade.", D,
     {("Trafford", 2024, O, "inadequate", CUR), ("Trafford", 2024, H, "inadequate", CUR),
      ("Trafford", 2024, L, "inadequate", CUR)}),
    (OFSTED + "Ofsted rated the services inadequate. Three out of four areas were given the same rating, "
     "including help and protection.", D,
     {("Trafford", 2024, O, "inadequate", CUR), ("Trafford", 2024, H, "inadequate", CUR)}),
    # the only area
    (OFSTED + "The council was rated good, and the only area which still required improvement was help and "
     "protection.", D, {("Trafford", 2024, O, "good", CUR), ("Trafford", 2024, H, "requires_improvement", CUR)}),
    (OFSTED + "Care leavers was the only area to be judged outstanding.", D, {("Trafford", 2024, CL, "outstanding", CUR)}),
    ("Trafford has been praised by Ofsted for its work across the board, with only child protection rated "
     "good rather than outstanding.", D, {("Trafford", 2024, H, "good", CUR)}),
    # an area as the subject of its own clause, the rating verb a few words on
    ("Ofsted inspected Trafford's services in 2016. Social workers knew their children well, and the adoption "
     "element of the service was singled out for praise and rated as good.", D16, {("Trafford", 2016, AD, "good", CUR)}),
    (OFSTED + "Ofsted rated the services good, while the experiences of care leavers were judged outstanding.", D,
     {("Trafford", 2024, O, "good", CUR), ("Trafford", 2024, CL, "outstanding", CUR)}),
    (OFSTED + "Ofsted rated the services good, but the council's fostering service was judged outstanding.", D,
     {("Trafford", 2024, O, "good", CUR)}),
    # "this area": the one area the sentence before names
    ("Ofsted rated Trafford's children's services good. The report found the experiences of children in need of "
     "help and protection were not as strong as they were at the last inspection.\nThis area will require "
     "improvement to be good, inspectors said.", D,
     {("Trafford", 2024, O, "good", CUR)}),  # the sentence before speaks of the last inspection: unsure
    ("Ofsted rated Trafford's children's services good. Some practice has improved since the last inspection, "
     "but support for care leavers was not consistently strong.\nThis area was judged to require improvement.", D,
     {("Trafford", 2024, O, "good", CUR), ("Trafford", 2024, CL, "requires_improvement", CUR)}),
    ("Ofsted rated Trafford's children's services good. Inspectors looked at children in care and care leavers.\n"
     "This area was judged outstanding.", D, {("Trafford", 2024, O, "good", CUR)}),  # two areas: which?
    # all areas bar one
    (OFSTED + "At its previous inspection, in 2017, it was rated outstanding in all categories bar help and "
     "protection, for which it was good.", D,
     {("Trafford", 2017, O, "outstanding", PREV), ("Trafford", 2017, H, "good", PREV)}),
    (OFSTED + "The council was judged good in all areas except care leavers, which was rated requires improvement.", D,
     {("Trafford", 2024, O, "good", CUR), ("Trafford", 2024, CL, "requires_improvement", CUR)}),
    # "in the key areas of ..."
    (OFSTED + "Ofsted judged the children's services run by Trafford Council to be outstanding for overall "
     "effectiveness and in the key areas of leadership and services for children who need help and protection.", D,
     {("Trafford", 2024, O, "outstanding", CUR), ("Trafford", 2024, L, "outstanding", CUR),
      ("Trafford", 2024, H, "outstanding", CUR)}),
    (OFSTED + "Ofsted rated Trafford good overall and in the areas of leadership and care leavers.", D,
     {("Trafford", 2024, O, "good", CUR), ("Trafford", 2024, L, "good", CUR), ("Trafford", 2024, CL, "good", CUR)}),
    # items of a list: area, grade; area, grade
    (OFSTED + "The judgements were: overall effectiveness, good; help and protection, requires improvement; "
     "leadership, good.", D,
     {("Trafford", 2024, O, "good", CUR), ("Trafford", 2024, H, "requires_improvement", CUR),
      ("Trafford", 2024, L, "good", CUR)}),
    (OFSTED + "Trafford was rated good in every area apart from care leavers, where it still requires improvement.", D,
     {("Trafford", 2024, O, "good", CUR), ("Trafford", 2024, CL, "requires_improvement", CUR)}),
    (OFSTED + "Ofsted rated the schools in the borough outstanding in all categories bar leadership, for which they "
     "were good.", D, set()),
    # "in the X category, the service was ..."
    (OFSTED + "However, in the children who need help and protection category, the service was said to require "
     "improvement.", D, {("Trafford", 2024, H, "requires_improvement", CUR)}),
    (OFSTED + "For care leavers, the council was judged outstanding.", D, {("Trafford", 2024, CL, "outstanding", CUR)}),
    (OFSTED + "In the schools category, the service was said to be good.", D, set()),
    # areas between dashes, then their grade
    (OFSTED + "It inspected three areas - the impact of leaders, and the experiences and progress of children who "
     "need help and protection - both require improvement to be good.", D,
     {("Trafford", 2024, L, "requires_improvement", CUR), ("Trafford", 2024, H, "requires_improvement", CUR)}),
    # "the two areas that require improvement were ..."
    ("Ofsted inspected Trafford in 2015. The council is planning improvements in the two areas that require "
     "improvement, which were leadership, management and governance and the experience and progress of children "
     "who need help and protection.", D16,
     {("Trafford", 2016, L, "requires_improvement", CUR), ("Trafford", 2016, H, "requires_improvement", CUR)}),
    # counted areas after a colon; "in the areas of" with a word before the first area
    (OFSTED + "The council's children's services were graded inadequate in three areas: the impact of leaders, "
     "help and protection, and children in care.", D,
     {("Trafford", 2024, L, "inadequate", CUR), ("Trafford", 2024, H, "inadequate", CUR),
      ("Trafford", 2024, IC, "inadequate", CUR)}),
    ("Ofsted judged Trafford to be good in the areas of children achieving permanence, adoption performance and "
     "experiences of care leavers.", D16,
     {("Trafford", 2016, LAP, "good", CUR), ("Trafford", 2016, AD, "good", CUR), ("Trafford", 2016, CL, "good", CUR)}),
    # an area, then a relative clause that grades it
    ("Ofsted inspected Trafford in 2014. It advised the council to hold its local safeguarding children board, "
     "which Ofsted said requires improvement, to account.", D16, {("Trafford", 2016, "lscb", "requires_improvement", CUR)}),
    ("Ofsted inspected Trafford in 2014. Inspectors praised leadership, management and governance, which was judged "
     "good.", D16, {("Trafford", 2016, L, "good", CUR)}),
    (OFSTED + "Trafford's children in care, which Ofsted said were well supported, are thriving.", D, set()),
    # a number of areas, among them ...
    (OFSTED + "Inspectors gave the authority a requires improvement rating in a number of key areas, among them "
     "help and protection and leadership.", D,
     {("Trafford", 2024, H, "requires_improvement", CUR), ("Trafford", 2024, L, "requires_improvement", CUR)}),
    # a grade moved by a verb of its own
    (OFSTED + "Ofsted promoted Trafford's children in care and care leaver services by two grades to good.", D19,
     {("Trafford", 2019, ICL, "good", CUR)}),
    # the second grade of "all areas except X, which was Y" and "... and good in two more" is of the same inspection
    ("Ofsted rated Trafford's children's services outstanding this year. In 2019, Trafford was rated requires "
     "improvement in all areas except leadership, which was good.", D,
     {("Trafford", 2024, O, "outstanding", CUR), ("Trafford", 2019, O, "requires_improvement", PREV),
      ("Trafford", 2019, L, "good", PREV)}),
    ("Ofsted rated Trafford's children's services requires improvement this year. At its previous inspection, in "
     "2019, it was rated outstanding in three areas, including overall effectiveness, and good in two more, "
     "including care leavers.", D,
     {("Trafford", 2024, O, "requires_improvement", CUR), ("Trafford", 2019, O, "outstanding", PREV),
      ("Trafford", 2019, ICL, "good", PREV)}),
    (OFSTED + "Trafford was rated good. Its nurseries also received the same grade for leadership.", D,
     {("Trafford", 2024, O, "good", CUR)}),
    # a gapped list
    (OFSTED + "The impact of leaders was judged good, help and protection outstanding.", D,
     {("Trafford", 2024, L, "good", CUR), ("Trafford", 2024, H, "outstanding", CUR)}),
    (OFSTED + "Leadership was rated outstanding and children in care and care leavers good.", D19,
     {("Trafford", 2019, L, "outstanding", CUR), ("Trafford", 2019, ICL, "good", CUR)}),
    (OFSTED + "Trafford was rated outstanding in all but one of the four areas, with help and protection judged good.",
     D, {("Trafford", 2024, O, "outstanding", CUR), ("Trafford", 2024, H, "good", CUR)}),
    (OFSTED + "Inspectors found the experiences and progress of children in care to be outstanding and those of care "
     "leavers good.", D, {("Trafford", 2024, IC, "outstanding", CUR), ("Trafford", 2024, CL, "good", CUR)}),
    (OFSTED + "Trafford was rated good in three areas, with its schools judged outstanding.", D, set()),
    # "all categories:" and the areas one a line (the single inspection framework's names)
    ("Ofsted has rated Trafford Council's children's services as good.\nTrafford achieved good in all categories:\n"
     "1.\nThe experiences and progress of children who need help and protection\n2.\nChildren looked after and "
     "achieving permanence\n3.\nAdoption performance\n4.\nLeadership, management and governance\n"
     "The cabinet member said she was delighted.", D16,
     {("Trafford", 2016, O, "good", CUR), ("Trafford", 2016, H, "good", CUR), ("Trafford", 2016, LAP, "good", CUR),
      ("Trafford", 2016, AD, "good", CUR), ("Trafford", 2016, L, "good", CUR)}),
    # the areas a bullet each under a line that gives them one grade: short items ("Overall effectiveness")
    # are a list of areas, not of names
    ("Ofsted has inspected Trafford's children's services.\nInspectors judged the service as 'Good' across all five "
     "of the key inspection criteria:\n\u2022 Overall effectiveness\n\u2022 The impact of leaders on social work "
     "practice with children and families\n\u2022 The experiences and progress of children who need help and "
     "protection\n\u2022 The experiences and progress of children in care\n\u2022 The experiences and progress of "
     "care leavers", D,
     {("Trafford", 2024, O, "good", CUR), ("Trafford", 2024, L, "good", CUR), ("Trafford", 2024, H, "good", CUR),
      ("Trafford", 2024, IC, "good", CUR), ("Trafford", 2024, CL, "good", CUR)}),
    ("Trafford's children's services were inspected by Ofsted in May.\nThe inspection focused on the following areas "
     "which have all been rated as 'Good':\n* - the impact of leaders on social work practice with children and "
     "families\n* - the experiences and progress of children who need help and protection\n* - the experiences and "
     "progress of children in care and care leavers", D19,
     {("Trafford", 2019, L, "good", CUR), ("Trafford", 2019, H, "good", CUR), ("Trafford", 2019, ICL, "good", CUR)}),
    # ... not where the line speaks of an earlier inspection
    ("Trafford's children's services were inspected by Ofsted in May.\nAt its previous inspection it had the following "
     "areas that were all rated as 'Good':\n- the impact of leaders on social work practice with children and families\n- the "
     "experiences and progress of children who need help and protection", D19, set()),
    # no claim: a scale, social work, other councils, schools and homes, hopes, negations
    (OFSTED + "Trafford wants good or outstanding ratings for leadership and for care leavers.", D, set()),
    (OFSTED + "Most councils rated good or better for leadership also had good ratings for help and protection.", D, set()),
    (OFSTED + "Social workers complete good assessments for children in need of protection.", D, set()),
    (OFSTED + "The council completes good assessments for children who need help and protection.", D, set()),
    (OFSTED + "Trafford's schools received good ratings for leadership.", D, set()),
    (OFSTED + "The extent to which all leaders and elected members engage with children is outstanding.", D, set()),
    (OFSTED + "How well leaders know the service is good, inspectors said.", D, set()),
    (OFSTED + "The council's children's homes all received an outstanding rating for leadership and management.", D, set()),
    (OFSTED + "Trafford is aiming for good ratings for help and protection and care leavers.", D, set()),
    (OFSTED + "Trafford did not get a good rating for help and protection or for leadership.", D, set()),
    (OFSTED + "The council also earned this accolade for the impact of leaders.", D, set()),  # no grade said before
]


@pytest.mark.parametrize("text, published, expected", CASES, ids=[c[0][len(OFSTED):][:70] or c[0][:70] for c in CASES])
def test_grades_for_several_areas(text, published, expected):
    assert claim_set(claims_from_text(text, published)) == expected


def test_each_area_claim_keeps_the_sentence_that_gives_it():
    text = (OFSTED + "Children's services were rated outstanding overall. The council also earned this accolade "
            "for the impact of leaders.")
    by_area = {c["area"]: c["sentence"] for c in claims_from_text(text, D)}
    assert by_area[L] == "The council also earned this accolade for the impact of leaders."
    assert by_area[O] == "Children's services were rated outstanding overall."
