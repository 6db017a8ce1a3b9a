"""A sentence wrapped over two lines (text copied from a page, a <br> in a paragraph) is one
sentence again; a headline, page furniture ("date 2024-07-15", "By Jo Smith") and a line that
ends its sentence stay apart."""
from __future__ import annotations

from datetime import date

from extractors.article_claims import claims_from_text
from extractors.sentences import split_sentences


def test_a_wrapped_sentence_is_joined():
    text = ("Reading children's services told to improve\n"
            "Inspectors judged that the impact of leaders on social work\n"
            "practice with children and families and the help and protection of children all 'require improvement'.")
    assert split_sentences(text)[1] == ("Inspectors judged that the impact of leaders on social work practice with "
                                        "children and families and the help and protection of children all "
                                        "require improvement.")
    claims = {(c["area"], c["grade"]) for c in claims_from_text(
        "Reading Borough Council was inspected by Ofsted.\n" + text.split("\n", 1)[1], date(2024, 3, 1))}
    assert ("leaders", "requires_improvement") in claims


def test_headline_furniture_and_finished_lines_stay_apart():
    text = ("Oldham children's services rated good\n"
            "date 2024-07-15 children at risk have a better service.\n"
            "It was rated good.\n"
            "and then some.\n"
            "By Jo Smith\n")
    assert split_sentences(text) == ["Oldham children's services rated good", "date 2024-07-15 children at risk have a better service.",
                                     "It was rated good.", "and then some.", "By Jo Smith"]
    assert split_sentences("A headline without a stop\nwhich goes on in lower case") == [
        "A headline without a stop", "which goes on in lower case"]
