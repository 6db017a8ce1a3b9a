"""The overall effectiveness judgement, read in words.

SIF reports state it on page 1 as a sentence, worded in many ways:
"The overall judgement is that children's services are good", "The overall judgement is
requires improvement", "Children's services in the London Borough of X require improvement to
be good", "Childrens services on the Isles of Scilly are good", "Overall effectiveness:
inadequate", "The overall effectiveness of children's services in X is judged to be
inadequate", wrapped over lines, with straight or curly apostrophes or none. That is the first
reading (`sif_sentence`).

The second reading (`sif_descriptor`) is the sentence Ofsted prints beside it that says what the
grade means ("The local authority leads effective services that meet the requirements for good",
"There are widespread or serious failures ..."), else the first sentence of the executive summary
on page 2. ILACS reports state it only in the page-1 table; the second reading there
(`ilacs_line`) reads page 1's text line by line, apart from the layout the table reader uses.
"""
from __future__ import annotations

import re

from extractors.text import GRADE_PHRASE, flat, normalise, parse_grade

_APOS = r"['\u2019]?"
_SERVICES = rf"(?:children{_APOS}s{_APOS}\s+(?:social\s+care\s+)?services|services\s+for\s+children(?:\s+and\s+(?:young\s+people|families))?)"
# a place's name: words that are no verb ("in the London Borough of X", "on the Isles of Scilly")
_PLACE = r"(?:in|on|at|for|provided\s+by)\s+(?:the\s+)?[A-Z](?:(?!\b(?:are|is|were|was|has|have|had|require[sd]?|remain|not)\b)[^.;:]){0,90}?"
_IS = r"(?:(?:are|is)\s+(?:now\s+)?(?:judged\s+(?:to\s+be\s+)?|rated\s+(?:as\s+)?|overall\s+)?)?"
_GRADE = rf"(?P<grade>{GRADE_PHRASE}|improvement)"

_SENTENCES = [re.compile(p) for p in (
    # "The overall judgement is that children's services (in X) are good" / "... is requires improvement"
    rf"(?i)\bthe\s+overall\s+judge?ment\s+(?:is|was)\s*:?\s*(?:that\s+)?(?:(?:the\s+)?{_SERVICES}(?:\s+{_PLACE})?\s+)?{_IS}{_GRADE}\b",
    # "Overall effectiveness: requires improvement", "Overall effectiveness judgement: good"
    rf"(?i)\boverall\s+(?:effectiveness(?:\s+judge?ment)?|judge?ment)\s*(?::|-|is)?\s*(?:judged\s+(?:to\s+be\s+)?)?{_GRADE}\b",
    # "The overall effectiveness of children's services in X is judged to be inadequate"
    rf"(?i)\bthe\s+overall\s+effectiveness\s+of\s+{_SERVICES}\s+{_PLACE}\s+{_IS}{_GRADE}\b",
    # "Children's services in X are good", "Childrens services on the Isles of Scilly require improvement to be good"
    rf"(?i)\b{_SERVICES}\s+{_PLACE}\s+(?:(?:council\s+)?area\s+)?{_IS}{_GRADE}\b",
    # "X children's services require improvement to be good" (the place before the words)
    rf"(?:^|(?<=\s))[A-Z][A-Za-z' -]{{1,60}}?\s+{_SERVICES}\s+{_IS}{_GRADE}\b",
)]


def _grade_of(word: str) -> str | None:
    grade = parse_grade(word)
    if grade == "not_judged":
        return None
    if grade is None and word.lower().startswith("improvement"):
        return "requires_improvement"
    return grade


def sif_sentence(page1: str) -> str | None:
    """The first reading of a SIF report's overall judgement: page 1's sentence."""
    text = flat(page1)
    # only the head of the page: the table and its footnotes follow
    cut = re.search(r"(?i)\b1\.\s*children\s+who\s+need\s+help", text)
    head = text[: cut.start()] if cut else text[:1500]
    for pattern in _SENTENCES:
        m = pattern.search(head)
        if m:
            return _grade_of(m["grade"])
    return None


# What each grade means, in the words printed under the sentence (SIF, 2013-2015).
_DESCRIPTORS = (
    ("outstanding", re.compile(r"(?i)\bleads?\s+highly\s+effective\s+services")),
    ("good", re.compile(r"(?i)\bleads?\s+effective\s+services\s+that\s+meet\s+the\s+requirements\s+for\s+good")),
    ("requires_improvement", re.compile(
        r"(?i)\bnot\s+yet\s+delivering\s+good\s+protection|\bthere\s+are\s+no\s+widespread\s+or\s+serious\s+failures")),
    ("inadequate", re.compile(r"(?i)(?<!no )\bthere\s+are\s+widespread\s+(?:or|and)\s+serious\s+failures\s+(?:that|which)\s+(?:create|leave)")),
)
_SUMMARY = re.compile(rf"(?i)\bexecutive\s+summary\s+(?:{_SERVICES}\s+{_PLACE}\s+{_IS}{_GRADE}\b)")


def sif_descriptor(page1: str, page2: str | None) -> str | None:
    """The second reading of a SIF overall judgement: what page 1 says the grade means, else the
    executive summary's first sentence. None where neither says (or they say two things)."""
    text = flat(page1)
    found = {grade for grade, pattern in _DESCRIPTORS if pattern.search(text)}
    if len(found) == 1:
        return found.pop()
    if found:
        return None
    if page2:
        m = _SUMMARY.search(flat(page2[:1500]))
        if m:
            return _grade_of(m["grade"])
    return None


_ILACS_LINE = re.compile(rf"(?im)^[ ]*overall\s+effectiveness[ :]*\n?[ ]*(?P<grade>{GRADE_PHRASE})\b")


def ilacs_line(page1: str) -> str | None:
    """The second reading of an ILACS overall judgement: the 'Overall effectiveness' line of
    page 1's text, its grade on the same line or the next."""
    m = _ILACS_LINE.search(normalise(page1))
    return _grade_of(m["grade"]) if m else None
