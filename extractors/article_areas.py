"""The judgement areas news articles name ("help and protection", "children in care and care
leavers", "the impact of leaders", "capacity for further improvement") and the area code each
stands for under the framework the inspection was judged by. Pure data and small lookups.

Text handed to these patterns is lower-cased and normalised (`extractors.text.normalise`).
"""
from __future__ import annotations

import re

# -- judgement areas ---------------------------------------------------------------------------
# Kinds of area a phrase names, before the framework decides the code.
OVERALL, SERVICE, HELP, IN_CARE_AND_LEAVERS, IN_CARE, LEAVERS = (
    "overall", "service", "help", "in_care_and_leavers", "in_care", "leavers")
ADOPTION, PERMANENCE, LEADERS, LSCB, SAFEGUARDING, CAPACITY = (
    "adoption", "permanence", "leaders", "lscb", "safeguarding", "capacity")
PRONOUN = "pronoun"
AND_CAPACITY = "and_capacity"  # "its safeguarding services and their capacity to improve": both measures of the domain
EFFECTIVENESS = "effectiveness"  # "overall effectiveness" named as one area of a list  # "it", "the council": the authority as a whole, only with a rating word

_CHILDREN = r"(?:children|young\s+people|children\s+and\s+young\s+people|youngsters|those)"
_IN_CARE = (rf"(?:{_CHILDREN}\s+(?:(?:who\s+are\s+|(?:who\s+are\s+)?living\s+)?in\s+(?:the\s+council's\s+|its\s+|our\s+|their\s+)?care"
            r"|(?:who\s+are\s+)?looked\s+after)"
            r"|looked[- ]after\s+(?:children|young\s+people)|children\s+looked\s+after"
            r"|children'?s\s+experiences?\s+(?:of\s+being\s+)?in\s+care)")
_LEAVERS = (rf"(?:care\s+leavers?|{_CHILDREN}\s+(?:leaving|who\s+(?:are\s+leaving|have\s+left)|who\s+leave|(?:needing|who\s+need)\s+(?:help|support)\s+to\s+leave)\s+care"
            r"|(?:those\s+)?leaving\s+care(?:\s+(?:services?|team))?"
            r"|care[- ]experienced\s+(?:young\s+)?(?:people|adults))")
# Phrases aspects of a service rather than the service: "the engagement of looked after children".
_ASPECT = re.compile(
    r"\b(?:engagement|participation|voice|views|health|education|attainment|outcomes|stability|number|"
    r"numbers|proportion|placements?|safety|wishes|feelings|exploitation|aspects?|parts?|elements?|areas?)"
    r"\s+(?:of|for|among)\s+(?:the\s+|our\s+|its\s+)?$"
    # "the extent to which all leaders ... engage with children": a criterion, not the judgement of leaders
    r"|\b(?:extent\s+to\s+which|how\s+well)\s+(?:all\s+|the\s+|its\s+|our\s+)?$"
)

# An area's words as the modifier of a piece of practice: "child protection plans", "child protection and
# child in need conferences", "care leavers' pathway plans" are findings about that work, not the area.
_PRACTICE_AFTER = re.compile(
    r"(?:'s|s'|')?(?:\s+and(?:\s+[a-z-]+){1,4}?)?\s+(?:pathway\s+)?(?:plans?|planning|conferences?|cases?|caseloads?|"
    r"case\s+(?:work|files?|records?)|register|procedures?|processes|enquir(?:y|ies)|investigations?|records?|chairs?|"
    r"co-?ordinators?|meetings?|strategy\s+(?:meetings?|discussions?))\b"
)

AREA_PATTERNS: tuple[tuple[str, re.Pattern], ...] = tuple((kind, re.compile(p)) for kind, p in (
    # The title of the 2013-2018 inspection, "services for children in need of help and protection, children
    # looked after and care leavers": the whole service, not three of its areas
    (SERVICE, r"\b(?:the\s+)?(?:local\s+authority\s+)?services\s+for\s+children\s+in\s+need\s+of\s+help\s+and\s+protection\s*,\s*"
              r"(?:children\s+looked\s+after|looked[- ]after\s+children|children\s+in\s+care)\s*,?\s*(?:and|&)\s+care\s+leavers\b"),
    (PERMANENCE, r"\b(?:children|young\s+people)\s+looked\s+after\s+and\s+achieving\s+permanence\b"
                 r"|\bachieving\s+permanence\b|\bpermanence\b"),
    # "... in care and for those children leaving care", "... in care, and of care leavers"
    (IN_CARE_AND_LEAVERS, rf"\b(?:{_IN_CARE}|in\s+care)\s*,?\s*(?:and|&)\s*(?:(?:for|of)\s+)?(?:{_LEAVERS}"
                          r"|those\s+(?:children\s+|young\s+people\s+)?leaving\s+care)\b"
                          rf"|\b{_CHILDREN}\s+(?:both\s+)?in\s+(?:and|or)\s+leaving\s+care\b"
                          # the other way round: "support for care leavers and children in care"
                          rf"|\bcare\s+leavers?\s*,?\s*(?:and|&)\s*(?:(?:for|of)\s+)?{_IN_CARE}"),
    (HELP, rf"\bhelp\s+and\s+protection\b"
           rf"|\b{_CHILDREN}\s+(?:(?:who|that)\s+(?:need|needs|needed|are\s+in\s+need\s+of)|needing|in\s+need\s+of)"
           r"\s+(?:help(?:\s+(?:and|or)\s+protection)?|protection|support\s+and\s+protection)\b(?!\s+(?:to\s+)?(?:leave|leaving)\s+care)|\bchild\s+protection(?:\s+(?:services?|work|system))?\b"
           r"|\bprotect(?:ing)?\s+(?:vulnerable\s+)?children\b|\bprotection\s+of\s+(?:vulnerable\s+)?children\b"),
    (IN_CARE, rf"\b{_IN_CARE}\b"),
    (LEAVERS, rf"\b{_LEAVERS}\b"),
    (ADOPTION, r"\badoption(?:\s+(?:performance|services?|work|support))?\b"),
    (LSCB, r"\blocal\s+safeguarding\s+children'?s?\s+board\b|\blscb\b|\bsafeguarding\s+(?:children\s+)?board\b"
           r"|\bsafeguarding\s+(?:children\s+)?partnership\b"),
    (LEADERS, r"\bleadership,?\s+management,?\s+and\s+governance\b"
              r"|\b(?:the\s+)?(?:impact|effectiveness|quality)\s+of\s+(?:its\s+|their\s+|the\s+council's\s+)?"
              r"(?:senior\s+)?leaders(?:hip)?"
              r"(?:\s+(?:and\s+managers\s+)?on\s+social\s+work\s+practice(?:\s+with\s+children\s+and\s+families)?)?\b"
              r"|\bleadership(?:\s+and\s+management)?\b|\b(?:senior\s+)?leaders\b"
              r"|\bmanagement\s+and\s+governance\b"),
    (AND_CAPACITY, r"(?:(?<=\band\s)|(?<=&\s))(?:its\s+|their\s+|the\s+)?capacity\s+(?:for|to)\s+(?:further\s+)?improve(?:ment)?\b"),
    (CAPACITY, r"\bcapacity\s+(?:for|to)\s+(?:further\s+)?improve(?:ment)?\b"),
    (SAFEGUARDING, r"\bsafeguarding(?:\s+(?:services?|arrangements|work))?\b"),
    (EFFECTIVENESS, r"\b(?:the\s+)?overall\s+effectiveness(?:\s+of\s+(?:the\s+|its\s+)?services?)?\b"),
    (OVERALL, r"\boverall\b"
              r"|\b(?:its|their|our|the|[a-z]+'s)\s+(?:(?:previous|last|latest|current|new|most\s+recent|first|"
              r"resultant|resulting|final|official)\s+)?(?:overall\s+)?(?:ofsted\s+)?(?:rating|grade|judgement|judgment)\b"),
    (SERVICE, r"\bchildren(?:'?s'?)?\s+services?(?:\s+department)?\b"
              r"|\bchildren'?s\s+social\s+(?:care|work)(?:\s+services?)?\b"
              r"|\b(?<!adult\s)(?<!adults\s)(?<!adults'\s)social\s+care\s+services?\b|\b(?<!adult\s)social\s+services\b|\bchildren'?s\s+(?:department|directorate)\b"
              r"|\bservices\s+(?:for|to)\s+(?:vulnerable\s+|local\s+)?(?:children|young\s+people)"
              r"(?:\s+and\s+(?:young\s+people|families))?\b|\bchildren\s+and\s+young\s+people'?s\s+services\b"
              r"|\b(?:the|its|their|our|[a-z]+'s|[a-z]+s')\s+(?:same\s+)?services\b"
              r"|\b(?:council|authority|borough|county)'s\s+service\b"),
    # not a possessive ("the council's fostering service"), not a part ("the service for them")
    (PRONOUN, r"\b(?:it|we|they|them|the\s+(?:local\s+)?(?:council|authority)|the\s+department|the\s+service"
              r"|the\s+(?:royal\s+)?borough(?:\s+council)?|the\s+(?:county|city|district)\s+council|the\s+island)\b"
              r"(?!'s|s'|\s+(?:for|to|provided|given|offered)\b)"),
))

SPECIFIC = frozenset({HELP, IN_CARE_AND_LEAVERS, IN_CARE, LEAVERS, ADOPTION, PERMANENCE, LEADERS, LSCB})
EXPLICIT = SPECIFIC | {OVERALL, EFFECTIVENESS, CAPACITY, AND_CAPACITY}  # named, not just "children's services"
DOMAINS = frozenset({SAFEGUARDING, IN_CARE})  # what a pre-2013 measure (overall, capacity) is of


def area_spans(text: str) -> list[tuple[int, int, str]]:
    """(start, end, kind) of every area phrase in lower-cased `text`, longest and earliest first,
    never overlapping; phrases that name an aspect of a service ("the health of children in care") or
    qualify a piece of practice ("child protection plans") are left out."""
    found: list[tuple[int, int, str]] = []
    taken: list[tuple[int, int]] = []
    for kind, pattern in AREA_PATTERNS:
        for m in pattern.finditer(text):
            if any(m.start() < e and s < m.end() for s, e in taken):
                continue
            taken.append((m.start(), m.end()))
            if _ASPECT.search(text[max(0, m.start() - 40):m.start()]) or _PRACTICE_AFTER.match(text, m.end()):
                continue
            found.append((m.start(), m.end(), kind))
    return sorted(found)


# -- frameworks --------------------------------------------------------------------------------
PRE_2013, SIF, ILACS_2018, ILACS_2023 = "pre_2013", "sif", "ilacs_2018", "ilacs_2023"
PRE_2013_LAST_YEAR = 2013  # the last inspections of safeguarding and looked after children ran into 2013

FRAMEWORK_AREAS = {
    PRE_2013: ("pre2013_safeguarding_overall", "pre2013_safeguarding_capacity", "pre2013_lac_overall",
               "pre2013_lac_capacity"),
    SIF: ("overall_effectiveness", "help_and_protection", "looked_after_permanence", "adoption", "care_leavers",
          "leaders"),
    ILACS_2018: ("overall_effectiveness", "help_and_protection", "in_care_and_care_leavers", "leaders"),
    ILACS_2023: ("overall_effectiveness", "help_and_protection", "in_care", "care_leavers", "leaders"),
}


# The codes of children in care and care leavers, which the frameworks divide differently.
CARE_CODES = frozenset({"in_care", "care_leavers", "in_care_and_care_leavers", "looked_after_permanence"})

# The order claims are listed in.
AREA_ORDER = tuple(dict.fromkeys((*FRAMEWORK_AREAS[ILACS_2023], *FRAMEWORK_AREAS[SIF], "in_care_and_care_leavers",
                                  "lscb", *FRAMEWORK_AREAS[PRE_2013])))


def framework_of(year: int | None, kinds: set[str]) -> str | None:
    """The framework an inspection of `year` was judged under; `kinds` (the areas the article
    names) settle 2013 and 2018, when two frameworks overlapped."""
    if year is None:
        return None
    if year <= 2012:
        return PRE_2013
    if year == 2013:
        return PRE_2013 if kinds & {SAFEGUARDING, CAPACITY, AND_CAPACITY} else SIF
    if year <= 2017:
        return SIF
    if year == 2018:
        if kinds & {ADOPTION, PERMANENCE, LSCB}:
            return SIF
        return ILACS_2018 if kinds & {IN_CARE_AND_LEAVERS} else None
    if year == 2023 and IN_CARE_AND_LEAVERS in kinds and not kinds & {IN_CARE, LEAVERS}:
        return ILACS_2018  # one judgement of children in care and care leavers: the 2018 framework's
    return ILACS_2018 if year <= 2022 else ILACS_2023


def area_codes(kinds: set[str], framework: str | None, domain: set[str] = frozenset()) -> list[str]:
    """The area codes a subject naming `kinds` stands for under `framework`. Generic subjects
    ("children's services", "it") name overall effectiveness; specific areas win over them.
    Before 2013 a code needs a domain (safeguarding, looked after children) and a measure
    (overall effectiveness, capacity to improve); `domain` is the sentence's domain when the
    subject has none ("..., with an outstanding capacity for further improvement")."""
    named = EFFECTIVENESS in kinds
    if named:
        kinds = kinds | {OVERALL}
    if framework == PRE_2013:
        return _pre2013_codes(kinds, domain)
    specific = kinds & SPECIFIC
    if named and specific:  # "good for overall effectiveness and help and protection"
        return ["overall_effectiveness", *area_codes(kinds - {OVERALL, EFFECTIVENESS}, framework, domain)]
    if not specific:
        if SAFEGUARDING in kinds and OVERALL not in kinds:
            return []  # "rated outstanding for safeguarding": a judgement of before 2013, of no year given
        return ["overall_effectiveness"] if kinds & {OVERALL, SERVICE, PRONOUN} else []
    codes: list[str] = []
    for kind in (HELP, IN_CARE_AND_LEAVERS, IN_CARE, LEAVERS, PERMANENCE, ADOPTION, LEADERS, LSCB):
        if kind in specific:
            codes.extend(_specific_code(kind, framework))
    return list(dict.fromkeys(codes))


def _specific_code(kind: str, framework: str | None) -> list[str]:
    if kind == HELP:
        return ["help_and_protection"]
    if kind == LEADERS:
        return ["leaders"]
    if kind == IN_CARE_AND_LEAVERS:
        return {SIF: ["looked_after_permanence", "care_leavers"], ILACS_2023: ["in_care", "care_leavers"]}.get(
            framework, ["in_care_and_care_leavers"])
    if kind == IN_CARE:
        return {SIF: ["looked_after_permanence"], ILACS_2018: ["in_care_and_care_leavers"]}.get(framework, ["in_care"])
    if kind == LEAVERS:
        return {ILACS_2018: ["in_care_and_care_leavers"]}.get(framework, ["care_leavers"])
    if kind == PERMANENCE:
        return ["looked_after_permanence"] if framework in (SIF, None) else []
    if kind == ADOPTION:
        return ["adoption"] if framework in (SIF, None) else []
    if kind == LSCB:
        return ["lscb"] if framework in (SIF, None) else []
    return []


def _pre2013_codes(kinds: set[str], domain: set[str]) -> list[str]:
    domains = {SAFEGUARDING: "safeguarding", IN_CARE: "lac"}
    if LEADERS in kinds and not kinds & {OVERALL, CAPACITY}:
        return []  # "leadership and management" was a sub-judgement before 2013, of no area code
    if kinds & {HELP, LSCB}:  # "child protection", "safeguarding board": safeguarding before 2013
        kinds = kinds | {SAFEGUARDING}
    own = [d for d in (SAFEGUARDING, IN_CARE) if d in kinds]
    if AND_CAPACITY in kinds:  # "its safeguarding services and their capacity to improve": the domain's overall grade too
        kinds = kinds | {CAPACITY} | ({OVERALL} if own else set())
    if not own and not domain and CAPACITY in kinds:
        return []  # "rated good for its capacity to improve": which domain's capacity is not said
    if not own and not domain and kinds & {OVERALL, SERVICE, PRONOUN}:
        return ["pre2013_safeguarding_overall"]  # "children's services were rated inadequate" in 2010
    names = [domains[d] for d in (own or [d for d in (SAFEGUARDING, IN_CARE) if d in domain])]
    measures = [m for k, m in ((OVERALL, "overall"), (CAPACITY, "capacity")) if k in kinds]
    if not measures and own:  # "its safeguarding services were judged adequate": their overall effectiveness
        measures = ["overall"]
    return [f"pre2013_{d}_{m}" for d in names for m in measures]
