"""Whose grade a sentence gives, where an article names several authorities or none by name. Pure:
text in, spans and decisions out; `article_claims` calls these while reading a sentence.

- A name that is no authority here: "Greater Manchester" (the county, not the city council),
  "Essex Police", "Leeds Beckett University", "West Midlands Combined Authority".
- A relative clause closed inside the subject ("Kirklees, which will be supported by Leeds, was
  rated inadequate"): the grade is the head's (Kirklees), not that of the authority the clause names.
- The grades of Ofsted's annual performance assessments / annual ratings of councils' children's
  services (2005-2010: "performs poorly", "rated inadequate in the annual assessment"): no inspection
  judgement, so no undated or pre-2011 claim in a sentence that speaks of them, nor, in an article about
  them that speaks of no inspection at all, in any sentence of no later year.
"""
from __future__ import annotations

import re

from extractors import article_areas
from extractors import article_words as w

_VERB_WORDS = (w.RATING_WORDS | w.FILLERS | w.COPULAS) - {"it", "its", "their", "the"}

# -- grades named by their rank ------------------------------------------------------------------
# "awarded the top grade", "the highest rating", "the lowest possible overall rating" (not "second lowest")
GRADE = re.compile(
    r"\b(?P<top>(?:top|highest)\s+(?:possible\s+)?(?:overall\s+)?(?:ofsted\s+)?(?:grade|grading|rating|judgement|judgment))\b"
    r"|(?<!second\s)(?<!second-)\b(?P<bottom>lowest\s+(?:possible\s+)?(?:overall\s+)?(?:ofsted\s+)?"
    r"(?:grade|grading|rating|judgement|judgment))\b|" + w.GRADE.pattern)


_RANK = re.compile(r"(?i)\b(?:top|highest|lowest)\s+(?:possible\s+)?(?:overall\s+)?(?:ofsted\s+)?"
                   r"(?:grade|grading|rating|judgement|judgment|mark)s?\b")


def grades(low: str) -> list[re.Match]:
    """The grades of a sentence; a rank before a grade word ("the lowest rating of inadequate", "the
    top grade, outstanding", "the lowest rating of its neighbours, requires improvement") stands aside
    for the grade it names."""
    found = list(GRADE.finditer(low))
    return [g for i, g in enumerate(found)
            if g.lastgroup not in ("top", "bottom") or not any(h.lastgroup not in ("top", "bottom") for h in found[i + 1:])]


def grade_code(match: re.Match) -> str:
    """The grade code of a `GRADE` match."""
    return {"top": "outstanding", "bottom": "inadequate"}.get(match.lastgroup) or w.grade_code(match)


# "Greater Manchester", "Manchester Airport", "Essex Police": a place or body bearing the name
# "North-east Lincolnshire" (written so, not found as North East Lincolnshire): a compass word before a
# name is part of another place's name (an authority that is one, "North Yorkshire", is found whole)
_NOT_THE_COUNCIL_BEFORE = re.compile(r"(?i)\b(?:greater|(?:north|south)(?:[\s-]*(?:east|west))?|east|west|"
                                     r"(?:north|south|east|west)ern|mid|central|inner|outer)[\s-]+$")
_NOT_THE_COUNCIL_AFTER = re.compile(
    r"(?i)^(?:'s\s+|s'\s+)?\s*(?:combined\s+authority|police|constabulary|university|airport|fire\b|nhs\b|"
    r"hospitals?\b|teaching\s+hospitals?|integrated\s+care|clinical\s+commissioning|diocese|crown\s+court|"
    r"magistrates|city\s+f\.?c|united\b|rovers\b|county\s+cricket)")


def not_the_council(text: str, start: int, end: int) -> bool:
    """The name at text[start:end] is part of another place's or body's name."""
    return bool(_NOT_THE_COUNCIL_BEFORE.search(text[:start]) or _NOT_THE_COUNCIL_AFTER.match(text[end:]))


# ", which will be supported by Leeds," / ", who previously led Trafford," / ", whose services ...,"
# ", like Leeds,", ", supported by Leeds City Council since 2017,": an aside naming another authority
_RELATIVE = re.compile(r",\s*(?:which|who|whose|whom|like|unlike|alongside|as\s+with|along\s+with|together\s+with|"
                       r"(?:supported|helped|run|overseen|advised|partnered|backed)\s+by|with\s+(?:help|support)\s+from|"
                       r"working\s+with|in\s+partnership\s+with)\b[^,;:()]*,")
# The subject's head, at its end, is "the council", "it", "the authority's children's services":
# authorities named before it, in a phrase of their own, are not the subject.
_ANAPHORIC_HEAD = re.compile(
    r"(?:^|(?<=[\s,]))(?:(?:the\s+(?:local\s+|county\s+|borough\s+|city\s+|unitary\s+|district\s+)?(?:council|authority|borough|"
    r"county|department|service|directorate)|it|they)"
    r"(?:(?:'s|s')?\s+(?:[a-z'-]+\s+){0,4}?(?:services?|care|departments?|provision))?"
    r"|(?:its|their)\s+(?:[a-z'-]+\s+){0,4}?(?:services?|care|departments?|provision))"
    r"(?:\s+(?:has|have|had|was|were|is|are|been|being|be|now|also|still|again|officially|subsequently|then))*\s*$")


def relative_spans(low: str, start: int, end: int) -> list[tuple[int, int]]:
    """The relative clauses closed by a comma within low[start:end] (absolute offsets)."""
    return [(start + m.start(), start + m.end()) for m in _RELATIVE.finditer(low[start:end])]


def anaphoric_head(area_text: str) -> int | None:
    """Where the subject's anaphoric head begins in `area_text` (see `_ANAPHORIC_HEAD`), if it ends so."""
    text = area_text
    while (last := re.search(r"[a-z'-]+\s*$", text)) and last.group().strip() in _VERB_WORDS:
        text = text[:last.start()]  # "... the council has been rated as": the verb is no part of the subject
    m = _ANAPHORIC_HEAD.search(text)
    return m.start() if m else None


_CLAUSE_END = re.compile(r"\s*(?:overall|across\s+the\s+board|in\s+(?:all|every)\s+(?:\w+\s+)?areas?)?\s*"
                         r"(?:[.;!?]|,(?!\s*(?:to|in|for|with|on|by|because|as)\b)|$)")


def clause_ends(right: str) -> bool:
    """The grade ends its clause: "... require improvement.", "... requires improvement, Ofsted said",
    not "... requires improvement in how it supports care leavers"."""
    return bool(_CLAUSE_END.match(right))


def time_frame(frame: str) -> bool:
    """An earlier-inspection frame that only sets a time ("a year after", "months before"), not
    "the previous inspection": earlier than the other grade of the sentence, whoever's it was."""
    return bool(re.match(r"(?:years?|months?)\s+(?:after|before|ago)\b", frame))


# "<grade> children's social care in Sandwell", "<grade> children's services at Bromley Council"
SERVICES_OF = re.compile(r"(?:-rated|\s+rated)?\s+(?:children's\s+(?:social\s+care|services|social\s+services)"
                         r"(?:\s+(?:department|provision))?|child\s+protection\s+services)\s+(?:in|at|of|for)\s+(?:the\s+)?")


def set_apart(written: str, grade: str) -> bool:
    """The grade word is written in quotation marks or in capitals somewhere in the sentence."""
    word = re.escape(grade).replace("\\ ", r"\s+")
    return bool(re.search(r"[\"'\u2018\u2019\u201c\u201d]\s*" + word + r"\s*[\"'\u2018\u2019\u201c\u201d]", written, re.I)
                or re.search(r"\b" + word.upper() + r"\b", written))


# A subject that counts the authorities a list then names: "seven local authorities", "the councils".
PLURAL_SUBJECT = re.compile(r"\b(?:\d+|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|several|following)\b"
                            r"|\b(?:councils|authorities|areas)\b")
_BULLET = w.BULLET_LINE


def _name_item(item: str) -> bool:
    """A bulleted item that may be a name: short, no label ("Overall effectiveness: Good"), no grade,
    no judged area ("Overall effectiveness", "Care leavers": an item of a list of areas)."""
    return 0 < len(item.split()) <= 5 and item[:1].isupper() and not re.search(r"[:|=]", item) \
        and not w.GRADE.search(item.lower()) and not article_areas.area_spans(item.lower())


def join_lists(sentences: list[str]) -> list[str]:
    """A line ending in a colon and the bulleted items under it, as one sentence: "Seven councils were
    rated inadequate:" + "* Birmingham" + "* Bucki" -> "... inadequate: Birmingham, Bucki". Items are
    short lines (at most five words) that begin with a bullet and hold no label or grade."""
    out: list[str] = []
    i = 0
    while i < len(sentences):
        sentence = sentences[i]
        i += 1
        if not sentence.rstrip().endswith(":"):
            out.append(sentence)
            continue
        items = []
        while i < len(sentences) and _BULLET.match(sentences[i]) and _name_item(_BULLET.sub("", sentences[i])):
            items.append(_BULLET.sub("", sentences[i]).rstrip(" .;,"))
            i += 1
        out.append(f"{sentence.rstrip()} {', '.join(items)}." if items else sentence)
    return out


_HEADLINE_LEAD = re.compile(r"\s*(?:ofsted\s*(?:[:|-]|says)\s*|ofsted\s+(?:ratings?|verdicts?|results?)\s*[:|-]\s*)?")
_HEADLINE_NAME_TAIL = re.compile(r"(?:\s+(?:borough|city|county|metropolitan|district))?(?:\s+council)?"
                                 r"(?:'s|s')?(?:\s+children's\s+(?:services|social\s+care))?\s+(?:rated\s+|now\s+)?")
_HEADLINE_LINK = re.compile(r"\s*(?:,|;|and|,\s*and|\|)\s*")
# ", says Ofsted", " - Ofsted finds", ": inspectors": the source a headline names after its grade
_SOURCE = r"(?:ofsted|inspectors|(?:the\s+)?watchdog|(?:the\s+)?inspectorate)"
_SAYS = r"(?:says?|finds?|found|rules?|warns?|concludes?|reports?|reveals?)"
HEADLINE_SOURCE = (r"(?:\s*(?:,|-|\u2013|:)?\s*(?:" + _SAYS + r"\s+" + _SOURCE + r"|" + _SOURCE + r"(?:\s+" + _SAYS + r")?"
                   r"|according\s+to\s+" + _SOURCE + r"))")
_HEADLINE_END = re.compile(r"\s*" + HEADLINE_SOURCE + r"?\s*$")


def headline_pairs(low: str, text: str, mentions, grades) -> list[tuple[str, re.Match]] | None:
    """A headline of authorities and their grades with no verb: "Ofsted: Wigan good, Sefton inadequate",
    "Sefton children's services inadequate, says Ofsted". Each name right before its grade; nothing else
    but links between pairs. None for any other line (one with a stop, a verb, another word)."""
    if text.rstrip().endswith((".", "?", "!")) or not grades or len(low.split()) > 16:
        return None
    at = _HEADLINE_LEAD.match(low).end()
    pairs = []
    ordered = sorted(mentions, key=lambda m: m.start)
    for n, g in enumerate(grades):
        named = [m for m in ordered if at <= m.start < g.start()]
        if len(named) != 1 or low[at:named[0].start].strip():
            return None
        tail = _HEADLINE_NAME_TAIL.match(low, named[0].end)
        if not tail or tail.end() != g.start():
            return None
        pairs.append((named[0].name, g))
        at = g.end()
        if n + 1 < len(grades):
            link = _HEADLINE_LINK.match(low, at)
            if not link:
                return None
            at = link.end()
    return pairs if _HEADLINE_END.fullmatch(low, at) else None


_JOINS = re.compile(r"(?:\s+(?:borough|city|county|metropolitan|district))?(?:\s+council)?\s+(?:has\s+|have\s+|had\s+)?"
                    r"(?:now\s+|also\s+|today\s+)*join(?:s|ed)?\s+(?:the\s+)?")
_NAME_GAP = re.compile(r"(?:\s+(?:borough|city|county|metropolitan|district)?\s*councils?)?"
                       r"(?:\s*,\s*|\s+and\s+|\s*&\s*|\s*,\s*and\s+)(?:the\s+)?")
_JOINED_TAIL = re.compile(r"(?:\s+(?:borough|city|county|metropolitan|district)?\s*councils?)?\s+(?:in|as)\b[^,;:()]*$")


def joined(low: str, mentions, start: int, end: int) -> list[str] | None:
    """"Sefton has joined Wigan and Trafford in being rated inadequate", "Sefton joins Wigan as the
    only council in the region rated outstanding": the subject and those it joins share the grade.
    The names, the subject's first; None for any other subject."""
    ordered = sorted((m for m in mentions if start <= m.start < end), key=lambda m: m.start)
    if len(ordered) < 2 or not re.fullmatch(r"\s*(?:the\s+)?", low[start:ordered[0].start]):
        return None
    join = _JOINS.match(low, ordered[0].end)
    if not join or join.end() != ordered[1].start:
        return None
    for a, b in zip(ordered[1:], ordered[2:]):
        if not _NAME_GAP.fullmatch(low[a.end:b.start]):
            return None
    if not _JOINED_TAIL.match(low[ordered[-1].end:end]):
        return None
    names = list(dict.fromkeys(m.name for m in ordered))
    return names if len(names) >= 2 else None


def parallel_kinds(claims, sentence: int, names: set[str]) -> set[str] | None:
    """The areas of the subject an elided one stands for ("X's services for looked-after children were
    rated adequate, while Y's received ..."): those of the last claim of the sentence, when it is
    another authority's and names an area; else None."""
    mine = [c for c in claims if c.sentence == sentence]
    if len(names) != 1 or not mine or mine[-1].authority in names:
        return None
    kinds = set(mine[-1].kinds) - {article_areas.PRONOUN, article_areas.OVERALL}
    return kinds or None


# The council's own page speaking of itself: "The Council's services ...", "our children's services"
_SELF = re.compile(r"\b[Tt]he Council(?:'s)?\b(?!\s+of\b)|\b(?:[Oo]ur|[Ww]e)\b(?=\s+(?:\w+\s+){0,3}?(?:children's\s+services|"
                   r"services|social\s+care|council|were\s+(?:rated|judged)|have\s+been\s+(?:rated|judged)|are\s+(?:rated|judged)))")


def speaks_as_itself(sentences: list[str]) -> bool:
    """The page speaks as the council that publishes it ("The Council's services for children ... have
    been rated", "our children's services"): its "the Council" is the publisher, not another authority
    the page names (a partner "Essex County Council")."""
    return any(_SELF.search(s) for s in sentences)


_PARTNER = re.compile(r"(?i)\b(?:(?:improvement\s+|strategic\s+)?partner(?:s|ship)?|advis(?:er|ers|or|ors)|commissioner|"
                      r"peer\s+support|sector[\s-]led|mentor(?:s|ing)?|enabled?\s+(?:\w+\s+){1,4}?to\s+provide|"
                      r"(?:support|help)\s+(?:from|and\s+challenge)|supported\s+by|(?:to\s+)?provide\s+support|"
                      # a comparison: "our statistical neighbours Wigan and Sefton", "compared with Trafford"
                      r"statistical\s+neighbours?|comparators?|compared\s+(?:with|to)|benchmark(?:ed|ing)?|"
                      r"neighbouring|neighbours?)\b")


def only_a_partner(name: str, sentences) -> bool:
    """The page speaks as a council ("The Council's services ...") and names `name` only in sentences
    of a partnership ("funding to enable Essex County Council to provide support") or a comparison
    ("our statistical neighbours Wigan and Sefton"): `name` is the partner or the neighbour, not the
    council the page is about. `sentences`: (text, mentions) pairs."""
    if not speaks_as_itself([t for t, _ in sentences]):
        return False
    spots = [(t, m) for t, mentions in sentences for m in mentions if m.name == name]
    return bool(spots) and all(_PARTNER.search(t) for t, _ in spots)


# "the trust", "that trust": a children's services trust that runs an authority's services
TRUST_SUBJECT = re.compile(r"(?:^\s*|\b(?:the|that|this|its|their)\s+)(?:children's\s+(?:services\s+)?)?trust\b")
_TRUST_AFTER = re.compile(r"^(?:'s)?\s+(?:children's\s+(?:services\s+|social\s+care\s+)?|children\s+)?trust\b", re.I)


def trust_before(sentences, index: int) -> str | None:
    """The authority of the children's trust last named ("Doncaster Children's Services Trust") in the
    sentences up to `index`; None where none is. `sentences`: (text, mentions) pairs."""
    for text, mentions in sentences[index::-1]:
        named = [m.name for m in mentions if _TRUST_AFTER.match(text[m.end:])]
        if named:
            return named[-1] if len(set(named)) == 1 else None
    return None


_TIME_FRAME = re.compile(r"(?i)\b(?:years?|months?|weeks?)\s+(?:after|since)\b")
_SAID_EARLIER = re.compile(r"(?i)\b(?:previous(?:ly)?|former(?:ly)?|earlier|prior|last\s+(?:inspection|inspected|time|rated|judged)|"
                           r"had\s+been|used\s+to|from|out\s+of|no\s+longer|up|down|again|remains?|repeat|second|since\s+(?:19|20)\d\d)\b")


def lone_earlier(claims: list[dict]) -> list[dict]:
    """A grade made previous only by a time frame ("The appointment comes a few months after Ofsted
    branded the council's services inadequate") for an authority the article gives no current grade:
    nothing newer is told, so it is the authority's current grade."""
    current = {c["local_authority"] for c in claims if c["role"] == "current"}
    out = []
    for claim in claims:
        sentence = claim.get("sentence") or ""
        if claim["role"] == "previous" and claim["local_authority"] not in current and claim["year"] is None \
                and _TIME_FRAME.search(sentence) and not _SAID_EARLIER.search(sentence):
            claim = {**claim, "role": "current"}
        out.append(claim)
    return out


_GROUP = re.compile(r"^\s*(?:(?P<both>both)(?:\s+(?:councils|authorities|local\s+authorities|boroughs|counties))?"
                    r"|(?:all\s+)?(?:the\s+)?(?P<n>two|three|four|five)\s+(?:councils|authorities|local\s+authorities|boroughs|counties)"
                    r"|all\s+(?P<all>two|three|four|five))(?:'|'s)?"
                    r"(?:\s+(?:children's\s+services|services))?(?:\s+(?:have|had|were|are|has|been|being|now|also))*\s*"
                    r"(?:(?:rated|judged|graded|found|deemed)\s+(?:as\s+|to\s+be\s+)?)?$")
_COUNT = {"both": 2, "two": 2, "three": 3, "four": 4, "five": 5}


def group_of(area_text: str, named: list[str]) -> list[str] | None:
    """The authorities a counted subject stands for ("Both were rated", "all three councils were judged",
    "the two authorities' services"): those the sentence (else the one before) names, when exactly
    that many are named."""
    m = _GROUP.match(area_text)
    if not m:
        return None
    count = _COUNT[m.group("both") or m.group("n") or m.group("all")]
    names = list(dict.fromkeys(named))
    return names if len(names) == count else None


def respectively(low: str, mentions, grades) -> list[tuple[str, re.Match]] | None:
    """"Ofsted rated Wigan and Sefton good and inadequate respectively", "Children's services in Wigan
    and Sefton were judged good and inadequate, respectively": the n-th authority of a list has the
    n-th grade. None unless the sentence lists as many authorities as grades, then a rating word, then
    the grades and "respectively"."""
    if len(grades) < 2 or "respectively" not in low:
        return None
    for a, b in zip(grades, grades[1:]):
        if not re.fullmatch(r"\s*(?:,|and|,\s*and)\s*", low[a.end():b.start()]):
            return None
    if not re.match(r"\s*,?\s*respectively\b", low[grades[-1].end():]):
        return None
    named = sorted((m for m in mentions if m.end <= grades[0].start()), key=lambda m: m.start)
    if len(named) != len(grades) or len({m.name for m in named}) != len(named):
        return None
    for a, b in zip(named, named[1:]):
        if not _NAME_GAP.fullmatch(low[a.end:b.start]):
            return None
    words = set(re.findall(r"[a-z]+", low[:grades[0].start()]))
    before = low[:grades[0].start()]
    if not words & (w.RATING_WORDS - {"judgement", "judgment", "verdict", "grade"}) or w.HEDGE.search(before) \
            or w.NEGATION.search(before) or w.PREVIOUS_BEFORE.search(before) or w.EARLIER_FRAME.search(before) \
            or _YEAR.search(low) or re.search(r"\b(?:previously|formerly|last|earlier|again|remain(?:s|ed)?)\b", low):
        return None  # a year, an earlier inspection, a hedge: whose grade of when is more than this reads
    return [(m.name, g) for m, g in zip(named, grades)]


_CAUSATIVE = re.compile(r"\b(?:have|has|had|having|get|gets|got|getting|see|sees|saw|seen)\s+"
                        r"(?=(?:its|their|the\s+council's|the\s+authority's)\s+(?:[a-z'-]+\s+){0,4}?"
                        r"(?:rated|judged|graded|assessed|deemed|found)\b)")


def causative(area_text: str) -> str:
    """`area_text` with the words before a causative "have its services rated" made spaces (same
    length): "... the third in England to have its children's services rated" -> "its children's
    services rated"; the possessor named before (the authority) stays in the sentence's mentions."""
    found = list(_CAUSATIVE.finditer(area_text))
    if not found:
        return area_text
    cut = found[-1].end()
    if re.search(r"\b(?:councils|authorities|areas|others?|few|many|most|some|all|these|those|they|another|any|every)\b",
                 area_text[:cut]):
        return area_text  # "Few councils in England have had their services rated ...": whose is not said
    return " " * cut + area_text[cut:]


def blank(text: str, spans: list[tuple[int, int]], offset: int = 0) -> str:
    """`text` with the spans (absolute offsets; `text` starts at `offset`) made spaces."""
    out = list(text)
    for s, e in spans:
        for i in range(max(s - offset, 0), min(e - offset, len(out))):
            out[i] = " "
    return "".join(out)


def anaphor(in_sentence: set[str], main: str | None) -> str | None:
    """Who "the council", "the authority" or "it" is, in a sentence whose subject names no authority:
    the article's (or the one the sentences before name), `main`, unless the sentence names another
    ("With help from Leeds City Council, the authority was rated good", "Unlike Leeds, the council was
    rated inadequate": a partner or a comparison, and which one is graded is not said outright). With no
    `main`, the one authority the sentence names."""
    if main is None:
        return next(iter(in_sentence)) if len(in_sentence) == 1 else None
    return main if in_sentence <= {main} else None


# -- annual performance assessments ------------------------------------------------------------
_ANNUAL = re.compile(
    r"(?i)\bannual\s+(?:performance\s+)?(?:assessments?|ratings?)\b|\bAPAs?\b|"
    r"\bannual\s+(?:children[\u2019']?s\s+services\s+)?(?:assessments?|ratings?)\b|"
    r"\bperform(?:s|ed|ing)?\s+(?:poorly|excellently|adequately)\b|\bcomprehensive\s+area\s+assessments?\b|"
    r"\b(?:one|two|three|four|0|1|2|3|4)[\s-]stars?\b|\bstar\s+ratings?\b")
# An article that speaks of an inspection at all may be about one: only its APA sentences go.
_INSPECTION = re.compile(r"(?i)\binspect(?:ion|ions|ed|ors?)\b")
_EXCELLENTLY = re.compile(r"(?i)\bperform(?:s|ed|ing)?\s+excellently\b")
_YEAR = re.compile(r"\b(?:19|20)\d\d\b")


def leave_out_annual(claims: list[dict], text: str) -> list[dict]:
    """`claims` without the grades of annual performance assessments (see the module's doc)."""
    if not _ANNUAL.search(text):
        return claims
    whole_article = not _INSPECTION.search(text)
    # the grade the annual assessments' top words on the page stand for (they gave 1 to 4: performing
    # poorly, adequately, well, excellently; only "excellently", outstanding, is told apart from the
    # inspections' own grades of those years, which also said adequate and inadequate)
    annual_top = "outstanding" if _EXCELLENTLY.search(text) else None
    out = []
    for claim in claims:
        sentence = claim.get("sentence") or ""
        early = claim["year"] is None or claim["year"] <= 2010  # the assessments ended in 2010
        if early and _ANNUAL.search(sentence):
            continue
        if whole_article and early and not any(int(y) > 2010 for y in _YEAR.findall(sentence)):
            continue
        if _RANK.search(sentence):
            continue  # "the highest rating" of an article on the annual ratings may be theirs ("excellent")
        if early and claim["grade"] == annual_top:
            continue  # "one of only ten performing excellently" and "rated outstanding": the same assessment's top grade
        out.append(claim)
    return out


__all__ = ["GRADE", "PLURAL_SUBJECT", "grade_code", "grades", "anaphor", "join_lists", "anaphoric_head", "blank", "causative", "HEADLINE_SOURCE", "clause_ends", "respectively", "group_of", "lone_earlier", "trust_before", "TRUST_SUBJECT", "only_a_partner", "speaks_as_itself", "joined", "parallel_kinds", "headline_pairs", "set_apart", "SERVICES_OF", "time_frame", "leave_out_annual", "not_the_council", "relative_spans"]
