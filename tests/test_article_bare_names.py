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
    # graded as a place: the subject of a rating, the object of Ofsted's
    ("Ofsted said Bolton requires improvement.", {("Bolton", 2019, O, RI, "current")}),
    ("Bury was rated inadequate by Ofsted.", {("Bury", 2019, O, INAD, "current")}),
    ("Ofsted rated Reading and Slough inadequate.", {("Reading", 2019, O, INAD, "current"),
                                                     ("Slough", 2019, O, INAD, "current")}),
    ("Harrow has been judged good by Ofsted.", {("Harrow", 2019, O, GOOD, "current")}),
    # nothing: a person, a school, a police force, a gerund, two councils for "the council"
    ("Andy Bury was rated outstanding by Ofsted as a foster carer.", set()),
    ("Cllr Bolton was judged inadequate by Ofsted.", set()),
    ("Reading the report, Ofsted inspectors were clear.", set()),
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


# The one authority congratulated on a grade has it; whoever congratulates has none.
D19 = date(2019, 1, 8)
CONGRATULATIONS = [
    ("I would like to congratulate the Isle of Wight Council on securing a good rating from Ofsted.",
     {("Isle of Wight", 2019, O, GOOD, "current")}),
    ("Hampshire County Council congratulated the Isle of Wight Council on securing a good rating from Ofsted "
     "for its children's safeguarding services.", {("Isle of Wight", 2019, O, GOOD, "current")}),
    ("Leeds City Council congratulated Kirklees Council on achieving a 'requires improvement' judgement from Ofsted.",
     {("Kirklees", 2019, O, RI, "current")}),
    ("Congratulations to Bolton Council for their Good Ofsted rating.", {("Bolton", 2019, O, GOOD, "current")}),
    ("The minister congratulated Leeds City Council's children's services on their outstanding Ofsted judgement.",
     {("Leeds", 2019, O, "outstanding", "current")}),
    # nothing: no grade, a school or nursery, two congratulated, an area's grade, the passive
    ("Leeds City Council congratulated Kirklees Council on a good Ofsted inspection.", set()),
    ("Leeds City Council congratulated Kirklees Council on its good work with Ofsted.", set()),
    ("The council congratulated Kirklees Council's schools on their good Ofsted ratings.", set()),
    ("We congratulate Devon County Council's nurseries on a good Ofsted rating.", set()),
    ("Hampshire congratulated Leeds and Bradford on their good Ofsted ratings.", set()),
]


@pytest.mark.parametrize(("text", "expected"), CONGRATULATIONS)
def test_the_congratulated_authority_has_the_grade(text, expected):
    assert claim_set(claims_from_text(text, D19)) == expected


# The one authority that, as the subject, praises or thanks its staff or celebrates after a grade has it.
D21 = date(2021, 12, 6)
CELEBRATIONS = [
    ("Dorset Council praises Children's Services staff after 'Good' Ofsted inspection",
     {("Dorset", 2021, O, GOOD, "current")}),
    ("Dorset Council praising its Children's Services staff following a 'Good' rating from Ofsted in their latest "
     "inspection.", {("Dorset", 2021, O, GOOD, "current")}),
    ("Somerset Council has thanked its staff after a good rating from Ofsted.", {("Somerset", 2021, O, GOOD, "current")}),
    ("Wigan Council celebrates 'Good' Ofsted rating for children's services.", {("Wigan", 2021, O, GOOD, "current")}),
    ("Leeds City Council has welcomed a 'requires improvement' Ofsted judgement.",
     {("Leeds", 2021, O, RI, "current")}),
    # nothing: praise only, a good inspection not set apart, hope, despite, a school, an area, two councils
    ("Dorset Council thanked staff for their good work during the Ofsted inspection.", set()),
    ("Dorset Council thanked staff after a good Ofsted inspection.", set()),
    ("Dorset Council celebrates as it aims for an 'outstanding' Ofsted rating.", set()),
    ("Dorset Council praised staff despite an 'inadequate' Ofsted rating.", set()),
    ("Dorset Council praised its staff after a 'Good' Ofsted inspection of its schools.", set()),
    ("Dorset Council praised Somerset Council after its 'Good' Ofsted rating.", set()),
]


@pytest.mark.parametrize(("text", "expected"), CELEBRATIONS)
def test_the_celebrating_authority_has_the_grade(text, expected):
    assert claim_set(claims_from_text(text, D21)) == expected


@pytest.mark.parametrize("text", [
    "Dorset Council hails 'outstanding' Ofsted rating for adoption.",
    "Leeds City Council congratulated Kirklees Council after its outstanding rating for adoption from Ofsted.",
])
def test_an_areas_grade_is_not_the_overall_grade(text):
    assert not [c for c in claims_from_text(text, D21) if c["area"] == O]


# A body that runs a council's children's services, named with the council in a relative clause: the council's grade.
D22 = date(2022, 11, 9)
OPERATORS = [
    ("Together for Children, which runs Sunderland's children's services, was rated outstanding by Ofsted.",
     {("Sunderland", 2022, O, "outstanding", "current")}),
    ("Together for Children, which delivers children's services on behalf of Sunderland City Council, has been "
     "rated outstanding by Ofsted.", {("Sunderland", 2022, O, "outstanding", "current")}),
    ("Slough Children First, which runs children's services for Slough, was rated inadequate by Ofsted.",
     {("Slough", 2022, O, INAD, "current")}),
    ("The trust, which runs Doncaster Council's children's services, was judged good by Ofsted.",
     {("Doncaster", 2022, O, GOOD, "current")}),
    # nothing: two councils, a partner, homes, a fostering service
    ("Achieving for Children, which runs children's services for Kingston and Richmond, was rated good by Ofsted.",
     set()),
    ("The trust, which works with Sunderland City Council, was rated good by Ofsted.", set()),
    ("Together for Children, which runs Sunderland's children's homes, was rated good by Ofsted.", set()),
    ("Together for Children, which runs Sunderland's children's services, was rated good by Ofsted for its "
     "fostering service.", set()),
]


@pytest.mark.parametrize(("text", "expected"), OPERATORS)
def test_the_body_running_the_services_has_the_councils_grade(text, expected):
    assert claim_set(claims_from_text(text, D22)) == expected


# The ways the press writes a council's name: "&" for "and", short county names with a council word, acronyms.
WRITTEN_FORMS = [
    ("Barking & Dagenham Council was rated good by Ofsted.", {("Barking and Dagenham", 2019, O, GOOD, "current")}),
    ("Ofsted rated Hammersmith & Fulham's children's services outstanding.",
     {("Hammersmith and Fulham", 2019, O, "outstanding", "current")}),
    ("Notts County Council's children's services were judged good by Ofsted.",
     {("Nottinghamshire", 2019, O, GOOD, "current")}),
    ("Ofsted has rated Herts County Council requires improvement.",
     {("Hertfordshire", 2019, O, RI, "current")}),
    ("Kingston Council was rated good by Ofsted.", {("Kingston upon Thames", 2019, O, GOOD, "current")}),
    ("Ofsted rated RBKC outstanding.", {("Kensington and Chelsea", 2019, O, "outstanding", "current")}),
    ("NE Lincs Council was rated inadequate by Ofsted.", {("North East Lincolnshire", 2019, O, INAD, "current")}),
    ("B&NES Council was rated good by Ofsted.", {("Bath and North East Somerset", 2019, O, GOOD, "current")}),
    ("Central Beds Council was rated good by Ofsted.", {("Central Bedfordshire", 2019, O, GOOD, "current")}),
    ("Ofsted rated Cheshire West's children's services good.", {("Cheshire West and Chester", 2019, O, GOOD, "current")}),
    # nothing: a football club, another Kingston
    ("Notts County were rated good by pundits; Ofsted was not involved.", set()),
    ("Ofsted staff flew to Jamaica to see Kingston's schools rated good.", set()),
]


@pytest.mark.parametrize(("text", "expected"), WRITTEN_FORMS)
def test_the_ways_a_council_is_written(text, expected):
    assert claim_set(claims_from_text(text, D)) == expected
