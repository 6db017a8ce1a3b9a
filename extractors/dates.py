"""Reading the dates reports print: '10 October to 21 October 2022', '23 June - 16 July 2015',
'15-19 July 2013', '12/09/2016 to 06/10/2016', two periods joined by 'and'."""
from __future__ import annotations

import re
from datetime import date

from extractors.text import flat

MONTHS = {m[:3]: i for i, m in enumerate(
    "january february march april may june july august september october november december".split(), 1)}


def _month(word: str) -> int:
    return MONTHS[word.lower()[:3]]


_MONTH = r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)"
_DAY = r"(?:[0-3]?\d)(?:st|nd|rd|th)?"
_YEAR = r"(?:19|20)\d\d"
_SEP = r"\s*(?:-|to|until|and)\s*"

# day [month [year]] SEP day month year
_RANGE = re.compile(
    rf"(?P<d1>{_DAY})(?:\s+(?P<m1>{_MONTH})\.?(?:\s+(?P<y1>{_YEAR}))?)?{_SEP}"
    rf"(?P<d2>{_DAY})\s+(?P<m2>{_MONTH})\.?,?\s+(?P<y2>{_YEAR})",
    re.I,
)
_NUMERIC_RANGE = re.compile(
    r"(?P<d1>[0-3]?\d)/(?P<m1>[01]?\d)/(?P<y1>(?:19|20)\d\d)\s*(?:-|to)\s*(?P<d2>[0-3]?\d)/(?P<m2>[01]?\d)/(?P<y2>(?:19|20)\d\d)"
)
_SINGLE = re.compile(rf"(?P<d>{_DAY})\s+(?P<m>{_MONTH})\.?,?\s+(?P<y>{_YEAR})", re.I)
_NUMERIC_SINGLE = re.compile(r"\b(?P<d>[0-3]?\d)/(?P<m>[01]?\d)/(?P<y>(?:19|20)\d\d)\b")
# "1 0 to 2 1 October" -> "10 to 21 October": digits of one day split by a space.
_SPLIT_DIGITS = re.compile(rf"\b([0-3]) (\d)\b(?=\s*(?:-|to\b|and\b|{_MONTH}\b))", re.I)


def clean_date_text(text: str) -> str:
    t = flat(text)
    t = _SPLIT_DIGITS.sub(r"\1\2", t)
    t = re.sub(r"(?<=\d)(?=[A-Za-z]{3})", " ", t)  # "15July" -> "15 July"
    return t


def _day(text: str) -> int:
    return int(re.match(r"\d+", text).group())


def _make(y: int, m: int, d: int) -> date | None:
    try:
        return date(y, m, d)
    except ValueError:
        return None


def _from_words(m: re.Match) -> tuple[date | None, date | None]:
    y2, m2, d2 = int(m["y2"]), _month(m["m2"]), _day(m["d2"])
    m1 = _month(m["m1"]) if m["m1"] else m2
    y1 = int(m["y1"]) if m["y1"] else (y2 if m1 <= m2 else y2 - 1)
    return _make(y1, m1, _day(m["d1"])), _make(y2, m2, d2)


def parse_date(text: str) -> date | None:
    """The first single date in `text` ('2 December 2022' or '02/12/2022')."""
    t = clean_date_text(text)
    m = _first(_SINGLE.search(t), _NUMERIC_SINGLE.search(t))
    if m is None:
        return None
    month = _month(m["m"]) if m.re is _SINGLE else int(m["m"])
    return _make(int(m["y"]), month, _day(m["d"]))


_AND = re.compile(r"^\s*(?:,|and|&)\s*", re.I)


def parse_periods(text: str) -> list[tuple[date | None, date | None]]:
    """Every period of an 'Inspection dates' line: '5 to 9 December 2022 and 14 to 15 February 2023'
    gives two. Periods after the first count only when joined to it by 'and'."""
    t = clean_date_text(text)
    periods = []
    pos = 0
    while True:
        rest = t[pos:]
        if periods:
            m = _RANGE.match(rest) or _NUMERIC_RANGE.match(rest)
            if not m:
                break
        else:
            m = _first(_RANGE.search(rest), _NUMERIC_RANGE.search(rest))
            if not m:
                single = parse_date(t)
                return [(single, single)] if single else []
        periods.append(_from_words(m) if m.re is _RANGE else _from_numbers(m))
        pos += m.end()
        joined = _AND.match(t[pos:])
        if not joined:
            break
        pos += joined.end()
    return periods


def _from_numbers(m: re.Match) -> tuple[date | None, date | None]:
    return _make(int(m["y1"]), int(m["m1"]), int(m["d1"])), _make(int(m["y2"]), int(m["m2"]), int(m["d2"]))


def _first(*matches: re.Match | None) -> re.Match | None:
    found = [m for m in matches if m]
    return min(found, key=lambda m: m.start()) if found else None
