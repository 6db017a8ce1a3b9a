"""Whose grade when an authority's name is also a word or a surname ("Bury", "Bolton", "Reading",
"Harrow"): the bare name counts where the article names it with a council word elsewhere, or where it
is listed with another authority; never a person, a school, a police force or a gerund. Sentences
written for these tests, in several variants each."""
from __future__ import annotations

from datetime import date

import pytest
from seeds import claim_set

from extractors.article_claims import claims_from_text

O = "overall_effectiveness"
D = date(2019, 5, 1)
RI, GOOD, INAD = "requires_improvement", "good", "inadequate"

CASES = [
    # listed with another authority
    ("Ofsted said Bolton and Hounslow require improvement.", {("Bolton", 2019, O, RI, "current"),
                                                               ("Hounslow", 2019, O, RI, "current")}),
    ("Ofsted said Bolton, Hounslow and Coventry require improvement.",
     {("Bolton", 2019, O, RI, "current"), ("Hounslow", 2019, O, RI, "current"), ("Coventry", 2019, O, RI, "current")}),
    ("Bracknell Forest and Slough were rated inadequate by Ofsted.",
     {("Bracknell Forest", 2019, O, INAD, "current"), ("Slough", 2019, O, INAD, "current")}),
    ("Ofsted rated Derby and Derbyshire good.", {("Derby", 2019, O, GOOD, "current"),
                                                 ("Derbyshire", 2019, O, GOOD, "current")}),
    # named with a council word elsewhere in the article
    ("Bury Council's children's services were inspected in March. Bury was rated inadequate by Ofsted.",
     {("Bury", 2019, O, INAD, "current")}),
    ("Harrow Council was inspected by Ofsted. Harrow was rated inadequate.", {("Harrow", 2019, O, INAD, "current")}),
    ("Children's services at Bolton Council were inspected. Ofsted rated Bolton good.",
     {("Bolton", 2019, O, GOOD, "current")}),
    ("Bury Council was inspected by Ofsted. Bury was rated good, while neighbouring Rochdale was rated inadequate.",
     {("Bury", 2019, O, GOOD, "current"), ("Rochdale", 2019, O, INAD, "current")}),
    # nothing: no anchor, a person, a school, a police force, a gerund, two councils for "the council"
    ("Ofsted said Bolton requires improvement.", set()),
    ("Bury was rated inadequate by Ofsted.", set()),
    ("Ofsted rated Reading and Slough inadequate.", set()),
    ("Sue Bolton and Wigan Council staff were thanked.", set()),
    ("Harrow School and Brent were rated outstanding.", set()),
    ("Ofsted said Wigan and Harrow School were good.", set()),
    ("Bury Council was inspected. Andy Bury was rated outstanding as a social worker.", set()),
    ("Kent County Council was inspected. Kent Police was rated inadequate by Ofsted.", set()),
    ("Bury Council and Bolton Council were both inspected. The council was rated inadequate by Ofsted.", set()),
    ("Reading Borough Council was inspected in May. Reading the report, inspectors rated Brighton inadequate.",
     {("Brighton and Hove", 2019, O, INAD, "current")}),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_bare_authority_names(text, expected):
    assert claim_set(claims_from_text(text, D)) == expected
