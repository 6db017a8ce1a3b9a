"""Small pure helpers for the wording of reports: normalising text and reading grade words."""
from __future__ import annotations

import re
from functools import lru_cache

_TRANSLATE = str.maketrans({
    "\u00a0": " ", "\u2009": " ", "\u202f": " ", "\u2007": " ", "\t": " ",
    "\u2018": "'", "\u2019": "'", "\u02bc": "'", "`": "'",
    "\u201c": '"', "\u201d": '"',
    "\u2013": "-", "\u2014": "-", "\u2012": "-", "\u2212": "-", "\u2500": "-", "\u2010": "-", "\u2011": "-",
    "\ufffe": "-", "\u00ad": "",
})


@lru_cache(maxsize=64)  # the same page's text is normalised by several readers
def normalise(text: str) -> str:
    """One spelling for spaces, quotes and dashes; lines kept, runs of spaces folded."""
    text = text.translate(_TRANSLATE)
    return "\n".join(" ".join(line.split()) for line in text.splitlines())


def flat(text: str) -> str:
    """Normalised and on one line: for phrases that wrap."""
    return " ".join(normalise(text).split())


# Order matters: "requires improvement to be good" is RI, "inadequate" contains "adequate".
_GRADE_WORDS = (
    ("requires_improvement", re.compile(r"\brequires? improvement\b|\brequires? improvements? to be good\b", re.I)),
    ("inadequate", re.compile(r"\binadequate\b", re.I)),
    ("outstanding", re.compile(r"\boutstanding\b", re.I)),
    ("adequate", re.compile(r"\badequate\b", re.I)),
    ("good", re.compile(r"\bgood\b", re.I)),
)
_NOT_JUDGED = re.compile(r"\bnot\s+(?:judged|graded|applicable)\b", re.I)


NOT_JUDGED = "not_judged"


def parse_grade(text: str) -> str | None:
    """The grade a short phrase states ('Requires improvement to be good' -> requires_improvement),
    NOT_JUDGED for 'Not judged', None for no grade."""
    t = flat(text)
    if _NOT_JUDGED.search(t):
        return NOT_JUDGED
    for code, pattern in _GRADE_WORDS:
        if pattern.search(t):
            return code
    return None


_GRADE_VOCABULARY = frozenset(
    "requires require required improvement improvements to be good outstanding inadequate adequate "
    "not judged grade 1 2 3 4 ( ) . :".split()
)
_GRADE_CORE = frozenset("requires require improvement good outstanding inadequate adequate judged".split())


def is_grade_phrase(text: str) -> bool:
    """True for a cell holding only grade words ('Requires', 'improvement to be', 'Good')."""
    words = re.findall(r"[a-z]+|\d|[().:]", flat(text).lower())
    return bool(words) and all(w in _GRADE_VOCABULARY for w in words) and any(w in _GRADE_CORE for w in words)


# A grade as prose states it; \s+ lets it wrap over lines.
GRADE_PHRASE = r"(?:requires?\s+improvement(?:\s+to\s+be\s+good)?|inadequate|outstanding|adequate|good)"
