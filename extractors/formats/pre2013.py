"""Pre-2013 inspections: safeguarding and looked after children services (2009-2012), and the
2012-13 inspections of looked after children services and of the arrangements for the
protection of children that followed them.

Their grades stand in a "Record of main findings" table at the end, section by section
("Safeguarding services", "Services for looked after children"), one row a judgement:
"Overall effectiveness  Inadequate  Grade 4", "Capacity for improvement  Good", or a number
alone ("Overall effectiveness  3") read through the key the report prints ("Grade 1
outstanding ... Grade 4 inadequate"). A label may wrap over lines, and its grade stand on the
line after it. Areas are coded `pre2013_<section>_<judgement>` (section `safeguarding` or `lac`).

Read as language, not as one layout: a row is a line that ends in a grade; its label is the
text before the grade, or the lines just above it. A row whose word and number disagree
("Good  Grade 4") is put under review, never guessed.
"""
from __future__ import annotations

import re

from extractors.authorities import canonical_name
from extractors.fields import inspection_dates, lead_inspector, lead_inspector_from_end, published_date
from extractors.pdf import PdfText
from extractors.review import compare
from extractors.text import flat, normalise

_TITLE = re.compile(
    r"(?i)inspection\s+of\s+(?:the\s+)?(?:safeguarding\s+and\s+looked\s+after\s+children|looked\s+after\s+children|safeguarding)"
    r"(?:['\u2019]?s)?(?:\s+services)?|safeguarding\s+and\s+looked\s+after\s+children(?:['\u2019]?s)?\s+services"
    r"|inspection\s+of\s+(?:the\s+)?local\s+authority\s+arrangements\s+for\s+the\s+protection\s+of\s+children"
    r"|inspection\s+of\s+(?:services\s+for\s+)?(?:looked\s+after\s+children|children\s+looked\s+after)(?:\s+and\s+care\s+leavers)?"
)
_PROTECTION = re.compile(r"(?i)arrangements\s+for\s+the\s+protection\s+of\s+children")

_WORD = r"outstanding|good|adequate|inadequate"
# A line ending in a grade: "Label  Good", "Label Inadequate Grade 4", "Label (Grade 3) adequate",
# "Label  3", "Good (grade 2)".
_ROW = re.compile(
    rf"(?i)^(?P<label>.*?)[\s:|-]*(?:"
    rf"(?P<word>{_WORD})\s*\(?\s*(?:grade\s*)?(?P<n1>[1-4])?\s*\)?"
    rf"|\(?\s*grade\s*(?P<n2>[1-4])\s*\)?\s*\(?(?P<word2>{_WORD})?\)?"
    rf"|(?<![\w.])(?P<n3>[1-4])"
    rf")\s*\.?$"
)
_KEY = re.compile(rf"(?i)\b(?:grade\s*)?(?P<n>[1-4])\s*(?:=|:|-|\)|\.|is)?\s*\(?(?P<word>{_WORD})\b"
                  rf"|\b(?P<word2>{_WORD})\s*\(\s*(?:grade\s*)?(?P<n2>[1-4])\s*\)")
STANDARD_KEY = {"1": "outstanding", "2": "good", "3": "adequate", "4": "inadequate"}

_SECTION_LINE = re.compile(
    r"(?i)^(?:(?P<safe>safeguarding(?:\s+services)?(?:\s+for\s+children(?:\s+and\s+young\s+people)?)?"
    r"|(?:the\s+)?(?:local\s+authority\s+)?arrangements\s+for\s+the\s+protection\s+of\s+children|child\s+protection(?:\s+services)?)"
    r"|(?P<lac>(?:services\s+for\s+)?(?:looked\s+after\s+children|children\s+looked\s+after)(?:\s+and\s+(?:young\s+people|care\s+leavers))?(?:['\u2019]?s)?(?:\s+services)?))"
    r"\s*:?$"
)

_GROUP = re.compile(r"(?i)^(?:how\s+good\s+are\b.*|safeguarding\s+outcomes\s+for\s+children(?:\s+and\s+young\s+people)?|every\s+child\s+matters\s+outcomes.*|.*\?)$")

# The judgement a row's label names, first match wins.
_JUDGEMENTS = (
    (r"overall\s+effectiveness", "overall"),
    (r"capacity", "capacity"),
    (r"contribution\s+of\s+health", "health_contribution"),
    (r"help\s+and\s+protection", "help_and_protection"),
    (r"quality\s+of\s+practice", "quality_of_practice"),
    (r"quality\s+of\s+provision", "quality_of_provision"),
    (r"leadership\s+and\s+(?:management|governance)", "leadership"),
    (r"ambition\s+and\s+prioriti[sz]ation", "ambition"),
    (r"performance\s+management|evaluation,?\s+including", "performance_management"),
    (r"partnership", "partnerships"),
    (r"equality\s+and\s+diversity", "equality_and_diversity"),
    (r"value\s+for\s+money", "value_for_money"),
    (r"being\s+healthy", "being_healthy"),
    (r"staying\s+safe", "staying_safe"),
    (r"enjoying\s+and\s+achieving", "enjoying_and_achieving"),
    (r"positive\s+contribution", "positive_contribution"),
    (r"user\s+engagement", "user_engagement"),
    (r"economic\s+well", "economic_wellbeing"),
    (r"feel\s+safe", "children_feel_safe"),
    (r"\bare\s+safe\b", "children_safe"),
    (r"outcomes", "outcomes"),
)
_JUDGEMENTS_RE = tuple((re.compile(rf"(?i)\b{p}"), code) for p, code in _JUDGEMENTS)


def is_pre2013(page1: str) -> bool:
    return bool(_TITLE.search(flat(page1[:800])))


def parse(pdf: PdfText) -> dict:
    page1 = pdf.page_text(0)
    start, end = inspection_dates(page1)
    section = _default_section(page1)
    record, review = record_of_main_findings(pdf, section)
    body = body_grades(pdf, section)
    judgements, second_review = compare(record, body, required=set(), restated=set())
    review = {**second_review, **review}
    warnings: list[str] = []
    if not judgements:
        warnings.append("no record of main findings found")
        review["inspection"] = "no graded judgement found in this pre-2013 report (no record of main findings)"
    else:
        for sec in sorted({a.split("_")[1] for a in judgements}):
            if f"pre2013_{sec}_overall" not in judgements:
                review[f"pre2013_{sec}_overall"] = f"no overall effectiveness grade found for the {sec} section"
    authority = _authority(pdf)
    if authority is None:
        warnings.append("local authority not found")
    return dict(
        report_kind="slac",
        framework="pre_2013",
        local_authority=authority,
        inspection_start=start,
        inspection_end=end,
        published=published_date(page1),
        lead_inspector=lead_inspector(page1) or lead_inspector_from_end(pdf),
        judgements=judgements,
        warnings=warnings,
        review=review,
    )


def _default_section(page1: str) -> str:
    """The section a report of one service only is about: looked after children or safeguarding."""
    head = flat(page1[:800]).lower()
    if "safeguarding and looked after" in head:
        return "safeguarding"  # two sections; each names itself in the record
    if "looked after" in head:
        return "lac"
    return "safeguarding"


def grade_key(text: str) -> dict[str, str]:
    """The report's key from numbers to grades ("Outstanding (Grade 1)", "1 = outstanding"), when it
    prints one that maps 1 to 4 onto the four grades; else {}."""
    key: dict[str, str] = {}
    for m in _KEY.finditer(flat(text)):
        n, word = (m["n"], m["word"]) if m["n"] else (m["n2"], m["word2"])
        key.setdefault(n, word.lower())
    return key if sorted(key) == ["1", "2", "3", "4"] and len(set(key.values())) == 4 else {}


def record_of_main_findings(pdf: PdfText, section: str = "safeguarding") -> tuple[dict[str, str], dict[str, str]]:
    """(judgements, review) of the record of main findings: the last page that has one, and the
    page after it where the table runs on. Without a record, the judgement table of pages 1-3."""
    start = None
    for i in range(pdf.page_count - 1, -1, -1):
        if re.search(r"(?i)record\s+of\s+main\s+findings", normalise(pdf.page_text(i))) and _has_rows(pdf.page_text(i)):
            start = i
            break
    if start is not None:
        pages = [start] + ([start + 1] if start + 1 < pdf.page_count else [])
    else:
        pages = list(range(min(3, pdf.page_count)))
    key = {}
    for i in range(min(pdf.page_count, 6)):  # the key is printed near the front, or beside the table
        key = grade_key(pdf.page_text(i))
        if key:
            break
    if not key:
        key = grade_key(" ".join(pdf.page_text(i) for i in pages))
    text = "\n".join(normalise(pdf.page_text(i)) for i in pages)
    if start is not None:
        text = text[re.search(r"(?i)record\s+of\s+main\s+findings", text).end():]
    return read_rows(text, section, key)


# The body restates each grade under its section's heading: "Capacity to improve / Grade 3 (Adequate)".
_BODY_GRADE = re.compile(
    rf"(?im)^(?P<label>[^\n]{{3,120}})\n(?:(?P<more>[^\n]{{1,80}})\n)?[ ]*grade\s*(?P<n>[1-4])\s*\(\s*(?P<word>{_WORD})\s*\)[ ]*$"
)


def body_grades(pdf: PdfText, section: str = "safeguarding") -> dict[str, str]:
    """The second reading: the grade under each judgement's heading in the body ("Grade 4
    (Inadequate)"). A heading whose number and word disagree,
    or an area stated twice with two grades, is left out (the record alone then stands)."""
    found: dict[str, set[str]] = {}
    for i in range(1, pdf.page_count):  # the record's rows ("Inadequate Grade 4") are not of this form
        for m in _BODY_GRADE.finditer(normalise(pdf.page_text(i))):
            # the heading is the line above the grade, or the two lines above it when it wraps
            one_line = m["more"] and _names_judgement(m["more"])
            label = m["more"] if one_line else " ".join(x for x in (m["label"], m["more"]) if x)
            if not _names_judgement(label) or STANDARD_KEY[m["n"]] != m["word"].lower():
                continue
            low = label.lower()
            sec = "lac" if "looked after" in low else "safeguarding" if "safeguard" in low else section
            area = _area(sec, label)
            if area:
                found.setdefault(area, set()).add(m["word"].lower())
    return {area: grades.pop() for area, grades in found.items() if len(grades) == 1}


def _has_rows(text: str) -> bool:
    return any(_ROW.match(line.strip()) and _names_judgement(line) for line in normalise(text).splitlines())


def _names_judgement(line: str) -> bool:
    return any(p.search(line) for p, _ in _JUDGEMENTS_RE)


def read_rows(text: str, section: str = "safeguarding", key: dict[str, str] | None = None) -> tuple[dict[str, str], dict[str, str]]:
    """The rows of a record of main findings, from its text (lines kept)."""
    judgements: dict[str, str] = {}
    review: dict[str, str] = {}
    pending: list[str] = []
    for raw in normalise(text).splitlines():
        line = raw.strip().strip("|").strip()
        if not line:
            continue
        s = _SECTION_LINE.match(line)
        if s:
            section, pending = ("lac" if s["lac"] else "safeguarding"), []
            continue
        if _GROUP.match(line):  # "How good are outcomes for looked after children ...?": no row of its own
            pending = []
            continue
        m = _ROW.match(line)
        if not m or (m["n3"] and not key and not m["label"]):
            if len(line) < 120 and not re.search(r"(?i)^(?:page\s+)?\d+$", line):
                pending = (pending + [line])[-3:]
            continue
        label = m["label"].strip()
        if not _names_judgement(label):
            named = {_area(section, p) for p in pending if _names_judgement(p)}
            if len(named) > 1:
                # grades printed apart from their labels (a table read column by column): which
                # grade is whose cannot be told, so none is taken
                review["inspection"] = "the record of main findings prints grades apart from their labels; a person must pair them"
                pending = []
                continue
            label = " ".join(pending + [label]).strip()
        pending = []
        area = _area(section, label)
        if area is None:
            continue
        word = (m["word"] or m["word2"] or "").lower() or None
        number = m["n1"] or m["n2"] or m["n3"]
        by_number = (key or STANDARD_KEY).get(number) if number else None
        if m["n3"] and not key:
            by_number = None  # a bare number with no key printed: not a grade we can read
        grade = word or by_number
        if grade is None:
            continue
        if word and by_number and word != by_number and key:
            review[area] = f"the record of main findings prints {word} with grade {number} ({by_number}) for {label[:60]}"
        if area in judgements and judgements[area] != grade:
            review[area] = f"the record of main findings gives {judgements[area]} and {grade} for {label[:60]}"
            continue
        judgements.setdefault(area, grade)
    return judgements, review


def _area(section: str, label: str) -> str | None:
    low = flat(label).lower()
    for pattern, code in _JUDGEMENTS_RE:
        if pattern.search(low):
            return f"pre2013_{section}_{code}"
    return None


def _authority(pdf: PdfText) -> str | None:
    """The council named on page 1 ("Medway Council"), else in the running head of page 2 or 3
    ("Medway Council Inspection of safeguarding and looked after children 1")."""
    for line in normalise(pdf.page_text(0)).splitlines()[:12]:
        if re.search(r"(?i)\b(?:council|borough|county|city)\b", line) and not _TITLE.search(line):
            return canonical_name(re.sub(r"(?i)children's services", "", line))
    for i in range(1, min(4, pdf.page_count)):
        m = re.search(r"(?im)^\s*(?P<la>[A-Z][^\n]{2,60}?\b(?:council|borough|county|city)\b[^\n]{0,30}?)\s+inspection\s+of",
                      normalise(pdf.page_text(i)))
        if m:
            return canonical_name(m["la"])
    return None
