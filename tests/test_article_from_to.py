"""A move between two grades said in forms the sentence reader's subjects do not cover ("the team
... saw its 2014 rating go from requires improvement to good"): the earlier grade (of the year named
with it) and the current one. Written forms."""
from __future__ import annotations

from datetime import date

import pytest

from extractors.article_claims import claims_from_text
from extractors.article_from_to import grade_move

D = date(2018, 6, 1)


@pytest.mark.parametrize("text, earlier_year", [
    ("Portsmouth City Council's children's social care team was visited by Ofsted and saw its 2014 rating go "
     "from requires improvement to good.", 2014),
    ("The department run by Portsmouth City Council saw its Ofsted rating climb from inadequate in 2014 to good.", 2014),
])
def test_a_move_gives_the_earlier_and_the_current_grade(text, earlier_year):
    got = {(c["local_authority"], c["area"], c["grade"], c["role"], c["year"]) for c in claims_from_text(text, D)}
    assert ("Portsmouth", "overall_effectiveness", "good", "current", 2018) in got
    assert any(g[2] != "good" and g[3] == "previous" and g[4] == earlier_year for g in got)


@pytest.mark.parametrize("low", [
    "the council hopes to move from requires improvement to good.",
    "it did not go from good to outstanding.",
    "it went from good to good.",
])
def test_no_move_when_hoped_negated_or_no_change(low):
    assert grade_move(low) is None
