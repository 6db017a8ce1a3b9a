"""Years an article gives by a month without a year, counted from the page's date: "rated good by
Ofsted in December" on a page of January 2020 is December 2019; "inspectors visited in November",
"the report, published last month", "an inspection before Christmas". Pure: text and a date in,
a year (or None) out.

Only where the year is plain:
- the month named is the latest such month on or before the page's date (news tells of what has
  happened: "Ofsted rated it good in December" on 20 January is last December);
- a grade's or report's month stands for its inspection's year only from March on: a grade given
  in January or February may be of an inspection the year before ("rated inadequate in January
  2016" after a visit "in October 2015"), so those months date nothing;
- a month in a sentence that tells of an earlier time ("since an inspection in March", "had been
  rated inadequate after an inspection in March") is not the article's own inspection's.
"""
from __future__ import annotations

import re
from datetime import date

from extractors.article_words import GRADE_WORD as _GRADE_WORD

MONTHS = ("january february march april may june july august september october november december").split()
_MONTH = r"(?P<month>" + "|".join(MONTHS) + r")"
# not "in December 2019", "in December of 2019", "December 4, 2019": those give their year
_NO_YEAR = r"\b(?!\s*(?:\d{1,2}(?:st|nd|rd|th)?\s*,?\s*)?(?:of\s+)?,?\s*(?:19|20)\d\d)"

# the grade's own month, right after it: "rated good by Ofsted in December", "judged inadequate last month"
_GRADE_MONTH_AFTER = re.compile(
    r"^\W*(?:overall\s+)?(?:by\s+(?:ofsted|inspectors|the\s+(?:watchdog|inspectorate|regulator))\s+)?"
    r"(?:(?:in|during)\s+(?:early\s+|late\s+|mid-?\s*)?" + _MONTH + _NO_YEAR + r"|(?P<last>last\s+month)\b)")
# ... or fronted: "In December, Ofsted rated ...", "Last month, inspectors judged ..."
_GRADE_MONTH_BEFORE = re.compile(
    r"^\W*(?:(?:in|during)\s+(?:early\s+|late\s+|mid-?\s*)?" + _MONTH + _NO_YEAR + r"|(?P<last>last\s+month))\s*,")

# Words before an inspection's date in a sentence that make it an earlier time's: "since an
# inspection in March", "previously rated inadequate after an inspection in March"
EARLIER_CUE = re.compile(r"(?i)\b(?:since|previously|formerly|had\s+been|first|once|originally|initially|"
                         r"up\s+from|down\s+from|used\s+to|earlier|prior|before)\b")
# "..., which was rated inadequate following an inspection in 2019, has now been rated good"
_NOW = re.compile(r"(?i)\b(?:now|today|this\s+time|since\s+been)\b")

# Plainly the article's own inspection, dated relative to the page: "inspections in November and
# December", "visits in the final week of October", "Ofsted visited in November", "an inspection
# last month", "before Christmas", "last autumn".
_VISIT_MONTH = re.compile(
    r"(?i)\b(?:inspections|visits|visited|inspected)\b[^.;]{0,60}?\b(?:in|during|of|on)\s+"
    r"(?:(?:early|late|mid-?|the\s+(?:first|second|third|last|final)\s+(?:week|fortnight|days?)\s+of)\s*)?"
    + _MONTH + _NO_YEAR)
_RELATIVE_VISIT = re.compile(
    r"(?i)\b(?:inspect(?:ion|ions|ed|ors)|visit(?:s|ed)?)\b[^.;]{0,40}?\b(?P<when>last\s+month|before\s+christmas|"
    r"last\s+autumn|in\s+the\s+autumn\s+of\s+last\s+year|(?:in\s+)?(?:the\s+)?(?:early\s+|late\s+)?"
    r"(?P<season>spring|summer|autumn)(?!\s+(?:of\s+)?(?:19|20)\d\d))\b")
# the first month of each season: a season named without a year is the latest one begun by the page's date
_SEASON_STARTS = {"spring": 3, "summer": 6, "autumn": 9}
# the report's month: "a report published in December", "the report, published last month"
_REPORT_MONTH = re.compile(
    r"(?i)\breport\b[^.;]{0,30}?\b(?:published|released|issued|out)\s+(?:on\s+(?:\d{1,2}(?:st|nd|rd|th)?\s+)?|in\s+)?"
    r"(?:" + _MONTH + r"(?:\s+\d{1,2}(?:st|nd|rd|th)?)?" + _NO_YEAR + r"|(?P<last>last\s+month)\b)")


def month_year(month: int, published: date) -> int:
    """The year of the latest `month` on or before `published`."""
    return published.year if month <= published.month else published.year - 1


def _last_month(published: date) -> tuple[int, int]:
    return (12, published.year - 1) if published.month == 1 else (published.month - 1, published.year)


def _dated(m: re.Match, published: date) -> int | None:
    """The year of a match's month (or "last month"), when the inspection is plainly of that year:
    a month from March on (a grade or report of January or February may be of an inspection the
    year before)."""
    if m.groupdict().get("last"):
        month, year = _last_month(published)
    else:
        month = MONTHS.index(m.group("month").lower()) + 1
        year = month_year(month, published)
    return year if month >= 3 else None


def grade_month_year(before: str, after: str, published: date | None) -> int | None:
    """The inspection year a grade's own month gives: `after` is the text right after the grade
    word, `before` the text of its clause before it (lower case)."""
    if published is None:
        return None
    m = _GRADE_MONTH_AFTER.match(after) or _GRADE_MONTH_BEFORE.match(before)
    return _dated(m, published) if m else None


def is_earlier_date(sentence: str, at: int) -> bool:
    """The inspection named at `at` in the sentence is an earlier time's, not the article's own:
    an earlier cue before it ("since an inspection in March"), or a grade before it and "now"
    after ("which was rated inadequate following an inspection in 2019, has now been rated good")."""
    if EARLIER_CUE.search(sentence[:at]):
        return True
    return bool(_GRADE_WORD.search(sentence[:at]) and _NOW.search(sentence[at:]))


def relative_inspection_year(sentence: str, published: date | None) -> int | None:
    """The year of the article's own inspection as a sentence dates it relative to the page:
    "inspections in November and December", "visits in the final week of October", "an inspection
    last month", "before Christmas", "inspectors visited in the autumn", "the report, published in
    December". None when it does not,
    or the date is an earlier time's."""
    if published is None:
        return None
    m = _VISIT_MONTH.search(sentence)
    if m and not is_earlier_date(sentence, m.start()):
        month = MONTHS.index(m.group("month").lower()) + 1
        return month_year(month, published)
    m = _RELATIVE_VISIT.search(sentence)
    if m and not is_earlier_date(sentence, m.start()):
        when = m.group("when").lower()
        if m.group("season"):  # "an inspection in the autumn" on a page of March: last autumn
            return month_year(_SEASON_STARTS[m.group("season").lower()], published)
        if when == "last month":
            return _last_month(published)[1]
        if when == "before christmas":
            return published.year if published.month == 12 else published.year - 1
        return published.year - 1  # last autumn
    m = _REPORT_MONTH.search(sentence)
    if m and not is_earlier_date(sentence, m.start()):
        return _dated(m, published)
    return None


__all__ = ["EARLIER_CUE", "MONTHS", "grade_month_year", "is_earlier_date", "month_year", "relative_inspection_year"]
