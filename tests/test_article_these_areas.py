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
