"""A move between two grades: "saw its 2014 rating go from requires improvement to good", "has gone
from 'inadequate' to 'good'", "improved from requires improvement to outstanding". The first grade is
the earlier inspection's, the second the current one. Pure: a lower-cased, normalised sentence in.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from extractors import article_area_grades
from extractors import article_words as w

_Q = w.QUOTE_MARK
_MOVE = (r"(?:go|goes|going|gone|went|move[sd]?|moving|improv(?:e|es|ed|ing)|r(?:i|o)se|risen|rising|climb(?:s|ed|ing)?|"
         r"jump(?:s|ed|ing)?|upgraded|downgraded|f[ae]ll(?:en|s)?|dropp(?:ed|ing)|slipp(?:ed|ing)|progress(?:ed|ing)?|"
         r"turn(?:s|ed)?|transform(?:s|ed)|leap(?:t|ed)?|shift(?:s|ed)?|changed?)")
_FROM_TO = re.compile(
    rf"(?<!\bthe\s)(?<!\bthis\s)(?<!\bthat\s)(?<!\bits\s)(?<!\ba\s)\b{_MOVE}\s+(?:(?:all\s+the\s+way|straight|up|down|directly)\s+)?from\s+(?:(?:a|an|the|its|their)\s+)?"
    rf"{_Q}(?P<g1>{w.GRADE_TERM}){_Q}(?:\s+(?:rating|grade|judgement|judgment))?(?:\s+in\s+(?P<y1>(?:19|20)\d\d))?"
    rf"\s*,?\s+(?:up\s+|down\s+|all\s+the\s+way\s+|straight\s+)?to\s+(?:(?:a|an|the)\s+)?{_Q}(?P<g2>{w.GRADE_TERM}){_Q}")
_RATING_YEAR = re.compile(r"\b(?:its|their|the)\s+(?P<y>(?:19|20)\d\d)\s+(?:ofsted\s+)?(?:rating|grade|judgement|judgment)\s+$")


@dataclass(frozen=True)
class Move:
    earlier: str
    now: str
    earlier_year: int | None
    at: int  # where the move is said: whose it is must be named before it


def grade_move(low: str) -> Move | None:
    """The earlier and the current grade of a move "from X to Y", or None."""
    m = _FROM_TO.search(low)
    if m is None or w.HEDGE.search(low[:m.start()]) or w.NEGATION.search(low[max(0, m.start() - 30):m.start()]):
        return None
    earlier, now = article_area_grades.grade_of(m["g1"]), article_area_grades.grade_of(m["g2"])
    if earlier == now:
        return None
    year = m["y1"] or (y["y"] if (y := _RATING_YEAR.search(low[:m.start()].rstrip() + " ")) else None)
    return Move(earlier, now, int(year) if year else None, m.start())
