"""Claims read out of news articles: the three real seed articles give exactly what they say, and
sentences in the many ways publishers word a rating (written here, not taken from the seeds) give
the claim they make and nothing they do not."""
from __future__ import annotations

from datetime import date

import pytest
from seeds import SEED_CLAIMS, claim_set, require_seeds

from extractors.article_claims import claims_from_text, read_article
from extractors.text import normalise


def seed(name: str) -> str:
    return (require_seeds() / name).read_text(encoding="utf-8")


# -- the seeds ---------------------------------------------------------------------------------

@pytest.mark.parametrize("name", SEED_CLAIMS)
def test_seed_articles_claim_exactly_what_they_say(name):
    authority, published, expected = SEED_CLAIMS[name]
    reading = read_article(seed(name), published)
    assert reading.local_authority == authority
    assert claim_set(reading.claims) == expected
    assert reading.judgements == {c[2]: c[3] for c in expected if c[4] == "current"}


@pytest.mark.parametrize("name", SEED_CLAIMS)
def test_each_seed_claim_keeps_the_sentence_it_was_read_from(name):
    text = seed(name)
    flat = " ".join(normalise(text).split())
    words = {"good": "good", "outstanding": "outstanding", "inadequate": "inadequate",
             "requires_improvement": "requires improvement"}
    for claim in read_article(text, SEED_CLAIMS[name][1]).claims:
        assert claim["sentence"] in flat  # as written: quotation marks kept
        assert words[claim["grade"]] in claim["sentence"].lower()


def test_the_year_is_the_inspections():
    assert read_article(seed("darlington-2022-council-news.txt"), date(2022, 12, 2)).year == 2022  # "in October"
    durham = read_article(seed("durham-2012-council-news.txt"), date(2012, 2, 10))
    assert durham.year == 2011  # "took place in December 2011"
    assert durham.inspection_start is None and durham.inspection_end is None  # a month is no dates


def test_without_a_date_the_claims_have_the_year_the_text_gives():
    claims = claim_set(claims_from_text(seed("durham-2012-council-news.txt")))
    assert ("Durham", 2011, "pre2013_lac_overall", "good", "current") in claims
    undated = claim_set(claims_from_text(seed("darlington-2015-local-news.txt")))
    assert ("Darlington", None, "overall_effectiveness", "inadequate", "current") in undated


# -- wording of other publishers ---------------------------------------------------------------
# (sentence, publication date, the publisher's authority or None, expected claims)
OVERALL = "overall_effectiveness"
VARIANTS = [
    # overall effectiveness
    ("Ofsted rated the council's children's services as 'requires improvement'.", date(2019, 3, 1), "Leeds",
     {("Leeds", 2019, OVERALL, "requires_improvement", "current")}),
    ("Sunderland's children's services have been rated outstanding by Ofsted.", date(2022, 6, 1), None,
     {("Sunderland", 2022, OVERALL, "outstanding", "current")}),
    ("Birmingham children's services rated 'good' by Ofsted for the first time", date(2023, 7, 3), None,
     {("Birmingham", 2023, OVERALL, "good", "current")}),
    ("Ofsted judged the council to require improvement.", date(2019, 5, 1), "Kent",
     {("Kent", 2019, OVERALL, "requires_improvement", "current")}),
    ("The watchdog Ofsted said services for vulnerable children in Bradford were inadequate.", date(2018, 10, 1), None,
     {("Bradford", 2018, OVERALL, "inadequate", "current")}),
    ("Bradford's children's services remain inadequate, according to Ofsted.", date(2021, 1, 20), None,
     {("Bradford", 2021, OVERALL, "inadequate", "current")}),
    ("Hartlepool Borough Council has retained its outstanding rating from Ofsted.", date(2023, 3, 1), None,
     {("Hartlepool", 2023, OVERALL, "outstanding", "current")}),
    ("In its latest inspection, Ofsted rated Stockport's children's services as outstanding overall.",
     date(2019, 7, 1), None, {("Stockport", 2019, OVERALL, "outstanding", "current")}),
    ("Children's services in Wigan are good, inspectors have found.", date(2019, 2, 1), None,
     {("Wigan", 2019, OVERALL, "good", "current")}),
    ("Ofsted has given Cumberland Council's children's services an overall rating of good.", date(2024, 5, 1), None,
     {("Cumberland", 2024, OVERALL, "good", "current")}),
    ("The authority was rated inadequate after an Ofsted inspection in March.", date(2023, 5, 10), "Croydon",
     {("Croydon", 2023, OVERALL, "inadequate", "current")}),
    ("Ofsted inspectors judged the council's services for children to be inadequate.", date(2017, 4, 1), "Devon",
     {("Devon", 2017, OVERALL, "inadequate", "current")}),
    ("Cllr Jo Sutton said the council was rated good by Ofsted.", date(2020, 1, 1), "Leeds",
     {("Leeds", 2020, OVERALL, "good", "current")}),
    ("Rotherham Council's children's services are now judged to be outstanding, Ofsted said.", date(2022, 2, 1),
     None, {("Rotherham", 2022, OVERALL, "outstanding", "current")}),
    ("Ofsted's verdict: Walsall children's services requires improvement to be good.", date(2019, 6, 1), None,
     {("Walsall", 2019, OVERALL, "requires_improvement", "current")}),
    # help and protection
    ("The experiences and progress of children who need help and protection were judged by Ofsted to require "
     "improvement to be good.", date(2019, 9, 1), "Essex", {("Essex", 2019, "help_and_protection", "requires_improvement", "current")}),
    ("Help and protection for children was found to be good, Ofsted said.", date(2021, 9, 1), "Essex",
     {("Essex", 2021, "help_and_protection", "good", "current")}),
    ("Inspectors rated the help and protection given to children as inadequate.", date(2016, 9, 1), "Essex",
     {("Essex", 2016, "help_and_protection", "inadequate", "current")}),
    ("Ofsted found that child protection services in Medway require improvement.", date(2019, 9, 1), None,
     {("Medway", 2019, "help_and_protection", "requires_improvement", "current")}),
    ("Services to protect children were judged inadequate by Ofsted.", date(2016, 9, 1), "Essex",
     {("Essex", 2016, "help_and_protection", "inadequate", "current")}),
    # children in care and care leavers
    ("Ofsted said services for children in care were found to be good.", date(2019, 9, 1), "Wirral",
     {("Wirral", 2019, "in_care_and_care_leavers", "good", "current")}),
    ("Ofsted said services for children in care were found to be good.", date(2024, 9, 1), "Wirral",
     {("Wirral", 2024, "in_care", "good", "current")}),
    ("Looked after children and care leavers were rated as outstanding by Ofsted.", date(2021, 9, 1), "Wirral",
     {("Wirral", 2021, "in_care_and_care_leavers", "outstanding", "current")}),
    ("Ofsted judged the experiences and progress of care leavers to be outstanding.", date(2024, 9, 1), "Wirral",
     {("Wirral", 2024, "care_leavers", "outstanding", "current")}),
    ("In the Ofsted report, children in care and care leavers received a good rating.", date(2024, 9, 1), "Wirral",
     {("Wirral", 2024, "in_care", "good", "current"), ("Wirral", 2024, "care_leavers", "good", "current")}),
    ("Ofsted judged the experiences of children in care as requires improvement to be good, while care leavers "
     "were rated good.", date(2024, 9, 1), "Wirral",
     {("Wirral", 2024, "in_care", "requires_improvement", "current"), ("Wirral", 2024, "care_leavers", "good", "current")}),
    # leaders
    ("Ofsted said the impact of leaders on social work practice was good.", date(2019, 9, 1), "Wirral",
     {("Wirral", 2019, "leaders", "good", "current")}),
    ("Leadership was rated inadequate by Ofsted inspectors.", date(2016, 9, 1), "Wirral",
     {("Wirral", 2016, "leaders", "inadequate", "current")}),
    ("Ofsted rated leadership, management and governance as requires improvement.", date(2016, 9, 1), "Wirral",
     {("Wirral", 2016, "leaders", "requires_improvement", "current")}),
    ("The council was rated good overall by Ofsted, with leadership judged outstanding.", date(2019, 9, 1), "Wirral",
     {("Wirral", 2019, OVERALL, "good", "current"), ("Wirral", 2019, "leaders", "outstanding", "current")}),
    # the single inspection framework's other areas
    ("Adoption performance was judged outstanding by Ofsted.", date(2016, 9, 1), "Wirral",
     {("Wirral", 2016, "adoption", "outstanding", "current")}),
    ("Ofsted rated the Local Safeguarding Children Board as requires improvement.", date(2016, 9, 1), "Wirral",
     {("Wirral", 2016, "lscb", "requires_improvement", "current")}),
    ("Ofsted rated services for children looked after and achieving permanence as good.", date(2015, 9, 1), "Wirral",
     {("Wirral", 2015, "looked_after_permanence", "good", "current")}),
    # all areas, several areas
    ("Ofsted judged Kent's children's services inadequate in all areas.", date(2019, 9, 1), None,
     {("Kent", 2019, a, "inadequate", "current") for a in
      (OVERALL, "help_and_protection", "in_care_and_care_leavers", "leaders")}),
    ("Ofsted rated the council outstanding for leadership and for help and protection.", date(2019, 9, 1), "Kent",
     {("Kent", 2019, "leaders", "outstanding", "current"), ("Kent", 2019, "help_and_protection", "outstanding", "current")}),
    # earlier ratings
    ("Leeds City Council's children's services have been rated outstanding by Ofsted, up from good at its last "
     "inspection in 2015.", date(2018, 2, 1), None,
     {("Leeds", 2018, OVERALL, "outstanding", "current"), ("Leeds", 2015, OVERALL, "good", "previous")}),
    ("Sandwell, which was rated inadequate by Ofsted in 2018, is now rated requires improvement.", date(2022, 3, 1),
     None, {("Sandwell", 2018, OVERALL, "inadequate", "previous"),
            ("Sandwell", 2022, OVERALL, "requires_improvement", "current")}),
    ("Ofsted said the council's children's services had improved from inadequate to good.", date(2020, 3, 1), "Leeds",
     {("Leeds", None, OVERALL, "inadequate", "previous"), ("Leeds", 2020, OVERALL, "good", "current")}),
    ("Ofsted had previously rated the service requires improvement.", date(2020, 3, 1), "Leeds",
     {("Leeds", None, OVERALL, "requires_improvement", "previous")}),
    ("In 2017, Ofsted rated Rotherham's children's services as good.", date(2022, 3, 1), None,
     {("Rotherham", 2017, OVERALL, "good", "previous")}),
    # several authorities: only where the sentence says whose grade it is
    ("Ofsted rated Darlington's children's services as good, while neighbouring Stockton was judged outstanding.",
     date(2022, 12, 2), None, {("Darlington", 2022, OVERALL, "good", "current"),
                               ("Stockton-on-Tees", 2022, OVERALL, "outstanding", "current")}),
    # more publishers' wording
    ("A council's children's services department has been rated inadequate by Ofsted.", date(2021, 1, 1), "Slough",
     {("Slough", 2021, OVERALL, "inadequate", "current")}),
    ("Ofsted inspectors found serious and widespread failures and rated the service inadequate.",
     date(2021, 1, 1), "Slough",
     {("Slough", 2021, OVERALL, "inadequate", "current")}),
    ("Ofsted has upgraded Torbay's children's services from inadequate to requires improvement.",
     date(2021, 1, 1), None,
     {("Torbay", None, OVERALL, "inadequate", "previous"),
      ("Torbay", 2021, OVERALL, "requires_improvement", "current")}),
    ("The service, which was judged inadequate by Ofsted in 2019, has now been rated good in every area.",
     date(2023, 3, 1), "Bury",
     {("Bury", 2019, OVERALL, "inadequate", "previous")}
     | {("Bury", 2023, a, "good", "current") for a in (OVERALL, "help_and_protection", "in_care", "care_leavers", "leaders")}),
    ("Ofsted's latest report rated the council good across the board.", date(2020, 1, 1), "Bury",
     {("Bury", 2020, OVERALL, "good", "current")}),  # "across the board" names no area
    ("Council bosses said they were delighted that Ofsted had rated children's services in Torbay as good.",
     date(2022, 1, 1), None,
     {("Torbay", 2022, OVERALL, "good", "current")}),
    ("Ofsted said the authority's overall effectiveness was judged to require improvement to be good.",
     date(2022, 1, 1), "Bury",
     {("Bury", 2022, OVERALL, "requires_improvement", "current")}),
    ("Ofsted said the effectiveness of services for children in care was outstanding.", date(2024, 1, 1), "Bury",
     {("Bury", 2024, "in_care", "outstanding", "current")}),
    ("Last year, Ofsted rated the council's children's services as inadequate.", date(2020, 1, 1), "Bury",
     {("Bury", 2019, OVERALL, "inadequate", "previous")}),
    ("Ofsted rated the service good in 2019, but the council says it has since slipped.", date(2023, 1, 1), "Bury",
     {("Bury", 2019, OVERALL, "good", "previous")}),
    ("Staffordshire County Council's children's services have been judged as good by the education "
     "watchdog Ofsted.", date(2022, 1, 1), None,
     {("Staffordshire", 2022, OVERALL, "good", "current")}),
    ("The Ofsted inspection found children's services in Peterborough to be good.", date(2022, 1, 1), None,
     {("Peterborough", 2022, OVERALL, "good", "current")}),
    ("Surrey County Council's children's services have been rated by Ofsted as requiring improvement.",
     date(2022, 1, 1), None,
     {("Surrey", 2022, OVERALL, "requires_improvement", "current")}),
    ("Ofsted says Oldham's services for children and families remain inadequate.", date(2021, 1, 1), None,
     {("Oldham", 2021, OVERALL, "inadequate", "current")}),
    ("Children's services in Norfolk have improved to good, Ofsted inspectors found.", date(2022, 1, 1), None,
     {("Norfolk", 2022, OVERALL, "good", "current")}),
    ("The council's fostering service was rated outstanding by Ofsted.", date(2022, 1, 1), "Bury",
     set()),
    ("Ofsted said leaders had a good understanding of the service.", date(2022, 1, 1), "Bury",
     set()),
    ("Thurrock Council was rated good by Ofsted in its latest inspection of children's services.",
     date(2022, 1, 1), None,
     {("Thurrock", 2022, OVERALL, "good", "current")}),
    ("Ofsted: Croydon children's services no longer inadequate", date(2022, 1, 1), None,
     {("Croydon", None, OVERALL, "inadequate", "previous")}),  # the grade it had
    ("Services for children in Hackney have been rated requires improvement to be good by Ofsted, "
     "following a cyber attack.", date(2022, 1, 1), None,
     {("Hackney", 2022, OVERALL, "requires_improvement", "current")}),
    ("Ofsted rated Hackney as requires improvement after its inspection in December.", date(2022, 1, 20), None,
     {("Hackney", 2021, OVERALL, "requires_improvement", "current")}),
    ("Lambeth's children's services were rated good by Ofsted, with outstanding leadership.", date(2022, 1, 1), None,
     {("Lambeth", 2022, OVERALL, "good", "current")}),
    ("Ofsted said the care leavers' service was judged to be outstanding.", date(2024, 1, 1), "Bury",
     {("Bury", 2024, "care_leavers", "outstanding", "current")}),
    ("The Ofsted report judged the experiences and progress of children in care and care leavers to be "
     "good.", date(2020, 1, 1), "Bury",
     {("Bury", 2020, "in_care_and_care_leavers", "good", "current")}),
    ("Ofsted gave an inadequate judgement to the help and protection of children in Slough.", date(2019, 1, 1), None,
     {("Slough", 2019, "help_and_protection", "inadequate", "current")}),
    ("Blackpool Council's children's services remain inadequate, five years after they were first rated "
     "inadequate by Ofsted.", date(2023, 1, 1), None,
     {("Blackpool", 2023, OVERALL, "inadequate", "current")}),
    ("Gloucestershire County Council's children's services have been rated requires improvement by Ofsted "
     "- no longer inadequate.", date(2022, 1, 1), None,
     {("Gloucestershire", 2022, OVERALL, "requires_improvement", "current")}),
    # a subject that lists authorities gives each the grade
    ("Durham and Darlington were both rated good by Ofsted.", date(2022, 1, 1), None,
     {("Durham", 2022, OVERALL, "good", "current"), ("Darlington", 2022, OVERALL, "good", "current")}),
    ("Sunderland and Gateshead children's services were rated good by Ofsted.", date(2022, 1, 1), None,
     {("Sunderland", 2022, OVERALL, "good", "current"), ("Gateshead", 2022, OVERALL, "good", "current")}),
    ("The county council's children's services have been graded Good overall by Ofsted, with Outstanding "
     "for children in care.", date(2024, 1, 1), "Kent",
     {("Kent", 2024, OVERALL, "good", "current"), ("Kent", 2024, "in_care", "outstanding", "current")}),
    ("Ofsted judged help and protection good, as was leadership.", date(2019, 1, 1), "Kent",
     {("Kent", 2019, "help_and_protection", "good", "current"), ("Kent", 2019, "leaders", "good", "current")}),
    ("Ofsted said Kent's children's services were good in 2018 and outstanding in 2022.", date(2022, 11, 1), None,
     {("Kent", 2018, OVERALL, "good", "previous"), ("Kent", 2022, OVERALL, "outstanding", "current")}),
    ("Wokingham's children's services were judged outstanding, making it one of only a handful of councils"
     " in England to achieve the top Ofsted grade.", date(2022, 1, 1), None,
     {("Wokingham", 2022, OVERALL, "outstanding", "current")}),
    ("The Ofsted report said social workers were doing good work and leaders had an outstanding grip.",
     date(2022, 1, 1), "Kent",
     set()),
    ("Ofsted rated the council requires improvement, the same as in 2019.", date(2023, 1, 1), "Kent",
     {("Kent", 2023, OVERALL, "requires_improvement", "current"),
      ("Kent", 2019, OVERALL, "requires_improvement", "previous")}),
    ("Ofsted found children in care were well looked after and rated the service for them as good.",
     date(2020, 1, 1), "Kent",
     set()),
    ("Inspectors said the quality of social work was inadequate, Ofsted said.", date(2020, 1, 1), "Kent",
     set()),
    ("Ofsted inspectors rated the council good for its work with children in care.", date(2020, 1, 1), "Kent",
     set()),
    ("Under the previous framework, Leeds was rated good by Ofsted in 2014.", date(2019, 1, 1), None,
     {("Leeds", 2014, OVERALL, "good", "previous")}),
    ("The council received an Ofsted rating of requires improvement in 2016 and good in 2019.",
     date(2019, 6, 1), "Kent",
     {("Kent", 2016, OVERALL, "requires_improvement", "previous"), ("Kent", 2019, OVERALL, "good", "current")}),
    # before 2013
    ("Ofsted judged the overall effectiveness of safeguarding services to be adequate, with good capacity for "
     "improvement.", date(2011, 6, 1), "Leeds",
     {("Leeds", 2011, "pre2013_safeguarding_overall", "adequate", "current"),
      ("Leeds", 2011, "pre2013_safeguarding_capacity", "good", "current")}),
]


@pytest.mark.parametrize("text, published, authority, expected", VARIANTS, ids=[v[0][:60] for v in VARIANTS])
def test_wording_variants(text, published, authority, expected):
    assert claim_set(claims_from_text(text, published, authority)) == expected


NEGATIVES = [
    "Ofsted inspectors saw examples of good practice across the service.",
    "Good social work is thriving, Ofsted inspectors said.",
    "The council wants to be rated outstanding at its next Ofsted inspection.",
    "Ofsted said the service was not yet good enough.",
    "Ofsted grades councils as outstanding, good, requires improvement or inadequate.",
    "Neighbouring councils have been rated good by Ofsted.",
    "Nationally, around one in ten councils are rated outstanding by Ofsted.",
    "The school was rated good by Ofsted.",
    "The council's children's homes were rated outstanding by Ofsted.",
    "If the council were judged inadequate by Ofsted, the government could step in.",
    "Ofsted found that children in care make very good progress.",
    "It is good news for the town, the council leader said after the Ofsted inspection.",
    "Ofsted said Darlington was close to being rated inadequate.",
    "Foster carers told Ofsted the support was outstanding.",
    "We are proud that our staff are outstanding, she said of the Ofsted report.",
    "Ofsted branded another North East council's children's services as inadequate.",
    "It is extremely rare for Ofsted to rate these type of services as outstanding.",
    "Ofsted's report said Middlesbrough had made good progress since 2019.",
    "The council is working towards a good rating at its next Ofsted inspection.",
    "Children's services were rated good in three of the four areas, Ofsted said.",
    "Children's services were rated good.",  # no word of Ofsted or an inspection in the text
]


@pytest.mark.parametrize("text", NEGATIVES)
def test_no_claim_where_none_is_made(text):
    assert claims_from_text(text, date(2022, 6, 1), "Leeds") == []


def test_inspection_dates_the_text_states():
    reading = read_article("The Ofsted inspection took place between 10 and 21 October 2022. Children's services "
                           "in Darlington were rated good.", date(2022, 12, 2))
    assert (reading.inspection_start, reading.inspection_end) == (date(2022, 10, 10), date(2022, 10, 21))
    assert reading.judgements == {"overall_effectiveness": "good"}


def test_an_earlier_inspection_does_not_date_the_article():
    reading = read_article("Since the last inspection in 2012, Darlington's services have declined, and Ofsted "
                           "has now rated them inadequate.", date(2015, 9, 1))
    assert reading.year == 2015
    assert claim_set(reading.claims) == {("Darlington", 2015, OVERALL, "inadequate", "current")}


def test_an_article_about_several_authorities_has_no_main_one():
    reading = read_article("Ofsted has rated Sunderland's children's services inadequate. Gateshead's children's "
                           "services were rated outstanding. Both councils said they welcomed the reports.",
                           date(2015, 7, 1))
    assert reading.local_authority is None and reading.judgements == {}
    assert claim_set(reading.claims) == {("Gateshead", 2015, OVERALL, "outstanding", "current"),
                                      ("Sunderland", 2015, OVERALL, "inadequate", "current")}


# -- whole articles, written in the manner of other publishers ---------------------------------

BBC_STYLE = """Middlesbrough children's services no longer 'inadequate', says Ofsted
Children's services in Middlesbrough have been rated as 'requires improvement to be good' by Ofsted, two years after they were judged inadequate.
Inspectors found that the experiences and progress of children who need help and protection now require improvement, while leadership was rated good.
Mayor Chris Cooke said the council had "worked tirelessly" and was aiming for a good rating next time.
Neighbouring Redcar and Cleveland was rated good in 2019."""

COUNCIL_STYLE = """Ofsted praises 'outstanding' children's services
North Tyneside Council's children's services have been rated outstanding in every area by Ofsted.
The council was previously rated good in 2018.
Director of children's services Jane Smith said: "This outstanding result is down to our staff."
"We have always believed good social work changes lives," she added."""

PAPER_STYLE = """Council's children's services 'inadequate'
A council's children's services have been judged inadequate by Ofsted inspectors, who found children were left at risk of harm.
The report into Somerset Council, published on Tuesday, said leaders did not have a good enough understanding of frontline practice.
Help and protection for children was inadequate, inspectors said, while services for children in care required improvement.
The council was rated good at its previous inspection in 2017."""

TWO_COUNCILS = """Gateshead and Newcastle children's services inspected
Ofsted has published reports on two Tyneside councils. Gateshead was rated good, and Newcastle was rated outstanding.
Both councils welcomed the findings."""


@pytest.mark.parametrize("text, published, authority, expected", [
    (BBC_STYLE, date(2022, 7, 15), "Middlesbrough", {
        ("Middlesbrough", 2022, OVERALL, "requires_improvement", "current"),
        ("Middlesbrough", 2022, "help_and_protection", "requires_improvement", "current"),
        ("Middlesbrough", 2022, "leaders", "good", "current"),
        ("Middlesbrough", None, OVERALL, "inadequate", "previous"),  # "no longer 'inadequate'"
        ("Redcar and Cleveland", 2019, OVERALL, "good", "previous")}),
    (COUNCIL_STYLE, date(2023, 6, 1), "North Tyneside", {
        *{("North Tyneside", 2023, a, "outstanding", "current")
          for a in (OVERALL, "help_and_protection", "in_care", "care_leavers", "leaders")},
        ("North Tyneside", 2018, OVERALL, "good", "previous")}),
    (PAPER_STYLE, date(2024, 3, 5), "Somerset", {
        ("Somerset", 2024, OVERALL, "inadequate", "current"),
        ("Somerset", 2024, "help_and_protection", "inadequate", "current"),
        ("Somerset", 2024, "in_care", "requires_improvement", "current"),  # "required improvement": past tense
        ("Somerset", 2017, OVERALL, "good", "previous")}),
    (TWO_COUNCILS, date(2019, 2, 1), None, {
        ("Gateshead", 2019, OVERALL, "good", "current"),
        ("Newcastle upon Tyne", 2019, OVERALL, "outstanding", "current")}),
], ids=["bbc", "council", "paper", "two-councils"])
def test_whole_articles(text, published, authority, expected):
    reading = read_article(text, published)
    assert reading.local_authority == authority
    assert claim_set(reading.claims) == expected


def test_a_grade_list_in_an_announcement():
    text = """Kent County Council's children's services have been inspected by Ofsted.
The inspection judged:
- Overall effectiveness: Good
- The experiences and progress of children who need help and protection: Good
- The experiences and progress of children in care: Outstanding
| Judgement | Grade |
| The impact of leaders on social work practice | Good |
| Care leavers | Requires improvement to be good |
Ofsted verdict: inadequate"""
    assert claim_set(claims_from_text(text, date(2024, 3, 1))) == {
        ("Kent", 2024, OVERALL, "good", "current"), ("Kent", 2024, "help_and_protection", "good", "current"),
        ("Kent", 2024, "in_care", "outstanding", "current"), ("Kent", 2024, "leaders", "good", "current"),
        ("Kent", 2024, "care_leavers", "requires_improvement", "current")}


# more wording, and sentences that claim nothing or not what they seem to
MORE_VARIANTS = [
    ("Ofsted has judged Warrington Borough Council's children's services to be good.",
     date(2019, 4, 1), None,
     {("Warrington", 2019, OVERALL, "good", "current")}),
    ("The children's services department at Wakefield Council has been given a 'requires improvement' rating "
     "by Ofsted.",
     date(2022, 4, 1), None,
     {("Wakefield", 2022, OVERALL, "requires_improvement", "current")}),
    ("Swindon's children's services were found to be inadequate in a damning Ofsted report.",
     date(2019, 4, 1), None,
     {("Swindon", 2019, OVERALL, "inadequate", "current")}),
    ("Bolton Council said it was 'disappointed' after Ofsted rated its children's services as requiring "
     "improvement.",
     date(2019, 4, 1), None,
     {("Bolton", 2019, OVERALL, "requires_improvement", "current")}),
    ("Ofsted found that leaders in Herefordshire had failed to act and rated services for vulnerable children "
     "as inadequate.",
     date(2022, 8, 1), None,
     {("Herefordshire", 2022, OVERALL, "inadequate", "current")}),
    ("Ofsted said the quality of help and protection for children was good, while services for care leavers "
     "were outstanding.",
     date(2024, 8, 1), "Sefton",
     {("Sefton", 2024, "help_and_protection", "good", "current"),
      ("Sefton", 2024, "care_leavers", "outstanding", "current")}),
    ("Inspectors rated all four areas as good.",
     date(2019, 8, 1), "Sefton",
     set()),
    ("Ofsted inspectors rated all areas good.",
     date(2019, 8, 1), "Sefton",
     set()),
    ("Lincolnshire remains one of only a few councils rated outstanding in every area by Ofsted.",
     date(2019, 8, 1), None,
     {("Lincolnshire", 2019, a, "outstanding", "current") for a in (OVERALL, "help_and_protection", "in_care_and_care_leavers", "leaders")}),
    ("Ofsted said Cornwall's children's services were 'good with outstanding leadership'.",
     date(2019, 8, 1), None,
     {("Cornwall", 2019, OVERALL, "good", "current")}),
    ("The council's rating has gone from inadequate to good in just three years, Ofsted said.",
     date(2021, 8, 1), "Sefton",
     {("Sefton", None, OVERALL, "inadequate", "previous"), ("Sefton", 2021, OVERALL, "good", "current")}),
    ("Ofsted said the service for care leavers had declined from good to requires improvement.",
     date(2024, 8, 1), "Sefton",
     {("Sefton", None, "care_leavers", "good", "previous"),
      ("Sefton", 2024, "care_leavers", "requires_improvement", "current")}),
    ("In 2019 Ofsted rated Sefton inadequate; this time it is good.",
     date(2023, 8, 1), None,
     {("Sefton", 2019, OVERALL, "inadequate", "previous")}),
    ("Ofsted inspectors praised the 'outstanding' work of foster carers.",
     date(2023, 8, 1), "Sefton",
     set()),
    ("The council is rated good by Ofsted and has a good record on adoption.",
     date(2023, 8, 1), "Sefton",
     {("Sefton", 2023, OVERALL, "good", "current")}),
    ("Ofsted: 'Serious concerns' over Tameside children's services, rated inadequate",
     date(2016, 8, 1), None,
     {("Tameside", 2016, OVERALL, "inadequate", "current")}),
    ("Children's services in Enfield have retained their 'outstanding' Ofsted rating.",
     date(2024, 8, 1), None,
     {("Enfield", 2024, OVERALL, "outstanding", "current")}),
    ("Ofsted judged the leadership of children's services in Lewisham to require improvement.",
     date(2019, 8, 1), None,
     {("Lewisham", 2019, "leaders", "requires_improvement", "current")}),
    ("Ofsted said that Haringey, which had been rated inadequate, had improved.",
     date(2019, 8, 1), None,
     {("Haringey", None, OVERALL, "inadequate", "previous")}),
    ("Schools in Hull were mostly rated good by Ofsted last year.",
     date(2019, 8, 1), None,
     set()),
    ("A spokesperson for Ofsted said it would not comment on whether the council would be rated inadequate.",
     date(2019, 8, 1), "Sefton",
     set()),
    ("Ofsted said it was good to see improvements in Sefton.",
     date(2019, 8, 1), None,
     set()),
]


@pytest.mark.parametrize("text, published, authority, expected", MORE_VARIANTS, ids=[v[0][:60] for v in MORE_VARIANTS])
def test_more_wording_variants(text, published, authority, expected):
    assert claim_set(claims_from_text(text, published, authority)) == expected
