"""Comparing the two readings of a report's grades, and saying what a person must check.

The first reading is page 1 (its table, or for the SIF overall judgement its sentence); the
second is the body (`extractors.body`) or, for the overall judgement, the other words page 1 and
the summary give it. Where both give a grade and agree, the grade is sure. Where they disagree,
or where the framework requires a judgement neither found, `review[area]` says why in one line.
Nothing is guessed: a grade only one reading found stays the grade loaded, and is put under
review where the body was expected to restate it and did not.
"""
from __future__ import annotations

_WORDS = {"requires_improvement": "requires improvement", "in_care_and_care_leavers": "children in care and care leavers",
          "help_and_protection": "help and protection", "looked_after_permanence": "children looked after and permanence",
          "care_leavers": "care leavers", "in_care": "children in care", "overall_effectiveness": "overall effectiveness",
          "leaders": "leaders", "adoption": "adoption performance", "lscb": "the LSCB"}


def words(code: str) -> str:
    return _WORDS.get(code, code.replace("_", " "))


def compare(first: dict[str, str], second: dict[str, str], *, required: set[str], restated: set[str],
            second_conflicts: dict[str, list[str]] | None = None) -> tuple[dict[str, str], dict[str, str]]:
    """(judgements, review) from the two readings.

    `required`: the areas the framework judges in this report (those printed "Not judged" left out).
    `restated`: the areas the second reading was expected to find (the body restates them).
    `second_conflicts`: areas where the second reading found more than one grade.
    """
    conflicts = second_conflicts or {}
    judgements = dict(first)
    review: dict[str, str] = {}
    for area in sorted(required | first.keys() | second.keys() | conflicts.keys()):
        a, b = first.get(area), second.get(area)
        where = "the body" if area in restated else "its second statement"
        if area in conflicts:
            found = " and ".join(words(g) for g in conflicts[area])
            review[area] = f"the body states {found} for {words(area)}" + (f"; page 1 reads {words(a)}" if a else "")
        elif a and b and a != b:
            review[area] = f"page 1 reads {words(a)} for {words(area)} but {where} reads {words(b)}"
        elif a is None and b is not None:
            judgements[area] = b
            review[area] = f"no grade on page 1 for {words(area)}; {where} alone reads {words(b)}"
        elif a is None and area in required:
            review[area] = f"no grade found for {words(area)} on page 1 or in the body"
        elif b is None and area in restated and area in required:
            review[area] = f"page 1 reads {words(a)} for {words(area)} but the body states no grade to confirm it"
    return judgements, review
