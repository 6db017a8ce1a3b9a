"""Splitting prose into sentences: paragraphs by line, sentences by their closing stop, with the
abbreviations news copy uses ("Cllr.", "Mr.", "St.") kept whole. Pure."""
from __future__ import annotations

import re

from extractors.text import normalise

_BREAK = re.compile(r"(?<=[.!?])[\"')\]]*\s+(?=[\"'(\[]?[A-Z0-9])")
_ABBREVIATION = re.compile(r"(?:\b(?:Cllr|Mr|Mrs|Ms|Dr|St|No|Prof|Rev|Co|Ltd|Sr|Jr|vs|approx|[A-Z])|e\.g|i\.e)\.$")
# Quotation marks around words: dropped, so that "rated 'good'" reads as "rated good".
# Apostrophes inside words ("council's") stay.
_QUOTE = re.compile(r"\"|(?<![A-Za-z])'|'(?![A-Za-z])")


def plain_prose(text: str) -> str:
    """Normalised text with quotation marks taken out; lines kept."""
    return _QUOTE.sub("", normalise(text))


def drop_quotes(text: str) -> str:
    """`text` without quotation marks around words ("rated 'good'" -> "rated good")."""
    return _QUOTE.sub("", text)


def split_sentences(text: str, keep_quotes: bool = False) -> list[str]:
    """The sentences of `text`, each paragraph (line) split at its full stops; normalised, and
    without quotation marks unless `keep_quotes` (the sentence as a person would quote it)."""
    out: list[str] = []
    for line in (normalise(text) if keep_quotes else plain_prose(text)).splitlines():
        line = line.strip()
        if not line:
            continue
        start = 0
        for m in _BREAK.finditer(line):
            head = line[start:m.start()]
            if _ABBREVIATION.search(head):
                continue
            out.append(head.strip())
            start = m.end()
        tail = line[start:].strip()
        if tail:
            out.append(tail)
    return [s for s in out if s]
