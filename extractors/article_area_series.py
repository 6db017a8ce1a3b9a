"""Grades of several areas said as a series in one sentence, each area with its own grade, in the
forms the sentence reader's grade-verb-subject reading misses. Pure: a lower-cased, normalised
sentence in, the (grade, areas) pairs it states out; whose grade is the reader's business.

The families of wording:
- areas with their grades in brackets: "leadership (outstanding), help and protection (good) and
  children in care (good) were all praised";
- a colon, then areas each followed by its grade: "The grades were: leaders outstanding, help and
  protection good, children in care good and care leavers requires improvement", "... were
  judged as follows: help and protection - good; care leavers - inadequate";
- a rating verb, then a chain of "<grade> for <areas>": "was graded good for overall
  effectiveness; outstanding for the impact of leaders; good for help and protection";
- a grade shared with areas named after it: "..., as were the experiences and progress of children
  in care and care leavers".

Each item must name an area as Ofsted names it and a grade word, and the items must follow one
another with only commas, semicolons or "and" between: anything else ends the series.
"""
from __future__ import annotations

import re

from extractors import article_area_grades
from extractors import article_areas
from extractors import article_words as w

_G = w.GRADE_TERM
_KINDS = article_areas.SPECIFIC | {article_areas.EFFECTIVENESS}
_SEP = re.compile(r"\s*(?:[,;|.]\s*)?(?:\d{1,2}(?:\.\d)?\.?\s+)?(?:(?:and|as\s+well\s+as|while|whilst|but)\s+)?(?:(?:the|its)\s+)?")
# What may follow an item's grade: the end, a stop or comma, an enumerator, a link, or the next area.
_AFTER_ITEM = re.compile(r"\s*(?:$|[,;.|)\]]|\d|(?:and|as\s+well\s+as|while|whilst|but)\b)")
# An item's grade after its area: "(outstanding)", "(rated good)", " - good", ": good", " good".
_ITEM_GRADE = re.compile(
    rf"\s*(?P<open>\(\s*(?:(?:rated|judged|graded)\s+(?:as\s+)?)?)?(?:[-:]\s*|(?:was|were|is|are)\s+)?(?P<g>{_G})\s*(?(open)\))")
_VERB = re.compile(r"\b(?:rated|judged|graded|deemed|found\s+to\s+be|assessed\s+as|rating|judging|grading)\b")
_NOT = re.compile(r"\b(?:not|never|hope|hopes|hoped|aim|aims|ambition|want|wants|could|would|should|if|unless|"
                  r"previous(?:ly)?|last\s+(?:inspection|time)|in\s+(?:19|20)\d\d)\b")
_SEGMENT = re.compile(rf"(?P<g>{_G})\s+(?:(?P<overall>overall)\b|(?:for|in)\s+)")
_CHAIN_GAP = re.compile(r"(?:\s+by\s+(?:ofsted|inspectors|the\s+(?:inspectorate|watchdog|regulator)))?\s*(?:[,;]\s*)?(?:(?:and|but|while|whilst|as\s+well\s+as)\s+)?"
                        r"(?:(?:was|were|is|are)\s+)?(?:(?:also\s+)?(?:rated|judged|graded|deemed)\s+)?(?:as\s+)?")


# A grade shared with areas named after it: "... were said to require improvement, as were the experiences and
# progress of children in care and care leavers", "... judged outstanding, as was support for care leavers".
_AS_WERE = re.compile(rf"(?P<g>{_G})\s*,\s*as\s+(?:was|were|is|are)\s+(?:also\s+)?(?:those\s+(?:for|of)\s+)?")
_GRADED_BEFORE = re.compile(r"\b(?:rated|judged|graded|deemed|found|said|considered|assessed)\b")


def _area_at(text: str, pos: int) -> tuple[set[str], int] | None:
    """The areas a phrase at `pos` names (one area, or "help and protection" and the like), and
    where it ends; None when no area begins there."""
    kinds, end = article_area_grades.area_list(text[pos:])
    kinds = {k for k in kinds if k in _KINDS}
    if not kinds or not re.fullmatch(r"[\s,;:(]*(?:the\s+|its\s+)?", text[pos:pos + _first_span(text[pos:])]):
        return None
    return kinds, pos + end


def _first_span(text: str) -> int:
    spans = [s for s in article_areas.area_spans(text) if s[2] in _KINDS]
    return spans[0][0] if spans else len(text)


def _items(text: str, pos: int) -> list[tuple[str, frozenset[str], bool]]:
    """(grade, areas, bracketed) of the items of a series from `pos`, up to the first word that
    is no item."""
    items = []
    while True:
        sep = _SEP.match(text, pos)
        at = sep.end() if sep else pos
        found = _one_area(text, at)
        if found is None:
            break
        kinds, end = found
        g = _ITEM_GRADE.match(text, end)
        if not g or not (g["open"] or _AFTER_ITEM.match(text, g.end()) or _one_area(text, g.end()) is not None):
            break
        items.append((article_area_grades.grade_of(g["g"]), frozenset(kinds), bool(g["open"])))
        pos = g.end()
    return items


def _one_area(text: str, pos: int) -> tuple[set[str], int] | None:
    """The one area named right at `pos` (its whole name), and where it ends."""
    spans = [s for s in article_areas.area_spans(text[pos:pos + 160]) if s[2] in _KINDS]
    if not spans or not re.fullmatch(r"\s*(?:the\s+|its\s+)?(?:experiences?\s+and\s+progress\s+of\s+)?", text[pos:pos + spans[0][0]]):
        return None
    return {spans[0][2]}, pos + spans[0][1]


def series_grades(low: str) -> list[tuple[str, frozenset[str]]]:
    """Every (grade, areas) a series in the sentence gives; empty where it has none."""
    if _NOT.search(low):
        return []
    found: list[tuple[str, frozenset[str]]] = []
    # after a colon: two or more "area grade" items
    colon = re.search(r":\s*", low)
    if colon:
        items = _items(low, colon.end())
        if len(items) >= 2:
            found.extend((g, k) for g, k, _ in items)
    # a judgement table flattened into a line: three or more "area grade" items in a row
    for start in [0, *(m.end() for m in re.finditer(r"(?::|\bgrades?\b|\bjudgements?\b)\s*", low))]:
        items = _items(low, start)
        if len(items) >= 3:
            found.extend((g, k) for g, k, _ in items)
            break
    # items with their grades in brackets, from the start of the sentence or after a comma or "with"
    for start in [0, *(m.end() for m in re.finditer(r"(?:,|\bwith|:)\s*", low))]:
        items = _items(low, start)
        if sum(b for _, _, b in items) >= 2:
            found.extend((g, k) for g, k, _ in items)
            break
    found.extend(_chain(low))
    for m in _AS_WERE.finditer(low):
        kinds, _ = article_area_grades.area_list(low[m.end():])
        kinds = {k for k in kinds if k in _KINDS}
        if kinds & article_areas.SPECIFIC and _GRADED_BEFORE.search(low, 0, m.start()):
            found.append((article_area_grades.grade_of(m["g"]), frozenset(kinds)))
    return list(dict.fromkeys(found))


def _chain(low: str) -> list[tuple[str, frozenset[str]]]:
    """A rating verb, then "<grade> for <areas>" (or "<grade> overall") again and again."""
    verb = _VERB.search(low)
    if not verb:
        return []
    links: list[tuple[str, frozenset[str]]] = []
    pos = verb.end()
    first = _SEGMENT.search(low, pos)
    if first is None or len(re.findall(r"[a-z']+", low[pos:first.start()])) > 8:
        return []
    m = first
    while m is not None:
        if m["overall"]:
            kinds, end = {article_areas.EFFECTIVENESS}, m.end()
        else:
            kinds, length = article_area_grades.area_list(low[m.end():])
            kinds = {k for k in kinds if k in _KINDS}
            end = m.end() + length
            if not kinds:
                break
        links.append((article_area_grades.grade_of(m["g"]), frozenset(kinds)))
        gap = _CHAIN_GAP.match(low, end)
        m = _SEGMENT.match(low, gap.end()) if gap else None
    if len(links) < 2 or not any(k & article_areas.SPECIFIC for _, k in links):
        return []
    return links


__all__ = ["series_grades"]
