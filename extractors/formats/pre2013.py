"""Pre-2013 inspections: safeguarding and looked after children (SLAC) and their kin.

Their grades stand in a "Record of main findings" table at the end, section by section
("Safeguarding services", "Services for looked after children"): "Overall effectiveness
Inadequate Grade 4". Areas are coded `pre2013_<section>_<judgement>`.
"""
from __future__ import annotations

import re

from extractors.authorities import canonical_name
from extractors.fields import inspection_dates, lead_inspector, lead_inspector_from_end, published_date
from extractors.pdf import PdfText
from extractors.text import flat, normalise, parse_grade

_TITLE = re.compile(
    r"(?i)inspection of (?:safeguarding and looked after children|looked after children|safeguarding)"
    r"(?: services)?|safeguarding and looked after children services"
)
_ROW = re.compile(r"(?i)^(?P<label>.*?)\s*(?P<grade>outstanding|good|adequate|inadequate)\s*\(?grade\s*(?P<n>[1-4])\)?\s*$")
_GRADE_ONLY = re.compile(r"(?i)^\(?grade\s*[1-4]\)?\s*\(?(?P<grade>outstanding|good|adequate|inadequate)\)?$")

_SECTIONS = (("looked after", "lac"), ("safeguarding", "safeguarding"))
_JUDGEMENTS = (
    ("overall effectiveness", "overall"),
    ("capacity", "capacity"),
    ("outcomes", "outcomes"),
    ("quality of provision", "quality_of_provision"),
    ("leadership and management", "leadership"),
)


def is_pre2013(page1: str) -> bool:
    return bool(_TITLE.search(flat(page1[:800])))


def parse(pdf: PdfText) -> dict:
    page1 = pdf.page_text(0)
    start, end = inspection_dates(page1)
    judgements = record_of_main_findings(pdf)
    return dict(
        report_kind="slac",
        framework="pre_2013",
        local_authority=_authority(page1),
        inspection_start=start,
        inspection_end=end,
        published=published_date(page1),
        lead_inspector=lead_inspector(page1) or lead_inspector_from_end(pdf),
        judgements=judgements,
        warnings=[] if judgements else ["no record of main findings found"],
    )


def record_of_main_findings(pdf: PdfText) -> dict[str, str]:
    judgements: dict[str, str] = {}
    for i in range(pdf.page_count - 1, 0, -1):
        text = normalise(pdf.page_text(i))
        if "record of main findings" not in text.lower():
            continue
        section = "lac" if "looked after" in text.lower() else "safeguarding"
        pending: list[str] = []
        for line in text.splitlines():
            low = line.lower().strip()
            if low in ("safeguarding services", "safeguarding") or low.startswith("safeguarding services"):
                section, pending = "safeguarding", []
                continue
            if low.startswith("services for looked after children") or low == "looked after children":
                section, pending = "lac", []
                continue
            m = _ROW.match(line)
            if m:
                label = " ".join(pending + [m.group("label")])
                pending = []
                area = _area(section, label)
                if area:
                    judgements.setdefault(area, parse_grade(m.group("grade")))
            elif low and not low.startswith("record of main findings") and len(low) < 90:
                pending.append(line)
                pending = pending[-3:]
        if judgements:
            return judgements
    return judgements


def _area(section: str, label: str) -> str | None:
    low = flat(label).lower()
    for words, code in _JUDGEMENTS:
        if words in low:
            return f"pre2013_{section}_{code}"
    slug = re.sub(r"[^a-z]+", "_", low).strip("_")
    return f"pre2013_{section}_{slug}" if slug else None


def _authority(page1: str) -> str | None:
    for line in normalise(page1).splitlines()[:10]:
        if re.search(r"(?i)council|borough|county|city", line) and not _TITLE.search(line):
            return canonical_name(re.sub(r"(?i)children's services", "", line))
    return None
