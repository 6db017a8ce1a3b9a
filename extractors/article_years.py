"""Years an article gives an earlier inspection in one sentence and its grade in another: "Torbay
has been handed a repeat inadequate rating ... The inspection found the pace of improvement since
the last inspection in 2016 had been too slow". The earlier grade ("repeat", "again", "no longer",
"up from", "previously") is of that last inspection, so it takes its year. Pure: claim dicts in,
claim dicts out.

Only where it is plain: one year for the last inspection in the whole article, for the one
authority the claims are of, and earlier grades of no year that do not speak of some other
earlier time ("first rated inadequate", "inadequate since 2010").
"""
from __future__ import annotations

import re

from extractors import article_areas
from extractors.article_words import FUTURE_INSPECTION, GRADE_WORD as _GRADE_WORD

CURRENT, PREVIOUS = "current", "previous"

_MONTHS = r"(?:january|february|march|april|may|june|july|august|september|october|november|december)"
# "the last inspection in 2016", "its previous Ofsted inspection, in July 2019", "at the last full
# inspection (2015)", "the previous inspection of 2014"
_LAST_INSPECTION_YEAR = re.compile(
    rf"(?i)\b(?:last|previous|prior|preceding|earlier)\s+(?:full\s+|ofsted\s+|standard\s+|graded\s+|sif\s+|ilacs\s+)*"
    rf"inspection\s*(?:,\s*|\(\s*)?(?:(?:in|of|during|carried\s+out\s+in|held\s+in|which\s+took\s+place\s+in)\s+)?"
    rf"(?:(?:early|late|mid)\s+|the\s+(?:spring|summer|autumn|winter)\s+of\s+)?(?:{_MONTHS}\s+)?((?:19|20)\d\d)\b"
    # "The previous inspection was in 2019", "the last full inspection took place in March 2019"
    rf"|\b(?:last|previous|prior|preceding|earlier)\s+(?:full\s+|ofsted\s+|standard\s+|graded\s+|sif\s+|ilacs\s+)*"
    rf"inspection\s+(?:was\s+(?:carried\s+out\s+|held\s+|conducted\s+)?|took\s+place\s+)(?:in|during)\s+"
    rf"(?:(?:early|late|mid)\s+)?(?:{_MONTHS}\s+)?((?:19|20)\d\d)\b"
    # "The council was last inspected in 2019", "Ofsted last inspected the council's services in 2019",
    # "the last time Ofsted inspected the service was in 2019"
    rf"|\blast\s+(?:time\s+(?:ofsted|inspectors|the\s+(?:watchdog|inspectorate|regulator))\s+)?(?:fully\s+)?inspected\s*,?\s+(?:[\w']+\s+){{0,4}}?(?:was\s+)?,?\s*(?:in|during)\s+(?:(?:early|late|mid)\s+)?"
    rf"(?:{_MONTHS}\s+)?((?:19|20)\d\d)\b")
# an earlier time of its own: the grade is not necessarily the last inspection's
_OTHER_TIME = re.compile(r"(?i)\b(?:first|initially|originally|ever|(?:19|20)\d\d|years?|decade|since|once)\b")


# "a report in April 2013", "the inspection published in 2016", "the 2013 Ofsted report"
_REPORT_YEAR = re.compile(
    rf"(?i)\b(?:report|inspection|judgement|judgment|rating)\s+(?:(?:published|carried\s+out|held|issued)\s+)?"
    rf"(?:in|of)\s+(?:{_MONTHS}\s+)?((?:19|20)\d\d)\b"
    rf"|\bthe\s+((?:19|20)\d\d)\s+(?:ofsted\s+)?(?:report|inspection)\b")


def _years(pattern: re.Pattern, sentences: list[str], mentions: list[set[str]]) -> dict[int, set[str]]:
    """Each year the pattern dates in the article -> the authorities its sentences name. A
    sentence about an inspection still to come dates none."""
    years: dict[int, set[str]] = {}
    for sentence, named in zip(sentences, mentions):
        if FUTURE_INSPECTION.search(sentence):
            continue
        for m in pattern.finditer(sentence):
            years.setdefault(int(next(g for g in m.groups() if g)), set()).update(named)
    return years


def date_earlier_grades(claims: list[dict], sentences: list[str], mentions: list[set[str]],
                        main: str | None) -> list[dict]:
    """`claims` with the undated earlier grades dated by the article's one "last inspection in
    <year>". `sentences` are the article's, `mentions[i]` the authorities sentence i names, `main`
    the authority the article is about (None when it is about several)."""
    years = _years(_LAST_INSPECTION_YEAR, sentences, mentions)
    continued_only = False
    if not years:
        # "dubbed inadequate again ... The rating echoes a report in April 2013": a grade the service
        # had before too is of the one earlier report or inspection the article dates
        years = _years(_REPORT_YEAR, sentences, mentions)
        # only where the current inspection's year is known and later: "the 2019 report" of an
        # undated page may be the current one
        current = [c["year"] for c in claims if c["role"] != PREVIOUS]
        if not current or None in current:
            return claims
        years = {y: n for y, n in years.items() if y < min(current)}
        continued_only = True
    if len(years) != 1:
        return claims
    (year, named), = years.items()
    authorities = {c["local_authority"] for c in claims}
    if authorities != {main} or not named <= authorities:
        return claims
    if any(c["year"] is not None and c["year"] <= year and c["role"] != PREVIOUS for c in claims):
        return claims  # a current grade of that year or earlier: the "last inspection" is not before it
    if any(c["role"] == PREVIOUS and c["year"] not in (None, year) for c in claims):
        return claims  # another earlier inspection is dated too: which is the undated grade's?
    framework = article_areas.framework_of(year, set())
    areas = set(article_areas.FRAMEWORK_AREAS.get(framework, ())) | ({"lscb"} if framework == article_areas.SIF else set())
    continued = {(c["area"], c["grade"]) for c in claims if c["role"] != PREVIOUS}
    out = []
    for claim in claims:
        if claim["role"] == PREVIOUS and claim["year"] is None and claim["area"] in areas \
                and not (continued_only and (claim["area"], claim["grade"]) not in continued) \
                and not _OTHER_TIME.search((claim.get("sentence") or "").replace(str(year), "")):
            claim = {**claim, "year": year}
        out.append(claim)
    return out


# An ungraded visit: a page about one reports no new grade, so the latest graded inspection it
# names is the authority's standing (current) one.
UNGRADED_VISIT = re.compile(r"(?i)\b(?:focused|monitoring)\s+(?:ofsted\s+)?(?:visit|inspection)s?\b"
                             r"|\bjoint\s+targeted\s+area\s+inspection\b|\bjtai\b"
                             # a committee's or board's page: it reports no inspection of its own
                             r"|\b(?:scrutiny|overview)\s+(?:committee|panel|board)\b|\bagenda\s+item\b"
                             r"|\b(?:members|councillors)\s+(?:noted|heard|were\s+(?:told|informed|advised))\b"
                             r"|\bimprovement\s+board\b")
# ... unless it also tells of a full or newer inspection: the earlier grade may be of the one before it
_GRADED_INSPECTION = re.compile(
    r"(?i)\b(?:full|graded|standard|short|ilacs|sif|single|latest|most\s+recent|new|newest|re-?inspection)\s+"
    r"(?:[\w-]+\s+){0,2}?inspection\b|\bre-?inspect(?:ion|ed)\b|\bjudgement\s+inspection\b"
    r"|\b(?:latest|most\s+recent|recent|new)\s+(?:ofsted\s+)?(?:inspection\s+)?report\b"
    # "an inspection in March" with no year: a recent one, not the earlier one a committee page dates
    r"|\binspection\s+(?:in|during|last|this)\s+(?:january|february|march|april|may|june|july|august|september|"
    r"october|november|december|week|month)\b(?!,?\s+(?:of\s+)?(?:19|20)\d\d)")


def visit_standing_grades(claims: list[dict], sentences: list[str]) -> list[dict]:
    """On a page about a focused or monitoring visit (ungraded), an authority's grades of the
    latest dated earlier inspection named ("areas identified at the previous inspection in 2022,
    where services were judged good") are its current ones, when it has no current grade and the
    page tells of no full or newer inspection."""
    if not any(UNGRADED_VISIT.search(s) for s in sentences):
        return claims
    if any(_GRADED_INSPECTION.search(s) and not FUTURE_INSPECTION.search(s) for s in sentences):
        return claims
    latest: dict[str | None, int] = {}
    for c in claims:
        if c["role"] == PREVIOUS and c["year"] is not None:
            latest[c["local_authority"]] = max(c["year"], latest.get(c["local_authority"], c["year"]))
    with_current = {c["local_authority"] for c in claims if c["role"] != PREVIOUS}
    out = []
    for claim in claims:
        authority = claim["local_authority"]
        if claim["role"] == PREVIOUS and authority not in with_current and claim["year"] == latest.get(authority) \
                and not _OTHER_TIME_CURRENT.search(claim.get("sentence") or ""):
            claim = {**claim, "role": CURRENT}
        out.append(claim)
    return out


# words that make a grade one of an earlier time even on a visit's page: "up from", "no longer", "first"
_OTHER_TIME_CURRENT = re.compile(r"(?i)\b(?:up|down|from|no\s+longer|first|initially|originally|formerly|out\s+of)\b")


# "last year", "a year ago": a year counted back from a date the page may not give
_LAST_YEAR = re.compile(r"(?i)\b(?:last\s+year|a\s+year\s+ago)\b")
# areas whose code is the same in every framework since 2014
_STEADY_AREAS = frozenset({"overall_effectiveness", "help_and_protection", "leaders"})


def anchor_last_year(claims: list[dict], sentences: list[str], published_year: int | None) -> list[dict]:
    """On a page of no date, a grade of "last year" ("Last year, children's services were judged
    good") is of the one inspection or report the page dates elsewhere without a grade ("the
    weaknesses identified at the 2023 inspection", "the damning report in 2017"). Only where that
    is the one year so given, and no grade of the page has another year."""
    if published_year is not None:
        return claims
    years = set(_years(_REPORT_YEAR, [s for s in sentences if not _GRADE_WORD.search(s)], [set()] * len(sentences)))
    if len(years) != 1:
        return claims
    year = years.pop()
    if year < 2014 or any(c["year"] not in (None, year) for c in claims):
        return claims
    out = []
    for claim in claims:
        if claim["year"] is None and claim["role"] != PREVIOUS and claim["area"] in _STEADY_AREAS \
                and _LAST_YEAR.search(claim.get("sentence") or ""):
            claim = {**claim, "year": year}
        out.append(claim)
    return out


def same_as_dated_pre2013(claims: list[dict]) -> list[dict]:
    """An earlier grade of no year read as overall effectiveness ("two years after they were branded
    inadequate") beside the same grade dated before 2013 ("Ofsted's visit in 2012 ... judging the
    authority inadequate for child protection") is that grade: its area is the dated one's, so the
    undated copy, whose area is a guess, goes."""
    dated = {(c["local_authority"], c["grade"]) for c in claims
             if c["area"].startswith("pre2013_") and c["year"] is not None}
    return [c for c in claims if not (c["role"] == PREVIOUS and c["year"] is None
                                      and c["area"] == "overall_effectiveness"
                                      and (c["local_authority"], c["grade"]) in dated)]




_GRADE_SAID = {"inadequate": r"\binadequate\b", "requires_improvement": r"\brequir\w*\s+improvement\b",
               "good": r"\bgood\b", "outstanding": r"\boutstanding\b", "adequate": r"(?<!in)\badequate\b"}
_RATED = re.compile(r"(?i)\b(?:rated|rating|ratings|judged|judgements?|judgments?|graded|grade|branded|deemed|"
                    r"found|verdict|assessed|given|received)\b")
_ONE_YEAR = re.compile(r"\b(?:19|20)\d\d\b")
# a year that dates no grade: "until 2020", "by 2025", "before 2019"
_NOT_ITS_YEAR = re.compile(r"(?i)\b(?:until|by|before)\s+(?:(?:early|late|mid)\s+)?(?:19|20)\d\d\b")


def date_by_grade_year(claims: list[dict], sentences: list[str], mentions: list[set[str]],
                       main: str | None) -> list[dict]:
    """An earlier grade of no year ("no longer inadequate") takes the year of the one other sentence
    of the article that rates the same grade with a year ("the council's 2019 inadequate rating ...",
    "the inadequate judgement of 2019"), when the reader could not read that sentence's grade. Only
    for an article about one authority that names no other there, a year before the current grade's,
    and where that sentence gives one year and it is the only such year for that grade."""
    if main is None or {c["local_authority"] for c in claims} != {main}:
        return claims
    current = [c["year"] for c in claims if c["role"] != PREVIOUS]
    if not current or None in current:
        return claims
    out = []
    for claim in claims:
        if claim["role"] == PREVIOUS and claim["year"] is None and claim["grade"] in _GRADE_SAID:
            said = re.compile(_GRADE_SAID[claim["grade"]], re.I)
            years = set()
            for sentence, named in zip(sentences, mentions):
                found = _ONE_YEAR.findall(_NOT_ITS_YEAR.sub(" ", sentence))
                if len(set(found)) == 1 and said.search(sentence) and _RATED.search(sentence) \
                        and named <= {main} and not FUTURE_INSPECTION.search(sentence):
                    years.add(int(found[0]))
            years = {y for y in years if y < min(current)}
            taken = {c["year"] for c in claims if c["role"] == PREVIOUS and c["grade"] == claim["grade"]
                     and c["year"] is not None}
            # a year in the grade's own sentence is that year ("Wigan, judged good in 2016, ...") or
            # the current inspection's ("In 2023 it was no longer inadequate"), no third one
            own = {int(y) for y in _ONE_YEAR.findall(claim.get("sentence") or "")}
            if len(years) == 1 and not (taken - years) and all(y in years or y >= min(current) for y in own):
                claim = {**claim, "year": years.pop()}
        out.append(claim)
    return out


_COUNTS = {"a": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
           "nine": 9, "ten": 10, **{str(n): n for n in range(1, 16)}}
# "The outstanding rating came just eight years after children's services was judged inadequate in
# 2010", "Wigan is now good, two years after it was branded inadequate"; not "less than two years after"
_YEARS_AFTER = re.compile(r"(?i)(?<!than\s)(?<!almost\s)(?<!nearly\s)(?<!over\s)(?<!about\s)(?<!around\s)(?<!some\s)"
                          r"\b(?P<n>" + "|".join(_COUNTS) + r")\s+years?\s+(?:after|since)\b(?P<rest>[^.;]*)")


def years_after(claims: list[dict], sentences: list[str], main: str | None) -> list[dict]:
    """A grade "N years after" an earlier one, in one sentence of an article about one authority:
    the later grade's year is the earlier's year plus N ("came just eight years after ... was
    judged inadequate in 2010": 2018), the earlier's the later's minus N ("rated good in 2024, two
    years after it was branded inadequate": 2022; not from a year the page's date gives, which may
    be a year late). Only an exact count ("less than two years after" dates nothing), and only a
    grade of no year of its own."""
    if main is None or {c["local_authority"] for c in claims} != {main}:
        return claims
    out = [dict(c) for c in claims]
    for sentence in sentences:
        m = _YEARS_AFTER.search(sentence)
        if not m or len(_YEARS_AFTER.findall(sentence)) != 1:
            continue
        n = _COUNTS[m.group("n").lower()]
        before, rest = sentence[:m.start()], m.group("rest")
        if not before.strip(" \"'") and "," in rest:
            # fronted: "Four years after being branded inadequate in 2014, Wigan is now rated good"
            rest, before = rest.split(",", 1)
        # the later grade: said before "years after" (its claim may be read from another sentence:
        # "The outstanding rating came ... after"); the earlier one: read from this sentence
        later = [c for c in out if c["role"] != PREVIOUS and c["grade"] in _GRADE_SAID
                 and re.search(_GRADE_SAID[c["grade"]], before, re.I)]
        earlier = [c for c in out if c["role"] == PREVIOUS and _same(c.get("sentence") or "", sentence)
                   and _GRADE_WORD.search(rest)]
        years = {int(y) for y in _ONE_YEAR.findall(rest)}
        if len(years) == 1 and not _ONE_YEAR.search(before):
            (year,) = years
            for c in later:
                if c["year"] is None:
                    c["year"] = year + n
        if not _ONE_YEAR.search(rest):
            # only a later year the sentence states: one from the page's date may be a year late
            dated = {c["year"] for c in later if c["year"] is not None and str(c["year"]) in before}
            if len(dated) == 1:
                (year,) = dated
                for c in earlier:
                    if c["year"] is None:
                        c["year"] = year - n
    return out


def _same(a: str, b: str) -> bool:
    """The same sentence, whether read with its quotation marks or without."""
    strip = lambda t: re.sub(r"[\W_]+", "", t).lower()  # noqa: E731
    return strip(a) == strip(b)


# "At the time, ...", "At that inspection, ...": the time of the sentence before
_AT_THE_TIME = re.compile(r"(?i)^\W*(?:at\s+(?:the|that)\s+(?:time|point|inspection)|then|that\s+inspection|on\s+that\s+occasion)\b")


def at_the_time(sentence: str, before: str | None) -> int | None:
    """The year of a grade in a sentence that opens "At the time," or "At that inspection,": the one
    year the sentence before gives ("... since its last inspection in March 2020. At the time, the
    inspectorate judged its services as requires improvement": 2020). None where the sentence
    gives a year of its own, or the one before gives none or several."""
    if not before or not _AT_THE_TIME.match(sentence) or _ONE_YEAR.search(sentence):
        return None
    years = {int(y) for y in _ONE_YEAR.findall(_NOT_ITS_YEAR.sub(" ", before))}
    return years.pop() if len(years) == 1 else None


# an inspection a sentence dates: "its 2021 inspection", "the last inspection in March 2019"
_INSPECTION_DATED = re.compile(
    rf"(?i)\b((?:19|20)\d\d)\s+(?:ofsted\s+|full\s+|ilacs\s+|sif\s+|graded\s+)*inspection\b"
    rf"|\b(?:last|previous|earlier|prior)\s+(?:ofsted\s+|full\s+|graded\s+)*inspection\s*,?\s*(?:in|of)\s+"
    rf"(?:{_MONTHS}\s+)?((?:19|20)\d\d)\b")


def earlier_inspection_year(sentence: str) -> int | None:
    """The year of the one inspection a sentence dates, for an earlier grade it gives no year of its
    own ("compared to its 2021 inspection, the council was downgraded from outstanding to good"):
    only where that year is the sentence's only one."""
    m = _INSPECTION_DATED.search(sentence)
    if not m or len(set(_ONE_YEAR.findall(sentence))) != 1:
        return None
    return int(m.group(1) or m.group(2))


__all__ = ["anchor_last_year", "at_the_time", "date_by_grade_year", "date_earlier_grades", "earlier_inspection_year", "years_after", "same_as_dated_pre2013", "visit_standing_grades"]
