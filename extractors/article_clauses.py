"""A reading of the clause around a grade: which judged areas it names, before or after the grade,
in whatever words the clause joins them with. Pure: a lower-cased, normalised sentence in, the
(grade, areas) pairs its clauses state out; whose grade and which inspection are the sentence
reader's business (`article_claims`), as for `article_area_grades`, whose `AreaGrade` it returns.

A clause grades areas in three shapes, each with a grade phrase that makes the grade a judgement:
- GRADE, then AREAS: the grade governed by a rating verb or noun ("was rated good", "judged to be
  outstanding", "received an 'inadequate' rating", "and outstanding" after an earlier rating), then
  a word that ties areas to it ("for", "in", "across", "when it came to", "in terms of") and the
  areas, possibly as the service that serves them ("for its work with care leavers", "in the
  services provided to children in need of help and protection, to those in its care, as well as
  the leadership of those services");
- AREAS as the object of the rating verb: "judged the adoption services to be outstanding", "rated
  help and protection as good", "found its services for care leavers were outstanding";
- AREAS fronted: "When it came to care leavers, inspectors rated the service outstanding", "In
  terms of leadership, the council was judged good".
The contrasts ("but", "while", "whereas", "although") end a clause: each side has its own grade.

Every shape needs the areas named as Ofsted names them, with no other words among them than the
words of a service ("services", "work", "provision", "provided to"): "good for the council's
partnership work" names no area and gives nothing.
"""
from __future__ import annotations

import re

from extractors import article_areas
from extractors import article_whose
from extractors import article_words as w
from extractors.article_area_grades import AreaGrade, grade_of, list_start, subject_areas, without_counts

_G = w.GRADE_TERM
_RATED = r"(?:rated|judged|graded|found|deemed|assessed|considered|classed|classified|said|declared|rating|judging|grading)"
_NOUN = r"(?:ofsted\s+)?(?:ratings?|grades?|gradings?|(?:sub[- ]?)?judgements?|(?:sub[- ]?)?judgments?|verdicts?|marks?)"
# Where a clause begins: a stop, a contrast, a colon or bracket.
_CLAUSE = re.compile(r"[;:()]|\s-\s|\s(?:but|while|whilst|whereas|although|though|however)\s|^")

# "(it is) one of only three local authorities in the country to (secure, be rated)": the subject is one of
# them, the grade its own.
_ONE_OF = re.compile(r"\bone\s+of\s+(?:only\s+|just\s+|the\s+)*(?:(?:a\s+)?(?:few|handful|small\s+number|two|three|four|five|six|"
                     r"seven|eight|nine|ten|\d{1,2})\s+)?(?:of\s+)?(?:(?:local\s+)?(?:councils|authorities)\s+)?"
                     r"(?:(?:in|across|nationally)\s+(?:the\s+)?(?:country|england|the\s+north(?:\s+(?:east|west))?|the\s+region|"
                     r"the\s+[a-z]+\s+[a-z]+)\s+)?to\s+(?=(?:have\s+)?(?:be|been|secure|receive|achieve|get|hold|gain|earn|win|"
                     r"have\s+(?:its|their)\b))")
# A change of grade: "downgraded from outstanding to good", "improved from inadequate to requires improvement".
_FROM_TO = re.compile(r"\b(?:downgraded|upgraded|improved|improving|improves|moved|moving|moves|rose|risen|went|gone|going|fell|"
                      r"fallen|dropped|slipped|jumped|promoted|demoted|climbed|lifted|raised)\s+(?:\w+\s+){0,2}?from\s+(?:an?\s+)?"
                      rf"(?P<was>{_G})\s*(?:rating\s+|grade\s+)?to\s+(?:an?\s+)?$")
_ONE_OF_GRADE = re.compile(r"(?:(?:have\s+)?(?:be|been)\s+(?:(?:rated|judged|graded|deemed|found\s+to\s+be)\s+)(?:as\s+)?"
                           rf"(?P<g>{_G})(?:\s+overall|\s+(?:by|for)\s+(?:ofsted|its\s+children's\s+services|children's\s+services))*"
                           # "to receive a second consecutive outstanding rating (from Ofsted)"
                           r"|(?:receive|secure|achieve|get|gain|earn|win|hold)\s+(?:an?|the|its|their)\s+"
                           r"(?:(?:second|third|fourth|first)\s+)?(?:(?:consecutive|successive|straight)\s+)?(?:overall\s+)?"
                           rf"(?P<g2>{_G})\s+(?:ofsted\s+)?(?:rating|grade|judgement|judgment)(?:\s+(?:from|by)\s+ofsted)?)"
                           r"\s*(?=[,.;]|$|\s+(?:by|under|in|since|after|following)\b)")
# What may follow the grade before the words that tie areas to it: its noun, "overall", "to be good".
_AFTER_GRADE = re.compile(
    rf"(?:\s+{_NOUN})?(?:\s+(?:by\s+(?:ofsted|inspectors)|(?P<overall>overall\s*,?\s*(?:and|as\s+well\s+as)\s+(?:also\s+)?)"
    r"|overall|(?P<all>across\s+the\s+board|in\s+(?:all|every|each)\s+(?:(?:three|four|five|six|[3-6])\s+)?(?:key\s+|main\s+)?"
    r"(?:areas?|categories|category|judgements?|judgments?))\s*,?\s*including\s+))?\s*,?\s*")
# After the word that ties areas to the grade, words that announce the list: "in all four areas:",
# "in each of the key areas of", "in the areas of", "in all areas of the department, including"; and
# (`some`) a list after a colon of areas that are not all of them: "required improvement in key areas:
# children who need help and protection; ...".
_LIST_LEAD = re.compile(r"(?:the\s+)?(?:category|area|judgement|judgment|strand)\s+(?:assessing|covering|for|of|on)\s+"
                        r"|(?:(?:all|each|every)\s+(?:of\s+)?(?:the\s+|its\s+)?(?:(?:three|four|five|six|[3-6])\s+)?"
                        r"(?:key\s+|main\s+|judgement\s+|judgment\s+|inspection\s+)?(?:areas?|categories|category|judgements?|judgments?)"
                        r"(?:\s+of\s+(?:the|its|their)\s+(?:department|services?|council|authority|work))?"
                        r"\s*(?::|-|\u2013|,\s*(?:namely|including)|\s+(?:including|namely))\s*)"
                        r"|(?P<some>(?:(?:the\s+following|these|several|some|(?:the\s+)?(?:two|three|four|five|[2-5]))\s+)?"
                        r"(?:(?:key|main)\s+)?(?:areas?|categories|judgements?|judgments?)\s*:\s*)")
# (the longer ties first: "in relation to" is not "in" followed by "relation to ...")
_TIE = re.compile(r"(?:when\s+it\s+(?:came|comes)\s+to|in\s+terms\s+of|in\s+(?:respect|relation)\s+(?:of|to)|for|in|across|"
                  r"regarding|with\s+regard\s+to)\s+")
# The words of a service that serves the areas, between them: "its work with", "the services provided
# to", "provision for", ", to those", "as well as the".
_GAP = re.compile(r"(?:\s|,|&|\b(?:and|as\s+well\s+as|the|its|their|our|for|in|of|on|to|with|both|experiences?|progress|"
                  r"provision|provided|delivered|offered|services?|(?:local\s+)?(?:council|authority|service)'s|"
                  r"support|arrangements|also|overall|those)\b|-)*")
_LINK = re.compile(r",|&|\band\b|\bas\s+well\s+as\b")
_END = re.compile(r"[;.!?()]|\s(?:but|while|whilst|whereas|although|though|after|since|said|says|which|where|"
                  r"when|was|were|is|are|had|has|have|rated|judged|graded|received|got|all|both|because|despite)\b"
                  r"|,\s*(?:with|which|who|when|where|while|whilst|but|and\s+(?:is|are|was|were|has|have|had|good|"
                  r"outstanding|inadequate|requires?|required)\b)")
# A grade phrase that makes the grade a judgement, just before it: a rating verb (its object may stand
# between: "rated the services as"), a grade noun's article ("an", "a", "the top grade of"), or a
# coordinator after an earlier grade of the clause ("rated good overall, and outstanding for ...").
_VERB_LEFT = re.compile(rf"\b{_RATED}(?:\s+(?!(?:but|while|whilst|whereas|although|though|and|which|who)\b)[a-z'-]+){{0,4}}?"
                        r"\s+(?:as\s+|to\s+be\s+|to\s+have\s+been\s+|to\s+)?(?:an?\s+|the\s+)?$")
# A copula governs a grade only when its subject is the authority or its services: "it was good for ..."
_COPULA_LEFT = re.compile(r"\b(?:was|were|is|are|been|be)\s+(?:(?:also|now|still|both|all)\s+)?$")
_NOUN_LEFT = re.compile(r"\b(?:an?|the|its|their|his|her)\s+(?:(?:overall|new|latest|top|highest|lowest|same|second|"
                        r"consecutive|successive|repeat)\s+)*$")
_AND_LEFT = re.compile(r"(?:,\s*|\s)(?:and|but|while|whilst|whereas|as\s+well\s+as|with|including)\s+(?:an?\s+|the\s+)?$")
# A grade as a noun needs its noun or a verb of getting: "received an outstanding rating for ...".
_GOT_LEFT = re.compile(r"\b(?:received|receives|receiving|receive|achieved|achieves|achieving|achieve|secured|secures|"
                       r"securing|secure|earned|earn|gain|get|hold|holds|win|"
                       r"earns|gained|gains|got|gets|won|wins|retained|retains|kept|keeps|maintained|maintains|awarded|"
                       r"given|handed|including|with)\s+(?:(?:an?|the|its|their)\s+)?(?:[a-z'-]+\s+){0,2}?$")
# The object of a rating verb made of areas: "judged the adoption services to be", "rated help and
# protection as".
_INSPECTORATE = re.compile(r"\b(?:ofsted|inspectors?|inspectorate|watchdog|regulator|(?:the|its|their|a|latest)\s+report)\b"
                           r"[^.;:]*$")
_OBJECT_VERB = re.compile(r"\b(?:rated|judged|graded|found|deemed|assessed|considered|rating|judging|grading|finding)\b")
_OBJECT = re.compile(rf"\b(?:rated|judged|graded|found|deemed|assessed|considered|rating|judging|grading|finding)\s+(?P<obj>[a-z'&, -]{{3,300}}?)\s*,?\s+"
                     rf"(?:(?:as|to\s+be|to\s+have\s+been|to\s+(?=requir)|(?:was|were|is|are)\s+(?:(?:also|now|still|all|both)\s+)?)\s*)"
                     rf"(?:an?\s+)?(?P<g>{_G})\b")
# Areas as the subject of a passive rating verb: "Leadership and children in care were both rated good",
# "help and protection, and services for care leavers, have been judged to be outstanding".
_PASSIVE = re.compile(rf"\s*,?\s+(?:(?:was|were|has\s+been|have\s+been|had\s+been|are|is)\s+)(?:(?:all|both|each|also|now|again)\s+)*"
                      rf"(?:{_RATED}|assessed\s+as)\s+(?:(?:by\s+(?:ofsted|inspectors)|all|both|each|also)\s+)*"
                      rf"(?:as\s+|to\s+be\s+|to\s+have\s+been\s+|to\s+(?=requir))?(?:an?\s+)?(?P<g>{_G})\b")
# Words before a comma that set the clause after it in another time or inspection ("At its last inspection
# in 2015, help and protection was judged inadequate"): the areas after the comma are not read as its subject.
_TIME_CUE = re.compile(r"\b(?:(?:19|20)\d\d|when|after|before|since|until|following|previous|previously|last|earlier|prior|"
                       r"former|formerly|ago|then|now|today|latest|new|recent|next|first|once|again|at|during|if|unless)\b")
# A report's or inspectors' saying, before the areas it grades: "(the report) said (that)", "inspectors found".
_REPORTED = re.compile(r"\b(?:it|they|ofsted|inspectors|the\s+(?:report|inspectorate|watchdog|inspection))\s+"
                       r"(?:said|says|found|finds|concluded|concludes|judged|noted|notes|stated|states)\s+(?:that\s+)?")
# A relative clause in commas between the areas and their grade: ", which was inadequate in 2019, is now good".
_AFTER_RELATIVE = re.compile(r"\s*,\s*(?:which|that)\s+[^,;:()]{3,100},\s*(?:(?:is|are|was|were|has\s+been|have\s+been)\s+)"
                             r"(?:(?:now|also|still|both|all)\s+)*(?:(?:rated|judged|graded|deemed|found\s+to\s+be|considered)\s+)?"
                             rf"(?:as\s+|to\s+be\s+)?(?P<g>{_G})\b")
# Areas, then "require improvement" as their verb: "services for care leavers still require improvement".
_VERBAL = re.compile(r"\s*,?\s+(?:(?:still|also|now|both|all|each|do|did)\s+)*(?P<g>(?:requires?|required)\s+improvement"
                     r"(?:\s+to\s+be\s+good)?)\b")
# "The aspects requiring improvement included <areas>", "the areas rated good were <areas>", "the
# judgements of outstanding were for <areas>".
_GRADED_AREAS_WERE = re.compile(
    r"\bthe\s+(?:other\s+|remaining\s+|key\s+|main\s+)*(?:aspects?|areas?|categories|category|judgements?|judgments?|parts)\s+"
    r"(?:(?:that|which)\s+(?:were|was|are|is)\s+(?:still\s+)?)?(?:(?:rated|judged|graded|found\s+to\s+be|deemed|assessed\s+as)\s+"
    rf"(?:as\s+)?|of\s+|(?=requir))(?P<g>{_G})\s*,?\s+(?:(?:were|was|are|is|included|include|includes)\s+(?:for\s+)?)\s*:?\s*")
# Areas fronted, the grade in the clause after them: "When it came to care leavers, inspectors rated
# the service outstanding", "In terms of leadership, the council was judged good".
_FRONTED = re.compile(
    r"(?:^|[;:]\s*|\s(?:but|and|while|whilst|however)\s+|,\s*)(?:when\s+it\s+(?:came|comes)\s+to|in\s+terms\s+of|as\s+for|"
    r"with\s+regard\s+to|regarding|on|for|in)\s+"
    # "in the key inspection rating area of children looked after ...", "in the other two key areas of ..."
    r"(?:the\s+(?:other\s+)?(?:(?:two|three|four|five|key|main|inspection|rating|judgement|judgment)\s+)*"
    r"(?:areas?|categories|category)\s+of\s+)?"
    r"(?P<areas>[a-z'&, -]{3,140}?)\s*(?:,\s*|\s(?=(?:the\s+(?:service|services|council|authority|local\s+authority|department)|it|they)\s))"
    r"(?P<rest>(?:(?:ofsted|inspectors|the\s+(?:report|inspectorate|watchdog))\s+(?:rated|judged|graded|found|deemed|considered|"
    r"said|gave)\s+(?:(?:it|them|the\s+(?:service|services|council|authority|local\s+authority))\s+)?"
    r"|(?:it|they|the\s+(?:service|services|council|authority|local\s+authority|department))\s+(?:was|were|is|are|has\s+been|"
    r"have\s+been|received|achieved|got)\s+(?:(?:also|again|now|still)\s+)?(?:(?:rated|judged|graded|found|deemed|considered|"
    r"assessed|said)\s+)?)(?:as\s+|to\s+be\s+|to\s+)?(?:an?\s+)?)(?P<g>" + _G + r")\b")
_SERVICE_WORDS = frozenset("services service provision provided to delivered offered for the its their our "
                           "those with council's authority's and of in performance as well all both also".split())
_CONTRAST = re.compile(r"(?:,\s*|\s)(?:but|while|whilst|whereas)\s+$")
_SCALE_BEFORE = re.compile(rf"{_G}\s*(?:,|/|or|and|,\s*or|,\s*and)\s*$")
_SCALE_AFTER = re.compile(rf"\s*(?:,|/|or|,\s*or)\s*(?:{_G}|better|above|higher|worse|below)\b")


def clause_grades(low: str) -> list[AreaGrade]:
    """Every (grade, areas) the clauses of the lower-cased sentence `low` state in the shapes above;
    never a grade of a scale ("good or outstanding for leadership")."""
    found: list[AreaGrade] = []
    for g in article_whose.grades(low):  # grade words, and grades named by rank ("the top grade")
        if g.lastgroup == "abbr" or _SCALE_BEFORE.search(low[:g.start()]) or _SCALE_AFTER.match(low, g.end()):
            continue
        found.extend(_areas_after(low, g))
    for verb in _OBJECT_VERB.finditer(low):  # each verb: the object of one may hold another ("rated good, with inspectors rating")
        m = _OBJECT.match(low, verb.start())
        if m:
            found.extend(_object_areas(low, m))
    for m in [*_PASSIVE.finditer(low), *_VERBAL.finditer(low)]:
        start = _subject_start(low, m.start())
        kinds = _service_areas(low[start:m.start()])
        comma = low.rfind(",", start, m.start())
        reported = _REPORTED.search(low, start, m.start())
        if not kinds and reported:
            # "..., it said services for children who need help required improvement": the subject after the saying
            kinds = _service_areas(low[reported.end():m.start()])
            start = reported.end() if kinds else start
        if m.re is _VERBAL and not kinds and comma >= 0 and not re.match(r"\s*(?:which|who|that)\b", low[comma + 1:]) \
                and not _TIME_CUE.search(low[start:comma]):
            # "In Wigan, which was rated good, services for care leavers require improvement"; only with the verb
            # "require improvement": after a passive rating verb, the words before the comma more often set
            # another time or inspection than a place, and the reading is left out
            start = comma + 1
            kinds = _service_areas(low[start:m.start()])
        if kinds & article_areas.SPECIFIC and not _SCALE_AFTER.match(low, m.end("g")):
            found.append(AreaGrade(grade_of(m["g"]), frozenset(kinds), m.start("g"), m.end("g"), "clause-subject",
                                   clause=start))
    for m in _AFTER_RELATIVE.finditer(low):
        # "Help and protection, which was inadequate at the last inspection, is now good": the areas before the
        # relative clause are the subject of the grade after it
        start = _clause_start(low, m.start())
        kinds = _service_areas(low[start:m.start()])
        if kinds & article_areas.SPECIFIC and not _SCALE_AFTER.match(low, m.end("g")):
            found.append(AreaGrade(grade_of(m["g"]), frozenset(kinds), m.start("g"), m.end("g"), "clause-subject",
                                   clause=start))
    for m in _ONE_OF.finditer(low):
        # "It is one of only three councils to have been rated outstanding (overall)": the subject's overall grade
        g = _ONE_OF_GRADE.match(low, m.end())
        which = "g" if g and g["g"] else "g2"
        if g and not _SCALE_AFTER.match(low, g.end(which)) and not _doubted(low[_clause_start(low, m.start()):m.start()]):
            found.append(AreaGrade(grade_of(g[which]), frozenset({article_areas.EFFECTIVENESS}), g.start(which),
                                   g.end(which), "clause-one-of", clause=m.end()))
    for m in _GRADED_AREAS_WERE.finditer(low):
        kinds, end = _list_after(low[m.end():])
        if kinds & article_areas.SPECIFIC and not _not_its(low[_clause_start(low, m.start()):m.start()]):
            found.append(AreaGrade(grade_of(m["g"]), frozenset(kinds), m.start("g"), m.end("g"), "clause-areas-were",
                                   m.end() + end, clause=m.start()))
    for m in _FRONTED.finditer(low):
        kinds = _service_areas(m["areas"])
        if kinds & article_areas.SPECIFIC and not _SCALE_AFTER.match(low, m.end("g")):
            found.append(AreaGrade(grade_of(m["g"]), frozenset(kinds), m.start("g"), m.end("g"), "clause-fronted",
                                   clause=m.start("areas")))
    seen: set[tuple[int, frozenset]] = set()
    unique = []
    for f in found:
        if f.rule in ("clause-subject", "clause-object", "clause-fronted") and not _grade_ends(low, f.end):
            continue  # "good at keeping in touch", "good practice", "good enough": no grade
        if (f.at, f.kinds) not in seen:
            seen.add((f.at, f.kinds))
            unique.append(f)
    return unique


def _grade_ends(low: str, end: int) -> bool:
    """The grade word ending at `end` is a grade, not an adjective: what follows it is a stop, a quote, or a
    word that may follow a grade ("overall", "for", "rating", "in", "and")."""
    word = re.match(r"[\s'\"]*([a-z][a-z'-]*)", low[end:])
    return word is None or word.group(1) in w.FOLLOWERS or word.group(1) in ("as", "to", "under", "at") and bool(
        re.match(r"[\s'\"]*(?:as\s+well|to\s+be\s+good|under\s+(?:the|a|its)|at\s+(?:its|the|their|a)\s)", low[end:]))


def _clause_start(low: str, at: int) -> int:
    return max(m.end() for m in _CLAUSE.finditer(low, 0, at)) if at else 0


def _subject_start(low: str, at: int) -> int:
    """Where the subject of a verb at `at` begins: its clause, or the first item of a list of areas
    parted by semicolons (`article_area_grades.list_start`)."""
    return list_start(low, _clause_start, _clause_start(low, at), _service_areas)


def _governed(low: str, g: re.Match, start: int) -> int | None:
    """A grade phrase makes the grade a judgement: a rating verb before it, a grade noun after it
    with an article or verb of getting before, or a coordinator after an earlier graded phrase. None
    when nothing does; else -1, or where the earlier grade is when the grade continues it (a grade of the
    same inspection: "judged inadequate for leadership in 2019, and requires improvement for ...")."""
    before = low[start:g.start()]
    noun_after = g.lastgroup in ("top", "bottom") or re.match(rf"\s+{_NOUN}\b", low[g.end():])
    if _VERB_LEFT.search(before) or _FROM_TO.search(before):
        return -1
    copula = _COPULA_LEFT.search(before)
    if copula and {k for _, _, k in article_areas.area_spans(before[:copula.start()])} & {
            article_areas.PRONOUN, article_areas.SERVICE}:
        return -1
    if noun_after and (_NOUN_LEFT.search(before) or _GOT_LEFT.search(before)):
        return -1
    # the grade continued: the last one before that is no grade it had ("moved to good from requires improvement
    # in 2015 with outstanding for ...": good's)
    earlier = [x.start() for x in w.GRADE.finditer(low, 0, g.start())
               if not re.search(r"\bfrom\s+(?:an?\s+|the\s+|its\s+|their\s+)?$", low[:x.start()])] or [-1]
    if _AND_LEFT.search(before) and re.search(rf"\b{_RATED}\b|\b{_NOUN}\b", before) \
            and w.GRADE.search(before):
        return earlier[-1]  # "rated good overall, and outstanding for care leavers"
    series = re.search(r"[;,]\s*(?:and\s+)?(?:an?\s+)?$", low[:g.start()])
    if series and _series_before(low, series.start() + 1):
        return earlier[-1] if earlier else -1  # "rated it good for leadership; good for help and protection; and ..."
    if start and re.fullmatch(r"\s*(?:an?\s+)?", before) and _CONTRAST.search(low[:start]):
        # "rated good overall, but inadequate for care leavers": the contrast's first side has the verb
        first = low[_clause_start(low, start - 1 - len(_CONTRAST.search(low[:start]).group().strip())):start]
        if re.search(rf"\b{_RATED}\b|\b{_NOUN}\b", first) and w.GRADE.search(first):
            return earlier[-1]
    return None


def _series_before(low: str, start: int) -> bool:
    """The clause before `start` (ended by ";" or ",") grades areas itself: "G for <areas>", its
    grade governed, or ends in "G overall", so that a grade opening the next one continues the series."""
    end = len(low[:start].rstrip().rstrip(";,"))
    if re.search(rf"\b{_G}\s+overall$", low[:end]) and not w.HEDGE.search(low[:end]) and not w.NEGATION.search(low[:end]):
        return True  # "Trafford good overall, outstanding for care leavers"
    for g in w.GRADE.finditer(low, 0, end):
        found = _areas_after(low, g)
        if found and found[0].list_end >= 0 and not low[found[0].list_end:end].strip(" ,;"):
            return True
    return False


def _areas_after(low: str, g: re.Match) -> list[AreaGrade]:
    start = _clause_start(low, g.start())
    one_of = _ONE_OF.search(low, start, g.start())
    if one_of:
        if _doubted(low[start:one_of.start()]):
            return []
        start = one_of.end()  # "it is one of only three councils to secure ...": the councils are its company
    follows = _governed(low, g, start)
    if follows is None or _not_its(low[start:g.start()]):
        return []
    after = _AFTER_GRADE.match(low, g.end())
    tie = _TIE.match(low, after.end())
    if not tie and after["all"]:
        tie = re.compile(r"").match(low, after.end())  # "good across the board, including leadership"
    if not tie:
        return []
    lead = _LIST_LEAD.match(low, tie.end())
    at = lead.end() if lead else tie.end()
    listed = low[at:]
    if lead and lead.group().rstrip().endswith(":"):
        listed = listed.replace(";", ",")  # after a colon, semicolons part the list's items
    kinds, end = _list_after(listed)
    if not kinds & article_areas.SPECIFIC:
        return []
    if after["overall"] or after["all"] or (lead and not lead["some"]
                                            and not lead.group().startswith(("the ", "category", "area", "judg", "strand"))):
        kinds = kinds | {article_areas.EFFECTIVENESS}  # "good overall and for leadership": the overall grade too
    rest = low[at + end:]
    if re.match(r"\s*(?:'s|s')\b", rest):
        return []  # "good for care leavers' accommodation": something of theirs
    change = _FROM_TO.search(low, start, g.start())
    if change and change.end() == g.start():
        # "downgraded from outstanding to good in the category assessing the impact of leaders": the grade it had
        # is of the same area (the reader's "from" makes it the earlier inspection's)
        was = w.GRADE.search(low, change.start("was"), change.end("was"))
        found = [AreaGrade(w.grade_code(was), frozenset(kinds - {article_areas.EFFECTIVENESS}), was.start(), was.end(),
                           "clause-from", at + end, clause=start)] if was and kinds - {article_areas.EFFECTIVENESS} else []
        return found + [AreaGrade(article_whose.grade_code(g), frozenset(kinds), g.start(), g.end(), "clause-after",
                                  at + end, clause=start, follows=follows)]
    return [AreaGrade(article_whose.grade_code(g), frozenset(kinds), g.start(), g.end(),
                      "clause-one-of" if one_of else "clause-after", at + end, clause=start, follows=follows)]


def _list_after(text: str) -> tuple[set[str], int]:
    """The areas of the list at the start of `text` and where it ends: as `area_list`, except that
    words inside an area's name ("those who are in its care") end no list."""
    spans = [sp for sp in article_areas.area_spans(text) if sp[2] in article_areas.SPECIFIC | {article_areas.EFFECTIVENESS}]
    stop = next((m.start() for m in _END.finditer(text) if not any(s <= m.start() < e for s, e, _ in spans)), len(text))
    kinds: set[str] = set()
    cursor = 0
    for n, (start, end, kind) in enumerate(spans):
        if end > stop:
            break
        between = text[cursor:start]
        if not _GAP.fullmatch(between) or (n and not _LINK.search(between)):
            break
        kinds.add(kind)
        cursor = end
    return kinds, cursor


def _doubted(before: str) -> bool:
    """Hope, doubt or denial before the clause: "hopes to be one of the few councils to ..."."""
    return bool(w.HEDGE.search(before) or w.NEGATION.search(before) or _not_its(before))


def _not_its(before: str) -> bool:
    """The clause before the grade speaks of other councils, councils in general, or not of
    children's services at all (schools, homes): no grade of the authority's."""
    before = re.sub(r"\b(?:every|each|all|any)\s+(?:[a-z]+\s+)?(?:areas?|categor(?:y|ies)|judgements?|judgments?)\b", " ", before)
    return bool(w.NOT_SERVICES.search(before) or w.OTHER_COUNCIL.search(without_counts(before)))


def _object_areas(low: str, m: re.Match) -> list[AreaGrade]:
    obj = m["obj"]
    before = low[_clause_start(low, m.start()):m.start()]
    if _not_its(before) or not _INSPECTORATE.search(low[max(0, m.start() - 120):m.start()]):
        return []  # the grade is the inspectorate's only when it is the verb's subject ("the council assessed itself as good")
    if re.match(r"(?:that\s+)?(?:it|them|the\s+(?:council|authority|service))\b", obj):
        return []
    kinds = _service_areas(obj)
    if not kinds & article_areas.SPECIFIC:
        return []
    start = _clause_start(low, m.start())
    return [AreaGrade(grade_of(m["g"]), frozenset(kinds), m.start("g"), m.end("g"), "clause-object",
                      clause=start)]


def _service_areas(text: str) -> set[str]:
    """The areas of a phrase made of areas and the words of the services serving them only."""
    text = re.sub(r"^(?:that\s+)?", "", text.strip())
    return subject_areas(text, _SERVICE_WORDS)


__all__ = ["clause_grades", "count_head", "headline_items", "unknown_name_before"]


# A count of areas and their grade, the areas listed on the lines after it: "Ofsted inspectors
# concluded that three key areas require improvement:", "while two key areas were described as
# inadequate:".
_COUNT_HEAD = re.compile(
    r"\b(?:(?:these|the|all|its|their)\s+)?(?:one|two|three|four|five|six|[1-6])\s+(?:(?:key|main|other|judgement|judgment|inspection)\s+)*"
    r"(?:areas?|categories|category|judgements?|judgments?)\s+(?:(?:were|was|are|is|have\s+been|has\s+been)\s+)?"
    r"(?:(?:all|also|both|each)\s+)*(?:(?:rated|judged|graded|found\s+to\s+be|deemed|assessed\s+as|described\s+as|"
    rf"found\s+to)\s+)?(?:as\s+)?(?:an?\s+)?(?P<g>{_G})\s*:\s*$")


def count_head(low: str) -> str | None:
    """The grade a line gives a count of areas listed on the lines after it, or None; not when the
    line looks back to an earlier inspection or hopes."""
    m = _COUNT_HEAD.search(low)
    if m is None or w.HEDGE.search(low[:m.start()]) or w.NEGATION.search(low[:m.start()]) \
            or w.PREVIOUS_BEFORE.search(low[:m.start()]) or w.EARLIER_FRAME.search(low) \
            or w.OTHER_COUNCIL.search(low[:m.start()]):
        return None
    return grade_of(m["g"])


# Capitalised words a clause may open with or hold that name no one: sentence openers, the inspectorate,
# the areas' and services' own words.
_KNOWN_CAPITALISED = (w.LABEL_WORDS | w.FILLERS | w.RATING_WORDS | w.COPULAS | w.FOLLOWERS | _SERVICE_WORDS | frozenset(
    "the this that these those it its their they we our in at on for but and however meanwhile overall also "
    "inspectors inspector inspectorate ofsted ofsted's report watchdog regulator council council's councils authority "
    "local children children's young people services service social care leavers looked after adoption leadership "
    "leaders help protection safeguarding board lscb effectiveness experiences progress key areas area judgements "
    "while whilst although though elsewhere further furthermore finally today yesterday last year there here "
    "performance management governance impact permanence achieving child".split()))


# A proper name as a subject: "Bury was", "Bury's services were", "The Royal Borough's children's services".
_PROPER_SUBJECT = re.compile(r"\b(?P<name>[A-Z][A-Za-z-]*(?:\s+[A-Z][A-Za-z-]*)*)(?:'s|s'|\u2019s)?\s+"
                             r"(?:(?:[a-z]+\s+){0,3}?(?:services?|department)\s+)?"
                             r"(?:was|were|is|are|has|have|had|received|achieved|got|gained|secured|earned)\b")


def unknown_name_before(text: str, at: int, mentions: list[tuple[int, int]]) -> bool:
    """A proper name as a subject before position `at` of the sentence `text` that is no authority the
    reader knows and holds no word of the kind a clause opens with ("Bury was also rated good, with inspectors rating
    its leadership ..."): whose grade it is cannot be told, and the clause reading is left out."""
    for m in _PROPER_SUBJECT.finditer(text[:at]):
        if any(s <= m.start() < e for s, e in mentions):
            continue
        if any(word.lower() not in _KNOWN_CAPITALISED for word in m.group("name").split()):
            return True
    return False


# A headline's verbless items: "Leadership 'outstanding' as ... rated good", "Trafford: children in care
# 'good', care leavers 'requires improvement'".
_HEADLINE_ITEM = re.compile(rf"(?:^|[:;,]\s*|\s(?:as|and|but|while)\s+)(?P<areas>[a-z][a-z' -]{{2,80}}?)\s+(?P<g>{_G})"
                            r"(?=\s*(?:[,;:]|$|\s+(?:as|and|but|while)\s|\s-\s))")


def headline_items(low: str) -> list[AreaGrade]:
    """The (grade, areas) items of a headline line (no stop at its end, a few words): an area list and
    its grade, with no verb."""
    if low.rstrip().endswith((".", "?", "!")) or len(low.split()) > 20 or w.HEDGE.search(low) or w.NEGATION.search(low):
        return []
    found = []
    for m in _HEADLINE_ITEM.finditer(low):
        kinds = subject_areas(m["areas"].strip(), _SERVICE_WORDS)
        if kinds & article_areas.SPECIFIC and not _not_its(m["areas"]) and not w.NOT_SERVICES.search(low):
            found.append(AreaGrade(grade_of(m["g"]), frozenset(kinds), m.start("g"), m.end("g"), "clause-headline",
                                   clause=m.start("areas")))
    return found
