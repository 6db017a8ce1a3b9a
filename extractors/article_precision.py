"""Claims a careful reader would not have made, left out (or put in the area the wording gives)
after the claims are resolved. Precision first: a wrong claim is a false event. Pure: claim dicts
in, claim dicts out. Each rule is a way people write, not one article's sentence.

- Sub-judgements of the inspections before 2013 ("rated inadequate in assessment and direct work
  with children, ambition and prioritisation, and value for money, among others"): a grade of
  parts of a service is not the service's grade.
- An area whose code depends on the inspection's framework when the era the article gives is not
  the code's: a page whose every year is up to 2012 (and of no later date) speaks of the
  inspections before 2013, so "a 'good' rating for its child protection services" is the
  safeguarding judgement of then (`pre2013_safeguarding_overall`), "looked after children"
  the looked after children judgement; an area of the later frameworks the wording cannot map
  goes. A grade of a later framework's area in a sentence that also uses the pre-2013 word
  "adequate" (a list of past ratings, "fallen from good, to adequate, inadequate") goes too.
- "Children in care and care leavers were both found to be good": two judgements, so the 2023
  framework's two areas (or, beside a single inspection's adoption grade, the 2013-2018 ones), not
  the 2018 framework's one. "Those in its care" beside a single inspection's area (adoption,
  permanence, the safeguarding board) is that framework's looked after children judgement.
- "The overall judgement was that services for children in need of help and protection, children
  looked after, and care leavers, required improvement": the overall grade; the areas name what
  the services are, not judgements of their own.
- "Downgraded from outstanding to good in the category assessing the impact of leaders": the grade
  is that area's, not the overall one.
- Round-ups of Ofsted's annual performance assessments (2008-2010), which graded every council's
  children's services at once ("an Ofsted report which judged children's services in Doncaster,
  Haringey, Milton Keynes and Surrey to be inadequate overall"): a grade of 2010 or before given to
  several councils in one breath, for the services as a whole, is no inspection judgement.

Before the grades are resolved (`before_resolving`, on the sentences' `RawClaim`s), so that a grade
that is no claim does not clash with the one that is and wipe both out:
- a grade named but not given ("avoided an inadequate rating", "narrowly missing out on a good
  rating", "had the council been rated inadequate"), and a sub-judgement's grade, go;
- a grade stated in a clause whose subject is an inspection of a named earlier year ("Ever since the
  2012 inspection found its services inadequate") is that inspection's, previous;
- a bulleted list under a lead-in that dates it to an earlier inspection ("At the previous inspection
  in 2015 the judgements were:") gives previous grades of that year.
(An earlier grade compared with an inspection of a named year, "compared to its 2021 inspection, ...",
takes that year in `article_years.earlier_inspection_year`.)
"""
from __future__ import annotations

import dataclasses
import re

from extractors import article_areas
from extractors.article_words import BULLET_LINE, GRADE_WORDS as _GRADE
from extractors.authority_mentions import find_mentions

CURRENT, PREVIOUS = "current", "previous"

# The sub-judgements of the inspections before 2013 (and of the annual assessments' outcomes).
_SUB_JUDGEMENT = (r"(?:assessment\s+and\s+direct\s+work|ambition\s+and\s+prioritisation|value\s+for\s+money|"
                  r"partnership\s+working|equality\s+and\s+diversity|quality\s+of\s+provision|performance\s+management|"
                  r"user\s+engagement|being\s+healthy|staying\s+safe|enjoying\s+and\s+achieving|"
                  r"making\s+a\s+positive\s+contribution|(?:achieving\s+)?economic\s+well-?being|"
                  r"care\s+planning|case\s+planning|service\s+responsiveness|workforce\s+planning)")
_SUB_GRADE = re.compile(rf"(?i)\b{_GRADE}['\u2019\"]?\s+(?:in|for|on)\s+(?:the\s+areas?\s+of\s+|areas\s+such\s+as\s+)?"
                        rf"(?:its\s+|their\s+|the\s+)?{_SUB_JUDGEMENT}")
_GRADE_CODES = (("requir", "requires_improvement"), ("inadequate", "inadequate"), ("adequate", "adequate"),
                ("outstanding", "outstanding"), ("good", "good"))


def _sub_judgement_grade(grade: str, sentence: str) -> bool:
    """The sentence gives `grade` to a sub-judgement ("inadequate for ambition and prioritisation"):
    a claim of that grade is read from it ("adequate overall but inadequate for ambition and
    prioritisation" still gives its adequate)."""
    return any(_sub_word_is(m.group(), grade) for m in _SUB_GRADE.finditer(sentence))


# "branded as 'inadequate in too many cases'": practice found wanting case by case, not a judgement
_IN_CASES = re.compile(rf"(?i)\b{_GRADE}['\u2019\"]?\s+in\s+(?:too\s+many|many|some|most|a\s+(?:few|number\s+of|minority\s+of)|"
                       r"several|a\s+lot\s+of)\s+(?:cases|instances|places)\b")
_GRADE_WORD = re.compile(rf"(?i)\b{_GRADE}")


def _grade_only_in_cases(grade: str, sentence: str) -> bool:
    """Every word of `grade` in the sentence says how practice was in some cases."""
    words = [m for m in _GRADE_WORD.finditer(sentence) if _sub_word_is(m.group(), grade)]
    return bool(words) and all(any(c.start() == m.start() for c in _IN_CASES.finditer(sentence)) for m in words)


_AMONG_OTHERS = re.compile(r"(?i),?\s+among\s+others\b|\bamongst\s+others\b")

_YEAR = re.compile(r"\b(?:19[89]\d|20[0-4]\d)\b")
# Codes of the frameworks from 2013 on, which the inspections before 2013 did not give.
_LATER_CODES = frozenset({"help_and_protection", "in_care", "care_leavers", "in_care_and_care_leavers",
                          "looked_after_permanence", "adoption", "leaders", "lscb"})
# Wording the later frameworks alone use: their area names as judged then.
_LATER_WORDING = re.compile(r"(?i)\bhelp\s+and\s+protection\b|\bachieving\s+permanence\b|\bimpact\s+of\s+leaders\b|"
                            r"\brequires?\s+improvement\b|\brequiring\s+improvement\b")
_SAFEGUARDING_WORDS = re.compile(r"(?i)\bchild\s+protection\b|\bsafeguarding\b|\bprotecting\s+children\b")
_LAC_WORDS = re.compile(r"(?i)\blooked[- ]after\s+children\b|\bchildren\s+looked\s+after\b|\bchildren\s+in\s+care\b")
_ADEQUATE = re.compile(r"(?i)\badequate\b")

_BOTH = re.compile(r"(?i)\bin\s+care\s+and\s+(?:for\s+)?care\s+leavers\b[^.;]{0,60}?\b(?:were|was|are|is)\s+both\b"
                   r"|\bboth\s+(?:the\s+)?(?:experiences?\s+(?:and\s+progress\s+)?of\s+)?children\s+in\s+care\s+and\s+"
                   r"(?:of\s+)?care\s+leavers\b|\bin\s+care\s+and\s+care\s+leavers\b[^.;]{0,60}?\brespectively\b")
_SIF_CODES = frozenset({"adoption", "looked_after_permanence", "lscb"})
_OTHER_AREAS = frozenset({article_areas.LEADERS, article_areas.HELP, article_areas.ADOPTION, article_areas.LSCB,
                          article_areas.EFFECTIVENESS})


def _both_care_judgements(sentence: str) -> bool:
    """"Children in care and care leavers were both rated good": two judgements. Not where "both" counts
    another area of the same subject with them ("The impact of leaders ... and the experiences and progress
    of children in care and care leavers were both rated as good": the one care judgement and leadership)."""
    m = _BOTH.search(sentence)
    if m is None:
        return False
    clause = re.split(r"[;:]", sentence[:m.start()])[-1].lower()
    return not {kind for _, _, kind in article_areas.area_spans(clause)} & _OTHER_AREAS

_OVERALL_WAS_THAT = re.compile(r"(?i)\b(?:the\s+)?overall\s+(?:judgement|judgment|rating|grade|verdict|finding|outcome)"
                               r"\s+(?:was|is|were)\s+that\b")
_IN_THE_CATEGORY = re.compile(r"(?i)\b(?:in|for)\s+the\s+(?:category|area|judgement|judgment|domain|section)\s+"
                              r"(?:assessing|of|for|covering|on|which\s+assesses|that\s+assesses|judging)\s+"
                              r"(?P<area>[^.;,]{0,90})")
_CATEGORY_AREAS = (
    (re.compile(r"(?i)\b(?:impact|effectiveness)\s+of\s+(?:senior\s+)?leaders|\bleadership"), "leaders"),
    (re.compile(r"(?i)\bhelp\s+and\s+protection|\bneed\s+(?:of\s+)?help"), "help_and_protection"),
)

_GENERIC_SERVICE = re.compile(r"(?i)\bchildren['\u2019]?s\s+services\b|\boverall\b")
_DOMAIN_WORDS = re.compile(r"(?i)\bsafeguarding\b|\bchild\s+protection\b|\blooked[- ]after\b|\bin\s+care\b|\bcare\s+leavers?\b")


def leave_out_misread(claims: list[dict], sentences: list[str], published_year: int | None) -> list[dict]:
    """`claims` without those a careful reader would not have made; some put in the area the
    wording gives (see the module's doc). `sentences`: the article's; `published_year`: the page's."""
    early_page = _early_page(sentences, published_year)
    sif = {(c["local_authority"], c["role"]) for c in claims if c["area"] in _SIF_CODES}
    out: list[dict] = []
    for claim in claims:
        sentence = claim.get("sentence") or ""
        if _sub_judgement_grade(claim["grade"], sentence) or _grade_only_in_cases(claim["grade"], sentence):
            continue
        if claim["year"] is not None and claim["year"] <= 2012 \
                and (claim["area"] in _LATER_CODES or claim["area"] == "overall_effectiveness"):
            out.extend(_dated_pre2013(claim))  # dated after its area was given: "rated inadequate in 2010"
            continue
        if _AMONG_OTHERS.search(sentence) and claim["area"] != "overall_effectiveness" and not _names_area(sentence):
            continue  # "rated inadequate in ..., among others": parts of a service named
        if _annual_round_up(claim, sentence, published_year):
            continue
        if claim["area"] in _LATER_CODES and _ADEQUATE.search(sentence) and not _LATER_WORDING.search(sentence) \
                and not any(int(y) >= 2013 for y in _YEAR.findall(sentence)):
            continue
        if claim["area"] == "overall_effectiveness" and claim["role"] == PREVIOUS \
                and claim["year"] is None and _ADEQUATE.search(sentence) and not _LATER_WORDING.search(sentence):
            continue  # "fallen from good, to adequate, inadequate": ratings of before 2013, or annual ones
        if claim["area"] in _LATER_CODES and claim["year"] is None and early_page:
            out.extend(_as_pre2013(claim, sentence))
            continue
        if claim["area"] != "overall_effectiveness" and _OVERALL_WAS_THAT.search(sentence) \
                and len(re.findall(rf"(?i)\b{_GRADE}", sentence)) == 1:
            out.append({**claim, "area": "overall_effectiveness"})
            continue
        if claim["area"] == "overall_effectiveness" and (m := _IN_THE_CATEGORY.search(sentence)):
            area = next((code for pattern, code in _CATEGORY_AREAS if pattern.search(m.group("area"))), None)
            if area is not None:
                out.append({**claim, "area": area})
                continue
        if claim["area"] == "in_care_and_care_leavers" and _both_care_judgements(sentence) \
                and (claim["year"] is None or claim["year"] >= 2023 or (claim["local_authority"], claim["role"]) in sif):
            first = "looked_after_permanence" if (claim["local_authority"], claim["role"]) in sif else "in_care"
            out.extend([{**claim, "area": first}, {**claim, "area": "care_leavers"}])
            continue
        if claim["area"] == "in_care" and claim["year"] is None and (claim["local_authority"], claim["role"]) in sif:
            out.append({**claim, "area": "looked_after_permanence"})
            continue
        out.append(claim)
    return _unique(out)


_BULLET = BULLET_LINE
_EARLIER_LEAD = re.compile(r"(?i)\b(?:previous|previously|last|earlier|prior|former|before|then|at\s+the\s+time)\b")


def before_resolving(raws: list, texts: list[str], inspection_year: int | None) -> list:
    """The grades as sentences state them (`RawClaim`s), before they are resolved: without the
    grades of sub-judgements (which would otherwise clash with the service's own grade in the same
    sentence and wipe it out), and with the lists of an earlier inspection's grades made previous."""
    raws = [r for r in raws if not (0 <= r.sentence < len(texts) and (_sub_judgement_grade(r.grade, texts[r.sentence])
                                                                      or _not_given(r.grade, texts[r.sentence])))]
    raws = [_standing(_dated_by_its_inspection(r, texts, inspection_year), texts) for r in raws]
    return earlier_lists(raws, texts, inspection_year)


# A grade named but not given: avoided, feared, missed, denied, or only supposed ("avoided an inadequate
# rating", "narrowly missing out on a good rating", "had the council been rated inadequate, ...",
# "Ofsted did not rate the services inadequate"). ("No longer rated inadequate" is an earlier grade, not this.)
_NOT_GIVEN = re.compile(
    rf"(?i)(?:\b(?:avoid(?:ed|s|ing)?|escap(?:ed|es|ing)|miss(?:ed|es|ing)\s+out\s+on|just\s+missed|narrowly\s+miss(?:ed|ing)|"
    rf"fear(?:ed|s|ing)?|risk(?:ed|s|ing)?|(?:fell|falls|falling)\s+short\s+of|short\s+of)\s+(?:an?\s+|the\s+|being\s+(?:rated\s+|judged\s+)?)?"
    rf"|\b(?:would|could|might|may)\s+(?:have\s+)?(?:be|been)\s+(?:rated|judged|graded|deemed|found|given)\s+(?:as\s+|an?\s+)?"
    rf"|\b(?:none\s+of\s+(?:its|the|their|our)\s+(?:services|areas|judgements|judgments)|no\s+(?:areas?|services?|parts?|judgements?|judgments?))"
    rf"\s+(?:(?:was|were|is|are|has\s+been|have\s+been)\s+)?(?:(?:rated|judged|graded|found|deemed)\s+)?(?:as\s+)?"
    rf"|\bhad\s+(?:the\s+[a-z]+|it|they|we|services)\s+been\s+(?:rated|judged|graded|deemed|found)\s+(?:as\s+)?"
    rf"|\b(?<!no\s)(?:did|does|do|was|were|is|are|has|have|had)\s+not\s+(?:been\s+)?(?:rate|rated|judge|judged|grade|graded|find|found|deem|deemed)"
    rf"\s+(?:[a-z']+\s+){{0,4}}?(?:as\s+)?)"
    rf"['\u2018\u201c\"]?(?P<grade>{_GRADE})")


# "Leeds City Council, which is rated outstanding, has been appointed to support it": a standing grade
# named in passing (present tense, no time), of no known year, not the article's new inspection's
_STANDING = re.compile(rf"(?i),\s*(?:which|who)\s+(?:is|are)\s+(?:currently\s+|also\s+|itself\s+|now\s+)?"
                       rf"(?:rated|judged|graded|deemed)\s+(?:as\s+)?['\u2018\u201c\"]?(?P<grade>{_GRADE})['\u2019\u201d\"]?\s*,")


def _standing(raw, texts: list[str]):
    if raw.year is not None or raw.undated or not 0 <= raw.sentence < len(texts):
        return raw
    if any(_sub_word_is(m.group("grade"), raw.grade) for m in _STANDING.finditer(texts[raw.sentence])):
        return dataclasses.replace(raw, undated=True)
    return raw


def _not_given(grade: str, sentence: str) -> bool:
    return any(_sub_word_is(m.group("grade"), grade) for m in _NOT_GIVEN.finditer(sentence))


# "the 2012 inspection found its services inadequate", "an inspection in March 2012 which judged it
# inadequate", "Ofsted's visit in 2012, which resulted in it judging the authority inadequate"
_MONTHS = (r"(?:January|February|March|April|May|June|July|August|September|October|November|December)")
_INSPECTION_OF_YEAR = re.compile(
    rf"(?i)\b(?:(?:the|its|their|an?)\s+(?P<y1>(?:19|20)\d\d)\s+(?:ofsted\s+|full\s+)*(?:inspection|report|visit)"
    rf"|(?:inspection|report|visit)\s+(?:in|of)\s+(?:{_MONTHS}\s+)?(?P<y2>(?:19|20)\d\d))"
    rf"\s*,?\s+(?:(?:which\s+|that\s+)?(?:had\s+)?(?:found|judged|rated|graded|deemed|resulted\s+in)"
    rf"|when\s+[\w' ]{{1,40}}?\s+(?:was|were|had\s+been)\s+(?:rated|judged|graded|found|deemed))\b"
    rf"(?P<rest>[^.;]{{0,80}})")


def _dated_by_its_inspection(raw, texts: list[str], inspection_year: int | None):
    """A grade of no year stated in a clause whose subject is an inspection of a named earlier year
    ("Ever since the 2012 inspection found its services inadequate, ...") is that inspection's."""
    if raw.year is not None or not 0 <= raw.sentence < len(texts):
        return raw
    for m in _INSPECTION_OF_YEAR.finditer(texts[raw.sentence]):
        year = int(m.group("y1") or m.group("y2"))
        grade = re.search(rf"(?i)\b{_GRADE}", m.group("rest"))
        if grade is None or not _sub_word_is(grade.group(), raw.grade):
            continue
        if inspection_year is not None and year >= inspection_year:
            return raw
        return dataclasses.replace(raw, year=year, role=PREVIOUS if inspection_year is not None else raw.role)
    return raw


def _sub_word_is(word: str, grade: str) -> bool:
    word = word.lower()
    return next(code for stem, code in _GRADE_CODES if word.startswith(stem)) == grade


def earlier_lists(raws: list, texts: list[str], inspection_year: int | None) -> list:
    """The grades of a bulleted list whose lead-in line dates it to an earlier inspection ("At the
    previous inspection in 2015 the judgements were:", "In 2015 the council was rated:") are that
    inspection's: previous, of the year the lead-in gives; not the article's current grades."""
    lead_of: dict[int, str] = {}
    lead = None
    for i, text in enumerate(texts):
        if _BULLET.match(text):
            if lead is not None:
                lead_of[i] = lead
        else:
            lead = text if text.rstrip().endswith(":") else None
    out = []
    for raw in raws:
        lead = lead_of.get(raw.sentence)
        if lead is not None and raw.year is None:
            years = {int(y) for y in _YEAR.findall(lead)}
            year = years.pop() if len(years) == 1 else None
            earlier = bool(_EARLIER_LEAD.search(lead)) or (
                year is not None and inspection_year is not None and year < inspection_year)
            if earlier:
                raw = dataclasses.replace(raw, role=PREVIOUS, year=year)
            elif year is not None:
                raw = dataclasses.replace(raw, year=year)
        out.append(raw)
    return out


def _early_page(sentences: list[str], published_year: int | None) -> bool:
    """A page whose every year is up to 2012 (at least one given) and of no later date: it
    speaks of the inspections before 2013."""
    if published_year is not None and published_year > 2013:
        return False
    text = " ".join(sentences)
    years = [int(y) for y in _YEAR.findall(text)]
    return bool(years) and max(years) <= 2012 and not _LATER_WORDING.search(text)


def _as_pre2013(claim: dict, sentence: str) -> list[dict]:
    """A later framework's area code on an early page, put in the pre-2013 area its wording names."""
    if claim["area"] == "help_and_protection" and _SAFEGUARDING_WORDS.search(sentence):
        return [{**claim, "area": "pre2013_safeguarding_overall"}]
    if claim["area"] in ("in_care", "looked_after_permanence") and _LAC_WORDS.search(sentence):
        return [{**claim, "area": "pre2013_lac_overall"}]
    return [claim]


def _dated_pre2013(claim: dict) -> list[dict]:
    """A grade of an inspection before 2013 under a later framework's code, which no inspection then gave
    (the year was found after the area: "we were rated inadequate in 2010", "no longer rated as
    inadequate" dated by "rated as inadequate in 2012"): the pre-2013 measure of the same service, the
    whole service's grade as its safeguarding one (as the labels of the set read a single grade of those
    years); an area those inspections did not judge is left out."""
    area = {"overall_effectiveness": "pre2013_safeguarding_overall", "help_and_protection": "pre2013_safeguarding_overall",
            "in_care": "pre2013_lac_overall", "looked_after_permanence": "pre2013_lac_overall"}.get(claim["area"])
    return [{**claim, "area": area}] if area else []


def _names_area(sentence: str) -> bool:
    return bool(re.search(r"(?i)\boverall\b|\bhelp\s+and\s+protection\b|\bleaders\b", sentence))


def _annual_round_up(claim: dict, sentence: str, published_year: int | None) -> bool:
    year = claim["year"] if claim["year"] is not None else published_year
    if year is None or year > 2010 or claim["area"] != "pre2013_safeguarding_overall":
        return False
    if not _GENERIC_SERVICE.search(sentence):
        return False
    names = {m.name for m in find_mentions(sentence)}
    if len(names) < 2:
        return False
    return not _DOMAIN_WORDS.search(sentence)


def _unique(claims: list[dict]) -> list[dict]:
    """Each claim once; where a claim put in another area now disagrees with one already there
    (the same authority, year, area and role, another grade), neither is sure and both go."""
    grades: dict[tuple, set[str]] = {}
    for c in claims:
        grades.setdefault((c["local_authority"], c["year"], c["area"], c["role"]), set()).add(c["grade"])
    seen, out = set(), []
    for c in claims:
        k = (c["local_authority"], c["year"], c["area"], c["grade"], c["role"])
        if k not in seen and len(grades[k[:3] + k[4:]]) == 1:
            seen.add(k)
            out.append(c)
    return out


__all__ = ["leave_out_misread", "before_resolving", "earlier_lists"]
