"""Claims a page states twice are `corroborated`: the page read again without the claim's sentence still
gives the claim (a headline and the body, two paragraphs). A claim stated once, or a sentence copied
twice word for word, is not. Pages written for these tests in the forms news and council pages use."""
from __future__ import annotations

from extractors.article import extract_article


def page(title: str, *paragraphs: str) -> bytes:
    body = "".join(f"<p>{p}</p>" for p in paragraphs)
    return (f"<html><head><title>{title}</title>"
            f'<meta property="article:published_time" content="2024-03-01"></head>'
            f"<body><article><h1>{title}</h1>{body}</article></body></html>").encode()


def corroborated(data: bytes) -> dict[tuple, bool]:
    return {(c["area"], c["grade"], c["role"]): c["corroborated"] for c in extract_article(data).claims}


def test_a_grade_in_the_headline_and_the_body_is_corroborated_an_earlier_grade_said_once_is_not():
    got = corroborated(page("Wigan children's services rated good by Ofsted",
                            "Ofsted has rated Wigan Council's children's services as good.",
                            "At the last inspection in 2019 the council was rated requires improvement."))
    assert got == {("overall_effectiveness", "good", "current"): True,
                   ("overall_effectiveness", "requires_improvement", "previous"): False}


def test_a_grade_said_once_is_not_corroborated():
    got = corroborated(page("Ofsted report on Wigan", "Ofsted has rated Wigan Council's children's services as good.",
                            "The council said it was proud of its staff."))
    assert got == {("overall_effectiveness", "good", "current"): False}


def test_one_sentence_copied_twice_is_one_statement():
    said = "Ofsted has rated Wigan Council's children's services as good."
    got = corroborated(page("Ofsted report on Wigan", said, "The council said it was proud of its staff.", said))
    assert got == {("overall_effectiveness", "good", "current"): False}


def test_two_areas_stated_twice_and_once():
    got = corroborated(page("Wigan children's services rated good, with outstanding leadership",
                            "Ofsted has rated Wigan Council's children's services as good.",
                            "Inspectors judged the impact of leaders to be outstanding.",
                            "Help and protection was judged good."))
    assert got[("overall_effectiveness", "good", "current")] is True
    assert got[("help_and_protection", "good", "current")] is False
