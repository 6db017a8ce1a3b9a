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
