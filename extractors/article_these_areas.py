"""A grade for areas named in the sentence before: "The areas assessed were children who need help
and protection, children looked after, adoption performance and care leavers. All of these areas
were found to 'require improvement'." / "The inspection focussed on ... Each of these focus areas
were also judged to be 'good'." Pure: lower-cased, normalised sentences in.

The sentence must point back with a demonstrative ("these", "those", "each of the") at areas, and
the sentence before (or the one before that, when the one between names no area) must name two or
more judged areas; one area is `this_area`'s business. The grade is the article's authority's, of its
own inspection: not where either sentence speaks of an earlier one, names another authority, or
hedges or negates the grade.
"""
from __future__ import annotations

import re

from extractors import article_area_grades
from extractors import article_words as w

_THESE = re.compile(
    r"^\W*(?:(?:and|but|however|so|overall|in\s+all)\W+)?"
    r"(?:(?:all|each|every\s+one|both|every|the\s+whole)\s+(?:(?:two|three|four|five|six)\s+)?(?:of\s+)?)?"
    r"(?:these|those|the\s+said|the\s+above)\s+"
    r"(?:(?:two|three|four|five|six|seven|key|main|focus|core|judged|inspection|judgement|assessed)\s+)*"
    r"(?:areas?|judgements?|judgments?|categories|aspects?|elements?|strands?|themes?)\b"
    r"(?P<pred>[^.;:!?]{0,60}?)\b(?:rated|judged|graded|found|deemed|assessed|considered|classed|given|awarded|received|got|achieved)"
    r"\s+(?:(?:to|as|to\s+be|as\s+being|a|an|the|grade|rating|judgement|of)\s+)*['\"]?(?P<g>" + w.GRADE_TERM + r")\b")


def these_areas(low: str) -> str | None:
    """The grade a sentence gives "these areas" ("All of these areas were found to 'require
    improvement'"), or None."""
    m = _THESE.match(low)
    if m is None or w.NEGATION.search(m["pred"]) or w.HEDGE.search(m["pred"]):
        return None
    return article_area_grades.grade_of(m["g"])


def areas_before(lows: list[str], index: int) -> set[str] | None:
    """The judged areas (two or more) the sentence before `index` names, or the one before that
    when the one between names none; None when neither does or an earlier inspection is spoken of."""
    for back in (1, 2):
        if index - back < 0:
            return None
        low = lows[index - back]
        kinds = article_area_grades.named_areas(low)
        if kinds:
            earlier = article_area_grades.without_since(low)
            if len(kinds) < 2 or w.PREVIOUS_BEFORE.search(earlier) or w.EARLIER_FRAME.search(earlier):
                return None
            return kinds
    return None
