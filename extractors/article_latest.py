"""The latest inspection an article reports is the `current` one. "Dorset's children's services were
last inspected in October 2021 and received a 'good' rating": "last inspected" says when the most
recent inspection was, not that a newer one has replaced it. Such a grade is current unless the
article gives the authority a current grade of its own (a newer inspection). Pure: claims in,
claims out."""
from __future__ import annotations

import re

# "was last inspected", "when last inspected", "last inspected by Ofsted in": the most recent inspection
_LAST_INSPECTED = re.compile(r"(?i)\b(?:was|were|been|when|is|are)\s+last\s+(?:fully\s+|formally\s+)?inspected\b")
# "at the last inspection ... and since then a new one": a newer inspection is told after all
_NEWER = re.compile(r"(?i)\b(?:since\s+then|new|latest|recent|this\s+(?:week|month|year))\s+(?:\w+\s+){0,2}?"
                    r"(?:inspection|report|judgement|judgment|rating)\b")


def last_inspected_is_current(claims: list[dict]) -> list[dict]:
    """Claims made previous only because their sentence says "last inspected" ("last fully inspected"),
    for an authority the article gives no current grade (but in that sentence) and no later year: current."""
    # a current grade of the same sentence is of the same inspection ("last inspected in July 2017 and all
    # areas were judged good, with adoption judged outstanding"), not a newer one
    current: dict[str, set[str | None]] = {}
    for c in claims:
        if c["role"] == "current":
            current.setdefault(c["local_authority"], set()).add(c.get("sentence"))
    latest: dict[str, int] = {}
    for c in claims:
        if c.get("year") is not None:
            latest[c["local_authority"]] = max(latest.get(c["local_authority"], c["year"]), c["year"])
    out = []
    for c in claims:
        sentence = c.get("sentence") or ""
        if (c["role"] == "previous"
                and not current.get(c["local_authority"], set()) - {c.get("sentence")}
                and _LAST_INSPECTED.search(sentence) and not _NEWER.search(sentence)
                and (c.get("year") is None or c["year"] >= latest.get(c["local_authority"], c["year"]))):
            c = {**c, "role": "current"}
        out.append(c)
    return out
