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
from extractors import article_areas
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
    listed = _listed_before(lows, index)
    if listed is not None:
        return listed
    for back in (1, 2):
        if index - back < 0:
            return None
        low = lows[index - back]
        kinds = article_area_grades.named_areas(low)
        if kinds:
            return None if len(kinds) < 2 or article_area_grades.speaks_of_earlier(low) else kinds
    return None


_ITEM = w.BULLET_LINE


def _listed_before(lows: list[str], index: int) -> set[str] | None:
    """The judged areas of a list just before `index`, one item a line ("The inspection focuses on
    the:" / "- experiences and progress of children in care" / "- impact of leaders ..."): two or
    more, every item naming an area and no grade; None when the lines before are no such list."""
    kinds: set[str] = set()
    at = index - 1
    while at >= 0 and _ITEM.match(lows[at]):
        item = lows[at]
        named = article_area_grades.named_areas(item)
        if not named or w.GRADE.search(item) or article_area_grades.speaks_of_earlier(item):
            return None
        kinds |= named
        at -= 1
    return kinds if len(kinds) >= 2 and index - at > 2 else None


# "rated 'requires improvement' in all five areas." then "These included looking after children, ..."
_IN_N_AREAS = re.compile(
    r"\b(?:in|across|for|on)\s+(?:all|each|every\s+one)\s+(?:of\s+)?(?:the\s+)?(?:two|three|four|five|six|[2-6])\s+"
    r"(?:key\s+|main\s+|judged\s+|inspection\s+|judgement\s+)?(?:areas|categories|judgements|judgments|aspects)\b")
_THESE_INCLUDED = re.compile(
    r"^\W*(?:these|they|those|the\s+(?:areas|categories|judgements))\s+(?:included|include|includes|including|are|were|"
    r"being|cover|covered|covering|comprise|comprised|span|spanned)\b")


_FROM_TO = re.compile(r"\bfrom\s+['\"]?" + w.GRADE_TERM + r"['\"]?\s+to\s+['\"]?(?P<g>" + w.GRADE_TERM + r")")


def grade_for_all_areas(low: str) -> str | None:
    """The one grade a sentence gives "all five areas" (not naming them), or None; in "from requires
    improvement to good in all four areas", the grade it went to."""
    m = _IN_N_AREAS.search(low)
    moved = _FROM_TO.search(low)
    if moved:
        low = low[:moved.start()] + low[moved.start("g"):]
    if m is not None and moved:
        m = _IN_N_AREAS.search(low)
    return _sole_grade(low, m)


def _sole_grade(low: str, m: re.Match | None) -> str | None:
    """The one grade word of the sentence, where the count of areas `m` found is not denied or hoped for."""
    grades = {article_area_grades.grade_of(g.group()) for g in w.GRADE.finditer(low) if g.lastgroup != "abbr"}
    if m is None or len(grades) != 1 or w.NEGATION.search(low[:m.start()]) or w.HEDGE.search(low[:m.start()]):
        return None
    return grades.pop()


# "found to require improvement in four of five key areas." then "These were impact of leaders ..., as well
# as overall effectiveness."
_N_OF_M_AREAS = re.compile(
    r"\b(?:in|across|for)\s+(?P<n>two|three|four|five|[2-5])\s+(?:out\s+)?of\s+(?:the\s+|its\s+)?(?:three|four|five|six|[3-6])\s+"
    r"(?:key\s+|main\s+|judged\s+|inspection\s+|judgement\s+)?(?:areas|categories|judgements|judgments|aspects)\b")


def grade_for_counted_areas(low: str) -> tuple[str, int] | None:
    """(grade, how many areas) of a sentence that gives one grade to "four of five key areas" (not
    naming them), or None."""
    m = _N_OF_M_AREAS.search(low)
    grade = _sole_grade(low, m)
    return (grade, w.COUNT_WORDS[m["n"]]) if grade else None


def judgements_named(low: str) -> int:
    """How many judgements a sentence names: its judged areas, and overall effectiveness."""
    overall = any(kind == article_areas.EFFECTIVENESS for _, _, kind in article_areas.area_spans(low))
    return len(article_area_grades.named_areas(low)) + overall


def areas_included(low: str) -> set[str]:
    """The judged areas a sentence that goes on from "all five areas" names ("These included
    looking after children, adoption performance and progress of care leavers")."""
    if not _THESE_INCLUDED.match(low) or w.GRADE.search(low):
        return set()
    return article_area_grades.named_areas(low)


# "During their inspection, Ofsted looked at the impact of leaders ..., the experiences and progress of
# children who need help and protection, ...": what the inspection judged
_SCOPE = re.compile(
    r"\b(?:looked\s+at|examined|assessed|inspected|focus(?:s|ed|sed|ing)?\s+on|covered|considered|reviewed|judged\s+on"
    r"|areas\s+(?:assessed|inspected|judged|examined|looked\s+at)\s+(?:were|are|included|include))\b")


def scope_areas(low: str) -> set[str]:
    """The judged areas (two or more) a sentence says an inspection looked at, naming no grade."""
    if not _SCOPE.search(low) or w.GRADE.search(low) or w.PREVIOUS_BEFORE.search(low) or w.EARLIER_FRAME.search(low):
        return set()
    kinds = article_area_grades.named_areas(low)
    return kinds if len(kinds) >= 2 else set()
