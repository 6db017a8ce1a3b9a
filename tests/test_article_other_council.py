"""A council the reader does not know (abolished, merged, or not an English children's services
authority), named by its formal name in a sentence that names no known authority: its grades are not
given to the article's own authority."""
from __future__ import annotations

from datetime import date

import pytest

from extractors.article_claims import claims_from_text
from extractors.article_other_council import other_council_spans

D = date(2024, 6, 1)
LEAD = "Westmorland and Furness Council's children's services have been rated good by Ofsted. "


@pytest.mark.parametrize("sentence", [
    "Children's services at the former local authority Cumbria County Council were judged as 'inadequate' in 2015, "
    "then as 'requires improvement to be good' in 2017 and 2022.",
    "Before the merger, Bournemouth Borough Council was rated inadequate in 2017.",
    "Northamptonshire County Council's children's services were judged inadequate in 2019.",
])
def test_an_unknown_councils_grades_are_not_the_articles_authoritys(sentence):
    claims = claims_from_text(LEAD + sentence, D)
    assert {(c["grade"], c["role"]) for c in claims} == {("good", "current")}


@pytest.mark.parametrize("sentence, grade", [
    # a known authority's formal name is no other council
    ("Durham County Council was rated inadequate in 2015.", "inadequate"),
    # no council named at all: the article's own
    ("The council's children's services were rated inadequate in 2015.", "inadequate"),
])
def test_known_councils_and_unnamed_ones_keep_their_grades(sentence, grade):
    text = "Durham County Council's children's services have been rated good by Ofsted. " + sentence
    assert (grade, "previous") in {(c["grade"], c["role"]) for c in claims_from_text(text, D)}


def test_other_council_spans_skip_known_authorities():
    text = "Cumbria County Council and Durham County Council"
    assert other_council_spans(text, [(28, 48)]) == [(0, 22)]
