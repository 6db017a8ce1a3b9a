"""Judged areas and their grades set out line by line, as pages copy Ofsted's judgement table or
list the areas: the forms the sentence reader cannot see because the area and its grade are not in
one sentence. Pure: lower-cased, normalised lines in (with the authorities each names), the
(line, grade, areas) it states out; whose grade and which inspection are the reader's business.

The families of layout (each needs the area named as Ofsted names it, alone on its line):
- an area's name on one line and its grade alone on the next: "The experiences and progress of
  care leavers" / "Good" (a table copied as text);
- an area's name with its grade after it on the same line: "The impact of leaders on social work
  practice with children and families (rated good)", "Adoption performance - Outstanding",
  "Help and protection: requires improvement to be good", and, in a run of two or more such lines,
  with nothing between: "Children who need help and protection Good";
- a list of areas, one a line, closed by a line that grades them all: "All five areas were judged
  to be good", "Each of these was rated outstanding";
- a head that grades the areas listed on the lines after it: "Among the areas ruled inadequate
  are:" / "Child protection" / "Adoption";
- an area alone on its line, graded by reference on the next: "Children in care" / "Ofsted rated
  this area as outstanding, saying ...", "This was judged to be good".

Not a table: a line that names anything besides areas ("The quality of support for care leavers"),
a grade line with more words than a grade ("Good progress has been made"), a table whose head
speaks of an earlier inspection ("At the last inspection, in 2015:"), lines naming another council.
"""
from __future__ import annotations

import re

from extractors import article_area_grades
from extractors import article_areas
from extractors import article_words as w

_G = w.GRADE_TERM
_BULLET = rf"(?:{w.BULLET}|\d{{1,2}}(?:\.\d)?)"  # a table's rows may be numbered bare: "1 Leadership ..."
_LEAD = re.compile(rf"^\s*(?:{_BULLET}\s*)?")
# A line that is a grade and nothing else: "Good", "- Requires improvement to be good", "(rated good)",
# "Judgement: outstanding".
_GRADE_LINE = re.compile(
    rf"^\s*(?:{_BULLET}\s*)?(?:[-:]\s*)?\(?\s*(?:(?:rated|judged|graded|grade|judgement|judgment|rating|outcome)\s*:?\s*"
    rf"(?:as\s+)?)?(?P<g>{_G})\s*\)?\s*[.;!]?(?:\s+\d{{1,2}}(?:\.\d)?\.?)?\s*$")
# An area line that ends in its grade: "... (rated good)", "... - Outstanding", "...: good", "... good".
_WITH_GRADE = re.compile(
    rf"^(?P<areas>.+?)\s*(?:(?P<sep>\(\s*(?:(?:rated|judged|graded|grade|judgement|judgment|rating)\s*:?\s*(?:as\s+)?)?"
    rf"|\s-\s*|:\s*|,\s*(?:rated|judged|graded)\s+(?:as\s+)?)|\s)(?P<g>{_G})\s*\)?\s*[.;]?(?:\s+\d{{1,2}}(?:\.\d)?\.?)?\s*$")
# A line that grades the areas listed just before it: "All five areas were judged to be good".
_CLOSING = re.compile(
    r"^\s*(?:(?:and|so)\s+)?(?:(?:all|each)\s+(?:(?P<count>two|three|four|five|six|[2-6])\s+)?(?:of\s+(?:these|the|them)\s+)?"
    r"(?:(?:key\s+|main\s+|judgement\s+|judgment\s+)?(?:areas?|categories|judgements?|judgments?|aspects?)\s+)?"
    r"(?:were|was|are|is|have\s+been|has\s+been)\s+(?:all\s+|each\s+)?"
    r"|(?:these|the|they|both)\s+(?:(?P<count2>two|three|four|five|six|[2-6])\s+)?(?:(?:key\s+|main\s+)?(?:areas?|categories)\s+)?"
    r"(?:were|are|have\s+been)\s+(?:all|each|both)\s+)"
    r"(?:(?:rated|judged|graded|found\s+to\s+be|deemed|assessed\s+as)\s+)?"
    rf"(?:as\s+|to\s+be\s+)?(?P<g>{_G})\s*[.!]?\s*$")
_COUNTS = {"two": 2, "three": 3, "four": 4, "five": 5, "six": 6}
# A head that grades the areas listed on the lines after it: "Among the areas ruled inadequate are:".
_HEAD = re.compile(
    r"(?:^|\b(?:among|amongst)\s+)(?:the\s+)?(?:key\s+|main\s+)?(?:areas?|categories|judgements?|judgments?)\s+"
    r"(?:(?:which|that)\s+(?:were|was|are)\s+)?(?:ruled|rated|judged|graded|found\s+to\s+be|deemed|assessed\s+as)\s+"
    rf"(?:as\s+)?(?P<g>{_G})\s+(?:are|were|include|included|being)\s*:\s*$")

# The same head with its list on its line (a bulleted list joined): "... are: child protection, adoption, ..."
_HEAD_INLINE = re.compile(
    r"(?:^|\b(?:among|amongst)\s+)(?:the\s+)?(?:key\s+|main\s+)?(?:areas?|categories|judgements?|judgments?)\s+"
    r"(?:(?:which|that)\s+(?:were|was|are)\s+)?(?:ruled|rated|judged|graded|found\s+to\s+be|deemed|assessed\s+as)\s+"
    rf"(?:as\s+)?(?P<g>{_G})\s+(?:are|were|include|included|being)\s*:\s*")
# A grade across services or areas, some of them named: "rated inadequate across a range of services
# including child protection, adoption and children in care".
_ACROSS = re.compile(
    rf"\b(?:rated|judged|graded|found\s+to\s+be|deemed|as)\s+(?:[a-z'-]+\s+){{0,6}}?(?P<g>{_G})\s+(?:across|in)\s+"
    r"(?:a\s+(?:wide\s+)?(?:range|number)\s+of|several|many|most|all|each\s+of\s+the)\s+(?:key\s+|main\s+|of\s+(?:its|the)\s+)?"
    r"(?:services|areas|categories)\s*,?\s*(?:including|such\s+as|among\s+them)\s+")

# A count of areas with their grade, then the areas: "Four out of five inspection areas were judged
# outstanding: the impact of leaders, ...", "two of the five areas are already good, including adoption".
_COUNTED = re.compile(
    r"\b(?:one|two|three|four|five|[1-5])\s+(?:out\s+)?of\s+(?:the\s+|its\s+)?(?:two|three|four|five|six|[2-6])\s+"
    r"(?:key\s+|main\s+|inspection\s+|judgement\s+|judgment\s+|judged\s+)*(?:areas|categories|judgements|judgments)\s+"
    r"(?:(?:rated|judged|inspected|assessed)\s+)?(?:were|are|was|is|have\s+been)\s+(?:(?:already|also|all|now)\s+)*"
    rf"(?:(?:rated|judged|graded|found\s+to\s+be|deemed)\s+)?(?:as\s+)?(?P<g>{_G})\s*"
    r"(?::|;|-|,\s*(?:including|namely|these\s+being|being)\b|\s(?:including|namely)\b)\s*")

# A line that grades the area named alone on the line before it, by reference: "Ofsted rated this area as
# outstanding, saying ...", "This was judged to be good", "It was rated requires improvement".
_REFERENCE = re.compile(
    r"^\s*(?:(?:ofsted|inspectors|the\s+(?:report|inspectorate|inspection))\s+(?:rated|judged|graded|found|deemed|assessed)\s+"
    r"(?:this\s+(?:area|aspect|judgement|judgment|category)|this|it)\s+"
    r"|(?:this\s+(?:area|aspect|judgement|judgment|category)|this|it)\s+(?:was|is|has\s+been|were)\s+(?:also\s+)?"
    r"(?:rated|judged|graded|found\s+to\s+be|deemed|assessed\s+as)\s+)"
    rf"(?:as\s+|to\s+be\s+)?(?P<g>{_G})\b(?!\s+(?:at|in|practice|progress|work|support|enough)\b)")


def area_line(low: str) -> set[str]:
    """The areas a line names when it names areas and nothing else (a bullet may lead)."""
    body = _LEAD.sub("", low, count=1).rstrip(" .;:,")
    kinds = article_area_grades.subject_areas(body)
    return kinds if kinds & article_areas.SPECIFIC or kinds == {article_areas.EFFECTIVENESS} else set()


def grade_line(low: str) -> str | None:
    """The grade of a line that is a grade and nothing else."""
    m = _GRADE_LINE.match(low)
    return article_area_grades.grade_of(m["g"]) if m else None


def graded_line(low: str) -> tuple[set[str], str, bool] | None:
    """(areas, grade, separated) of a line that names areas and ends in their grade; `separated`:
    a dash, colon or bracket stands between ("... - Good"), not a bare space."""
    m = _WITH_GRADE.match(low)
    if not m:
        return None
    kinds = area_line(m["areas"])
    return (kinds, article_area_grades.grade_of(m["g"]), m["sep"] is not None) if kinds else None


def closing(low: str) -> tuple[str, int | None] | None:
    """(grade, count) of a line that grades all the areas listed before it."""
    m = _CLOSING.match(low)
    if not m:
        return None
    count = m["count"] or m["count2"]
    return article_area_grades.grade_of(m["g"]), (_COUNTS.get(count) or int(count)) if count else None


def head(low: str) -> str | None:
    """The grade a head gives the areas listed on the lines after it ("Among the areas ruled
    inadequate are:")."""
    m = _HEAD.search(low)
    return article_area_grades.grade_of(m["g"]) if m else None


def _earlier(low: str) -> bool:
    return bool(w.EARLIER_FRAME.search(article_area_grades.without_since(low))
                or re.search(r"\b(?:previous(?:ly)?|in\s+(?:19|20)\d\d|(?:19|20)\d\d\s+inspection)\b", low))


def table_grades(lines: list[tuple[str, frozenset[str]]], main: str | None,
                 read: frozenset[int] = frozenset()) -> list[tuple[int, str, frozenset[str], str]]:
    """(line index, grade, areas, authority) for every area the lines grade in the layouts above.
    `lines`: each line's lower-cased text and the authorities it names; `main`: the article's
    authority, if it has one; `read`: lines the sentence reader already took a grade from (left
    alone). Whose: the one authority the nearest line naming any names (a round-up's "Bolton" heading
    before Bolton's table, or "In the latest Ofsted report of Stockport Council, ..." just before
    Stockport's table in a piece about Stockport and its partner Tameside), else `main`; a line
    naming two is nobody's, and so are the lines before any line names one in a piece of no one
    authority."""
    owners: list[str | None] = []
    current: str | None = main
    for _, names in lines:
        if names:
            current = next(iter(names)) if len(names) == 1 else None
        owners.append(current)
    found: list[tuple[int, str, frozenset[str], str]] = []

    def own(i: int, owner: str | None = None) -> bool:
        return 0 <= i < len(lines) and owners[i] is not None and not (lines[i][1] - {owners[i]}) \
            and i not in read and (owner is None or owners[i] == owner)

    def fresh(i: int) -> bool:
        """The lines before a table at `i` speak of no earlier inspection."""
        return not any(_earlier(lines[j][0]) for j in range(max(0, i - 2), i))

    taken: set[int] = set()
    # an area alone on its line, its grade alone on the next
    for i in range(len(lines) - 1):
        kinds = area_line(lines[i][0]) if own(i) and own(i + 1, owners[i]) else set()
        grade = grade_line(lines[i + 1][0]) if kinds else None
        if grade and fresh(i - 2 * _run_back(lines, i)):
            found.append((i + 1, grade, frozenset(kinds), owners[i]))
            taken.update({i, i + 1})
    # an area alone on its line, the next line grading it by reference
    for i in range(len(lines) - 1):
        if i in taken or i + 1 in taken:
            continue
        kinds = area_line(lines[i][0]) if own(i) and own(i + 1, owners[i]) else set()
        ref = _REFERENCE.match(lines[i + 1][0]) if kinds else None
        if ref and fresh(i):
            found.append((i + 1, article_area_grades.grade_of(ref["g"]), frozenset(kinds), owners[i]))
            taken.update({i, i + 1})
    # an area and its grade on one line
    graded = {i: graded_line(lines[i][0]) for i in range(len(lines)) if own(i) and i not in taken}
    graded = {i: g for i, g in graded.items() if g}
    for i, (kinds, grade, separated) in graded.items():
        run = (i - 1 in graded) or (i + 1 in graded)
        if (separated or run) and fresh(_first_of_run(graded, i)):
            found.append((i, grade, frozenset(kinds), owners[i]))
            taken.add(i)
    # areas one a line, then a line grading them all
    for i in range(1, len(lines)):
        closed = closing(lines[i][0]) if own(i) else None
        if not closed:
            continue
        items = []
        j = i - 1
        while j >= 0 and own(j, owners[i]) and j not in taken and area_line(lines[j][0]):
            items.append((j, area_line(lines[j][0])))
            j -= 1
        grade, count = closed
        if len(items) >= 2 and (count is None or count == len(items)) and fresh(j + 1):
            found.extend((i, grade, frozenset(kinds), owners[i]) for _, kinds in items)
    # a head or a grade across services, with the areas on its own line (the sentence reader may have
    # read its overall grade: these areas are more)
    for i in range(len(lines)):
        if owners[i] is None or lines[i][1] - {owners[i]}:
            continue
        for pattern in (_HEAD_INLINE, _ACROSS, _COUNTED):
            m = pattern.search(lines[i][0])
            if m and not _earlier(lines[i][0][:m.start()]) and fresh(i):
                kinds, _ = article_area_grades.area_list(lines[i][0][m.end():])
                if kinds & article_areas.SPECIFIC:
                    found.append((i, article_area_grades.grade_of(m["g"]), frozenset(kinds), owners[i]))
    # a head grading the areas listed after it
    for i in range(len(lines) - 1):
        grade = head(lines[i][0]) if own(i) else None
        if grade is None or _earlier(lines[i][0]) or not fresh(i):
            continue
        for j in range(i + 1, min(len(lines), i + 9)):
            kinds = area_line(lines[j][0]) if own(j, owners[i]) else set()
            if not kinds:
                break
            found.append((i, grade, frozenset(kinds), owners[i]))
    return found


def _run_back(lines: list[tuple[str, frozenset[str]]], i: int) -> int:
    """How many area/grade line pairs stand just before the pair at `i`."""
    n = 0
    while i - 2 >= 0 and area_line(lines[i - 2][0]) and grade_line(lines[i - 1][0]):
        n += 1
        i -= 2
    return n


def _first_of_run(graded: dict, i: int) -> int:
    while i - 1 in graded:
        i -= 1
    return i


__all__ = ["area_line", "closing", "grade_line", "graded_line", "head", "table_grades"]
