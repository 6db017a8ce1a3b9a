"""From what the sentences of an article say to its claims: dated, given the area codes of the
framework the inspection was judged under, completed where the wording implies areas ("good
overall, and outstanding in one area"), and cleared of contradictions. Pure."""
from __future__ import annotations

import re
from dataclasses import dataclass, replace

from extractors import article_areas
from extractors.article_pre2013 import speaks_pre2013

CURRENT, PREVIOUS = "current", "previous"

# The names of the single inspection framework's (2013-2018) judgements, which no other framework used:
# a page of no date naming them speaks of such an inspection
_SIF_WORDING = re.compile(
    r"(?i)\bleadership,?\s+management\s+and\s+governance\b|\bachieving\s+permanence\b|\badoption\s+performance\b"
    r"|\bsingle\s+inspection\s+framework\b|\blocal\s+safeguarding\s+children'?s?\s+boards?\b|\blscbs?\b")


@dataclass
class RawClaim:
    """A grade as one sentence states it, before the framework gives its area codes."""

    authority: str | None
    year: int | None  # as the sentence states it
    role: str
    grade: str
    kinds: frozenset[str]
    domain: frozenset[str] = frozenset()
    explicit: bool = True  # a specific area or "overall", not just "children's services"
    every: bool = False  # "in all areas"
    count: int | None = None  # "in one area"
    sentence: int = 0
    undated: bool = False  # a standing grade named in passing ("'inadequate' Surrey"): of no known year
    pre2013: bool = False  # said in the pre-2013 inspections' own terms ("the overall effectiveness of safeguarding")


def resolve_claims(raws: list[RawClaim], article_year: int | None, sentences: list[str] | None = None) -> list[dict]:
    """Claims with codes: dated, expanded ("in all areas"), completed ("good overall and
    outstanding in one area"), and cleared of contradictions (a specific statement wins over a
    general one; two of the same weight that disagree both go). Each claim keeps the `sentence`
    it was read from (`sentences[raw.sentence]`; a completed claim, the sentence that implies it)."""
    sentences = sentences or []

    def said(raw: RawClaim) -> str | None:
        return sentences[raw.sentence] if 0 <= raw.sentence < len(sentences) else None

    candidates: list[tuple[dict, bool]] = []
    counted: list[tuple[RawClaim, int | None]] = []
    raws = [_inspected_not_published(r, article_year, said(r)) for r in raws]
    raws = [r for r in raws if r.year is None or article_year is None or r.year <= article_year]
    latest = _latest_years(raws, article_year)
    # a page of no date that speaks the pre-2013 inspections' words, or states "adequate" as its own
    # inspection's grade: its undated grades are theirs
    pre2013_page = article_year is None and (speaks_pre2013(sentences) or any(
        r.grade == "adequate" and r.role == CURRENT and r.year is None and not r.undated for r in raws))
    sif_page = article_year is None and not pre2013_page and any(_SIF_WORDING.search(s) for s in sentences)
    for raw in raws:
        year = raw.year if raw.year is not None else (article_year if raw.role == CURRENT and not raw.undated else None)
        role = raw.role
        if raw.year is not None and raw.year < latest.get(raw.authority, raw.year):
            role = PREVIOUS  # a grade of an earlier inspection than the latest the article names
        framework = article_areas.framework_of(year, set(raw.kinds) | _article_kinds(raws, raw.authority, year))
        if raw.grade == "adequate" or raw.pre2013 or (year is None and pre2013_page):
            framework = article_areas.PRE_2013  # a grade only the inspections before 2013 gave
        elif framework is None and year is None and sif_page and raw.role == CURRENT:
            framework = article_areas.SIF  # an undated page naming the 2013-2018 framework's judgements
        if framework == article_areas.PRE_2013 and raw.grade == "requires_improvement":
            framework = article_areas.framework_of(year, set(raw.kinds))  # a grade the inspections before 2013 never gave
        if framework == article_areas.PRE_2013 and year is not None and year > article_areas.PRE_2013_LAST_YEAR:
            year = None  # "... since 2010, when they were found to be adequate" on a later page: not the page's year
        if raw.count is not None:
            counted.append((raw, year))
            continue
        if raw.every:  # "good in all areas": the overall grade, and the areas it names
            if framework == article_areas.PRE_2013:
                continue
            named = set(raw.kinds) & article_areas.SPECIFIC
            codes = ["overall_effectiveness", *(article_areas.area_codes(named, framework) if named else [])]
        else:
            codes = article_areas.area_codes(set(raw.kinds), framework, raw.domain)
            if framework is None and year is not None:
                # 2018, when two frameworks overlapped and the article does not say which: children
                # in care were one area or two, so which area the grade is cannot be told
                codes = [c for c in codes if c not in article_areas.CARE_CODES]
        for code in codes:
            # before 2013 a domain alone ("its safeguarding services") names no measure outright
            explicit = raw.explicit and (framework != article_areas.PRE_2013
                                         or bool(raw.kinds & {article_areas.OVERALL, article_areas.EFFECTIVENESS,
                                                              article_areas.CAPACITY, article_areas.AND_CAPACITY}))
            candidates.append(({"local_authority": raw.authority, "year": year, "area": code,
                                "grade": raw.grade, "role": role, "sentence": said(raw)}, explicit or raw.every))
    candidates.extend(_completed(counted, raws, candidates, said))
    if article_year is None:
        _earlier_than_undated(candidates, raws, said)
    return _consistent(candidates)


# "The inspection report, published today (9th January 2020), has judged that ...": the year of the
# report's publication date, not of the inspection
_PUBLISHED_YEAR = r"\b(?:published|issued|released)\b[^.;:]{0,40}?\b%d\b"
# "... rated good by Ofsted following an inspection in November 2021" on a page of January 2022: the
# sentence names its inspection's year itself
_INSPECTED_YEAR = r"\binspect(?:ion|ed|ors)\b[^.;:]{0,40}?\b%d\b"


def _inspected_not_published(raw: RawClaim, article_year: int | None, sentence: str | None) -> RawClaim:
    """A current grade dated by its report's publication, or by its page's date, in the year after the
    inspection (a report comes out weeks after the inspectors leave: November's inspection is published in
    January) is of the article's inspection, not of a later one: where the sentence says it was published
    then, or names the inspection's own year."""
    if (raw.role == CURRENT and raw.year is not None and article_year is not None and raw.year == article_year + 1
            and sentence and (re.search(_PUBLISHED_YEAR % raw.year, sentence, re.I)
                              or re.search(_INSPECTED_YEAR % article_year, sentence, re.I))):
        return replace(raw, year=None)
    return raw


def _earlier_than_undated(candidates: list[tuple[dict, bool]], raws: list[RawClaim], said) -> None:
    """On a page of no date, a grade stated as current without a year is the article's own new
    inspection's; a dated grade of the same area that differs from it ("Barnet given a 'good'
    grade ... The shock 2017 report had seen an 'inadequate' grade given") is an earlier
    inspection's, not a second current one. (A grade named in passing, "'inadequate' Surrey", is
    of no known year and settles nothing.)"""
    plain = {said(r) for r in raws if r.role == CURRENT and r.year is None and not r.undated}
    new = {}
    for claim, _ in candidates:
        if claim["role"] == CURRENT and claim["year"] is None and claim["sentence"] in plain:
            new.setdefault((claim["local_authority"], claim["area"]), set()).add(claim["grade"])
    for claim, _ in candidates:
        grades = new.get((claim["local_authority"], claim["area"]))
        if claim["role"] == CURRENT and claim["year"] is not None and grades and claim["grade"] not in grades:
            claim["role"] = PREVIOUS


def _latest_years(raws: list[RawClaim], article_year: int | None) -> dict[str | None, int]:
    """The year of the latest inspection the article gives each authority a grade for: a grade's
    own year, or the article's for a grade stated as current without one. That inspection is the
    current one, earlier ones previous: "rated inadequate in 2019" beside a new grade is previous,
    but the only grade a later committee paper names ("the service, which was rated inadequate in
    November 2015") is the authority's current one."""
    latest: dict[str | None, int] = {}
    for raw in raws:
        year = raw.year if raw.year is not None else (article_year if raw.role == CURRENT and not raw.undated else None)
        if year is not None:
            latest[raw.authority] = max(year, latest.get(raw.authority, year))
    return latest


def _article_kinds(raws: list[RawClaim], authority: str | None, year: int | None) -> set[str]:
    # (an earlier inspection's grade of no year said, "a previous inspection ... rated each area adequate", is not
    # this inspection's and does not settle its framework)
    return {k for r in raws if r.authority == authority and (r.year in (None, year))
            and not (r.year is None and r.role == PREVIOUS) for k in r.kinds}


def _completed(counted: list[tuple[RawClaim, int | None]], raws: list[RawClaim],
               candidates: list[tuple[dict, bool]], said) -> list[tuple[dict, bool]]:
    """"Good overall, and outstanding in one area": when the areas graded outstanding are exactly
    that many, the areas the article grades nowhere else share the overall grade."""
    added = []
    for raw, year in counted:
        overall = {c["grade"] for c, _ in candidates
                   if c["area"] == "overall_effectiveness" and c["local_authority"] == raw.authority
                   and c["year"] == year and c["role"] == raw.role
                   and any(r.sentence == raw.sentence and r.grade == c["grade"] for r in raws if r is not raw)}
        framework = article_areas.framework_of(year, _article_kinds(raws, raw.authority, year))
        if len(overall) != 1 or framework in (None, article_areas.PRE_2013):
            continue
        areas = [a for a in article_areas.FRAMEWORK_AREAS[framework] if a != "overall_effectiveness"]
        same = [c for c, _ in candidates if c["local_authority"] == raw.authority and c["year"] == year
                and c["role"] == raw.role]
        graded = {c["area"] for c in same if c["area"] in areas and c["grade"] == raw.grade}
        if len(graded) != raw.count:
            continue
        claimed = {c["area"] for c in same}
        for area in areas:
            if area not in claimed:
                added.append(({"local_authority": raw.authority, "year": year, "area": area,
                               "grade": next(iter(overall)), "role": raw.role, "sentence": said(raw)}, False))
    return added


def _consistent(candidates: list[tuple[dict, bool]]) -> list[dict]:
    by_key: dict[tuple, list[tuple[dict, bool]]] = {}
    for claim, explicit in candidates:
        key = (claim["local_authority"], claim["year"], claim["area"], claim["role"])
        by_key.setdefault(key, []).append((claim, explicit))
    out = []
    for found in by_key.values():
        strong = [c for c, explicit in found if explicit] or [c for c, _ in found]
        grades = {c["grade"] for c in strong}
        if len(grades) == 1:
            out.append(strong[0])
    # the same grade said without a year and with one ("remains inadequate", "inadequate in 2019"): once, dated
    dated = {(c["local_authority"], c["area"], c["grade"], c["role"]) for c in out if c["year"] is not None}
    out = [c for c in out if c["year"] is not None
           or (c["local_authority"], c["area"], c["grade"], c["role"]) not in dated]
    order = {code: i for i, code in enumerate(article_areas.AREA_ORDER)}
    return sorted(out, key=lambda c: (c["local_authority"] or "", c["role"] != CURRENT, -(c["year"] or 0),
                                      order.get(c["area"], 99)))
