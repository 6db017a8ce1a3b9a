"""The clause reading of grades for areas (extractors/article_clauses.py): the areas a clause names
before or after its grade, in the words of the services that serve them, as the object of a rating
verb, as the subject of a passive one, fronted ("when it came to care leavers, ..."), and the two
sides of a contrast ("good overall, but inadequate for ..."). Sentences written for these tests, in
several variants each, and what must stay no claim: loose praise, scales, hopes, other councils."""
from __future__ import annotations

from datetime import date

import pytest
from seeds import claim_set

from extractors.article_claims import claims_from_text

O, H, L = "overall_effectiveness", "help_and_protection", "leaders"
IC, CL, LAP, AD = "in_care", "care_leavers", "looked_after_permanence", "adoption"
D = date(2024, 3, 1)   # the 2023 framework
D16 = date(2016, 6, 1)  # the single inspection framework
CUR = "current"
OFSTED = "Ofsted inspected Trafford's children's services in January. "


def _t(area, grade, year=2024):
    return ("Trafford", year, area, grade, CUR)


CASES = [
    # the areas after the grade, named through the services that serve them
    ("Trafford was rated outstanding for services for care leavers.", D, {_t(CL, "outstanding")}),
    ("Inspectors judged the council to be good in its services for children in care.", D, {_t(IC, "good")}),
    ("The council was deemed inadequate for the provision for children in need of help and protection.", D,
     {_t(H, "inadequate")}),
    ("Inspectors have rated the county as 'requiring improvement' in the services provided to children in need of help "
     "and protection, to those who are in its care, as well as the leadership and management of those services.", D16,
     {_t(H, "requires_improvement", 2016), _t(LAP, "requires_improvement", 2016), _t(L, "requires_improvement", 2016)}),
    # "when it came to": the area, not the overall grade
    ("Trafford was rated outstanding when it came to care leavers.", D, {_t(CL, "outstanding")}),
    ("The council was judged good when it comes to the impact of leaders.", D, {_t(L, "good")}),
    # the two sides of a contrast
    ("The council was rated good overall, but inadequate for services for care leavers.", D,
     {_t(O, "good"), _t(CL, "inadequate")}),
    ("Trafford was judged good overall, while requires improvement to be good in services for children in care.", D,
     {_t(O, "good"), _t(IC, "requires_improvement")}),
    ("The council was rated good overall, and outstanding for services for care leavers.", D,
     {_t(O, "good"), _t(CL, "outstanding")}),
    # areas as the object of the rating verb, lists of long names
    ("Ofsted rated young people leaving care and the experiences and progress of children who need help and "
     "protection and the impact of leaders on social work practice with children and families as good.", D,
     {_t(CL, "good"), _t(H, "good"), _t(L, "good")}),
    ("Ofsted rated the overall effectiveness of services, services for children who need help and protection, as well "
     "as its services for children in care as inadequate.", D,
     {_t(O, "inadequate"), _t(H, "inadequate"), _t(IC, "inadequate")}),
    ("The report judged help and protection and the experiences of care leavers to be outstanding.", D,
     {_t(H, "outstanding"), _t(CL, "outstanding")}),
    # areas as the subject of a passive rating verb
    ("Leadership and looked-after children were all rated good.", D, {_t(L, "good"), _t(IC, "good")}),
    ("Child protection and looked-after children were judged to be outstanding.", D,
     {_t(H, "outstanding"), _t(IC, "outstanding")}),
    ("Overall effectiveness, the experiences and progress of children who need help and protection, and looked-after "
     "children were judged to be inadequate.", D, {_t(O, "inadequate"), _t(H, "inadequate"), _t(IC, "inadequate")}),
    # no claim: loose praise, a scale, a hope, a negation, other councils, schools
    ("Ofsted inspectors rated the council good for its work with children in care.", D, set()),
    ("The council aims to be rated outstanding when it comes to care leavers.", D, set()),
    ("Trafford was not rated outstanding for services for care leavers.", D, set()),
    ("Other councils were rated good for services for care leavers.", D, set()),
    ("Local schools were judged outstanding for services for children in care.", D, set()),
    ("Leadership and looked-after children could be rated good next time.", D, set()),
    ("Ratings range from good or outstanding for services for care leavers to inadequate.", D, set()),
]


@pytest.mark.parametrize("text, published, expected", CASES, ids=[c[0][:60] for c in CASES])
def test_clause_areas(text, published, expected):
    assert claim_set(claims_from_text(OFSTED + text, published)) == expected


COUNT_HEADS = [
    # a count of areas and their grade, the areas one a line after it
    ("Inspectors concluded that three key areas require improvement:\n- children who need help and protection\n"
     "- adoption performance\n- and the experiences and progress of care leavers;\nwhile two key areas were judged "
     "inadequate:\n- children looked after and achieving permanence\n- and leadership, management and governance.",
     {_t(H, "requires_improvement", 2016), _t(AD, "requires_improvement", 2016), _t(CL, "requires_improvement", 2016),
      _t(LAP, "inadequate", 2016), _t(L, "inadequate", 2016)}),
    ("The report found two areas were rated good:\n1. Adoption performance\n2. Leadership, management and governance",
     {_t(AD, "good", 2016), _t(L, "good", 2016)}),
    # not an earlier inspection's, nor other councils', nor a hope
    ("At the previous inspection, two key areas were rated inadequate:\n- adoption performance\n- leadership.", set()),
    ("Nationally, three areas were judged inadequate:\n- adoption performance\n- leadership.", set()),
    ("The council hopes two areas could be judged good:\n- adoption performance\n- leadership.", set()),
]


@pytest.mark.parametrize("text, expected", COUNT_HEADS, ids=[c[0][:60] for c in COUNT_HEADS])
def test_count_of_areas_listed_after(text, expected):
    assert claim_set(claims_from_text(OFSTED + text, D16, "Trafford")) == expected


SERIES = [
    # a series of "grade for areas", the verb said once
    ("Inspectors rated Trafford good for leadership, good for help and protection, and outstanding for care leavers.",
     {_t(L, "good"), _t(H, "good"), _t(CL, "outstanding")}),
    ("Ofsted rated the council 'outstanding' for the impact of leaders; 'good' for the experiences and progress of "
     "children who need help and protection; and 'requires improvement' for the experiences and progress of care "
     "leavers.", {_t(L, "outstanding"), _t(H, "good"), _t(CL, "requires_improvement")}),
    ("Trafford was judged inadequate for help and protection, good for children in care, and outstanding for leadership.",
     {_t(H, "inadequate"), _t(IC, "good"), _t(L, "outstanding")}),
    # "children that need help and protection" is help and protection too
    ("The council was judged outstanding in the key areas of leadership and services for children that need help and "
     "protection.", {_t(L, "outstanding"), _t(H, "outstanding")}),
    # a series broken by something else: no grade for it
    ("Inspectors rated Trafford good for leadership, outstanding schools were praised.", {_t(L, "good")}),
    ("Inspectors rated Trafford good for leadership, while other councils were outstanding for care leavers.",
     {_t(L, "good")}),
]


@pytest.mark.parametrize("text, expected", SERIES, ids=[c[0][:60] for c in SERIES])
def test_series_of_grades_for_areas(text, expected):
    assert claim_set(claims_from_text(OFSTED + text, D)) == expected


ROUND_UP = """Ofsted round-up: three councils inspected
Ofsted has published its latest inspections of children's services.
Oldham was rated good overall. Its adoption services were judged outstanding.
Stockport was also rated good, with inspectors rating its leadership and adoption services as outstanding.
In Tameside, which was rated good, services for children looked after and achieving permanence still require improvement, \
inspectors said.
Meanwhile, Wigan was judged inadequate. Inspectors rated help and protection and leadership inadequate, but adoption \
performance was judged good."""


def test_round_up_of_several_councils_gives_each_its_areas():
    got = claim_set(claims_from_text(ROUND_UP, D16))
    assert got == {
        ("Oldham", 2016, O, "good", CUR), ("Oldham", 2016, AD, "outstanding", CUR),
        ("Stockport", 2016, O, "good", CUR), ("Stockport", 2016, L, "outstanding", CUR),
        ("Stockport", 2016, AD, "outstanding", CUR),
        ("Tameside", 2016, O, "good", CUR), ("Tameside", 2016, LAP, "requires_improvement", CUR),
        ("Wigan", 2016, O, "inadequate", CUR), ("Wigan", 2016, H, "inadequate", CUR), ("Wigan", 2016, L, "inadequate", CUR),
        ("Wigan", 2016, AD, "good", CUR)}


def test_a_name_the_reader_does_not_know_takes_the_clause_reading_with_it():
    """A name the reader does not know ("Ramsbottom"): its areas are not Oldham's, named before. "Bury"
    (a word too) is known as the place when it is graded ("Bury was rated"): its areas are its own."""
    text = "Ofsted inspected two councils. Oldham was rated good overall. " \
           "Ramsbottom was rated good overall, and outstanding for services for care leavers."
    assert claim_set(claims_from_text(text, D)) == {("Oldham", 2024, O, "good", CUR)}
    text = text.replace("Ramsbottom", "Bury")
    assert claim_set(claims_from_text(text, D)) == {("Oldham", 2024, O, "good", CUR), ("Bury", 2024, O, "good", CUR),
                                                    ("Bury", 2024, "care_leavers", "outstanding", CUR)}


RANKS_AND_COMPANY = [
    # a grade named by its rank, with the areas it is for
    ("Trafford was awarded the top grade overall, as well as for leadership and services for children in need of help "
     "and protection.", {_t(O, "outstanding"), _t(L, "outstanding"), _t(H, "outstanding")}),
    ("Trafford received the lowest rating for help and protection.", {_t(H, "inadequate")}),
    # "one of only three councils to ...": the councils are its company, the grade its own
    ("And it is one of only three local authorities in the country to secure an outstanding rating for the "
     "experiences and progress of care leavers.", {_t(CL, "outstanding")}),
    ("Trafford is one of just four councils to be rated outstanding for leadership.", {_t(L, "outstanding")}),
    # ... "to receive a (second consecutive) outstanding rating": its overall grade (a county council's careers page,
    # Lincolnshire; dev part of the article set)
    ("We are one of only six local authorities across England to receive a second consecutive outstanding rating "
     "from Ofsted.", {_t(O, "outstanding")}),
    ("Trafford is one of only three councils in the country to secure an outstanding rating.", {_t(O, "outstanding")}),
    # "good overall and for ...", "good in all four areas: ...", "across the board, including ...": the overall grade too
    ("Trafford was rated good overall and for help and protection.", {_t(O, "good"), _t(H, "good")}),
    ("Trafford got a good rating overall and for leadership.", {_t(O, "good"), _t(L, "good")}),
    ("The council was rated good in all four areas: overall effectiveness, leadership, help and protection and children "
     "in care.", {_t(O, "good"), _t(L, "good"), _t(H, "good"), _t(IC, "good")}),
    ("Trafford was judged good across the board, including for leadership and help and protection.",
     {_t(O, "good"), _t(L, "good"), _t(H, "good")}),
    # "in every area" is a count of areas, not other councils
    ("Trafford was judged good in every area, and outstanding for services for care leavers.",
     {_t(O, "good"), _t(CL, "outstanding")}),
    # no claim: councils in general, a rank of something else
    ("Only three councils in England hold an outstanding rating for care leavers.", set()),
    ("Trafford's schools received the top grade for leadership.", set()),
]


@pytest.mark.parametrize("text, expected", RANKS_AND_COMPANY, ids=[c[0][:60] for c in RANKS_AND_COMPANY])
def test_ranks_company_and_overall_with_areas(text, expected):
    assert claim_set(claims_from_text(OFSTED + text, D)) == expected


D11 = date(2011, 6, 1)  # the inspections before 2013: safeguarding and looked after children


@pytest.mark.parametrize("text, expected", [
    # the second grade names its own area: not the first one's, borrowed
    ("Trafford was rated inadequate for safeguarding and adequate for its looked after children services.",
     {_t("pre2013_safeguarding_overall", "inadequate", 2011), _t("pre2013_lac_overall", "adequate", 2011)}),
    ("Trafford was judged good for safeguarding, but adequate for its services for looked after children.",
     {_t("pre2013_safeguarding_overall", "good", 2011), _t("pre2013_lac_overall", "adequate", 2011)}),
    ("Trafford was judged adequate for looked after children and inadequate for safeguarding.",
     {_t("pre2013_lac_overall", "adequate", 2011), _t("pre2013_safeguarding_overall", "inadequate", 2011)}),
], ids=["and", "but", "reversed"])
def test_pre2013_two_grades_each_with_its_domain(text, expected):
    assert claim_set(claims_from_text(OFSTED + text, D11)) == expected


def test_the_subject_who_joins_others_has_the_areas_named():
    """"Trafford has joined Wigan and Sefton in being rated outstanding overall, as well as for ...": all
    three share the overall grade (the others' of no year given); the areas named are the subject's."""
    text = OFSTED + ("Trafford has joined Wigan and Sefton in being rated outstanding overall, as well as for leadership "
                     "and services for children who need help and protection.")
    assert claim_set(claims_from_text(text, D)) == {
        _t(O, "outstanding"), _t(L, "outstanding"), _t(H, "outstanding"),
        ("Wigan", None, O, "outstanding", CUR), ("Sefton", None, O, "outstanding", CUR)}


@pytest.mark.parametrize("text, expected", [
    # the areas a grade was given, as the complement of "the aspects/areas (requiring improvement) were/included"
    ("The aspects requiring improvement included the impact of leaders, the experiences and progress of children who "
     "need help and the service's overall effectiveness.",
     {_t(L, "requires_improvement"), _t(H, "requires_improvement"), _t(O, "requires_improvement")}),
    ("The areas rated good were leadership and help and protection.", {_t(L, "good"), _t(H, "good")}),
    ("The areas judged good in other councils were leadership and help and protection.", set()),
    # a change of grade for an area: the grade it had is that area's too
    ("Since its last inspection, the council has been downgraded from outstanding to good in the category assessing "
     "the impact of leaders on social work practice with children and families.",
     {_t(L, "good"), ("Trafford", None, L, "outstanding", "previous")}),
    ("Trafford improved from inadequate to requires improvement for help and protection.",
     {_t(H, "requires_improvement"), ("Trafford", None, H, "inadequate", "previous")}),
], ids=["aspects-included", "areas-were", "other-councils", "downgraded-category", "improved-for"])
def test_areas_as_complement_and_changes_of_grade(text, expected):
    assert claim_set(claims_from_text(OFSTED + text, D)) == expected


@pytest.mark.parametrize("text, expected", [
    # "needing help to leave care" is care leavers, not children who need help and protection
    ("Services for young people needing help to leave care were described as inadequate.", {_t(CL, "inadequate")}),
    ("Inspectors judged services for children who need help to leave care to be good.", {_t(CL, "good")}),
    ("Inspectors judged services for children who need help to be good.", {_t(H, "good")}),
    # the inspectorate's saying before the areas it grades
    ("While the report praised the council, it said services for children who need help required improvement.",
     {_t(H, "requires_improvement")}),
], ids=["needing-help-to-leave-care", "who-need-help-to-leave-care", "who-need-help", "it-said"])
def test_help_to_leave_care_and_what_the_report_said(text, expected):
    assert claim_set(claims_from_text(OFSTED + text, D)) == expected


@pytest.mark.parametrize("text, expected", [
    # the 2013-2018 inspection's title names the whole service, not three of its areas
    ("The overall judgement was that services for children in need of help and protection, children looked after, and "
     "care leavers, required improvement.", {_t(O, "requires_improvement", 2016)}),
    ("The inspection of services for children in need of help and protection, children looked after and care leavers "
     "found them to be good.", {_t(O, "good", 2016)}),
    ("Following the inspection of services for children in need of help and protection, children looked after and care "
     "leavers, the council was judged to require improvement.", {_t(O, "requires_improvement", 2016)}),
    # the areas named one by one are the areas
    ("Services for children in need of help and protection were judged good, and services for care leavers "
     "inadequate.", {_t(H, "good", 2016), _t(CL, "inadequate", 2016)}),
], ids=["overall-judgement-was-that", "found-them", "following", "one-by-one"])
def test_the_inspections_title_is_the_whole_service(text, expected):
    assert claim_set(claims_from_text(OFSTED + text, D16)) == expected


@pytest.mark.parametrize("text, expected", [
    # a series opened by "G overall"
    ("Trafford was rated good overall, outstanding for care leavers and inadequate for help and protection.",
     {_t(O, "good"), _t(CL, "outstanding"), _t(H, "inadequate")}),
    ("Trafford hopes to be good overall, outstanding for care leavers.", set()),
], ids=["rated", "hope"])
def test_series_after_overall(text, expected):
    assert claim_set(claims_from_text(OFSTED + text, D)) == expected


@pytest.mark.parametrize("headline, expected", [
    # a headline's verbless items: areas and their grade
    ("Trafford: children in care 'good', care leavers 'requires improvement'",
     {_t(IC, "good"), _t(CL, "requires_improvement")}),
    ("Leadership 'outstanding' as Trafford children's services rated good", {_t(O, "good"), _t(L, "outstanding")}),
    ("Ofsted: Trafford good overall, outstanding for care leavers", {_t(CL, "outstanding")}),
    # not children's services, a hope, a body sentence
    ("Schools in Trafford: leadership good, pupils outstanding", set()),
    ("Trafford aims for leadership 'outstanding'", set()),
], ids=["items", "as", "overall-series", "schools", "aim"])
def test_headline_items(headline, expected):
    text = headline + "\nOfsted inspected Trafford's children's services in January."
    assert claim_set(claims_from_text(text, D)) == expected


@pytest.mark.parametrize("text, expected", [
    # "one of only N councils to be rated G": the subject's overall grade
    ("It is one of only three councils to have been rated outstanding overall.", {_t(O, "outstanding")}),
    ("Trafford is one of just four authorities in England to be rated outstanding by Ofsted.", {_t(O, "outstanding")}),
    # a hope, a denial, a scale
    ("Trafford hopes to be one of the few councils to be rated outstanding.", set()),
    ("Trafford is not one of the few councils to be rated outstanding.", set()),
    ("Trafford hopes to be one of only three councils to secure an outstanding rating for care leavers.", set()),
    ("Trafford is one of many councils to be rated good or outstanding.", set()),
], ids=["it", "named", "hope", "not", "hope-areas", "scale"])
def test_one_of_only_n_councils(text, expected):
    assert claim_set(claims_from_text(OFSTED + text, D)) == expected


@pytest.mark.parametrize("text, expected", [
    # the areas, a relative clause in commas, then their grade
    ("Help and protection, which was inadequate at the last inspection, is now good.",
     {_t(H, "good"), ("Trafford", None, H, "inadequate", "previous")}),
    ("Leadership, which Ofsted criticised in 2019, has now been rated outstanding.", {_t(L, "outstanding")}),
    ("Help and protection, which other councils rate highly, is good practice.", set()),
], ids=["which-was", "which-criticised", "practice"])
def test_areas_with_a_relative_clause_before_their_grade(text, expected):
    assert claim_set(claims_from_text(OFSTED + text, D)) == expected


@pytest.mark.parametrize("text, expected", [
    # a second grade coordinated with a dated one is of the same inspection
    ("In 2019 the council was judged inadequate for leadership, and requires improvement for help and protection.",
     {("Trafford", 2019, L, "inadequate", CUR), ("Trafford", 2019, H, "requires_improvement", CUR)}),
    ("Trafford was rated good overall. In 2019 it had been judged inadequate for leadership, but good for help and "
     "protection.", {_t(O, "good"), ("Trafford", 2019, L, "inadequate", "previous"),
                      ("Trafford", 2019, H, "good", "previous")}),
    # the grade continued is the new one, not the one it moved from
    ("The report has moved Trafford's rating to good from requires improvement in 2019, with outstanding for the "
     "experiences and progress of care leavers.",
     {_t(O, "good"), _t(CL, "outstanding"), ("Trafford", 2019, O, "requires_improvement", "previous")}),
], ids=["same-year", "earlier-inspection", "moved-to-from"])
def test_coordinated_grade_is_of_the_same_inspection(text, expected):
    assert claim_set(claims_from_text(OFSTED + text, D)) == expected


@pytest.mark.parametrize("text", [
    # a grade word that is an adjective: no grade
    "For care leavers, the council is good at keeping in touch.",
    "Help and protection was rated good practice by staff.",
    "Inspectors judged help and protection to be good enough.",
    "Help and protection, which was praised by staff, is now good at spotting risk.",
])
def test_grade_words_as_adjectives_give_no_grade(text):
    assert claim_set(claims_from_text(OFSTED + text, D)) == set()


# -- "in the area of X, the authority was rated G": the area fronted with the words that name it an area ------------
# Real: a safeguarding-training company's copy of a trade story on Coventry, 2014 (dev part of the article set),
# https://www.safeguardingkids.co.uk/blog/?p=2023
COVENTRY = ("Coventry's children's services inadequate, say inspectors\n"
            "Services at a council that was criticised over the death of four-year-old Daniel Pelka have been branded "
            "inadequate by inspectors.\n"
            "The report, which followed an inspection that ran from 28 January to 5 February this year, states that "
            "leaders have not tackled key weaknesses.\n"
            "The inspection findings mirror those of an independent review into the death of Daniel Pelka, who died "
            "from a head injury in March 2012.\n"
            "In the key inspection rating area of children looked after and achieving permanence the authority was "
            "rated as \"requires improvement\".\n"
            "In the other two key areas of children who need help and protection, and leadership, management, and "
            "governance, the authority was rated as \"inadequate\".")


def test_areas_fronted_as_the_area_of_and_a_date_of_another_event_is_not_the_inspections():
    got = claim_set(claims_from_text(COVENTRY, None))
    assert got == {("Coventry", None, O, "inadequate", CUR), ("Coventry", None, LAP, "requires_improvement", CUR),
                   ("Coventry", None, H, "inadequate", CUR), ("Coventry", None, L, "inadequate", CUR)}


@pytest.mark.parametrize("sentence, expected", [
    ("In the area of care leavers, the council was rated outstanding.", {_t(CL, "outstanding")}),
    ("In the key judgement area of children in care the council was rated good.", {_t(IC, "good")}),
    # no area: the overall grade's own reading
    ("In the end the council was rated good.", set()),
])
def test_fronted_area_of_our_own_wording(sentence, expected):
    got = claim_set(claims_from_text(OFSTED + "Trafford's children's services were rated good overall. " + sentence, D))
    assert got - {_t(O, "good")} == expected
