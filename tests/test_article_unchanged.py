"""An overall grade said to be unchanged ("the overall level of 'Good' remained the same as at the last
report in 2018"): the current grade and the earlier inspection's, the same. Written forms."""
from __future__ import annotations

from datetime import date

import pytest

from extractors.article_claims import claims_from_text

D = date(2023, 12, 5)
HEAD = "Hounslow Council's children's services were inspected by Ofsted in October. "


@pytest.mark.parametrize("then", [
    "Although the overall level of \u2018Good\u2019 remained the same as at the last report in 2018, more areas improved.",
    "The overall rating of 'Good' remained the same as at the last inspection in 2018.",
    "The overall grade stayed at good, as in 2018.",
    "Its 'good' overall rating was retained from 2018.",
])
def test_an_unchanged_overall_grade_is_current_and_earlier(then):
    got = {(c["area"], c["grade"], c["role"], c["year"]) for c in claims_from_text(HEAD + then, D)}
    assert ("overall_effectiveness", "good", "current", 2023) in got
    assert ("overall_effectiveness", "good", "previous", 2018) in got


@pytest.mark.parametrize("then", [
    "The overall grade did not remain good.",
    "The council hopes the overall rating of good will remain the same next time.",
])
def test_no_grade_when_negated_or_hoped(then):
    assert not [c for c in claims_from_text(HEAD + then, D) if c["grade"] == "good"]
