"""Warnings on the fields other than grades: where a report's authority, dates or lead inspector
were not found, or read in a form that cannot be right, say so (the grades have `review`)."""
from __future__ import annotations

from datetime import date
from functools import lru_cache

from reference import authorities

GRADED_FORMATS = ("sif", "ilacs_2018", "ilacs_2023", "ilacs_2026", "pre_2013")
# When each framework's inspections ran (a little slack either side).
_FRAMEWORK_YEARS = {"pre_2013": (2008, 2014), "sif": (2013, 2018), "ilacs_2018": (2017, 2023),
                    "ilacs_2023": (2022, 2026), "ilacs_2026": (2026, 2100)}
MAX_DAYS_ON_SITE = 120  # two periods joined by "and" can lie two months apart


@lru_cache(maxsize=1)
def _names() -> frozenset[str]:
    return frozenset(a.name for a in authorities())


def field_warnings(fields: dict) -> list[str]:
    """Warnings for the fields of one report's reading (the dict a format's `parse` returns)."""
    out: list[str] = []
    framework = fields.get("framework")
    graded = framework in GRADED_FORMATS
    la = fields.get("local_authority")
    if la is None:
        out.append("local authority not found")
    elif la not in _names():
        out.append(f"local authority {la!r} is not a name in the reference list")
    start, end = fields.get("inspection_start"), fields.get("inspection_end")
    if start is None or end is None:
        out.append("inspection dates not found")
    elif end < start:
        out.append(f"inspection dates out of order ({start} to {end})")
    elif (end - start).days > MAX_DAYS_ON_SITE:
        out.append(f"inspection dates span {(end - start).days} days")
    elif graded and framework in _FRAMEWORK_YEARS:
        low, high = _FRAMEWORK_YEARS[framework]
        if not low <= start.year <= high:
            out.append(f"inspection dates ({start}) do not fit the {framework} framework")
    if start is not None and start > date.today():
        out.append(f"inspection start {start} is in the future")
    if fields.get("lead_inspector") is None:
        out.append("lead inspector not found")
    return [w for w in out if w not in fields.get("warnings", [])]
