"""A grade said before what it grades ("Inspectors have rated as 'outstanding' the council's
leadership, support for children in care and care leavers as well as its overall effectiveness"):
the areas named after the grade, up to the end of the clause, have it. Pure: a lower-cased,
normalised sentence in, (grade, area kinds) out.
"""
from __future__ import annotations

import re

from extractors import article_area_grades
from extractors import article_areas
from extractors import article_words as w

_SHIFTED = re.compile(
    r"\b(?:rated|judged|graded|assessed|deemed|found)\s+as\s+(?:being\s+)?['\"]?(?P<g>" + w.GRADE_TERM + r")['\"]?\s+"
    r"(?P<what>(?:the|its|their|our|[a-z]+(?:\s+[a-z]+){0,3}(?:'s|s'))\s[^.;:!?]*)")
# where the graded phrase ends: a new clause
_END = re.compile(r",\s*(?:in|with|which|who|while|whilst|but|after|following|according)\b|\s(?:but|while|whilst|after|following)\s")


def shifted_grade(low: str) -> tuple[str, frozenset[str]] | None:
    """(grade, the area kinds named after it) of a grade said before what it grades, or None when
    no judged area (or "overall effectiveness") follows it."""
    m = _SHIFTED.search(low)
    if m is None or w.NEGATION.search(low[max(0, m.start() - 30):m.start()]) or w.HEDGE.search(low[:m.start()]):
        return None
    what = m["what"]
    end = _END.search(what)
    what = what[:end.start()] if end else what
    kinds = {k for _, _, k in article_areas.area_spans(what)} & (article_areas.SPECIFIC | {article_areas.EFFECTIVENESS})
    if not kinds:
        return None
    return article_area_grades.grade_of(m["g"]), frozenset(kinds)
