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


# A line that stops mid-sentence ("... the impact of leaders on social work") and a next line that
# goes on in lower case ("practice with children and families, ..."): one sentence wrapped over two.
_OPEN_END = re.compile(r"[A-Za-z0-9,]\s*$")
# (not page furniture: "date 2024-07-15", "by Jo Smith", "updated 3 May")
_GOES_ON = re.compile(r"^\s*(?!(?:date|by|updated|posted|published|last\s+updated|image|photo|picture|credit|source)\b)[a-z]")


def unwrap(lines: list[str]) -> list[str]:
    """Lines with each sentence wrapped over two (or more) joined again; the first line (a page's
    headline) stays alone."""
    out: list[str] = []
    for line in lines:
        if len(out) > 1 and _OPEN_END.search(out[-1]) and _GOES_ON.match(line):
            out[-1] = out[-1].rstrip() + " " + line.strip()
        else:
            out.append(line)
    return out


def split_sentences(text: str, keep_quotes: bool = False) -> list[str]:
    """The sentences of `text`, each paragraph (line) split at its full stops, a sentence wrapped
    over two lines joined; normalised, and without quotation marks unless `keep_quotes` (the
    sentence as a person would quote it)."""
    out: list[str] = []
    lines = [line for line in (normalise(text) if keep_quotes else plain_prose(text)).splitlines() if line.strip()]
    for line in unwrap(lines):
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
