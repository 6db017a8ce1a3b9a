"""Whose grade in a congratulation: "I would like to congratulate the Isle of Wight Council on
securing a good rating from Ofsted", "Leeds City Council congratulated Kirklees on achieving a
'requires improvement' judgement", "Congratulations to Bolton for their Good Ofsted rating". The
one authority congratulated has the grade (its current one, overall); whoever congratulates, a
partner or a neighbour, has none. Nothing where the grade is of a school, a nursery or another
service, or where the congratulated is not one named authority."""
from __future__ import annotations

import re

from extractors import article_areas
from extractors import article_words as w

_CONGRATULATE = re.compile(r"\bcongratulat(?:e|es|ed|ing|ions?)\s+(?:to\s+)?(?:the\s+)?$")
_AFTER_NAME = re.compile(
    r"^(?:\s+(?:borough|city|county|metropolitan|district)?\s*council)?(?:'s|s')?"
    r"(?:\s+(?:children's\s+services|children's\s+social\s+care|children's\s+services\s+team|staff|team))?"
    r"(?:,\s+(?:its|their)\s+staff\s+and\s+partners,)?"
    r"\s+(?:on|for|after|following|upon)\s+"
    r"(?:(?:securing|achieving|receiving|gaining|getting|earning|winning|being\s+awarded|their|its|the|a|an)\s+)*"
    r"(?:(?:overall|new|latest|recent)\s+)?[\"'\u2018\u201c]?(?P<grade>requires?\s+improvement(?:\s+to\s+be\s+good)?|"
    r"inadequate|good|outstanding)[\"'\u2019\u201d]?\s+"
    r"(?:(?:overall\s+)?(?:ofsted\s+)?(?:rating|judgement|judgment|grade|verdict|outcome)\b)")
_NOT_SERVICES = re.compile(r"\b(?:schools?|nurser(?:y|ies)|academ(?:y|ies)|colleges?|send|special\s+educational|"
                           r"youth\s+(?:justice|offending)|adult|fostering\s+agency|children's\s+homes?|"
                           r"focused\s+visit|monitoring\s+visit)\b")


def congratulated(low: str, mentions) -> tuple[str, str] | None:
    """(authority, grade code) of the one authority `low` (a lower-cased sentence) congratulates on
    a grade, else None."""
    if "ofsted" not in low and "inspect" not in low:
        return None
    names = {m.name for m in mentions}
    for m in sorted(mentions, key=lambda m: m.start):
        if not _CONGRATULATE.search(low[max(0, m.start - 40):m.start]):
            continue
        after = _AFTER_NAME.match(low[m.end:])
        if not after or _NOT_SERVICES.search(low[m.end:]):
            return None
        # "on its outstanding rating for adoption": an area's grade, not the whole (left to the reader)
        if any(k in article_areas.SPECIFIC for _, _, k in article_areas.area_spans(low[m.end:])):
            return None
        # "congratulate Leeds and Bradford on their good ratings": two named, whose is which
        if any(o.start > m.end and o.start < m.end + after.end() for o in mentions):
            return None
        grade = w.GRADE.search(after.group("grade"))
        if grade is None or len(names) > 2:
            return None
        return m.name, w.grade_code(grade)
    return None


# "Dorset Council praises its staff after 'Good' Ofsted rating": the subject that praises, thanks,
# celebrates or welcomes after a grade is the authority graded.
_CELEBRATE = re.compile(
    r"^(?:\s+(?:borough|city|county|metropolitan|district)?\s*council)?(?:'s\s+children's\s+services)?"
    r"\s+(?:(?:has|have|is|are|was|were)\s+)?"
    r"(?:praised|praises|praising|thanked|thanks|thanking|celebrated|celebrates|celebrating|welcomed|welcomes|"
    r"welcoming|hailed|hails)\b(?P<gap>(?:\s+[\w'-]+){0,6}?)\s+(?:(?:after|following|on|for)\s+)?"
    r"(?:(?:a|an|its|their|the|receiving|securing|achieving)\s+)*(?:(?:overall|new|latest|recent)\s+)?"
    r"[\"'\u2018\u201c]?(?P<grade>requires?\s+improvement(?:\s+to\s+be\s+good)?|inadequate|good|outstanding)"
    r"[\"'\u2019\u201d]?\s+(?:overall\s+)?(?:ofsted\s+)?(?P<noun>rating|judgement|judgment|grade|verdict|inspection)\b")
_SERVICE_WORDS = frozenset("Children's Childrens Services Service Social Care Staff Team Teams Its Their Our All".split())
_SUBJECT_START = re.compile(r"^\s*(?:the\s+)?$")


def celebrated(low: str, written: str, mentions, text: str | None = None) -> tuple[str, str] | None:
    """(authority, grade code) where the one authority named, as the subject, praises or thanks
    its staff or celebrates after a grade ("Dorset Council praises Children's Services staff after
    'Good' Ofsted inspection"), else None. After "inspection" a good or outstanding grade must be
    set apart (quotation marks, capitals): "a good inspection" may be only praise."""
    if "ofsted" not in low or len({m.name for m in mentions}) != 1:
        return None
    first = min(mentions, key=lambda m: m.start)
    if not _SUBJECT_START.match(low[:first.start]):
        return None
    found = _CELEBRATE.match(low[first.end:])
    if not found or re.search(r"[;:,]|\b(?:but|and|while|whereas|despite|since|before|from|to|than|as|not|no|aim\w*|hop\w*|bid|"
                                       r"striv\w*|want\w*|seek\w*|push\w*|work\w*|target\w*)\b", found.group("gap")) \
            or _NOT_SERVICES.search(low[first.end:]) or re.search(r"\b(?:previous|last|earlier|former)\b", low):
        return None
    if any(k in article_areas.SPECIFIC for _, _, k in article_areas.area_spans(low[first.end:])):
        return None
    # "Dorset Council praised Poole after its 'Good' rating": a name the reader does not know as an
    # authority may be the one graded
    gap = (text or "")[first.end + found.start("gap"):first.end + found.end("gap")]
    if any(word[:1].isupper() and word not in _SERVICE_WORDS for word in gap.split()):
        return None
    grade = w.GRADE.search(found.group("grade"))
    if grade is None:
        return None
    if found.group("noun") == "inspection" and grade.lastgroup in ("good", "outstanding") \
            and not _set_apart(written, grade.group()):
        return None
    return first.name, w.grade_code(grade)


def _set_apart(written: str, grade: str) -> bool:
    from extractors.article_whose import set_apart
    return set_apart(written, grade)
