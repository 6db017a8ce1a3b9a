"""Lines a page breaks in the middle of a sentence (committee minutes and PDFs copied as text, narrow
columns): "The experiences and progress of children who need help and protection" / "were judged to
be outstanding". Pure: text in, the same text with each such break made a space.

A break is inside a sentence when the line before it ends in no stop, colon, semicolon, bracket or
quotation mark, and the line after it begins with a lower-case word: a new paragraph, a heading or a
list item begins with a capital, a number or a bullet. The first line (the headline) and a page's
date line ("date 2018-08-17") stand alone.
"""
from __future__ import annotations

import re

_WRAPPED = re.compile(r"(?<=[A-Za-z0-9,'\u2019-])[ \t]*\n[ \t]*(?=[a-z][a-z'-]*\b)(?!date\s+\d)")


def join_wrapped(text: str) -> str:
    """`text` with the line breaks that fall inside a sentence made spaces (not the headline's: the
    first line stands alone)."""
    head, sep, body = text.partition("\n")
    return head + sep + _WRAPPED.sub(" ", body)


__all__ = ["join_wrapped"]
