"""Whose grade, where a sentence names an authority other than the one the article is about: a
neighbour or partner given its own grade in a clause of its own, a pronoun whose antecedent is the
authority the sentence has just named, and round-up lines that pair a name with a grade. Pure: text and
mentions in, the authority (or the pairs) out; `article_claims` calls these while reading a sentence.

- "unlike neighbouring Stockport, which was judged good last year", "Bradford's director joined from
  Leeds, which is rated outstanding", "Leeds City Council, whose children's services are rated
  outstanding": the grade of a relative clause is the name's it hangs on.
- "the government appointed a commissioner to improve Croydon's children's services, after it was
  rated inadequate", "In Tameside, they were judged inadequate": "it" / "they" in a clause after the
  one that names the authority (or in the place the sentence opens with) stands for that authority.
- "Blackpool Council - inadequate", "Bolton: Good", "Bury (requires improvement)": a round-up's line.
"""
from __future__ import annotations

import re

from extractors import article_words as w

_COUNCIL_WORDS = r"(?:'s|s')?(?:\s+(?:metropolitan\s+)?(?:borough|city|county|district)?\s*council|\s+mbc|\s+cc)?"
_AUX = r"(?:(?:has|have|had|was|were|is|are|been|being|itself|also|now|currently|previously|once|recently|already|then|since|just)\s+)*"
_RATE = r"(?:rated|judged|graded|deemed|assessed\s+as|found\s+to\s+be|labelled|branded)"
# ", which was judged", ", whose children's services are rated", ", which Ofsted rated", ", itself rated"
_RELATIVE_TAIL = re.compile(
    _COUNCIL_WORDS + r"\s*,\s*(?:(?:which|who)\s+" + _AUX + r"(?:(?:by\s+)?ofsted\s+" + _AUX + r")?"
    r"|whose\s+(?:own\s+)?(?:children's\s+)?(?:services|social\s+care|children's\s+social\s+care|social\s+services)"
    r"(?:\s+department)?\s+" + _AUX + r"|itself\s+" + _AUX + r")" + _RATE + r"\s+(?:by\s+ofsted\s+)?(?:as\s+)?(?:being\s+)?$")


_LIST_GAP = re.compile(_COUNCIL_WORDS + r"(?:\s*,\s*|\s+and\s+|\s*&\s*|\s*,\s*and\s+)")


def relative_owner(low: str, mentions, start: int, at: int) -> list:
    """The mentions whose relative clause the grade at `at` ends ("..., unlike Stockport, which was
    judged good"): the last authority named in low[start:at] (with those listed with it) when only a
    relative clause's verb stands between it and the grade; else []."""
    inside = sorted((m for m in mentions if start <= m.start and m.end <= at), key=lambda m: m.start)
    if not inside:
        return []
    last = inside[-1]
    if not _RELATIVE_TAIL.fullmatch(low, last.end, at):
        return []
    owners = [last]  # "... alongside Stockport and Trafford, which are also rated good": each of the list
    for m in reversed(inside[:-1]):
        if not _LIST_GAP.fullmatch(low, m.end, owners[0].start):
            break
        owners.insert(0, m)
    return owners


# a clause after the one naming the authority: "..., after it was rated", "... when they were judged"
_SUBORDINATE = re.compile(r"(?:,\s*|\s+)(?:after|when|since|because|as|until|before|once|where|while|though|although|"
                          r"but|and|so)\s+(?:it|they)\s*$")
# "In Tameside, they were judged ...", "At Wigan, it was rated ..."
_PLACE_FRAME = re.compile(r"^\s*(?:but\s+|and\s+|meanwhile,?\s+)?(?:in|at|for|across)\s+$")
_PLACE_GAP = re.compile(_COUNCIL_WORDS + r"\s*,\s*(?:it|they)\s*$")
# the name ends the clause before the pronoun's: "... to improve Croydon's children's services, after it"
_NAMED_SERVICES = re.compile(_COUNCIL_WORDS + r"(?:\s+(?:children's\s+)?(?:services|social\s+care|social\s+services)"
                             r"(?:\s+department)?)?\s*")


def pronoun_antecedent(low: str, mentions, pronoun_end: int) -> str | None:
    """The authority "it" / "they" (the subject, ending at `pronoun_end`) stands for when the sentence
    has just named it: the one authority named before the pronoun, in the clause before a subordinate one
    ("..., after it was rated") or in a place the sentence opens with ("In Tameside, they were judged"),
    the name (and its services) ending that clause. None otherwise."""
    before = low[:pronoun_end]
    named = sorted((m for m in mentions if m.end <= pronoun_end), key=lambda m: m.start)
    if not named or len({m.name for m in named}) != 1 or any(m.start >= pronoun_end for m in mentions):
        return None
    last = named[-1]
    if _PLACE_FRAME.fullmatch(before[:last.start]) and _PLACE_GAP.fullmatch(before, last.end):
        return last.name
    sub = _SUBORDINATE.search(before)
    if sub is None or sub.start() < last.end or not _NAMED_SERVICES.fullmatch(before, last.end, sub.start()):
        return None
    return last.name


_QUOTE = w.QUOTE_MARK
_LINE = re.compile(r"^\s*(?:[-*\u2022\u00b7\u2013]\s*|\d+[.)]\s*)?(?P<name>.+?)" + r"\s*[-:|\u2013\u2014=]\s*" + _QUOTE
                   + r"(?P<grade>" + w.GRADE_TERM + r")" + _QUOTE + r"\s*[.;,]?\s*$")
_NAME_ONLY = re.compile(r"\s*" + _COUNCIL_WORDS.replace("(?:'s|s')?", "") + r"(?:\s+children's\s+services)?\s*")


def round_up_line(low: str, mentions) -> tuple[str, int] | None:
    """A round-up's line "Blackpool Council - inadequate", "Bolton: Good": (the authority, where its
    grade begins), when the line is one authority's name (with council words) and one grade."""
    m = _LINE.match(low)
    if not m:
        return None
    inside = [x for x in mentions if m.start("name") <= x.start < m.end("name")]
    if len(inside) != 1 or inside[0].start != m.start("name"):
        return None
    rest = low[inside[0].end:m.end("name")]
    if not _NAME_ONLY.fullmatch(rest):
        return None
    return inside[0].name, m.start("grade")


_PAREN = re.compile(_COUNCIL_WORDS + r"\s*\(\s*(?:rated\s+|judged\s+)?" + _QUOTE + r"(?P<grade>" + w.GRADE_TERM + r")"
                    + _QUOTE + r"(?:\s+by\s+ofsted)?(?:\s+in\s+(?:19|20)\d\d)?\s*\)")


def parenthesised(low: str, mentions) -> list[tuple[str, int]]:
    """"Bolton (good), Bury (requires improvement) and Rochdale (inadequate)": each name and where the
    grade in brackets after it begins."""
    out = []
    for m in mentions:
        p = _PAREN.match(low, m.end)
        if p:
            out.append((m.name, p.start("grade")))
    return out




# "Like Salford, Trafford's services were rated ...", "Unlike neighbouring Leeds, Bradford was judged ...":
# a comparison the sentence opens with names another authority than the subject
_FRAME = re.compile(r"\s*(?:but\s+|and\s+)?(?:like|unlike|as\s+with|as\s+in|along\s+with|alongside|together\s+with|"
                    r"similar\s+to|in\s+contrast\s+to|compared\s+(?:with|to))\s+[^,;:()]{1,60}?,")


def comparison_frame(low: str, start: int, end: int, mentions) -> tuple[int, int] | None:
    """The span of a comparison that opens the subject at `start` ("Like Salford,"), when an authority
    is named after it, before `end` (the subject then names its own); else None."""
    m = _FRAME.match(low, start)
    if not m or m.end() > end:
        return None
    inside = [x for x in mentions if start <= x.start < m.end()]
    after = [x for x in mentions if m.end() <= x.start < end]
    return (m.start(), m.end()) if inside and after else None


# "Sefton has become the second council in the region after Wigan to be rated outstanding": Wigan is
# compared with, and was rated so before
_ORDINAL_AFTER = re.compile(r"\b(?:first|second|third|fourth|fifth|sixth|latest|next|only\s+other)\b[^.;:]{0,60}?"
                            r"\b(?:after|behind|alongside)\s+$")
_TO_BE = re.compile(_COUNCIL_WORDS + r"\s+(?:to\s+(?:be|have\s+been|get|receive|achieve|gain)|in\s+(?:being|getting|receiving|achieving))\b")


def ordinal_after(low: str, mentions) -> list[str] | None:
    """"X has become the second council ... after Y to be rated outstanding": [X, Y] (the subject
    first), when the subject names X first and Y only in that "after" phrase; else None."""
    ordered = sorted(mentions, key=lambda m: m.start)
    if len({m.name for m in ordered}) != 2 or len(ordered) != 2:
        return None
    first, second = ordered
    if _ORDINAL_AFTER.search(low, first.end, second.start) and _TO_BE.match(low, second.end):
        return [first.name, second.name]
    return None


# A section's heading in a round-up: a line that is one authority's name ("Knowsley Metropolitan Borough
# Council", "Wigan Council", "Stockport:"), nothing else
_HEADING_TAIL = re.compile(r"(?:'s|s')?(?:\s+(?:royal\s+)?(?:metropolitan\s+)?(?:borough|city|county|district)?\s*council"
                           r"|\s+mbc|\s+cc)?(?:\s*\(\s*[a-z]+\s*\))?\s*[:.]?\s*")


def heading(low: str, mentions) -> str | None:
    """The authority a line names and nothing else: a round-up's section heading ("Knowsley
    Metropolitan Borough Council"); None for any other line."""
    if len(low.split()) > 8 or w.GRADE.search(low) or len({m.name for m in mentions}) != 1:
        return None
    first, last = min(mentions, key=lambda m: m.start), max(mentions, key=lambda m: m.end)
    if not re.fullmatch(r"\s*(?:(?:the\s+)?(?:london\s+)?(?:royal\s+)?(?:borough|city|county)\s+of\s+|the\s+)?", low[:first.start]):
        return None
    return first.name if _HEADING_TAIL.fullmatch(low, last.end) else None


def section_of(sentences, index: int) -> str | None:
    """The authority whose section (under a heading line naming it, see `heading`) the sentence at
    `index` is in, in an article of two or more such headings; None otherwise. `sentences`: (low text,
    mentions) pairs."""
    heads = [(i, heading(low, mentions)) for i, (low, mentions) in enumerate(sentences)]
    heads = [(i, name) for i, name in heads if name is not None]
    if len(heads) < 2:
        return None
    before = [name for i, name in heads if i <= index]
    return before[-1] if before else None


# "... became joint director for both boroughs after Kingston received an 'inadequate' score": a clause of
# its own whose subject is the name, its verb the grade's
_CLAUSE_OPENER = re.compile(r"(?:^|[,;:(]\s*|\b(?:after|when|since|because|as|while|whereas|although|though|but|and|"
                            r"until|before|once|where|with|meanwhile)\s+)(?:(?:neighbouring|nearby|the)\s+)*$")
_CLAUSE_VERB = re.compile(_COUNCIL_WORDS + r"(?:\s+(?:children's\s+)?(?:services|social\s+care|children's\s+social\s+care))?"
                          r"\s+(?:" + _AUX + _RATE + r"\s+(?:by\s+ofsted\s+)?(?:as\s+)?(?:being\s+)?"
                          r"|(?:has\s+|had\s+|have\s+)?(?:received|receives|got|gets|achieved|gained|earned|secured|was\s+given|were\s+given)"
                          r"\s+(?:an?\s+|the\s+|its\s+)?(?:ofsted\s+)?)$")


def clause_subject(low: str, mentions, start: int, at: int):
    """The mention that is the subject of the grade's own clause ("..., after Kingston received an
    'inadequate' score", "... while Bolton was rated inadequate"): the last authority named in
    low[start:at], when a clause opens right before it and only its verb stands between it and the
    grade; else None."""
    inside = sorted((m for m in mentions if start <= m.start and m.end <= at), key=lambda m: m.start)
    if len({m.name for m in inside}) < 2:
        return None  # one name: the subject already
    last = inside[-1]
    if _LIST_GAP.fullmatch(low, inside[-2].end, last.start):
        return None  # "East Sussex, Essex and Staffordshire were rated good": a list, each its subject
    if _CLAUSE_OPENER.search(low, 0, last.start) and _CLAUSE_VERB.fullmatch(low, last.end, at):
        return last
    return None


def _chain_ending(low: str, mentions, end: int) -> list:
    """The mentions of a list of names ("Reading and Slough", "Bolton Council, Bury Council") whose
    last name (with its council words) ends at `end`; [] when none does."""
    ordered = sorted(mentions, key=lambda m: m.start)
    last = next((m for m in reversed(ordered) if m.end <= end and re.fullmatch(_COUNCIL_WORDS + r"\s*", low[m.end:end])), None)
    if last is None:
        return []
    chain = [last]
    for m in reversed([x for x in ordered if x.end <= last.start]):
        if not _LIST_GAP.fullmatch(low, m.end, chain[0].start):
            break
        chain.insert(0, m)
    return chain


_NOUN_AFTER = re.compile(r"\s*(?:ofsted\s+)?(?:rating|grade|grading|judgement|judgment)s?\b")
# "..., with only Gateshead and Hartlepool receiving a good rating"
_RECEIVING = re.compile(r"\s+(?:receiving|getting|achieving|gaining|securing|earning)\s+(?:an?\s+|the\s+)?(?:ofsted\s+)?$")
_WITH_BEFORE = re.compile(r"\bwith\s+(?:only\s+|just\s+)?(?:the\s+)?$")
# "children's services in Reading and Slough were roundly criticised with 'Inadequate' ratings"
_HIT_WITH = re.compile(r"(?:'s|s')?(?:\s+children's\s+(?:services|social\s+care))?\s+(?:were|was|have\s+been|has\s+been|had\s+been)\s+"
                       r"(?:[a-z]+ly\s+)?(?:hit|left|saddled|landed|lumbered|criticised|criticized|slammed|branded)\s+with\s+"
                       r"(?:an?\s+|the\s+)?$")


def named_with_rating(low: str, mentions, g) -> list[str]:
    """The authorities a grade's noun phrase is given to with no rating verb of their own: "with only
    Gateshead and Hartlepool receiving a good rating", "Reading and Slough were roundly criticised with
    'Inadequate' ratings"; [] for any other grade."""
    if not _NOUN_AFTER.match(low, g.end()):
        return []
    before = low[:g.start()]
    m = _RECEIVING.search(before)
    if m:
        chain = _chain_ending(low, mentions, m.start())
        return [x.name for x in chain] if chain and _WITH_BEFORE.search(low, 0, chain[0].start) else []
    m = _HIT_WITH.search(before)
    if m:
        return [x.name for x in _chain_ending(low, mentions, m.start())]
    return []


__all__ = ["relative_owner", "pronoun_antecedent", "round_up_line", "parenthesised", "comparison_frame", "ordinal_after",
           "heading", "section_of", "clause_subject", "named_with_rating"]
