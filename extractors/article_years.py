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

PREVIOUS = "previous"

_MONTHS = r"(?:january|february|march|april|may|june|july|august|september|october|november|december)"
# "the last inspection in 2016", "its previous Ofsted inspection, in July 2019", "at the last full
# inspection (2015)", "the previous inspection of 2014"
_LAST_INSPECTION_YEAR = re.compile(
    rf"(?i)\b(?:last|previous|prior|preceding|earlier)\s+(?:full\s+|ofsted\s+|standard\s+|graded\s+|sif\s+|ilacs\s+)*"
    rf"inspection\s*(?:,\s*|\(\s*)?(?:(?:in|of|during|carried\s+out\s+in|held\s+in|which\s+took\s+place\s+in)\s+)?"
    rf"(?:(?:early|late|mid)\s+|the\s+(?:spring|summer|autumn|winter)\s+of\s+)?(?:{_MONTHS}\s+)?((?:19|20)\d\d)\b")
# an earlier time of its own: the grade is not necessarily the last inspection's
_OTHER_TIME = re.compile(r"(?i)\b(?:first|initially|originally|ever|(?:19|20)\d\d|years?|decade|since|once)\b")


def date_earlier_grades(claims: list[dict], sentences: list[str], mentions: list[set[str]],
                        main: str | None) -> list[dict]:
    """`claims` with the undated earlier grades dated by the article's one "last inspection in
    <year>". `sentences` are the article's, `mentions[i]` the authorities sentence i names, `main`
    the authority the article is about (None when it is about several)."""
    years: dict[int, set[str]] = {}
    for sentence, named in zip(sentences, mentions):
        for m in _LAST_INSPECTION_YEAR.finditer(sentence):
            years.setdefault(int(m.group(1)), set()).update(named)
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
    out = []
    for claim in claims:
        if claim["role"] == PREVIOUS and claim["year"] is None and claim["area"] in areas \
                and not _OTHER_TIME.search(claim.get("sentence") or ""):
            claim = {**claim, "year": year}
        out.append(claim)
    return out


__all__ = ["date_earlier_grades"]
