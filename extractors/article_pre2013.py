"""Telling an article about the inspections before 2013 (the joint Ofsted and Care Quality
Commission inspections of safeguarding and looked after children services, 2009-2012) from one
about a later framework, when the page gives no date. Pure.

Those inspections had words of their own: their title ("the safeguarding and looked after children
inspection", "an assessment of the authority's safeguarding and looked-after children's services"),
"the arrangements to protect children", a graded "capacity to improve" ("outstanding capacity to
improve", "capacity for improvement was deemed adequate"), and the grade "adequate". An undated page
that speaks them, or that states a grade "adequate" as its own inspection's, is about one of them:
its undated grades are of that framework, never of a later one's areas.
"""
from __future__ import annotations

import re

from extractors import article_words as w
from extractors.article_words import GRADE_WORDS

_CAPACITY = r"capacity\s+(?:for|to)\s+(?:further\s+)?improve(?:ment)?"
_DOMAINS = (r"safeguarding\s+and\s+(?:services\s+for\s+)?(?:looked[- ]after|cared[- ]for)\s+children(?:'s)?"
            r"|(?:looked[- ]after|cared[- ]for)\s+children(?:'s)?\s+and\s+safeguarding")

WORDING = re.compile(
    r"(?i)\bofsted\s+and\s+(?:the\s+)?care\s+quality\s+commission\b"
    r"|\bcare\s+quality\s+commission\s+and\s+ofsted\b"
    r"|\barrangements\s+(?:to|for)\s+(?:protect|safeguard)(?:ing)?\s+children\b"
    rf"|\b(?:{_DOMAINS})\s+(?:services?\s+)?inspections?\b"
    rf"|\b(?:inspection|inspections|assessment|review)\s+of\s+(?:the\s+)?(?:[a-z]+(?:'s|s')\s+)?(?:{_DOMAINS})\s+services?\b"
    # a graded capacity to improve: "outstanding capacity to improve", "capacity for improvement was deemed only adequate"
    rf"|\b{GRADE_WORDS}\W+(?:[a-z]+\s+){{0,2}}{_CAPACITY}\b"
    rf"|\b{_CAPACITY}\s+(?:(?:further|was|were|is|are|has|have|been|judged|rated|deemed|graded|assessed|found|described|"
    rf"as|to|be|only|also)\W+){{1,5}}[\"'\u2018\u201c]?{GRADE_WORDS}\b")


def speaks_pre2013(sentences: list[str]) -> bool:
    """The page uses the words only the inspections before 2013 used."""
    return any(WORDING.search(s) for s in sentences)


# -- grades of the two domains said in the inspections' own terms -----------------------------------
_Q = w.QUOTE_MARK
_GRADE_CAPTURE = r"(?P<grade>outstanding|good|adequate|inadequate)"
_LAC = r"(?:looked[- ]after\s+children|children\s+looked\s+after)"
# what a domain's overall effectiveness is said of: "services for looked after children", "its safeguarding services"
_DOMAIN_OF = (rf"(?:the\s+|its\s+|their\s+|[a-z]+(?:'s|s')\s+)?(?:(?:council|borough|county|city)(?:'s|s')\s+)?"
              rf"(?:(?P<sg>safeguarding)(?:\s+children(?:'s)?)?(?:\s+(?:services?|arrangements|provision))?"
              rf"|(?:services?|provision|arrangements)\s+for\s+(?P<lac1>{_LAC})|(?P<lac2>{_LAC})(?:'s)?\s+services?)\b")
# "... were judged grade four 'inadequate' including the overall effectiveness of safeguarding services",
# "More than half the verdicts were 'good', including the overall effectiveness of services for looked after children"
_INCLUDING = re.compile(
    rf"\b(?:grade\s+(?:one|two|three|four|[1-4])\s+)?{_Q}{_GRADE_CAPTURE}{_Q}\s*,?\s*(?:[a-z]+\s+){{0,2}}?including\s+"
    rf"(?:both\s+)?(?:the\s+)?overall\s+effectiveness\s+of\s+{_DOMAIN_OF}")
# "A previous inspection of safeguarding and looked-after children services ..., rated each area as adequate"
_EACH_AREA = re.compile(
    rf"\binspection\s+of\s+(?:the\s+(?:council's\s+|authority's\s+)?|its\s+)?(?:{_DOMAINS})\s+services?\b[^.;:]*?"
    rf"\b(?:rated|judged|graded|found|assessed|deemed)\s+(?:each|both)(?:\s+(?:area|areas|service|services|of\s+them|parts?))?"
    rf"\s+(?:as\s+|to\s+be\s+)?{_Q}{_GRADE_CAPTURE}\b")
_EARLIER = re.compile(r"\b(?:previous|last|earlier|prior|former)\s+(?:[a-z]+\s+){0,2}?inspection\b")


def domain_grades(low: str) -> list[tuple[str, frozenset[str], bool]]:
    """(grade code, area kinds, earlier) of the grades a sentence (lower-cased) gives the two
    pre-2013 domains in the inspections' own terms: a grade "including the overall effectiveness
    of" a domain, and an inspection of both domains that "rated each area" one grade. `earlier`:
    the inspection is said to be a previous one."""
    from extractors.article_areas import EFFECTIVENESS, IN_CARE, SAFEGUARDING  # the area kinds

    found = []
    for m in _INCLUDING.finditer(low):
        domain = SAFEGUARDING if m["sg"] else IN_CARE
        found.append((m["grade"], frozenset({EFFECTIVENESS, domain}), False))
    for m in _EACH_AREA.finditer(low):
        earlier = bool(_EARLIER.search(low[max(0, m.start() - 60):m.start() + 30]))
        for domain in (SAFEGUARDING, IN_CARE):
            found.append((m["grade"], frozenset({EFFECTIVENESS, domain}), earlier))
    return found


def domain_claims(sentences: list[tuple[str, set[str]]], main: str | None, published_year: int | None = None) -> list:
    """`RawClaim`s of `domain_grades` and `found_to_have` for each (lower-cased sentence, authorities
    it names): the one authority the sentence names, else the article's own where it names none."""
    from extractors.article_resolve import CURRENT, PREVIOUS, RawClaim

    added = []
    for index, (low, names) in enumerate(sentences):
        found = [(grade, kinds, None, earlier) for grade, kinds, earlier in domain_grades(low)]
        found += found_to_have(low, published_year)
        if not found:
            continue
        authority = next(iter(names)) if len(names) == 1 else (main if not names else None)
        if authority is None:
            continue
        for grade, kinds, year, earlier in found:
            added.append(RawClaim(authority, year, PREVIOUS if earlier else CURRENT, grade, kinds,
                                  explicit=True, sentence=index, pre2013=True))
    return added


# "SIX years on from being found to have inadequate child protection policies", "in 2011 the council was found to
# have inadequate safeguarding arrangements": a grade as an adjective of the domain, in a dated earlier inspection
_COUNTS = {"two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10,
           "eleven": 11, "twelve": 12, **{str(n): n for n in range(2, 16)}}
_FOUND_TO_HAVE = re.compile(
    rf"\b(?:found|judged|deemed|assessed)\s+to\s+(?:have|be\s+providing|provide)\s+(?:an?\s+)?{_Q}"
    rf"(?P<grade>outstanding|good|adequate|inadequate){_Q}\s+"
    rf"(?:(?P<sg>child\s+protection|safeguarding)|services\s+for\s+{_LAC}|{_LAC}(?:'s)?\s+services)\b")
_YEARS_ON = re.compile(r"\b(?P<n>" + "|".join(_COUNTS) + r")\s+years\s+(?:on\s+from|after|since)\s+(?:being\s+|it\s+was\s+|they\s+were\s+)?$")
_YEAR_BEFORE = re.compile(r"\bin\s+(?:[a-z]+\s+)?(?P<y>(?:19|20)\d\d)\b[^.;]*$")
_YEAR_NEXT = re.compile(r"\s*(?:\w+\s+){0,3}?in\s+(?:[a-z]+\s+)?(?P<y>(?:19|20)\d\d)\b")


def found_to_have(low: str, published_year: int | None) -> list[tuple[str, frozenset[str], int, bool]]:
    """(grade, kinds, year, earlier) of a domain "found to have" a grade in an inspection whose year
    the sentence gives (before 2013), counted back from the page's date where it says "six years on
    from being found"."""
    from extractors.article_areas import EFFECTIVENESS, IN_CARE, SAFEGUARDING

    found = []
    for m in _FOUND_TO_HAVE.finditer(low):
        before = low[max(0, m.start() - 80):m.start()]
        on = _YEARS_ON.search(before)
        year = None
        if on and published_year is not None:
            year = published_year - _COUNTS[on["n"]]
        elif (y := _YEAR_NEXT.match(low, m.end()) or _YEAR_BEFORE.search(before)) is not None:
            year = int(y["y"])
        if year is None or year > 2012:
            continue
        earlier = bool(on) or published_year is None or published_year > 2013
        found.append((m["grade"], frozenset({EFFECTIVENESS, SAFEGUARDING if m["sg"] else IN_CARE}), year, earlier))
    return found
