"""Claims an article's wording leaves unsure, left out (or, where the article settles it, put
right) after the claims are resolved. Precision first: a wrong claim is a false event, so where
the year, the inspection or the framework a grade belongs to cannot be told, the claim goes.
Pure: claim dicts in, claim dicts out. Each rule is a category of wording, not one article's.

- An undated grade dated by a relative phrase ("last year", "this year", "a year ago") in an
  article of no known date: its year, and so whether it is this inspection's, is unknown. (A grade
  said to be the previous one "six years ago" stays, of no year: earlier whatever the page's date;
  so does the page's own new grade "following an inspection earlier this year", of no year.)
- A grade of the pre-2013 inspections (an area `pre2013_*`) given as current beside a current
  grade of a later framework for the same authority: an authority has one current inspection,
  so the older framework's grade is of an earlier one.
- An undated grade in a sentence that dates its grade before 2014 ("graded inadequate since 2010"):
  the grade is of the pre-2013 framework, whose area the wording does not settle.
- A grade of "the last inspection" with no current grade for the authority beside it: "last" is
  the latest inspection or the one before the article's, and nothing newer settles which.
- A dated current grade in an article that also tells of a newer inspection of no year ("a full
  inspection in May", "following the latest inspection"), not of the year the text gives its own
  inspection: the dated grade may be the earlier inspection's. An inspection still to come ("a
  new full inspection is due in May") is no newer one.

- A grade given as the page's own new one in 2008 or before: Ofsted's graded safeguarding and looked
  after children inspections began in 2009; before, a council's grade was an annual performance
  assessment's or a joint area review's ("an Ofsted report which judged children's services in
  Doncaster ... to be inadequate overall", December 2008), neither of them an inspection's
  judgement. (An earlier grade "back in 2008" named by a later page is left as the page says it.)

(A grade of children in care or care leavers in 2018, when two frameworks overlapped and the
article does not say which, is left out where the framework is chosen: `article_resolve`.)
"""
from __future__ import annotations

import re

from extractors.article_words import FUTURE_INSPECTION

CURRENT, PREVIOUS = "current", "previous"
# the last year before Ofsted's graded safeguarding and looked after children inspections (2009)
LAST_YEAR_BEFORE_INSPECTIONS = 2008

_RELATIVE = re.compile(r"(?i)\b(?:last\s+year|a\s+year\s+ago|(?:two|three|four|five|six|seven|eight|nine|ten|\d+)\s+years\s+(?:ago|earlier)|(?:earlier\s+|later\s+)?this\s+year|"
                       r"the\s+(?:previous|preceding)\s+year|the\s+year\s+before)\b")
# "six years ago": a grade of that long ago is an earlier one whatever the page's date
_AGO = re.compile(r"(?i)\b(?:a|two|three|four|five|six|seven|eight|nine|ten|\d+)\s+years?\s+(?:ago|earlier|before)\b")
_EARLIER_WORD = re.compile(r"(?i)\b(?:previous|previously|former|formerly|from|downgrad\w*|upgrad\w*|had\s+been)\b")
# "at its last inspection": the latest one, or the one before this article's? Only a newer grade says.
_LAST = re.compile(r"(?i)\b(?:its|their|the\s+council's|the\s+authority's|the|our|his|her)\s+last\s+(?:full\s+|ofsted\s+)*inspection\b")
# The article's own, newer inspection, named without a year: "following the latest inspection",
# "a full inspection in May", "a recent three-week inspection".
_NEWER_INSPECTION = re.compile(
    r"(?i)\b(?:(?:latest|most\s+recent|recent|new|newest)\s+(?:[\w-]+\s+){0,2}?(?:inspection|report)"
    r"|(?:full|fresh)\s+(?:[\w-]+\s+)?inspection\s+(?:in|last|this)\s+(?:January|February|March|April|May|June|July|"
    r"August|September|October|November|December|week|month))\b")
_GRADE_WORD = re.compile(r"(?i)\b(?:outstanding|good|inadequate|requires?\s+improvement|requiring\s+improvement)\b")
_ANY_YEAR = re.compile(r"\b(?:19|20)\d\d\b")
_EARLY_YEAR = re.compile(r"\b(?:19[89]\d|200\d|201[0-3])\b")


def leave_out_unsure(claims: list[dict], published_year: int | None, sentences: list[str] = (),
                     inspection_year: int | None = None) -> list[dict]:
    """`claims` without those the wording leaves unsure; pre-2013 grades beside a later current
    grade made previous. `sentences`: the article's; `inspection_year`: the year the text gives
    its own inspection, if it does."""
    later_current = {c["local_authority"] for c in claims
                     if c["role"] == CURRENT and not c["area"].startswith("pre2013_")}
    newer = [s for s in sentences if (m := _NEWER_INSPECTION.search(s)) and not _ANY_YEAR.search(s)
             and not FUTURE_INSPECTION.search(s)  # "a new inspection is due in May": none yet
             # "a new report" counts where it gives a grade (a visit's new report grades nothing)
             and (not m.group().lower().endswith("report") or _GRADE_WORD.search(s))]
    current = {c["local_authority"] for c in claims if c["role"] == CURRENT}
    out = []
    for claim in claims:
        sentence = claim.get("sentence") or ""
        if claim["year"] is None and published_year is None and _RELATIVE.search(sentence) \
                and not (claim["role"] == PREVIOUS and _AGO.search(sentence) and _EARLIER_WORD.search(sentence)) \
                and not (claim["role"] == CURRENT and _this_year_only(sentence)):
            continue
        if claim["role"] == PREVIOUS and claim["local_authority"] not in current and _LAST.search(sentence):
            continue
        if (claim["role"] == CURRENT and claim["year"] is not None and newer and claim["year"] != inspection_year
                and (published_year is None or claim["year"] < published_year - 1)
                and not any(_same(s, sentence) for s in newer)):
            continue
        if claim["year"] is None and not claim["area"].startswith("pre2013_") and _EARLY_YEAR.search(sentence):
            continue
        if claim["role"] == CURRENT and claim["year"] is not None and claim["year"] <= LAST_YEAR_BEFORE_INSPECTIONS:
            continue
        if claim["role"] == CURRENT and claim["area"].startswith("pre2013_") \
                and claim["local_authority"] in later_current:
            claim = {**claim, "role": PREVIOUS}
        out.append(claim)
    return out


def _this_year_only(sentence: str) -> bool:
    """The sentence's only relative date is "(earlier) this year": a current grade of this year is the
    page's own inspection's, whatever the page's date (its year is left unknown)."""
    found = [m.group().lower() for m in _RELATIVE.finditer(sentence)]
    return bool(found) and all(f.endswith("this year") and not f.startswith("later") for f in found)


def _same(a: str, b: str) -> bool:
    """The same sentence, whether read with its quotation marks or without."""
    strip = lambda t: re.sub(r"[\W_]+", "", t).lower()  # noqa: E731
    return strip(a) == strip(b)


__all__ = ["leave_out_unsure"]
