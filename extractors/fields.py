"""Fields every format prints in words: the inspection dates, the lead inspector, the publication date."""
from __future__ import annotations

import re
from datetime import date

from extractors.authorities import canonical_name
from extractors.dates import parse_date, parse_periods
from extractors.text import flat, normalise

_DATES_LABEL = re.compile(r"(?im)^\s*(?:inspection|visit|review)\s+dates?\s*:?\s*(.{0,160})")
_PUBLISHED = re.compile(r"(?i)\b(?:report\s+)?published\s*:?\s*(.{0,40})")
_LEAD = re.compile(
    r"(?i)(?<!deputy )(?<!deputy\n)\b(?:lead|reporting)\s+inspector(?P<plural>s)?\b\s*[:\-]?\s*(?P<name>[^\n]{2,160}(?:\n[^\n]{0,80}){0,2})"
)
_TITLES = re.compile(
    r"(?i)\s*(?:,|-|\()?\s*\b(?:(?:his|her)\s+majesty'?s?\s+(?:inspector|inspectors)(?:\s+\(hmi\))?"
    r"|hmi\b.*|social care regulatory inspector.*|ofsted inspector.*|additional inspector.*|senior hmi.*)\)?\s*$"
)
_TITLE_WORDS = re.compile(r"(?i)\b(?:(?:his|her)\s+majesty'?s?\s+inspectors?|hmi)\b")


def inspection_periods(text: str) -> list[tuple[date | None, date | None]]:
    """The periods of the 'Inspection date(s):' line, joined over a line break if it wraps."""
    t = normalise(text)
    m = _DATES_LABEL.search(t)
    if not m:
        return []
    following = t[m.start(1):m.start(1) + 200].replace("\n", " ")
    return parse_periods(following)


def inspection_dates(text: str) -> tuple[date | None, date | None]:
    """(start, end): the start of the first period, the end of the last."""
    periods = inspection_periods(text)
    if not periods:
        return None, None
    return periods[0][0], periods[-1][1]


def published_date(text: str) -> date | None:
    m = _PUBLISHED.search(normalise(text))
    return parse_date(m.group(1)) if m else None


def lead_inspector(text: str) -> str | None:
    """The lead inspector's name alone, without "HMI" or "His/Her Majesty's Inspector".
    Two lead inspectors ("Lead inspectors: A, HMI, and B, HMI") read as "A; B"."""
    for m in _LEAD.finditer(normalise(text)):
        if m.group("plural"):
            names = _several_inspectors(m.group("name"))
            if names:
                return "; ".join(names)
            continue
        name = clean_inspector(m.group("name").split("\n")[0])
        if name:
            return name
    return None


def _several_inspectors(raw: str) -> list[str]:
    text = flat(raw)
    text = re.split(r"(?i)\b(?:judgement|grade|inspection dates?)\b", text)[0]
    text = _TITLE_WORDS.sub(",", text)
    names = [clean_inspector(part) for part in re.split(r"(?i)\s*(?:,|;|\band\b)\s*", text)]
    return [n for n in names if n]


def lead_inspector_from_end(pdf) -> str | None:
    """The lead inspector named on the last page that names one (SIF and older reports sign off
    at the end)."""
    for i in range(pdf.page_count - 1, -1, -1):
        name = lead_inspector(pdf.page_text(i))
        if name:
            return name
    return None


def clean_inspector(raw: str) -> str | None:
    name = flat(raw)
    name = _TITLES.sub("", name)
    name = re.sub(r"\s*,.*$", "", name)  # anything after the first comma is a title
    name = name.strip(" .,;:-")
    if not name or len(name.split()) > 5 or not re.match(r"[A-Z]", name) or re.search(r"\d", name):
        return None
    return name


def authority_above_title(page1: str) -> str | None:
    """The council's name printed above the report's title ("Isle of Wight Council" / "Inspection of ...")."""
    name = []
    for line in normalise(page1).splitlines()[:8]:
        line = re.sub(r"^\d+\s+", "", line.strip())
        if re.match(r"(?i)(?:inspection|review) of", line):
            break
        if line and not line.isdigit():
            name.append(line)
    return canonical_name(" ".join(name)) if name else None
