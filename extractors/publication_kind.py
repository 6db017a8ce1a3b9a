"""What kind of publication a file is, from its title on the site and, once read, from the file.

Pure functions. The kinds (the contract of `publications.publication_kind`):
`full_inspection, focused_visit, monitoring_visit, jtai, area_send, lscb_review, other`.
A title no rule knows is `other`: kept with its title, never dropped.
"""
from __future__ import annotations

import re

PUBLICATION_KINDS = ("full_inspection", "focused_visit", "monitoring_visit", "jtai", "area_send",
                     "lscb_review", "other")

# Most specific first: "Area SEND monitoring visit" / "revisit" is an area SEND publication, not a
# monitoring visit of children's services; "Joint area child protection" is the JTAI's name.
_TITLE_RULES: tuple[tuple[str, re.Pattern], ...] = (
    ("area_send", re.compile(r"\b(?:area|local area)\s+send\b|\bspecial educational needs\b|\bsend\s+(?:full\s+)?"
                             r"(?:inspection|revisit|monitoring)", re.I)),
    ("jtai", re.compile(r"\bjoint\s+targeted\s+area\b|\bjtai\b|\bjoint\s+area\s+child\s+protection\b", re.I)),
    ("lscb_review", re.compile(r"\blscb\b|\blocal\s+safeguarding\s+children\s+board\b", re.I)),
    ("focused_visit", re.compile(r"\bfocused\s+visit\b", re.I)),
    ("monitoring_visit", re.compile(r"\bmonitoring\s+(?:visit|inspection|report)\b", re.I)),
    ("full_inspection", re.compile(
        r"\bchildren'?s'?\s+services\s+inspection\b|\bsingle\s+inspection\b|\binspection\s+of\s+(?:the\s+)?"
        r"(?:la|local\s+authority)\s+children'?s'?\s+services\b|\bsafeguarding\s+and\s+looked\s+after\s+children\b"
        r"|\bilacs\b", re.I)),
)

# The extractor's report kinds, as publication kinds.
_REPORT_KIND = {
    "ilacs_standard": "full_inspection", "ilacs_short": "full_inspection", "ilacs": "full_inspection",
    "sif": "full_inspection", "slac": "full_inspection", "lscb_review": "lscb_review",
    "focused_visit": "focused_visit", "monitoring_visit": "monitoring_visit",
}


def kind_from_title(title: str | None) -> str:
    """'Children's services focused visit' -> 'focused_visit'; an unknown title -> 'other'."""
    text = " ".join((title or "").replace("\u2019", "'").split())
    for kind, rule in _TITLE_RULES:
        if rule.search(text):
            return kind
    return "other"


def kind_from_extraction(report_kind: str | None, letter_kind: str | None = None) -> str | None:
    """The kind the file itself shows: from the extractor's report kind, or for a report of kind
    `other` from the letter it was read as (`jtai`, `area_send`); None when the file does not tell
    (unreadable, not a report, a kind the extractor does not know)."""
    if report_kind in _REPORT_KIND:
        return _REPORT_KIND[report_kind]
    if letter_kind in PUBLICATION_KINDS and letter_kind != "other":
        return letter_kind
    return None


def confirmed_kind(title_kind: str | None, file_kind: str | None) -> tuple[str, str]:
    """(kind, source): the file's kind where it tells one ('extractor'), else the title's ('title')."""
    if file_kind:
        return file_kind, "extractor"
    return (title_kind or "other"), "title"
