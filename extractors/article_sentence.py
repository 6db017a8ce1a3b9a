"""A sentence of an article as the claim reader reads it: its text without quotation marks, in
lower case, the authorities it names (not a place within or beside one: "a part of Devon", "near
Leeds"), and its words as written, kept with its claims; and who the sentences before it name. Pure."""
from __future__ import annotations

import re
from dataclasses import dataclass

from extractors import article_whose
from extractors.article_resolve import RawClaim
from extractors.authority_mentions import Mention, find_mentions
from extractors.sentences import drop_quotes

_PLACE_IN = re.compile(r"\b(?:parts?\s+of|areas?\s+of|near|outside|(?<!services\s)(?<!care\s)across|around)\s+(?:the\s+)?$")


@dataclass(frozen=True)
class Sentence:
    text: str  # without quotation marks, as read
    low: str
    mentions: tuple[Mention, ...]
    written: str  # as the article has it, quotation marks and all: kept with its claims

    @classmethod
    def of(cls, written: str, known: frozenset[str] = frozenset()) -> "Sentence":
        text = drop_quotes(written)
        low = "".join(c.lower() if len(c.lower()) == 1 else c for c in text)
        # "a part of Devon", "near Leeds": a place within or beside the authority, not the authority
        mentions = tuple(m for m in find_mentions(text, known) if not _PLACE_IN.search(low[:m.start])
                         and not article_whose.not_the_council(text, m.start, m.end))
        return cls(text, low, mentions, written)


def named_before(sentences: list[Sentence], index: int) -> str | None:
    """The one authority the sentence before names (or the one before that, when it names none)."""
    for s in sentences[max(0, index - 2):index][::-1]:
        names = {m.name for m in s.mentions}
        if names:
            return names.pop() if len(names) == 1 else None
    return None


def graded_before(sentences: list[Sentence], index: int, raws: list[RawClaim]) -> str | None:
    """The one authority the sentence before names (or the one before that, when it names none),
    when that sentence grades it ("Meanwhile, Bolton was rated requires improvement."): not a
    partner or a neighbour named in passing."""
    for at in range(index - 1, max(-1, index - 3), -1):
        names = {m.name for m in sentences[at].mentions}
        if names:
            name = names.pop() if len(names) == 1 else None
            return name if any(r.sentence == at and r.authority == name for r in raws) else None
    return None


def sole_or_main(sentence: Sentence, main: str | None) -> str | None:
    """Whose grade a sentence gives: the one authority it names, else (none named) the article's."""
    names = {m.name for m in sentence.mentions}
    return names.pop() if len(names) == 1 else (main if not names else None)
