"""An overall grade said to be unchanged: "Although the overall level of 'Good' remained the same as
at the last report in 2018", "The overall rating of good stayed the same", "The overall grade stayed
at good, as in 2018", "its 'requires improvement' rating was unchanged". The grade is the current one
and the earlier inspection's too (of the year named with the earlier one, if any). Pure: a
lower-cased, normalised sentence in.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from extractors import article_area_grades
from extractors import article_words as w

_Q = w.QUOTE_MARK
_NOUN = r"(?:rating|grade|grading|level|judgement|judgment|verdict)"
_STAYED = (r"(?:remained|remains|remain|stayed|stays|stay|was\s+unchanged|is\s+unchanged|remained\s+unchanged|"
           r"was\s+(?:maintained|retained|kept)|has\s+been\s+(?:maintained|retained|kept))")
_UNCHANGED = re.compile(
    # "the overall level/rating of 'Good' remained the same (as ...)", "the overall grade of good stayed"
    rf"\b(?:the|its|their|our)\s+(?:overall\s+)?{_NOUN}\s+(?:of|at)\s+{_Q}(?P<g1>{w.GRADE_TERM}){_Q}\s+{_STAYED}\b"
    # "the overall grade stayed at good", "its overall rating remained 'requires improvement'"
    rf"|\b(?:the|its|their|our)\s+overall\s+{_NOUN}\s+{_STAYED}\s+(?:at\s+|as\s+)?{_Q}(?P<g2>{w.GRADE_TERM}){_Q}"
    # "its 'good' overall rating was unchanged", "the council's overall good rating remained"
    rf"|\b(?:the|its|their|our|the\s+council's|the\s+authority's)\s+{_Q}(?P<g3>{w.GRADE_TERM}){_Q}\s+overall\s+{_NOUN}\s+{_STAYED}\b")
_EARLIER_YEAR = re.compile(r"\b(?:as\s+(?:at|in)|since|from|like)\s+(?:the\s+|its\s+)?(?:(?:last|previous|earlier)\s+"
                           r"(?:full\s+)?(?:ofsted\s+)?(?:report|inspection)\s+)?(?:in\s+)?(?P<y>(?:19|20)\d\d)\b")


@dataclass(frozen=True)
class Unchanged:
    grade: str
    earlier_year: int | None


def unchanged_grade(low: str) -> Unchanged | None:
    """The overall grade a sentence says stayed the same, or None."""
    m = _UNCHANGED.search(low)
    if m is None:
        return None
    g = next(n for n in ("g1", "g2", "g3") if m[n])
    if w.NEGATION.search(low[max(0, m.start() - 30):m.end()]) or w.HEDGE.search(low[:m.start(g)]):
        return None
    year = _EARLIER_YEAR.search(low, m.end())
    return Unchanged(article_area_grades.grade_of(m[g]), int(year["y"]) if year else None)
