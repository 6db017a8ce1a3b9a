"""The language of per-area grades: how real writers state the grade of one judged area or several
(the impact of leaders, help and protection, children in care, care leavers, adoption, the LSCB)
beside or instead of the overall grade. Short real excerpts (each with its address; none from the
article set's held-out part nor the reserved list, all about authorities of the North West, North
East, Yorkshire and the Humber and the West Midlands) and forms of our own written the same ways:
long Ofsted names, judgement tables copied as text (an area on one line and its grade on the next,
"(rated good)" after an area, "Area - Grade"), lists of areas closed by one grade, heads that grade
the list after them, "across a range of services including ...", and what is none of these."""
from __future__ import annotations

from datetime import date

import pytest
from seeds import claim_set

from extractors import article_area_table as table
from extractors.article_claims import claims_from_text

O = "overall_effectiveness"
H = "help_and_protection"
IC = "in_care"
CL = "care_leavers"
ICL = "in_care_and_care_leavers"
L = "leaders"
A = "adoption"
LAP = "looked_after_permanence"
LSCB = "lscb"
RI = "requires_improvement"
D25 = date(2025, 6, 1)
D19 = date(2019, 5, 8)
D15 = date(2015, 7, 20)


def claims(text, published, authority=None):
    return claim_set(claims_from_text(text, published, authority))


# -- an area on one line, its grade on the next (a judgement table copied as text) -----------------
# Form of the Stockport 2025 judgements as a community site listed them (notreallyhere.co.uk) and of
# Ofsted's own table, an area a line and its grade below it.
STOCKPORT_TABLE = """Stockport children's services require improvement, Ofsted says.
The impact of leaders on social work practice with children and families
Requires improvement to be good
The experiences and progress of children who need help and protection
Good
The experiences and progress of children in care
Requires improvement to be good
The experiences and progress of care leavers
Good"""


def test_a_table_of_areas_with_each_grade_on_the_next_line():
    assert claims(STOCKPORT_TABLE, D25) == {
        ("Stockport", 2025, O, RI, "current"), ("Stockport", 2025, L, RI, "current"),
        ("Stockport", 2025, H, "good", "current"), ("Stockport", 2025, IC, RI, "current"),
        ("Stockport", 2025, CL, "good", "current")}


def test_a_table_of_the_single_inspection_framework_with_numbers():
    text = """Ofsted says children's services in Salford are good.
1. Children who need help and protection
Good
2. Children looked after and achieving permanence
Good
2.1 Adoption performance
Outstanding
2.2 Experiences and progress of care leavers
Requires improvement
3. Leadership, management and governance
Good"""
    assert claims(text, date(2015, 3, 1)) == {
        ("Salford", 2015, O, "good", "current"), ("Salford", 2015, H, "good", "current"),
        ("Salford", 2015, LAP, "good", "current"), ("Salford", 2015, A, "outstanding", "current"),
        ("Salford", 2015, CL, RI, "current"), ("Salford", 2015, L, "good", "current")}


# -- an area and its grade on one line ------------------------------------------------------------
# businesslancashire.co.uk/2023/01/30/ofsted-rates-lancashire-county-councils-childrens-services-as-good:
# "The impact of leaders on social work practice with children and families (rated good)"
LANCASHIRE = """Ofsted rates Lancashire County Council's children's services as 'Good'
Here's what the report said:
The impact of leaders on social work practice with children and families (rated good)
"Senior leaders work closely with politicians who are child-focused."
The experiences and progress of children in care and care leavers (rated good)
"Children who live in lasting homes are helped to celebrate."
"""


def test_an_area_heading_with_its_grade_in_brackets():
    assert claims(LANCASHIRE, date(2023, 1, 30)) == {
        ("Lancashire", 2023, O, "good", "current"), ("Lancashire", 2023, L, "good", "current"),
        ("Lancashire", 2023, ICL, "good", "current")}


@pytest.mark.parametrize("line, expected", [
    ("The experiences and progress of care leavers - Inadequate", ({"leavers"}, "inadequate", True)),
    ("Help and protection: requires improvement to be good", ({"help"}, RI, True)),
    ("Children who need help and protection (judged: good)", ({"help"}, "good", True)),
    ("- Adoption performance - Outstanding", ({"adoption"}, "outstanding", True)),
    ("Leadership, management and governance Good", ({"leaders"}, "good", False)),
    # not an area alone: an aspect of it, a sentence, a grade of something else
    ("The quality of support for care leavers - good", None),
    ("Care leavers told inspectors the support was good", None),
    ("Children's homes: good", None),
])
def test_one_line_of_an_area_and_its_grade(line, expected):
    got = table.graded_line(line.lower())
    assert (got and (got[0], got[1], got[2])) == expected or (got is None and expected is None)


def test_a_bare_area_and_grade_line_counts_only_in_a_run_of_such_lines():
    one = [("wigan children's services rated good by ofsted.", frozenset({"Wigan"})),
           ("leadership, management and governance outstanding", frozenset())]
    assert table.table_grades(one, "Wigan") == []
    run = [*one, ("children who need help and protection good", frozenset())]
    assert table.table_grades(run, "Wigan") == [(1, "outstanding", frozenset({"leaders"}), "Wigan"),
                                                 (2, "good", frozenset({"help"}), "Wigan")]
    # whose table: the authority the line before it names, even in a piece of no one authority; with no
    # authority named before it, nobody's
    assert table.table_grades(run, None) == table.table_grades(run, "Wigan")
    assert table.table_grades([("the latest ratings.", frozenset()), *run[1:]], None) == []


# -- a list of areas, one a line, closed by one grade ---------------------------------------------
# gateshead.gov.uk/article/31150/Young-people-are-being-heard-praise-inspectors (2025): five key
# areas listed, then "All five areas were judged to be "good.""
GATESHEAD = """Gateshead Council's children's services have been judged "good" by Ofsted.
Inspectors looked at five key areas:
\u2022 The impact of leaders on social work practice with children and families
\u2022 The experiences and progress of children who need help and protection
\u2022 The experiences and progress of children in care
\u2022 The experiences and progress of care leavers
\u2022 Overall effectiveness
All five areas were judged to be "good.\""""


def test_a_list_of_areas_closed_by_one_grade_for_all():
    assert claims(GATESHEAD, date(2025, 1, 20)) == {
        ("Gateshead", 2025, area, "good", "current") for area in (O, L, H, IC, CL)}


@pytest.mark.parametrize("line, expected", [
    ("all five areas were judged to be good.", ("good", 5)),
    ("each of these was rated outstanding", ("outstanding", None)),
    ("these areas were all judged inadequate.", ("inadequate", None)),
    ("all four were rated as requires improvement to be good", (RI, 4)),
    ("all areas of practice were good for children", None),
    ("all of the staff were good", None),
])
def test_a_closing_line(line, expected):
    assert table.closing(line) == expected


def test_a_closing_line_whose_count_is_not_the_list_gives_nothing():
    text = GATESHEAD.replace("All five areas", "All four areas")
    assert claims(text, date(2025, 1, 20)) == {("Gateshead", 2025, O, "good", "current")}


# -- a head that grades the list after it ----------------------------------------------------------
# itv.com/news/tyne-tees/topic/ofsted/ (Sunderland, 2015): "Among the areas ruled inadequate are:"
# then "Child protection", "Adoption", "Children in care", one a line
SUNDERLAND_ITV = """Children 'being left unsafe' in Sunderland, says Ofsted
A shocking report into Sunderland Council's children's services has criticised widespread failures and poor leadership.
Among the areas ruled inadequate are:
\u2022 Child protection
\u2022 Adoption
\u2022 Children in care"""


def test_a_head_grading_the_areas_listed_under_it():
    assert {("Sunderland", 2015, H, "inadequate", "current"), ("Sunderland", 2015, A, "inadequate", "current"),
            ("Sunderland", 2015, LAP, "inadequate", "current")} <= claims(SUNDERLAND_ITV, D15)


def test_a_head_of_an_earlier_inspection_gives_no_current_grades():
    text = SUNDERLAND_ITV.replace("Among the areas ruled", "At the previous inspection, the areas ruled")
    assert not {c for c in claims(text, D15) if c[4] == "current" and c[2] != O}


# -- a grade across services, some named ----------------------------------------------------------
# newssniffer.co.uk/articles/988046/diff/0/1 (BBC, Sunderland 2015): "An Ofsted report rated the city
# council as inadequate across a range of services including child protection, adoption, and children in care."
def test_a_grade_across_a_range_of_services_including_named_areas():
    text = ("Ofsted rates Sunderland children's services inadequate\n"
            "An Ofsted report rated the city council as inadequate across a range of services including child "
            "protection, adoption, and children in care.")
    assert claims(text, D15) == {
        ("Sunderland", 2015, O, "inadequate", "current"), ("Sunderland", 2015, H, "inadequate", "current"),
        ("Sunderland", 2015, A, "inadequate", "current"), ("Sunderland", 2015, LAP, "inadequate", "current")}


def test_a_grade_across_areas_including_ones_of_our_own_wording():
    text = ("Ofsted has rated Bolton Council's children's services good in all areas, including the impact of "
            "leaders and help and protection.")
    assert {("Bolton", 2024, L, "good", "current"), ("Bolton", 2024, H, "good", "current")} <= claims(
        text, date(2024, 3, 1))


# -- lines that are no table -----------------------------------------------------------------------
def test_lines_naming_another_council_or_no_area_give_no_area_grade():
    text = """Wirral children's services rated good by Ofsted.
Neighbouring Cheshire West and Chester's children in care
Outstanding
Care leavers told inspectors their support was
good"""
    assert claims(text, date(2024, 3, 1)) == {("Wirral", 2024, O, "good", "current")}


def test_a_grade_line_with_more_than_a_grade_is_no_table():
    text = """Rotherham children's services rated outstanding by Ofsted.
The experiences and progress of care leavers
Good progress has been made since the last inspection."""
    assert claims(text, date(2024, 3, 1)) == {("Rotherham", 2024, O, "outstanding", "current")}


# -- sentences the reader already read: real forms kept as they are read --------------------------
REAL_SENTENCES = [
    # wakefieldexpress.co.uk/education/wakefield-council-complained-to-ofsted-over-childrens-services-inspection-5301144
    ("Wakefield Council made the complaint despite inspectors giving its children's services an overall rating of "
     "good and judging provision for children in care as outstanding. However, following the assessment in March "
     "this year, inspectors said services for care leavers required improvement.", date(2025, 8, 1),
     {("Wakefield", 2025, O, "good", "current"), ("Wakefield", 2025, IC, "outstanding", "current"),
      ("Wakefield", 2025, CL, RI, "current")}),
    # cypnow.co.uk/content/news/reduced-caseloads-net-council-good-ofsted-rating (York 2016)
    ("York City Council's children's services have been rated good by Ofsted. The inspection also looked at the work "
     "of the local safeguarding children board, which was graded as outstanding for building strong partnerships.",
     date(2016, 2, 1), {("York", 2016, O, "good", "current"), ("York", 2016, LSCB, "outstanding", "current")}),
]


@pytest.mark.parametrize("text, published, expected", REAL_SENTENCES, ids=[t[0][:60] for t in REAL_SENTENCES])
def test_real_sentences(text, published, expected):
    assert claims(text, published) == expected


# -- a count of areas with their grade, then the areas named --------------------------------------
# southyorkshire.icb.nhs.uk/news/ofsted-rates-rotherhams-childrens-services-outstanding (Rotherham 2025)
ROTHERHAM = ("Rotherham Council's Children and Young People's Services have been rated 'Outstanding' overall following "
             "Ofsted's most recent inspection.\nFour out of five inspection areas were judged Outstanding: the impact of "
             "leaders on social work practice, the experiences and progress of children who need help and protection, the "
             "experiences and progress of children in care, and overall effectiveness. The experiences and progress of "
             "care leavers was rated Good.")


def test_a_count_of_areas_judged_one_grade_then_the_areas():
    assert claims(ROTHERHAM, date(2025, 12, 1)) == {
        ("Rotherham", 2025, O, "outstanding", "current"), ("Rotherham", 2025, L, "outstanding", "current"),
        ("Rotherham", 2025, H, "outstanding", "current"), ("Rotherham", 2025, IC, "outstanding", "current"),
        ("Rotherham", 2025, CL, "good", "current")}


@pytest.mark.parametrize("sentence, expected", [
    ("Two of the five areas rated are already good, including the adoption service and the experience and progress "
     "of care leavers.", {A, CL}),
    ("Three out of four areas were judged inadequate - help and protection, children in care and care leavers.",
     {H, LAP, CL}),
    ("Two of the four areas were rated good, namely leadership and help and protection.", {L, H}),
])
def test_counted_areas_of_our_own_wording(sentence, expected):
    text = "Ofsted has inspected Calderdale Council's children's services. " + sentence
    got = {c[2] for c in claims(text, date(2016, 3, 1)) if c[0] == "Calderdale"}
    assert expected <= got


# -- "both for", "around", "also for": the prepositions before an area list ------------------------
# trafford.gov.uk (2019), the council's release as the article set holds it, in these words:
TRAFFORD = ("The Children's Services regulator, Ofsted, has rated Trafford Council's Children's Social Care Services "
            "'inadequate' both for the 'impact of leaders on social work practice with children and families' and, also, "
            "for 'overall effectiveness.'\nFurthermore, the services 'require improvement to be good' around 'children who "
            "need help and protection' and also for 'children in care and care leavers.'")


def test_both_for_and_around_before_the_areas():
    assert claims(TRAFFORD, D19) == {
        ("Trafford", 2019, O, "inadequate", "current"), ("Trafford", 2019, L, "inadequate", "current"),
        ("Trafford", 2019, H, RI, "current"), ("Trafford", 2019, ICL, RI, "current")}


@pytest.mark.parametrize("sentence, expected", [
    ("Ofsted has rated Trafford Council's children's services inadequate both for leadership and for help and "
     "protection.", {("Trafford", 2019, L, "inadequate", "current"), ("Trafford", 2019, H, "inadequate", "current")}),
    ("Ofsted has rated Trafford Council's children's services good around the impact of leaders.",
     {("Trafford", 2019, L, "good", "current")}),
    # "around" and "both" before anything but an area: no grade of an area, and no grade at all
    ("Ofsted said Trafford Council's staff were good around the office.", set()),
    ("Ofsted said Trafford Council's social workers were good both in visits and in records.", set()),
])
def test_both_for_and_around_of_our_own_wording(sentence, expected):
    assert claims(sentence, D19) == expected


# -- whose areas in a piece about several authorities ----------------------------------------------
# A round-up names one council, then grades areas without naming it again: the areas are that
# council's, not the article's first (forms of our own, as trade round-ups write them).
ROUND_UP = """Ofsted round-up: latest children's services inspections
Wigan Council's children's services have been rated good by Ofsted. Leadership, management and governance was judged outstanding, while adoption performance was rated good.
Meanwhile, Bolton Council was rated requires improvement. The experiences and progress of care leavers were judged inadequate."""


def test_areas_after_another_council_is_named_are_that_councils():
    got = claims(ROUND_UP, date(2016, 3, 1))
    assert ("Bolton", 2016, CL, "inadequate", "current") in got
    assert not {c for c in got if c[0] == "Wigan" and c[2] == CL}
    assert {("Wigan", 2016, L, "outstanding", "current"), ("Wigan", 2016, A, "good", "current")} <= got


def test_a_table_under_another_councils_heading_is_that_councils():
    text = """Ofsted round-up: latest children's services inspections
Wigan
Wigan Council's children's services have been rated good by Ofsted.
Leadership, management and governance: outstanding
Bolton
Bolton Council's children's services require improvement, Ofsted said.
Children who need help and protection: requires improvement"""
    got = claims(text, date(2016, 3, 1))
    assert ("Bolton", 2016, H, RI, "current") in got and ("Wigan", 2016, L, "outstanding", "current") in got
    assert not {c for c in got if c[0] == "Wigan" and c[2] == H}


def test_areas_after_a_partner_named_in_passing_stay_the_articles():
    text = ("Wigan Council's children's services have been rated good by Ofsted.\n"
            "Inspectors visited Wigan in January.\n"
            "The council has worked with Bolton Council on its improvement plan.\n"
            "Leadership was judged outstanding.")
    got = claims(text, date(2016, 3, 1))
    assert ("Wigan", 2016, L, "outstanding", "current") in got and not {c for c in got if c[0] == "Bolton"}


# -- a series of areas, each with its own grade, in one sentence ------------------------------------
from extractors.article_area_series import series_grades  # noqa: E402


@pytest.mark.parametrize("sentence, expected", [
    # grades in brackets
    ("leadership (outstanding), help and protection (good) and children in care (good) were all praised.",
     [("outstanding", {"leaders"}), ("good", {"help"}), ("good", {"in_care"})]),
    # after a colon
    ("the grades were: leaders outstanding, help and protection good, children in care good and care leavers "
     "requires improvement.",
     [("outstanding", {"leaders"}), ("good", {"help"}), ("good", {"in_care"}), (RI, {"leavers"})]),
    ("the judgements were as follows: help and protection - good; care leavers - inadequate",
     [("good", {"help"}), ("inadequate", {"leavers"})]),
    # a rating verb, then "<grade> for <areas>" again and again
    ("bury was graded good for overall effectiveness; outstanding for the impact of leaders; good for help and "
     "protection; and requires improvement for care leavers.",
     [("good", {"effectiveness"}), ("outstanding", {"leaders"}), ("good", {"help"}), (RI, {"leavers"})]),
    ("the services were rated good overall by ofsted, outstanding for the impact of leaders, good for help and "
     "protection and requires improvement for care leavers.",
     [("good", {"effectiveness"}), ("outstanding", {"leaders"}), ("good", {"help"}), (RI, {"leavers"})]),
    # a judgement table flattened into one line (as pages copy Ofsted's table)
    ("judgement grade overall effectiveness good the impact of leaders on social work practice with children and "
     "families outstanding the experiences and progress of children who need help and protection good",
     [("good", {"effectiveness"}), ("outstanding", {"leaders"}), ("good", {"help"})]),
    ("impact of leaders - outstanding | help and protection - good | children in care and care leavers - inadequate",
     [("outstanding", {"leaders"}), ("good", {"help"}), ("inadequate", {"in_care_and_leavers"})]),
    # no series: one item, words that are no area, hopes, an earlier inspection
    ("care leavers told inspectors: support was good, and staff were good.", []),
    ("leadership (outstanding) was praised.", []),
    ("we hope to be rated outstanding for leadership and good for help and protection.", []),
    ("in 2015 it was rated good for leadership and outstanding for adoption.", []),
    ("the council's staff (good) and managers (outstanding) were thanked.", []),
])
def test_a_series_of_areas_each_with_its_grade(sentence, expected):
    assert series_grades(sentence) == [(g, frozenset(k)) for g, k in expected]


def test_a_series_in_an_article_gives_the_areas_their_grades():
    text = ("Bury Council's children's services have been rated good by Ofsted. Leadership (outstanding), help and "
            "protection (good) and children in care (good) were all praised.")
    assert claims(text, date(2024, 3, 1)) == {
        ("Bury", 2024, O, "good", "current"), ("Bury", 2024, L, "outstanding", "current"),
        ("Bury", 2024, H, "good", "current"), ("Bury", 2024, IC, "good", "current")}


def test_an_undated_page_naming_the_2013_framework_judgements_codes_its_areas_so():
    text = ("Ofsted has rated Oldham Council's children's services requires improvement.\n"
            "Leadership, management and governance was judged good, and services for children in care were rated good.")
    got = claims(text, None)
    assert ("Oldham", None, "looked_after_permanence", "good", "current") in got
    assert ("Oldham", None, L, "good", "current") in got


# -- long names, asides and shared grades -------------------------------------------------------------
@pytest.mark.parametrize("name", [
    "the experiences and progress of children in care and for those children leaving care",
    "the experiences and progress of children in care, and of care leavers",
    "children in care and of young people leaving care",
])
def test_long_names_of_children_in_care_and_care_leavers_are_one_area(name):
    text = f"Torbay Council's children's services have been rated good by Ofsted. Ofsted judged {name} to be good."
    got = claims(text, date(2022, 6, 1))
    assert ("Torbay", 2022, ICL, "good", "current") in got and not {c for c in got if c[2] == IC}


# blackpool.gov.uk (2023), as the article set holds it: "... provides 'good' services for children in care
# and care leavers, with an overall classification of Requires Improvement."
@pytest.mark.parametrize("noun", ["classification", "rating", "grade", "judgement"])
def test_an_overall_grade_in_an_aside_after_areas_is_the_overall_grade(noun):
    text = (f"Inspectors found that Blackpool Council provides good services for children in care and care leavers, "
            f"with an overall {noun} of requires improvement, Ofsted said.")
    got = claims(text, date(2023, 2, 1))
    assert ("Blackpool", 2023, O, RI, "current") in got
    assert not {c for c in got if c[2] != O and c[3] == RI}


@pytest.mark.parametrize("sentence, published, expected", [
    # messenger newspapers (Trafford, 2019), as the article set holds it
    ('The "experiences and progress of children who need help and protection" were said to "require improvement", '
     'as were "the experiences and progress of children in care and care leavers".', D19, {(H, RI), (ICL, RI)}),
    ("Adoption services were rated good, as was support for young people leaving care.", date(2016, 3, 1),
     {("adoption", "good"), (CL, "good")}),
    ("Help and protection was judged inadequate, as were services for children in care.", date(2024, 3, 1),
     {(H, "inadequate"), (IC, "inadequate")}),
    # "as were" with no area after it: nothing more
    ("Help and protection was judged inadequate, as were the council's finances.", D19, {(H, "inadequate")}),
])
def test_a_grade_shared_with_areas_named_after_it(sentence, published, expected):
    got = claims("Ofsted inspected Trafford Council's children's services. " + sentence, published)
    assert {(c[2], c[3]) for c in got if c[2] != O} == expected


# -- a sentence broken over lines (minutes and PDFs copied as text) ------------------------------------
from extractors.sentences import unwrap  # noqa: E402


def test_a_sentence_broken_over_lines_is_read_whole():
    text = ("Bury Council's children's services have been rated good by Ofsted.\n"
            "The experiences and progress of children who need help and protection\n"
            "were judged to be outstanding, inspectors said.\n"
            "Inspectors rated the council outstanding for the experiences and\n"
            "progress of children in care.")
    assert claims(text, date(2024, 3, 1)) == {
        ("Bury", 2024, O, "good", "current"), ("Bury", 2024, H, "outstanding", "current"),
        ("Bury", 2024, IC, "outstanding", "current")}


@pytest.mark.parametrize("text, expected", [
    ("Headline with no stop\nbody begins here", "Headline with no stop\nbody begins here"),  # the headline stands alone
    ("Title\nFirst line ends\nwith more words.", "Title\nFirst line ends with more words."),
    ("Title\nA heading\nA paragraph.", "Title\nA heading\nA paragraph."),  # a capital begins a new line
    ("Title\nA sentence ends.\nlower case after a stop", "Title\nA sentence ends.\nlower case after a stop"),
    ("Title\nThe areas were:\nchild protection", "Title\nThe areas were:\nchild protection"),
    ("Title\nPublished today\ndate 2018-08-17 Lancashire", "Title\nPublished today\ndate 2018-08-17 Lancashire"),
])
def test_which_line_breaks_fall_inside_a_sentence(text, expected):
    assert "\n".join(unwrap(text.split("\n"))) == expected


# -- an area alone on its line, graded by reference on the next ------------------------------------------
@pytest.mark.parametrize("second, expected", [
    ("Ofsted rated this area as outstanding, saying children live in stable homes.", {(IC, "outstanding")}),
    ("This was judged to be good.", {(IC, "good")}),
    ("This area was rated requires improvement to be good.", {(IC, RI)}),
    # not a grade of the area: an adjective, a grade of something else, a hope
    ("It was good to see children thriving.", set()),
    ("Inspectors found this good practice in several teams.", set()),
])
def test_an_area_heading_graded_by_reference_on_the_next_line(second, expected):
    text = f"Bury Council's children's services have been rated good by Ofsted.\nChildren in care\n{second}"
    got = claims(text, date(2024, 3, 1))
    assert {(c[2], c[3]) for c in got if c[2] != O} == expected


# -- areas in brackets after a count of areas -----------------------------------------------------------
@pytest.mark.parametrize("text, published, expected", [
    ("Bury Council's children's services have been rated good overall by Ofsted, and outstanding in two areas (the "
     "impact of leaders and the experiences of children in care).", date(2024, 3, 1),
     {(O, "good"), (L, "outstanding"), (IC, "outstanding")}),
    ("Bury Council's children's services have been rated requires improvement by Ofsted, but good in three areas "
     "(adoption, care leavers and leadership).", date(2016, 3, 1),
     {(O, RI), (A, "good"), (CL, "good"), (L, "good")}),
    ("Bury Council's children's services have been rated good by Ofsted in all four areas (leadership, help and "
     "protection, children in care and care leavers).", date(2024, 3, 1),
     {(O, "good"), (L, "good"), (H, "good"), (IC, "good"), (CL, "good")}),
    # "by Ofsted in 2019": a year, no areas
    ("Bury Council's children's services were rated good by Ofsted in 2019.", date(2024, 3, 1), {(O, "good")}),
])
def test_areas_in_brackets_after_a_count_of_areas(text, published, expected):
    got = claims(text, published)
    assert {(c[2], c[3]) for c in got} == expected


# -- cut-off text -----------------------------------------------------------------------------------------
def test_a_list_cut_off_by_the_end_of_the_text_gives_only_the_areas_it_names_whole():
    text = ("Ofsted has rated Bury Council's children's services good, with outstanding ratings for leadership, help "
            "and protection and children in ca")
    assert claims(text, date(2024, 3, 1)) == {("Bury", 2024, O, "good", "current"),
                                              ("Bury", 2024, L, "outstanding", "current"),
                                              ("Bury", 2024, H, "outstanding", "current")}
    table = ("Bury Council's children's services have been rated good by Ofsted.\n"
             "The impact of leaders on social work practice with children and families\nOutstanding\n"
             "The experiences and progress of children who need help and protection\nGo")
    assert claims(table, date(2024, 3, 1)) == {("Bury", 2024, O, "good", "current"),
                                               ("Bury", 2024, L, "outstanding", "current")}


# -- more real excerpts (pages outside the reserved list and the held-out part) ----------------------------
MORE_REAL = [
    # edemocracy.coventry.gov.uk/mgAi.aspx?ID=22699 (Coventry 2017, a scrutiny board's minute)
    ("The Ofsted re-inspection of services report was published on 13th June 2017 and judged overall Children's "
     "Services in Coventry as \"requires improvement to be good.\"\nThe Ofsted judgements received were as follows:\n"
     "  Children who need help and protection   Requires improvement\n"
     "  Children looked after and achieving permanence \n\nRequires improvement\n"
     "- Adoption performance  Requires improvement\n- Experience and progress of care leavers  Good\n"
     "  Leadership, management and governance  Requires improvement", date(2017, 7, 1),
     {("Coventry", 2017, O, RI, "current"), ("Coventry", 2017, H, RI, "current"), ("Coventry", 2017, LAP, RI, "current"),
      ("Coventry", 2017, A, RI, "current"), ("Coventry", 2017, CL, "good", "current"), ("Coventry", 2017, L, RI, "current")}),
    # communitycare.co.uk/2010/02/01/ofsted-rates-leeds-councils-child-safeguarding-as-inadequate/
    ("Leeds Council's safeguarding and looked-after children services have been rated as \"inadequate\" by Ofsted.",
     date(2010, 2, 1), {("Leeds", 2010, "pre2013_safeguarding_overall", "inadequate", "current"),
                        ("Leeds", 2010, "pre2013_lac_overall", "inadequate", "current")}),
    # bbctodays.pages.dev/news/articles/ce86wk42352o (Rotherham 2025)
    ("Children's services in Rotherham have been rated as \"outstanding\" by Ofsted for the first time. The authority was rated "
     "good for the experiences and progress of care leavers.", date(2025, 12, 1),
     {("Rotherham", 2025, O, "outstanding", "current"), ("Rotherham", 2025, CL, "good", "current")}),
    # democracy.gateshead.gov.uk/mgAi.aspx?ID=1400 (Gateshead 2015, a committee minute; in the seen part of dev)
    ("It was reported that the overall judgement of Children's services in Gateshead was good (Ofsted). Adoption performance "
     "was rated good and it was noted that there is minimal disruption. Leadership, management and governance was "
     "found to be good and there was strong leadership.", date(2015, 3, 1),
     {("Gateshead", 2015, O, "good", "current"), ("Gateshead", 2015, A, "good", "current"),
      ("Gateshead", 2015, L, "good", "current")}),
    # itv.com/news/central/2023-01-13/how-is-solihull-council-failing-children (in the seen part of dev)
    ("The damning report from Ofsted rated children's services at Solihull Council as Inadequate in all areas - the "
     "lowest grading possible:\n\u2022 The impact of leaders on social work practice with children and families - "
     "Inadequate\n\u2022 The experience and progress of children who need help and protection - Inadequate\n"
     "\u2022 The experience and progress of children in care and care leavers - Inadequate\n"
     "\u2022 Overall effectiveness - Inadequate", date(2023, 1, 13),
     {("Solihull", 2023, O, "inadequate", "current"), ("Solihull", 2023, L, "inadequate", "current"),
      ("Solihull", 2023, H, "inadequate", "current"), ("Solihull", 2023, ICL, "inadequate", "current")}),
]


@pytest.mark.parametrize("text, published, expected", MORE_REAL, ids=[t[0][:60] for t in MORE_REAL])
def test_more_real_excerpts(text, published, expected):
    assert claims(text, published) == expected


# An area's words that qualify a piece of practice name a finding about that work, not the judged area:
# reports and the articles quoting them say "child protection plans are good" of the plans.
@pytest.mark.parametrize("sentence", [
    "The quality of child protection and child in need plans is good.",
    "Child protection plans are good and reviewed regularly.",
    "Child protection conferences are inadequate, inspectors said.",
    "The quality of care leavers' pathway plans is good.",
    "Wiltshire's child protection plans were judged inadequate.",
    "Child protection strategy meetings are good.",
])
def test_an_area_qualifying_a_piece_of_practice_is_no_area_grade(sentence):
    claims = claims_from_text("Ofsted inspected Wiltshire Council's children's services in May. " + sentence, D25)
    assert not {c["area"] for c in claims} & {H, CL, IC, ICL}


@pytest.mark.parametrize("sentence, area, grade", [
    ("Its child protection services were rated inadequate.", H, "inadequate"),
    ("Services for children in need of help and protection are good.", H, "good"),
    ("Inspectors judged the help and protection of children to be good.", H, "good"),
    ("Services for care leavers were rated good.", CL, "good"),
])
def test_the_area_itself_is_still_graded(sentence, area, grade):
    claims = claims_from_text("Ofsted inspected Wiltshire Council's children's services in May. " + sentence, D25)
    assert (area, grade) in {(c["area"], c["grade"]) for c in claims}


# -- a list of areas parted by semicolons, closed by one grade ------------------------------------
# Ofsted's summaries and the councils quoting them part the long area names with semicolons. A real
# council page (Cheshire East, wilmslow.co.uk, January 2020; dev part of the article set), the
# report's publication date in the same sentence as the grades:
CHESHIRE_EAST = (
    "Following a recent inspection, Cheshire East Council's children's services have been rated as 'requires "
    "improvement to be good'.\nOfsted undertook an inspection of local authority children's services in Cheshire "
    "East between 11 November and 29 November 2019.\nThe inspection report, which has been published today (9th "
    "January 2020) has judged that: the impact of leaders on social work practice with children and families; the "
    "experiences and progress of children who need help and protection and the experiences and progress of "
    "children in care and care leavers all require improvement to be good.")


def test_areas_parted_by_semicolons_share_the_grade_that_closes_the_list():
    # source: https://www.wilmslow.co.uk/news/article/19830/councils-childrens-services-requires-improvement-to-be-good
    assert claims(CHESHIRE_EAST, None) == {
        ("Cheshire East", 2019, area, RI, "current") for area in (O, L, H, ICL)}


@pytest.mark.parametrize("sentence, expected", [
    ("The impact of leaders; help and protection; and children in care and care leavers were all judged to be good.",
     {(L, "good"), (H, "good"), (ICL, "good")}),
    ("Inspectors found that the impact of leaders; the experiences and progress of children who need help and "
     "protection; and the experiences and progress of children in care and care leavers were judged inadequate.",
     {(L, "inadequate"), (H, "inadequate"), (ICL, "inadequate")}),
    ("Leadership; help and protection; and services for children in care all require improvement to be good.",
     {(L, RI), (H, RI), (ICL, RI)}),
    # a part before a semicolon that says more than an area ends the list there
    ("Help and protection was judged good; children in care and care leavers require improvement to be good.",
     {(H, "good"), (ICL, RI)}),
    ("Leaders had made progress; children in care and care leavers were judged good.", {(ICL, "good")}),
])
def test_semicolon_lists_of_our_own_wording(sentence, expected):
    text = "Ofsted has rated Wigan's children's services. " + sentence
    got = {(area, grade) for _, _, area, grade, _ in claims(text, D19) if area != O}
    assert got == expected


# -- the areas after "in key areas:" and "across all areas of the department, including" -------------
def test_a_grade_in_key_areas_then_the_areas_after_a_colon():
    # source: http://www.joncronshaw.co.uk/2015/03/ (Calderdale, March 2015; dev part of the article set)
    text = ("Ofsted inspectors have said that improvements are required across the board at Calderdale Council's "
            "Children and Young People's Services.\nThe inspection found that the department required improvement in "
            "key areas: children who need help and protection; arrangements for children in care and its management "
            "and governance.")
    assert claims(text, D15) - {("Calderdale", 2015, O, RI, "current")} == {
        ("Calderdale", 2015, H, RI, "current"), ("Calderdale", 2015, LAP, RI, "current"),
        ("Calderdale", 2015, L, RI, "current")}


def test_a_grade_across_all_areas_of_the_department_including_named_ones():
    # source: https://www.cypnow.co.uk/content/news/yorks-children-s-services-in-decline-since-2016-inspectors-warn
    text = ("Ofsted has graded York children's services as \"requires improvement to be good\" across all areas of "
            "the department, including its leadership, child protection and children in care.")
    assert claims(text, D19) == {("York", 2019, area, RI, "current") for area in (O, L, H, ICL)}


@pytest.mark.parametrize("sentence, expected", [
    # some areas, named after a colon: those areas, and no overall grade from them
    ("Wigan's services were judged to require improvement in three areas: leadership, help and protection and "
     "children in care.", {(L, RI), (H, RI), (ICL, RI)}),
    ("Inspectors rated Wigan good in the following areas: help and protection; children in care and care leavers.",
     {(H, "good"), (ICL, "good")}),
    ("Wigan was rated outstanding in two key areas: leadership and help and protection.",
     {(L, "outstanding"), (H, "outstanding")}),
    # all of them: the overall grade too
    ("Wigan was rated inadequate in all areas of the service, including leadership and help and protection.",
     {(O, "inadequate"), (L, "inadequate"), (H, "inadequate")}),
    # a colon after words that are no count of areas: the areas after it are not graded
    ("Wigan was rated good in its inspection report: leadership and help and protection had improved.", set()),
    ("Wigan was rated good in some respects: leadership and help and protection had improved.", set()),
])
def test_areas_after_a_colon_of_our_own_wording(sentence, expected):
    assert {(area, grade) for _, _, area, grade, _ in claims("Ofsted inspected Wigan's children's services. " + sentence, D19)} == expected


# -- a table in a piece about two authorities: the one the line before it names -------------------------
# source: https://www.notreallyheremedia.com/news/all-news/tameside-councils-response-to-stockport-councils-ofsted-rating
# (Tameside's partner Stockport, 2025; dev part of the article set; the piece has no one authority of its own)
PARTNERS = (
    "Stockport was chosen as Tameside's strategic partner last year, to work with Tameside Council on the ongoing "
    "work to improve children's services, but Stockport Council have since been graded as 'requires improvement' "
    "in Children's Services by Ofsted.\n"
    "In the latest Ofsted report of Stockport Council for 2025, the authority was graded as 'requires improvement'.\n"
    "The judgements in the report were:\n"
    "- The impact of leaders on social work practice with children and families - Requires improvement to be good\n"
    "- The experiences and progress of children who need help and protection - Requires improvement to be good\n"
    "- The experiences and progress of children in care - Requires improvement to be good\n"
    "- The experiences and progress of care leavers - Good\n"
    "- Overall effectiveness - Requires improvement to be good")


def test_a_table_in_a_piece_about_two_authorities_is_the_one_named_just_before():
    got = {(who, area, grade) for who, _, area, grade, _ in claims(PARTNERS, D25)}
    assert {("Stockport", H, RI), ("Stockport", IC, RI), ("Stockport", CL, "good"), ("Stockport", L, RI)} <= got
    assert not {c for c in got if c[0] == "Tameside"}


def test_a_table_before_any_line_names_one_of_two_authorities_is_nobodys():
    text = ("Wigan and Bolton children's services: Ofsted's latest reports.\nThe judgements were:\n"
            "- Help and protection - Good\n- Children in care - Outstanding")
    assert not {c for c in claims(text, D25) if c[2] in (H, IC)}


# -- "these 4 areas were all rated inadequate:" and the areas bulleted under it ----------------------
# source: https://hellorayo.co.uk/greatest-hits/west-yorkshire/news/bradford-childrens-services-rated-inadequate
# (Bradford, January 2023; dev part of the article set)
BRADFORD = ("Bradford Children's services have once again been rated inadequate.\n"
            "\"Widespread and serious failures across all service areas\" - that's from Ofsted today.\n"
            "They found that these 4 areas were all rated inadequate:\n"
            "  \u2022 The impact of leaders on social work practice with children and families\n"
            "  \u2022 The experiences and progress of children who need help and protection\n"
            "  \u2022 The experiences and progress of children in care and care leavers\n"
            "  \u2022 Overall effectiveness\n"
            "Their report found children are at risk of harm.")


def test_these_counted_areas_then_the_areas_bulleted():
    got = {(area, grade, role) for _, _, area, grade, role in claims(BRADFORD, date(2023, 1, 31))}
    assert {(O, "inadequate", "current"), (L, "inadequate", "current"), (H, "inadequate", "current"),
            (ICL, "inadequate", "current")} <= got


@pytest.mark.parametrize("head, expected", [
    ("These three areas were all judged good:", {(L, "good"), (H, "good"), (ICL, "good")}),
    ("The three areas were rated good:", {(L, "good"), (H, "good"), (ICL, "good")}),
    # "these" councils, not areas: no count of the areas listed
    ("These councils were rated good:", set()),
])
def test_a_count_head_with_these_or_the(head, expected):
    text = (f"Ofsted has inspected Wigan's children's services.\n{head}\n- Leadership\n- Help and protection\n"
            "- Children in care and care leavers")
    assert {(a, g) for _, _, a, g, _ in claims(text, D19) if a != O} == expected


@pytest.mark.parametrize("sentence, published, expected", [
    # "children living in care" is the children in care
    ("Wigan Council has been graded as outstanding by Ofsted for the experiences of children living in care.", D25,
     {(IC, "outstanding")}),
    # "support for" the children of an area is that area's grade
    ("Ofsted rated Wigan outstanding for leadership, help and protection and support for children in care.", D25,
     {(L, "outstanding"), (H, "outstanding"), (IC, "outstanding")}),
    # the 2018-2022 framework's one judgement for both, named the other way round
    ("Ofsted rated Wigan inadequate for leadership and its support for care leavers and children in care.", D19,
     {(L, "inadequate"), (ICL, "inadequate")}),
])
def test_area_names_in_other_words(sentence, published, expected):
    assert {(a, g) for _, _, a, g, _ in claims(sentence, published) if a != O} == expected


@pytest.mark.parametrize("sentence, expected", [
    # "in relation to", "in terms of", "in respect of": ties of their own, not "in" then other words
    ("The council was rated as good in relation to the experiences and progress of children who need help and "
     "protection.", {(H, "good")}),
    ("The council was rated as good in terms of the experiences and progress of children in care.", {(IC, "good")}),
    ("The council was rated as inadequate in respect of the impact of leaders.", {(L, "inadequate")}),
    # Ofsted's "sub-judgements" are the judged areas
    ("Wigan's children's services were rated good by Ofsted, with the outstanding sub-judgment for leadership.",
     {(L, "outstanding")}),
    ("Ofsted rated Wigan's children's services good and gave an outstanding sub-judgement for care leavers.",
     {(CL, "outstanding")}),
])
def test_ties_and_nouns_of_area_grades(sentence, expected):
    text = "Ofsted inspected Wigan's children's services. " + sentence
    assert {(a, g) for _, _, a, g, _ in claims(text, D25) if a != O} == expected
