"""An inspection as the subject of its grade: "The last full inspection in 2017 was rated 'Requires
Improvement'", "Its previous inspection, in 2015, was graded inadequate", "The last inspection in 2017
found the council's services to require improvement", "The previous inspection, in 2014, resulted in
an 'inadequate' rating". The inspection stands for the authority's services: the grade is their
overall grade of that inspection. Pure: a lower-cased, normalised sentence in.

Only an inspection named as the last, previous, earlier, first or latest one (or of a year) counts:
"an inspection was rated" names no inspection of the authority's. The words naming it say the role:
last, previous, earlier, prior, first -> previous; latest, most recent, new -> current; a year alone
leaves the role to the year.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from extractors import article_area_grades
from extractors import article_words as w

_YEAR = r"(?:19|20)\d\d"
_EARLIER = r"last|previous|earlier|prior|first|former|preceding"
_NOW = r"latest|most\s+recent|new|recent|this\s+year's"
_SUBJECT = (rf"(?:^|[,;:]\s*|\b(?:and|but|while|whereas)\s+)"
            rf"(?P<det>the|its|their|our|his|her|this)?\s*"
            rf"(?P<which>(?:(?:{_EARLIER}|{_NOW}|{_YEAR}|full|ofsted|standard|graded|main|children's\s+services|"
            rf"social\s+care)\s+)+)"
            rf"(?:full\s+)?(?:inspection|ofsted\s+inspection|inspection\s+report|ofsted\s+report|report|assessment|visit)"
            rf"(?P<when>\s*,?\s*(?:(?:in|of|from|carried\s+out\s+in|held\s+in|conducted\s+in|back\s+in)\s+)"
            rf"(?:[a-z]+\s+)?(?P<year>{_YEAR})\s*,?)?\s+")
def _grade(n: int) -> str:
    return r"['\"]?(?P<g" + str(n) + ">" + w.GRADE_TERM + r")['\"]?"



_SERVICES = (r"(?:it|them|the\s+(?:council|authority|local\s+authority|county|borough|city|department|service|services)"
             r"|(?:the\s+council's\s+|its\s+|their\s+)?(?:children's\s+)?(?:social\s+care\s+)?services?)")
_PREDICATE = re.compile(
    _SUBJECT + r"(?:"
    rf"(?:was|were|had\s+been|has\s+been)\s+(?:rated|graded|judged|assessed)\s+(?:as\s+)?{_grade(1)}"
    rf"|(?:rated|graded|judged|found|deemed|assessed)\s+{_SERVICES}\s+(?:as\s+|to\s+be\s+|to\s+)?{_grade(2)}"
    rf"|(?:resulted\s+in|led\s+to|ended\s+(?:in|with)|produced|brought)\s+(?:a|an|the)\s+{_grade(3)}\s+"
    r"(?:rating|grade|judgement|judgment|verdict)"
    rf"|gave\s+{_SERVICES}\s+(?:a|an|the)\s+{_grade(4)}\s+(?:rating|grade|judgement|judgment|verdict)"
    r")\b")


@dataclass(frozen=True)
class InspectionGrade:
    grade: str
    year: int | None
    previous: bool | None  # True: an earlier inspection; False: the latest; None: the year says
    at: int


def inspection_grade(low: str) -> InspectionGrade | None:
    """The grade a sentence gives an inspection it names as its subject, or None."""
    m = _PREDICATE.search(low)
    if m is None:
        return None
    g = next(n for n in ("g1", "g2", "g3", "g4") if m[n])
    before = low[:m.start(g)]
    if w.NEGATION.search(before[m.start():]) or w.HEDGE.search(before):
        return None
    which = m["which"]
    if re.search(rf"\b(?:{_EARLIER})\b", which):
        previous: bool | None = True
    elif re.search(rf"\b(?:{_NOW})\b", which):
        previous = False
    elif re.search(_YEAR, which) or m["year"]:
        previous = None
    else:
        return None  # "the full inspection": which one is not said
    year = m["year"] or (re.search(_YEAR, which).group() if re.search(_YEAR, which) else None)
    return InspectionGrade(article_area_grades.grade_of(m[g]), int(year) if year else None, previous, m.start(g))


# "The overall judgement of this Ofsted inspection was that the service required improvement", "The
# verdict was that services are good": the inspection's verdict on the whole service
_VERDICT_THAT = re.compile(
    r"(?:^\W*(?:(?:but|and|however|so)\W+)?(?:that\s+)?|[,;:]\s*)"
    r"(?:the|its|their|ofsted's|inspectors'|(?:the\s+)?(?:official\s+)?(?:watchdog|inspectorate|regulator)(?:'s|s'))\s+"
    r"(?:(?:overall|final|main|key|headline)\s+)?"
    r"(?:judgement|judgment|verdict|finding|conclusion|rating|assessment)"
    r"(?:\s+of\s+(?:this|the|its|their)\s+(?:latest\s+|new\s+|recent\s+)?(?:ofsted\s+)?(?:inspection|report))?"
    r"\s+(?:was|is)\s+that\s+"
    r"(?:the\s+(?:service|services|council|authority|local\s+authority|department)|(?:the\s+council's\s+|its\s+|their\s+)?"
    r"children's\s+(?:social\s+care\s+)?services|services|it|they)\s+"
    r"(?:(?:was|were|is|are|had\s+been|has\s+been|have\s+been|rated|judged|graded|found\s+to\s+be|now|still|overall)\s+)*"
    + _grade(5) + r"\b")


def verdict_that(low: str) -> InspectionGrade | None:
    """The grade "the overall judgement ... was that the service required improvement" gives the
    whole service (of the inspection the article is about), or None."""
    m = _VERDICT_THAT.search(low)
    if m is None or w.HEDGE.search(low[:m.start("g5")]) or w.NEGATION.search(low[m.start():m.start("g5")]):
        return None
    return InspectionGrade(article_area_grades.grade_of(m["g5"]), None, False, m.start("g5"))
