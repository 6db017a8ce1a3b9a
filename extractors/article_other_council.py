"""A council the reader does not know, named in a claim's sentence: "Children's services at the former
local authority Cumbria County Council were judged 'inadequate' in 2015" (a council since abolished,
on a page about its successor), "Bournemouth Borough Council was rated ..." (before a merger). The
sentence names no authority of the list, so its grades went to the article's own authority; but they
are the other council's. Precision first: such claims are left out. Pure: claims in, claims out."""
from __future__ import annotations

import re

# "<Name> County Council", "<Name> Metropolitan Borough Council", "<Name> City Council"
_COUNCIL = re.compile(r"\b(?:[A-Z][A-Za-z'-]+\s+){1,3}(?:County|City|Borough|Metropolitan\s+Borough|District|Town)\s+Council\b")


def other_council_spans(text: str, known: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Where `text` names a council (by its formal name) that overlaps none of the `known` authorities."""
    return [(m.start(), m.end()) for m in _COUNCIL.finditer(text)
            if not any(s < m.end() and m.start() < e for s, e in known)]


def leave_out_other_councils(claims: list[dict], sentences: list[tuple[str, str, list[tuple[int, int]]]]) -> list[dict]:
    """`claims` without those read from a sentence that names no known authority but names a council
    the reader does not know. `sentences`: (written, text, known authority spans in text) of the article."""
    unknown = {written for written, text, known in sentences if not known and other_council_spans(text, known)}
    return [c for c in claims if c.get("sentence") not in unknown]


__all__ = ["leave_out_other_councils", "other_council_spans"]
