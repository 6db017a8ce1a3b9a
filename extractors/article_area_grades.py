"""Grades an article gives several judged areas at once, in the forms the sentence reader's
grade-verb-subject reading does not cover. Pure: a lower-cased, normalised sentence in, the
(grade, areas) pairs it states out; whose grade and which inspection are the reader's business.

The families of wording (each with its own rule below):
- a grade as a noun with the areas it is for: "outstanding ratings in two categories, children in
  care and the impact of leaders", "three good assessments in four categories: ...", "a good
  rating was given to the help and protection of children";
- areas as the subject of a grade noun: "help and protection, children in care and leadership all
  merited the 'good' grade";
- a further count of areas after a grade: "... and good in two more, including children in care";
- "this accolade", "the same grade", "the rating" for areas: the grade said just before;
- "the only area which required improvement was help and protection", "with only child protection
  rated good", "help and protection was the only area judged good";
- "outstanding in all categories bar help and protection, for which it was good";
- a gapped list: "leadership was judged good, help and protection outstanding";
- a grade for "all categories:" followed by the areas, one a line ("1. Leadership, management and
  governance").

Every rule needs the areas named as Ofsted names them (or close): a list that runs into other words
("the council's work with partners") ends there, and a phrase that names no area gives nothing.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from extractors import article_areas
from extractors import article_words as w

_G = w.GRADE_TERM
_NOUN = r"(?:ofsted\s+)?(?:ratings?|grades?|gradings?|(?:sub[- ]?)?judgements?|(?:sub[- ]?)?judgments?|assessments?|marks?|scores?|verdicts?)"
# "good assessments for children in need" is social work; an assessment is a grade only counted
# against areas ("three good assessments in four categories")
_COUNTED_ONLY = re.compile(r"\s+(?:assessments?|marks?|scores?)\b")
_SCALE_BEFORE = re.compile(rf"{_G}\s*(?:,|/|or|and|,\s*or|,\s*and)\s*$")
_SCALE_AFTER = re.compile(rf"\s*(?:,|/|or|and|,\s*or|,\s*and)\s*(?:{_G}|better|above|higher|worse|below)\b")
_COUNT = r"(?:one|two|three|four|five|six|[1-6])"
_AREA_WORD = r"(?:areas?|categories|category|judgements?|judgments?|criteria|aspects?|sections?|themes?|measures?)"
_SAME = r"(?:this|that|the\s+same)\s+(?:accolade|grade|grading|rating|judgement|judgment|mark|verdict|score|assessment)"
_GOT = (r"(?:earned|received|got|achieved|gained|secured|attracted|merited|had|"
        r"(?:was|were|has\s+been|have\s+been)\s+(?:given|awarded|handed|rated|judged|graded))")
_RATED = r"(?:rated|judged|graded|found\s+to\s+be|deemed|considered|assessed\s+as|assessed)"

# Words that may stand between the areas of a list, or before its first: links and the words of
# Ofsted's long names ("the experiences and progress of children who need help and protection").
_GAP = re.compile(r"(?:\s|,|&|\b(?:and|as\s+well\s+as|the|its|their|for|in|of|on|to|both|experiences?|progress|"
                  r"provision|services?|work|with|(?:local\s+)?(?:council|authority)'s|also|then|finally)\b"
                  r"|\d\.|\(?[a-e1-6]\)|[-*\u2022])*")
_LINK = re.compile(r",|&|\band\b|\bas\s+well\s+as\b|\n")
# Where a list of areas ends: a stop, a new clause.
_END = re.compile(r"[;.!?()]|\s(?:but|while|whilst|whereas|although|though|after|since|said|says|which|where|"
                  r"when|was|were|is|are|had|has|have|rated|judged|graded|received|got|merited|all|both)\b"
                  r"|,\s*(?:with|which|who|when|where|while|whilst|but|and\s+(?:is|are|was|were|has|have|had|good|"
                  r"outstanding|inadequate|requires?|required)\b)")
# The words a subject made only of areas may hold besides them.
_SUBJECT_WORDS = w.LABEL_WORDS | frozenset(
    "but also while whilst the its their all both each and services service council's authority's for areas those "
    "however meanwhile further furthermore provision work elsewhere".split())

_AREA_KINDS = article_areas.SPECIFIC | {article_areas.EFFECTIVENESS}


@dataclass(frozen=True)
class AreaGrade:
    """A grade the sentence gives areas. `grade` None: "the same grade", the grade said just
    before. `at`: where the grade (or the words standing for it) is; `subject_end`: where the
    words before it that may say whose and when end (for the reader's role and year)."""

    grade: str | None
    kinds: frozenset[str]
    at: int
    end: int
    rule: str
    list_end: int = -1  # where the words naming the areas end (-1: at `end`)
    clause: int = -1  # where the clause whose subject the areas are begins (-1: not known)
    follows: int = -1  # where the grade of the same inspection said just before is ("..., and good in two more")


def grade_of(text: str) -> str | None:
    m = w.GRADE.match(text)
    return w.grade_code(m) if m else None


def area_list(text: str, lead: int = 0, *, end: re.Pattern = _END, gap: re.Pattern = _GAP, link: re.Pattern = _LINK,
              words=re.compile(r"[a-z][a-z'-]*").findall) -> tuple[set[str], int]:
    """The areas a list at the start of `text` names, and where it ends; `lead` words of no
    area may come first. `end`, `gap`, `link` and `words` (what counts as a word of the lead) are
    this module's; the sentence reader passes its own, narrower ones."""
    stop = end.search(text)
    phrase = text[:stop.start()] if stop else text
    kinds: set[str] = set()
    cursor = 0
    spans = [sp for sp in article_areas.area_spans(phrase) if sp[2] in _AREA_KINDS]
    for n, (s, e, kind) in enumerate(spans):
        between = phrase[cursor:s]
        first_ok = n == 0 and len(words(between)) <= lead
        if not (first_ok or gap.fullmatch(between)) or (n and not link.search(between)):
            break
        kinds.add(kind)
        cursor = e
    return kinds, cursor


def subject_areas(text: str, more_words: frozenset[str] = frozenset()) -> set[str]:
    """The areas of a subject made of areas alone ("But the impact of leaders, the experiences and
    progress of children in care, and the overall effectiveness of services all"): empty when any
    other word stands in it."""
    spans = [sp for sp in article_areas.area_spans(text) if sp[2] in _AREA_KINDS]
    if not spans:
        return set()
    rest, last = [], 0
    for s, e, _ in spans:
        rest.append(text[last:s])
        last = e
    rest.append(text[last:])
    words = re.findall(r"[a-z][a-z'-]*", " ".join(rest))
    if any(t not in _SUBJECT_WORDS and t not in more_words for t in words):
        return set()
    return {k for _, _, k in spans}


def _clause_start(low: str, end: int) -> int:
    """Where the clause that ends at `end` begins, for a subject that is a list (commas and "and"
    belong to it, and semicolons between areas: `list_start`)."""
    return list_start(low, _bare_clause_start, _bare_clause_start(low, end), subject_areas)


def _bare_clause_start(low: str, end: int) -> int:
    last = 0
    for m in re.finditer(r"[;:(]|\s-\s|\s(?:but|while|whilst|whereas|although|though|however|that|said|says)\s|^(?:but|however)\s",
                         low[:end]):
        last = m.end()
    return last


def list_start(low: str, clause_start, start: int, areas) -> int:
    """Where a subject that begins its clause at `start` begins when semicolons part a list of areas (as
    Ofsted's summaries and the councils quoting them do: "the impact of leaders ...; the experiences and
    progress of children who need help and protection and ... all require improvement to be good"): the
    list's first item (`clause_start(low, at)` finds where each part before a semicolon begins). A part
    with any other word in it (`areas(part)` is empty: "help and protection was judged good;") ends
    the list."""
    while True:
        semicolon = re.search(r";\s*(?:and\s+)?$", low[:start])
        if semicolon is None:
            return start
        before = clause_start(low, semicolon.start())
        that = list(re.finditer(r"\bthat\s", low[before:semicolon.start()]))
        before += that[-1].end() if that else 0  # "inspectors found that the impact of leaders; ..."
        if not areas(low[before:semicolon.start()]):
            return start
        start = before


# -- the rules -------------------------------------------------------------------------------
_NOUN_AREAS = re.compile(
    rf"(?P<g>{_G})\s+{_NOUN}\s*,?\s*(?:(?:was|were|has\s+been|have\s+been|is|are)\s+"
    r"(?:given|awarded|attributed|handed|assigned|applied)\s+)?"
    rf"(?:(?:to|for|in|across)\s+(?:the\s+)?(?P<count>(?:{_COUNT}|a\s+number\s+of|several|some)\s+"
    r"(?:other\s+|more\s+|further\s+|key\s+|main\s+|separate\s+)*"
    rf"{_AREA_WORD}(?:\s+(?:out\s+)?of\s+(?:the\s+)?{_COUNT})?\s*(?:[,:-]\s*)?)?"
    r"|,?\s*(?:which|that)\s+(?:included|include|includes|were|are|covered|cover)\s*:?\s*)"
    r"(?:(?P<named>including|namely|which\s+(?:were|are|included?)|these\s+(?:were|being)|among(?:st)?\s+them|such\s+as|"
    r"for)\s*:?\s*)?"
)
_MORE_AREAS = re.compile(
    rf"(?P<g>{_G})\s+(?:(?:in|for|across)\s+(?:the\s+)?(?:other\s+)?{_COUNT}\s+(?:other|more|further|remaining)"
    rf"(?:\s+{_AREA_WORD})?|(?:in|for|across)\s+(?:the\s+)?(?:other|remaining)\s+{_COUNT}(?:\s+{_AREA_WORD})?)"
    r"\s*(?:,\s*|\s+)(?:including|namely|:|-)\s*"
)
# Before a further count: the grade is coordinated with an earlier one, or governed by a verb.
_MORE_LEFT = re.compile(rf"(?:\b(?:and|but|while|whilst|with)|\b{_RATED}(?:\s+as)?|\b(?:was|were|is|are)"
                        rf"(?:\s+{_RATED})?(?:\s+(?:to\s+be|as))?)\s+$")
_SUBJECT_NOUN = re.compile(
    rf"\s(?P<verb>(?:(?:all|both|each|also|have|has|then)\s+)*(?:merited|received|got|earned|achieved|secured|gained|"
    r"attracted|(?:were|was|have\s+been|has\s+been)\s+(?:(?:all|both|each|also)\s+)*(?:given|awarded|handed)))"
    r"\s+(?:a|an|the)\s+(?:(?:lowest|highest|top|worst|best)\s+(?:possible\s+)?(?:ofsted\s+)?(?:grade|rating)\s+(?:of\s+)?"
    rf"(?P<g1>{_G})\b|(?:(?:lowest|highest|top|worst|best|same)\s+)?(?P<g>{_G})\s+{_NOUN}\b)"
)
_SAME_FOR = re.compile(rf"\b(?P<anchor>{_GOT}\s+{_SAME})\s+(?:for|in|across)\s+")
_SUBJECT_SAME = re.compile(
    rf"\s(?P<anchor>(?:(?:all|both|each|also)\s+)*(?:{_GOT}\s+{_SAME}|(?:was|were)\s+(?:also\s+)?(?:rated|judged|graded)\s+"
    r"the\s+same))\b(?!\s+(?:as|for|in)\b)"
)
_COUNT_SAME = re.compile(
    rf"\b(?P<anchor>{_COUNT}\s+(?:(?:out\s+)?of\s+(?:the\s+)?{_COUNT}\s+)?(?:assessed\s+|judged\s+|key\s+|other\s+)?{_AREA_WORD}"
    rf"\s+(?:were|was)\s+(?:also\s+)?(?:given|awarded|handed)\s+(?:the|this|that)\s+(?:same\s+)?"
    r"(?:rating|grade|judgement|judgment|verdict|grading))\s*,?\s*(?:including|namely)\s+"
)
_ONLY_FIRST = re.compile(
    rf"\bthe\s+(?:only|{_COUNT}|other|remaining)\s+(?:(?:judgement|judgment|inspection|key|main|other)\s+)?"
    r"(?:areas?|categories|category|judgements?|judgments?|aspects?|parts?|elements?|one)"
    r"(?:\s+of\s+(?:the\s+|its\s+)?(?:[a-z']+\s+){0,2}?(?:service|services|inspection|report|work))?"
    r"\s+(?:(?:which|that|to|where)\s+)?(?:(?:still|now|was|is|were|be|been|being|also)\s+)*"
    rf"(?:{_RATED}\s+(?:as\s+|to\s+be\s+)?)?(?P<g>{_G})\s*,?\s*(?:(?:which|that)\s+)?(?:was|is|were|are)\s+"
    r"(?:that\s+of\s+|those\s+of\s+|for\s+|in\s+)?"
)
_ONLY_AFTER = re.compile(
    r"\s(?:was|is)\s+(?:also\s+)?the\s+only\s+(?:(?:judgement|judgment|key|main)\s+)?(?:area|category|judgement|judgment|aspect|one)"
    r"\s+(?:(?:to\s+be|which\s+was|that\s+was|which\s+is|that\s+is|to|which|that)\s+)?(?:(?:still|now)\s+)?"
    rf"(?:{_RATED}\s+(?:as\s+|to\s+be\s+)?)?(?P<g>{_G})\b"
)
_ONLY_WITH = re.compile(r"\bwith\s+only\s+(?:the\s+)?")
_ONLY_GRADE = re.compile(rf"\s*(?:(?:was|were|is|are)\s+)?(?:still\s+)?(?:being\s+)?(?:{_RATED}\s+(?:as\s+|to\s+be\s+)?)?"
                         rf"(?P<g>{_G})\b")
# An area as the subject of its own clause, the rating verb a few words on: "... and the adoption
# element of the service was singled out for praise and rated as good".
_CLAUSE_SUBJECT = re.compile(
    r"(?:^|,\s*|;\s*|\s(?:and|but|while|whilst|whereas)\s+)(?P<subject>(?:the|its|their)\s+[a-z' -]{3,90}?)\s+"
    r"(?:was|were|is|are|has\s+been|have\s+been)\s+(?:[a-z]+\s+){0,7}?(?:and\s+)?(?:rated|judged|graded|assessed)\s+"
    rf"(?:as\s+|to\s+be\s+)?(?P<g>{_G})\b"
)
_PART_WORDS = frozenset("element part side aspect of service".split())
# "This area will require improvement to be good": the one area the sentence before names.
_THIS_AREA = re.compile(
    r"^(?:but\s+|however,?\s+|and\s+)?(?:this|that)\s+(?:area|aspect|category|judgement|judgment|part\s+of\s+the\s+service)\s+"
    r"(?:(?:will|has|have|had|was|is|were|also|still|been|being|now)\s+)*(?:(?:rated|judged|graded|found|deemed|assessed)\s+)?"
    rf"(?:as\s+|to\s+be\s+|to\s+)?(?P<g>{_G})\b"
)
# Areas, then "require improvement" as their verb: "services for children in need of help and
# protection and those both in and leaving care, require improvement to be good".
_VERBAL = re.compile(r"\s*[,-]?\s*(?:(?:both|all|still|each|also|now|do|did)\s+)*"
                     r"(?P<g>(?:requires?|required)\s+improvement(?:\s+to\s+be\s+good)?)\b")
_IN_AREA = re.compile(
    r"(?:^|,\s*|;\s*|\s(?:but|and|while|whilst|however)\s+)(?:in|for|on)\s+(?P<areas>(?:the\s+)?[a-z' -]{3,120}?)"
    r"(?:\s+(?:category|area|judgement|judgment|section|strand))?\s*,\s*(?:the\s+(?:service|services|council|authority|"
    r"local\s+authority|department)|it|they)\s+(?:was|were|is|are|has\s+been)\s+(?:(?:said|judged|rated|found|deemed|"
    rf"considered|graded|assessed)\s+)?(?:to\s+)?(?:be\s+)?(?:as\s+)?(?P<g>{_G})\b(?!\s+(?:at|enough|practice|progress|work|support)\b)"
)
_BAR = re.compile(
    rf"(?P<g>{_G})\s+(?:overall\s+)?(?:in|for|across)\s+(?:all|every|each)\s+(?:(?:three|four|five|six|[3-6])\s+)?"
    rf"(?:other\s+)?(?:key\s+|main\s+|judgement\s+|judgment\s+|inspection\s+|of\s+the\s+)?{_AREA_WORD}\s*,?\s*"
    r"(?:bar|except(?:\s+for)?|apart\s+from|other\s+than|save\s+for|save|but\s+for)\s+"
)
# "outstanding for overall effectiveness and in the key areas of leadership and help and protection"
# An area, then a relative clause that grades it: "its local safeguarding children board, which Ofsted
# said requires improvement", "adoption, which was rated outstanding".
_WHICH = re.compile(
    r"\s*,\s*which\s+(?:(?:ofsted|inspectors|the\s+(?:report|inspectorate|watchdog|regulator))\s+(?:said|says|found|judged|"
    r"rated|deemed|considered)\s+)?(?:(?:was|is|were|are|also|still)\s+)*(?:(?:rated|judged|graded|found\s+to\s+be|"
    rf"deemed|considered|assessed\s+as)\s+)?(?:as\s+|to\s+be\s+|to\s+)?(?P<g>{_G})\b"
)
_AREAS_OF = re.compile(
    rf"(?P<g>{_G})\s+(?P<overall>(?:overall|for\s+(?:its\s+|the\s+)?overall\s+effectiveness)\s*,?\s*(?:and|as\s+well\s+as)\s+)?"
    rf"(?:in|for|across)\s+the\s+(?:(?:key|main|judgement|judgment|inspection|other|{_COUNT})\s+)*"
    r"(?:areas?|categories|judgements?|judgments?)\s+of\s+"
)
# "The judgements were: overall effectiveness, good; help and protection, requires improvement; ..."
_ITEM = re.compile(rf"(?:^|[:;]\s*)(?P<areas>[a-z][a-z' ,-]{{2,120}}?)\s*(?:,|-|:)\s*(?P<g>{_G})\s*(?=;|$|\.\s*$)")
# A verb governs the grade: "rated (Sefton) outstanding", "was judged to be good", "is good".
_BAR_LEFT = re.compile(rf"(?:\b{_RATED}(?:\s+[a-z'-]+){{0,5}}?|\b(?:was|were|is|are|be|been))\s+(?:as\s+|to\s+be\s+)?$")
_BAR_GRADE = re.compile(
    r"\s*,?\s*(?:(?:for|in)\s+which\s+(?:it|they|the\s+(?:council|authority|service|services))\s+(?:was|were|is|are)\s+"
    r"|(?:which|where\s+it)\s+(?:was|were|is|are)\s+(?:(?:still\s+)?(?:rated|judged|graded|found\s+to\s+be)\s+)?"
    r"|(?:where|in\s+which)\s+(?:it|they|the\s+(?:council|authority|service|services))\s+(?:still\s+)?(?=requir)"
    r"|(?:which|that)\s+(?:was\s+|were\s+)?|(?:rated|judged|graded)\s+|-\s*)(?:(?:rated|judged|graded)\s+)?(?:as\s+)?"
    rf"(?P<g>{_G})\b"
)
_GAPPED = re.compile(
    # what the grade before may have said of its own areas: "overall", "in all but one of the four areas"
    rf"^(?:\s*(?:overall|(?:in|for|across)\s+(?:[a-z]+\s+){{0,6}}?{_AREA_WORD}))?"
    r"\s*(?:,|;|,?\s*and|,?\s*while|,?\s*whilst|,?\s*with|,?\s*but|,?\s*whereas)\s+"
    r"(?P<areas>.+?)\s*,?\s*(?:(?:was|were|is|are)\s+)?(?:(?:also\s+)?(?:rated|judged|graded|found\s+to\s+be|deemed)\s+)?"
    r"(?:as\s+|to\s+be\s+)?$"
)
# A line that ends in a grade for areas listed on the lines after it: "Essex achieved 'good' in all
# categories:", "rated good in the following areas:".
_LIST_HEAD = re.compile(
    rf"(?P<g>{_G})\s+(?:(?:rating|grade|judgement|judgment)s?\s+)?(?:in|for|across)\s+(?:all\s+(?:(?:three|four|five|[3-5])\s+)?"
    rf"(?:of\s+(?:the|its)\s+)?|the\s+following\s+(?:(?:three|four|five|[3-5])\s+)?|(?:each\s+of\s+)?(?:the|these|its)\s+"
    rf"(?:three|four|five|[3-5])\s+)(?:(?:key|main|inspection|judgement|judgment|ofsted)\s+)*{_AREA_WORD}\s*:\s*$"
    # "the following areas which have all been rated as good:"
    rf"|\b(?:the\s+following|these|its|the)\s+(?:(?:three|four|five|[3-5])\s+)?(?:(?:key|main|inspection|judgement|judgment)\s+)*"
    rf"{_AREA_WORD}\s*,?\s+(?:which|that)\s+(?:have|has|were|was|are)\s+(?:all\s+|each\s+|both\s+)?(?:been\s+)?(?:all\s+)?"
    rf"(?:rated|judged|graded|found\s+to\s+be|assessed)\s+(?:as\s+)?(?P<g2>{_G})\s*:\s*$"
)
_ENUMERATOR = re.compile(r"^\s*(?:\d{1,2}[.)]|\(?[a-e]\)|[-*\u2022])?\s*$")


def area_grades(low: str) -> list[AreaGrade]:
    """Every (grade, areas) the sentence states in the families above; not a grade of a scale
    ("good or outstanding ratings for leadership", "good or better")."""
    return [f for f in _area_grades(low) if not _SCALE_BEFORE.search(low[:f.at])
            and not (f.grade and _SCALE_AFTER.match(low, f.end))]


def _area_grades(low: str) -> list[AreaGrade]:
    found: list[AreaGrade] = []
    for m in _NOUN_AREAS.finditer(low):
        # "among them achieving stability for children in care": a few words may lead a named list
        kinds, end = area_list(low[m.end():], lead=3 if m["named"] and m["named"] != "for" else 0)
        if m["count"] is None and _COUNTED_ONLY.match(low, m.end("g")):
            continue
        if kinds & article_areas.SPECIFIC and (m["count"] is None or _COUNT_ENDS_LIST(m)):
            found.append(AreaGrade(grade_of(m["g"]), frozenset(kinds), m.start("g"), m.end("g"), "noun", m.end() + end))
    for m in _MORE_AREAS.finditer(low):
        kinds, end = area_list(low[m.end():])
        if kinds & article_areas.SPECIFIC and _MORE_LEFT.search(low[:m.start()]):
            earlier = [g.start() for g in w.GRADE.finditer(low, 0, m.start())]
            found.append(AreaGrade(grade_of(m["g"]), frozenset(kinds), m.start("g"), m.end("g"), "more", m.end() + end,
                                   follows=earlier[-1] if earlier else -1))
    for m in _SUBJECT_NOUN.finditer(low):
        kinds = subject_areas(low[_clause_start(low, m.start()):m.start()])
        g = "g" if m["g"] else "g1"
        if kinds & article_areas.SPECIFIC:
            found.append(AreaGrade(grade_of(m[g]), frozenset(kinds), m.start(g), m.end(g), "subject"))
    for m in _SAME_FOR.finditer(low):
        kinds, _ = area_list(low[m.end():])
        if kinds & article_areas.SPECIFIC:
            found.append(AreaGrade(None, frozenset(kinds), m.start("anchor"), m.end("anchor"), "same"))
    for m in _SUBJECT_SAME.finditer(low):
        kinds = subject_areas(low[_clause_start(low, m.start()):m.start()])
        if kinds & article_areas.SPECIFIC:
            found.append(AreaGrade(None, frozenset(kinds), m.start("anchor"), m.end("anchor"), "same"))
    for m in _COUNT_SAME.finditer(low):
        kinds, _ = area_list(low[m.end():])
        if kinds & article_areas.SPECIFIC:
            found.append(AreaGrade(None, frozenset(kinds), m.start("anchor"), m.end("anchor"), "same"))
    for m in _ONLY_FIRST.finditer(low):
        kinds, end = area_list(low[m.end():])
        if kinds & article_areas.SPECIFIC:
            found.append(AreaGrade(grade_of(m["g"]), frozenset(kinds), m.start("g"), m.end("g"), "only", m.end() + end))
    for m in _ONLY_AFTER.finditer(low):
        kinds = subject_areas(low[_clause_start(low, m.start()):m.start()])
        if kinds & article_areas.SPECIFIC:
            found.append(AreaGrade(grade_of(m["g"]), frozenset(kinds), m.start("g"), m.end("g"), "only"))
    for m in _ONLY_WITH.finditer(low):
        kinds, end = area_list(low[m.end():])
        g = _ONLY_GRADE.match(low, m.end() + end)
        if kinds & article_areas.SPECIFIC and g and w.GRADE.match(low, g.start("g")):
            found.append(AreaGrade(grade_of(g["g"]), frozenset(kinds), g.start("g"), g.end("g"), "only"))
    for m in _VERBAL.finditer(low):
        start = _clause_start(low, m.start())
        kinds = subject_areas(low[start:m.start()])
        if kinds & article_areas.SPECIFIC:
            found.append(AreaGrade(grade_of(m["g"]), frozenset(kinds), m.start("g"), m.end("g"), "verbal", clause=start))
    for m in _WHICH.finditer(low):
        spans = [sp for sp in article_areas.area_spans(low[:m.start()]) if sp[2] in _AREA_KINDS]
        if spans and spans[-1][1] == m.start() and spans[-1][2] in article_areas.SPECIFIC:
            found.append(AreaGrade(grade_of(m["g"]), frozenset({spans[-1][2]}), m.start("g"), m.end("g"), "which",
                                   clause=spans[-1][0]))
    for m in _IN_AREA.finditer(low):
        kinds = subject_areas(m["areas"])
        if kinds & article_areas.SPECIFIC:
            found.append(AreaGrade(grade_of(m["g"]), frozenset(kinds), m.start("g"), m.end("g"), "in-area",
                                   clause=m.start("areas")))
    for m in _CLAUSE_SUBJECT.finditer(low):
        kinds = subject_areas(m["subject"], _PART_WORDS)
        start = list_start(low, _bare_clause_start, m.start("subject"), lambda part: subject_areas(part, _PART_WORDS))
        kinds |= subject_areas(low[start:m.start("subject")].replace(";", ","), _PART_WORDS) if kinds else set()
        if kinds & article_areas.SPECIFIC and not any(found_.at == m.start("g") for found_ in found):
            found.append(AreaGrade(grade_of(m["g"]), frozenset(kinds), m.start("g"), m.end("g"), "clause",
                                   clause=start))
    for m in _AREAS_OF.finditer(low):
        kinds, end = area_list(low[m.end():], lead=1)  # "(children) achieving permanence"
        if kinds & article_areas.SPECIFIC and _BAR_LEFT.search(low[:m.start()]):
            kinds |= {article_areas.EFFECTIVENESS} if m["overall"] else set()
            found.append(AreaGrade(grade_of(m["g"]), frozenset(kinds), m.start("g"), m.end("g"), "areas-of",
                                   m.end() + end))
    for m in _ITEM.finditer(low):
        kinds = subject_areas(m["areas"])
        if kinds and (kinds & article_areas.SPECIFIC or len(_ITEM.findall(low)) > 1):
            found.append(AreaGrade(grade_of(m["g"]), frozenset(kinds), m.start("g"), m.end("g"), "item",
                                   clause=m.start("areas")))
    for m in _BAR.finditer(low):
        if not _BAR_LEFT.search(low[:m.start()]):
            continue
        kinds, end = area_list(low[m.end():])
        if re.match(r"\s*(?:the\s+)?overall(?:\s+effectiveness)?\b", low[m.end():]):
            continue  # "good in all areas except overall effectiveness": not the overall grade
        found.append(AreaGrade(grade_of(m["g"]), frozenset({article_areas.EFFECTIVENESS}), m.start("g"), m.end("g"),
                               "bar"))
        second = _BAR_GRADE.match(low, m.end() + end)
        if kinds & article_areas.SPECIFIC and second:
            found.append(AreaGrade(grade_of(second["g"]), frozenset(kinds), second.start("g"), second.end("g"), "bar",
                                   follows=m.start("g")))
    return found


def _COUNT_ENDS_LIST(m: re.Match) -> bool:
    """A count of areas is followed by their list only after a comma, colon, dash or "including"."""
    return bool(re.search(r"[,:-]\s*$|(?:including|namely|were|are|included?|being|them|as)\s*:?\s*$", m.group()))


def without_counts(text: str) -> str:
    """`text` without counts of judged areas ("in three areas", "in all areas") and without the
    areas' names ("those leaving care"): their "areas" and "those" are no other councils."""
    kept, last = [], 0
    for s, e, kind in article_areas.area_spans(text):
        if kind in _AREA_KINDS:
            kept.append(text[last:s])
            last = e
    text = " ".join([*kept, text[last:]])
    return re.sub(rf"\b(?:{_COUNT}|all|other|key|main|the|more)\s+(?:key\s+|main\s+|other\s+)?(?:areas?|categories)\b", " ", text)


def gapped_areas(between: str) -> set[str]:
    """The areas of a gapped clause between an earlier grade and this one: ", help and protection"
    in "leadership was judged good, help and protection outstanding"."""
    m = _GAPPED.match(between)
    if not m:
        return set()
    kinds = subject_areas(m["areas"])
    return kinds if kinds & article_areas.SPECIFIC else set()


def this_area(low: str) -> str | None:
    """The grade a sentence gives "this area" ("This area will require improvement to be good"),
    or None; the area is the one the sentence before names."""
    m = _THIS_AREA.match(low)
    return grade_of(m["g"]) if m else None


def named_areas(low: str) -> set[str]:
    """The judged areas a sentence names (not the authority's services as a whole)."""
    return {k for _, _, k in article_areas.area_spans(low) if k in article_areas.SPECIFIC}


def without_since(low: str) -> str:
    """`low` without "since the last inspection" (a time since, no grade of that inspection)."""
    return re.sub(r"\bsince\s+(?:the|its|our|their)\s+(?:last|previous|earlier)\s+(?:full\s+|ofsted\s+)?inspection\b", " ", low)


def speaks_of_earlier(low: str) -> bool:
    """`low` speaks of an earlier inspection ("at the previous inspection", "in 2015, when"), other
    than as the time since the last one."""
    low = without_since(low)
    return bool(w.PREVIOUS_BEFORE.search(low) or w.EARLIER_FRAME.search(low))


def list_head(low: str) -> str | None:
    """The grade a line gives the areas listed on the lines after it ("... achieved 'good' in all
    categories:"), or None."""
    m = _LIST_HEAD.search(low)
    return grade_of(m["g"] or m["g2"]) if m else None


def list_item(low: str) -> set[str] | None:
    """The areas of one line of a list of areas ("2. The experience of children looked after and
    achieving permanence"); None for an enumerator alone ("1."); empty for a line of anything else."""
    if _ENUMERATOR.fullmatch(low):
        return None
    body = re.sub(r"^\s*(?:\d{1,2}[.)]|\(?[a-e]\)|[-*\u2022])\s*", "", low).rstrip(" .;,")
    return subject_areas(body)


__all__ = ["AreaGrade", "area_grades", "area_list", "gapped_areas", "list_head", "list_item", "subject_areas",
           "this_area", "named_areas", "without_counts", "without_since"]
