"""Areas listed in one sentence and graded in the next through "these": "The areas assessed were
... All of these areas were found to 'require improvement'." Several written forms; where the
sentence before names one area, an earlier inspection, or another council, or the grade is negated,
no claim."""
from __future__ import annotations

from datetime import date

import pytest

from extractors.article_claims import claims_from_text

D15 = date(2015, 5, 13)
D25 = date(2025, 5, 12)
LIST_2015 = ("Windsor and Maidenhead Borough Council's children's services were inspected by Ofsted in March. The areas "
             "assessed were children who need help and protection, children looked after and achieving permanence, "
             "adoption performance, and the experiences and progress of care leavers. ")
LIST_2025 = ("Surrey County Council's children's services were inspected by Ofsted in March. The inspection focussed on "
             "the experiences and progress of children who need help and protection, those of children in care, and "
             "those of care leavers, as well as the impact of leaders on social work practice. ")


def areas(text: str, published: date) -> set[tuple[str, str, str]]:
    return {(c["area"], c["grade"], c["role"]) for c in claims_from_text(text, published)}


@pytest.mark.parametrize("then", [
    "All of these areas were found to 'require improvement'.",
    "Each of these areas was judged to require improvement.",
    "All four of these judgements were rated as requires improvement.",
    "These areas were all found to require improvement to be good.",
])
def test_these_areas_take_the_grade_under_the_2013_framework(then):
    got = areas(LIST_2015 + then, D15)
    assert {("help_and_protection", "requires_improvement", "current"),
            ("looked_after_permanence", "requires_improvement", "current"),
            ("adoption", "requires_improvement", "current"),
            ("care_leavers", "requires_improvement", "current")} <= got


@pytest.mark.parametrize("then", [
    "Each of these focus areas were also judged to be 'good', alongside the overall effectiveness.",
    "All of those areas were rated good.",
])
def test_these_areas_take_the_grade_under_the_2023_framework(then):
    got = areas(LIST_2025 + then, D25)
    assert {("help_and_protection", "good", "current"), ("in_care", "good", "current"),
            ("care_leavers", "good", "current"), ("leaders", "good", "current")} <= got


@pytest.mark.parametrize("text", [
    LIST_2025 + "None of these areas was judged good.",
    LIST_2025 + "Not all of these areas were judged good.",
    LIST_2025 + "The council hopes all of these areas will be judged good next time.",
    # one area before: "this area"'s business, not a list
    "Surrey County Council was inspected by Ofsted. Inspectors looked at care leavers. All of these areas were rated good.",
    # the list is of an earlier inspection
    "At the previous inspection in 2018, inspectors looked at help and protection and children in care. "
    "All of these areas were judged inadequate.",
    # another council named
    "Surrey County Council and Kent County Council were inspected by Ofsted. The inspections looked at help and "
    "protection and children in care. All of these areas were rated good.",
])
def test_no_grade_for_these_areas_when_unsure(text):
    got = areas(text, D25)
    assert not {a for a in got if a[0] in ("help_and_protection", "in_care", "care_leavers", "leaders")}


@pytest.mark.parametrize("then", [
    "These included children looked after, adoption performance and the progress of care leavers.",
    "They were help and protection, children looked after, adoption performance and care leavers.",
    "These cover children looked after, adoption and care leavers.",
])
def test_areas_named_after_all_n_areas_take_the_grade(then):
    text = ("Ofsted inspectors rated Milton Keynes Council's children's services as 'requires improvement' in all five "
            "areas. " + then)
    got = areas(text, D15)
    assert {("looked_after_permanence", "requires_improvement", "current"), ("adoption", "requires_improvement", "current"),
            ("care_leavers", "requires_improvement", "current")} <= got


@pytest.mark.parametrize("text", [
    # two grades: which one the areas have is not said
    "Ofsted rated Milton Keynes Council good in all five areas but one, which requires improvement. These included "
    "adoption and care leavers.",
    # the areas sentence gives its own grade
    "Ofsted rated Milton Keynes Council good in all five areas. These included adoption, which was outstanding.",
    # not all areas
    "Ofsted rated Milton Keynes Council good in some areas. These included adoption and care leavers.",
])
def test_no_area_grades_when_the_areas_are_not_plainly_all_of_one_grade(text):
    got = areas(text, D15)
    assert ("care_leavers", "good", "current") not in got and ("adoption", "good", "current") not in got


SCOPE = ("During their inspection, Ofsted looked at the impact of leaders on social work practice with children and "
         "families, the experiences and progress of children who need help and protection, and the experiences and "
         "progress of children in care and care leavers.")


@pytest.mark.parametrize("grade_sentence", [
    "Portsmouth City Council's children's services saw their rating go from requires improvement to good in all four areas inspected.",
    "Ofsted rated Portsmouth City Council's children's services good in all four areas.",
])
def test_the_areas_an_inspection_looked_at_take_the_grade_it_gave_all_areas(grade_sentence):
    text = "Portsmouth children's services rated good by Ofsted\n" + grade_sentence + " Staff were praised. " + SCOPE
    got = areas(text, date(2018, 6, 1))
    assert {("leaders", "good", "current"), ("help_and_protection", "good", "current"),
            ("in_care_and_care_leavers", "good", "current")} <= got


@pytest.mark.parametrize("grade_sentence", [
    "Ofsted rated Portsmouth City Council's children's services good in some areas.",  # not all
    "Ofsted rated Portsmouth City Council's children's services good in all four areas. Southampton was rated inadequate.",
])
def test_no_scope_grades_without_one_grade_for_all_areas_of_one_authority(grade_sentence):
    got = areas("Portsmouth children's services inspected by Ofsted\n" + grade_sentence + " " + SCOPE, date(2018, 6, 1))
    assert not {a for a in got if a[0] in ("leaders", "help_and_protection", "in_care_and_care_leavers")}


# The areas as a list, one item a line, before "these areas": bullets, dashes or numbers.
@pytest.mark.parametrize("mark", ["- ", "\u2022 ", "1. ", "* "])
@pytest.mark.parametrize("then", [
    "Each of these focus areas were judged 'good', alongside the overall effectiveness judgement.",
    "All of these areas were rated good.",
])
def test_areas_listed_a_line_each_take_the_grade_of_these_areas(mark, then):
    items = ["experiences and progress of children who need help and protection",
             "experiences and progress of children in care", "experiences and progress of care leavers",
             "impact of leaders on social work practice with children and families"]
    lines = [f"{mark.replace('1', str(n + 1))}{item}" for n, item in enumerate(items)]
    text = "\n".join(["Surrey County Council's children's services were inspected by Ofsted in March.",
                      "The inspection focuses on the:", *lines, then])
    got = areas(text, D25)
    assert {("help_and_protection", "good", "current"), ("in_care", "good", "current"),
            ("care_leavers", "good", "current"), ("leaders", "good", "current")} <= got


@pytest.mark.parametrize("lines", [
    # one item is no area
    ["- children in care", "- the council's budget", "- care leavers"],
    # an earlier inspection's areas
    ["- children in care at the last inspection in 2021", "- care leavers at the last inspection in 2021"],
    # one area only
    ["- children in care"],
])
def test_no_grade_for_a_list_that_is_not_plainly_the_areas_judged(lines):
    text = "\n".join(["Surrey County Council's children's services were inspected by Ofsted in March.",
                      "The inspection looked at:", *lines, "All of these areas were rated good."])
    got = areas(text, D25)
    assert not {a for a, g, _ in got if g == "good"} & {"in_care", "care_leavers"}


# "found to require improvement in four of five key areas." then the four named. A real news page (Barking and
# Dagenham, September 2023; dev part of the article set):
# https://www.romfordrecorder.co.uk/news/23777998.ofsted-barking-dagenham-childrens-services-requires-improvement/
BARKING = ("Barking and Dagenham's children's services were inspected between July 10 and July 21 and found to require "
           "improvement in four of five key areas. These were impact of leaders on social work practice, experiences and "
           "progress of children who need help and protection, and experiences and progress of children in care, as "
           "well as overall effectiveness.")
D23 = date(2023, 9, 5)


def test_the_areas_named_after_n_of_m_areas_take_the_grade_when_they_are_n():
    assert {("leaders", "requires_improvement", "current"), ("help_and_protection", "requires_improvement", "current"),
            ("in_care", "requires_improvement", "current")} <= areas("Ofsted report. " + BARKING, D23)


@pytest.mark.parametrize("then", [
    # fewer areas than counted: which the rest are is not said, and these may be of another grade
    "These were the impact of leaders and help and protection.",
    # more than counted
    "These were leadership, help and protection, children in care, care leavers, as well as overall effectiveness.",
])
def test_no_area_grades_when_the_areas_named_are_not_the_count(then):
    text = ("Ofsted found Barking and Dagenham's children's services to require improvement in four of five key areas. "
            + then)
    assert not {a for a in areas(text, D23) if a[0] != "overall_effectiveness"}
