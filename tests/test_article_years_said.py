"""The year of an earlier grade said without one ("up from requires improvement", "no longer
inadequate") where the article dates it elsewhere: "The previous inspection was in 2019", "the
council was last inspected in 2019", "the last time Ofsted inspected the service was in 2019", or a
sentence rating the same grade with a year that the reader does not take as a claim of its own ("the
council's 2019 inadequate rating"). And "three years ago" after an earlier grade. Sentences written
for these tests in the forms news and council pages use; each family has several forms."""
from __future__ import annotations

from datetime import date

import pytest
from seeds import claim_set

from extractors.article_claims import claims_from_text

O = "overall_effectiveness"
D = date(2024, 3, 1)
UP = "Ofsted has rated Wigan's children's services good, up from requires improvement. "
NOW_GOOD = ("Wigan", 2024, O, "good", "current")
RI_2019 = ("Wigan", 2019, O, "requires_improvement", "previous")
HEAD = "Wigan children's services no longer inadequate\nOfsted has rated Wigan's children's services as requires improvement. "
NOW_RI = ("Wigan", 2024, O, "requires_improvement", "current")
INADEQUATE_2019 = ("Wigan", 2019, O, "inadequate", "previous")

CASES = [
    # the last inspection's year, said in a sentence of its own
    (UP + "The previous inspection was in 2019.", {NOW_GOOD, RI_2019}),
    (UP + "The last full inspection took place in 2019.", {NOW_GOOD, RI_2019}),
    (UP + "Its previous inspection was carried out in March 2019.", {NOW_GOOD, RI_2019}),
    (UP + "The council was last inspected in 2019.", {NOW_GOOD, RI_2019}),
    (UP + "Ofsted last inspected the council in 2019.", {NOW_GOOD, RI_2019}),
    (UP + "The last time Ofsted inspected the service was in 2019.", {NOW_GOOD, RI_2019}),
    # ... not a visit (a monitoring visit is no graded inspection), nor two earlier years
    (UP + "Ofsted's previous visit, in 2019, found weaknesses.", {NOW_GOOD, ("Wigan", None, O, "requires_improvement", "previous")}),
    # the same grade rated with a year in a sentence of its own
    (HEAD + "It follows the council's 2019 inadequate rating.", {NOW_RI, INADEQUATE_2019}),
    (HEAD + "Following the 2019 'inadequate' judgement, a commissioner was appointed.", {NOW_RI, INADEQUATE_2019}),
    (HEAD + "The damning 2019 verdict branded it inadequate, and a commissioner was appointed.", {NOW_RI, INADEQUATE_2019}),
    # ... the grade's own sentence, where the year is not tied to the grade word
    ("Ofsted has rated Wigan's children's services as requires improvement. Wigan was previously rated inadequate, "
     "in a report published in 2019.", {NOW_RI, INADEQUATE_2019}),
    ("Ofsted has rated Wigan's children's services as requires improvement. The council had been rated inadequate, "
     "with inspectors in 2019 finding serious failings.", {NOW_RI, INADEQUATE_2019}),
    ("Ofsted has rated Wigan's children's services as requires improvement. In 2019 inspectors found widespread "
     "failings; the council has moved out of inadequate.", {NOW_RI, INADEQUATE_2019}),
    # ... not a year that dates no grade ("until 2025")
    (HEAD + "The council will stay under a commissioner until 2021, after its inadequate rating.",
     {NOW_RI, ("Wigan", None, O, "inadequate", "previous")}),
    # ... not where that sentence is another authority's
    (HEAD + "It follows the council's 2019 inadequate rating. Sefton was rated inadequate in 2016.",
     {NOW_RI, ("Wigan", None, O, "inadequate", "previous"), ("Sefton", 2016, O, "inadequate", "current")}),
    # "three years ago" after the earlier grade
    ("Ofsted has rated Wigan's children's services good, up from requires improvement three years ago.",
     {NOW_GOOD, ("Wigan", 2021, O, "requires_improvement", "previous")}),
    ("Ofsted has rated Wigan's children's services good. They were judged to require improvement three years ago.",
     {NOW_GOOD, ("Wigan", 2021, O, "requires_improvement", "previous")}),
    ("Ofsted has rated Wigan's children's services good, up from inadequate a year ago.",
     {NOW_GOOD, ("Wigan", 2023, O, "inadequate", "previous")}),
]


@pytest.mark.parametrize("text,expected", CASES, ids=[c[0][-60:] for c in CASES])
def test_year_of_an_earlier_grade(text, expected):
    assert claim_set(claims_from_text(text, D)) == expected


# "N years after" an earlier grade: the later grade's year is the earlier's plus N, the earlier's the later's minus N
YEARS_AFTER = [
    ("Wigan's children's services were rated good by Ofsted. The good rating comes three years after Ofsted judged "
     "the service inadequate in 2015.", None,
     {("Wigan", 2018, O, "good", "current"), ("Wigan", 2015, O, "inadequate", "previous")}),
    ("Sefton's children's services have been judged outstanding by Ofsted. The outstanding rating came just eight "
     "years after the service was judged inadequate in 2014.", None,
     {("Sefton", 2022, O, "outstanding", "current"), ("Sefton", 2014, O, "inadequate", "previous")}),
    ("Four years after being branded inadequate in 2014, Wigan's children's services are now rated good by Ofsted.",
     None, {("Wigan", 2018, O, "good", "current"), ("Wigan", 2014, O, "inadequate", "previous")}),
    ("Ofsted rated Wigan's children's services good in 2023, two years after they were branded inadequate.", D,
     {("Wigan", 2023, O, "good", "current"), ("Wigan", 2021, O, "inadequate", "previous")}),
    # ... not from the page's date: the inspection may be of the year before
    ("Ofsted has rated Wigan's children's services good, two years after they were branded inadequate.", D,
     {NOW_GOOD, ("Wigan", None, O, "inadequate", "previous")}),
    # not a count that is not exact
    ("Ofsted has rated Wigan's children's services good, less than two years after they were branded inadequate.", D,
     {NOW_GOOD, ("Wigan", None, O, "inadequate", "previous")}),
    ("Ofsted has rated Wigan's children's services good, more than three years after they were branded inadequate.", D,
     {NOW_GOOD, ("Wigan", None, O, "inadequate", "previous")}),
]


@pytest.mark.parametrize("text,published,expected", YEARS_AFTER, ids=[c[0][:60] for c in YEARS_AFTER])
def test_years_after_an_earlier_grade(text, published, expected):
    assert claim_set(claims_from_text(text, published)) == expected


# A new grade of 2008 or before is an annual assessment's or a joint area review's, not an inspection's
BEFORE_INSPECTIONS = [
    ("An Ofsted report published today judged children's services in Wigan and Sefton to be inadequate overall.",
     date(2008, 12, 18), set()),
    ("Ofsted has rated Wigan's children's services inadequate, the council said.", date(2007, 11, 30), set()),
    ("Inspectors judged Sefton's safeguarding services inadequate in 2008.", date(2008, 6, 2), set()),
    # ... a page of 2009 on: a graded inspection
    ("Ofsted has rated Wigan's safeguarding services inadequate, the council said.", date(2009, 11, 30),
     {("Wigan", 2009, "pre2013_safeguarding_overall", "inadequate", "current")}),
    # ... and a later page's earlier grade stays as the page gives it
    ("Ofsted has rated Sefton's children's services good. Back in 2008, the service was judged inadequate.", D,
     {("Sefton", 2024, O, "good", "current"), ("Sefton", 2008, "pre2013_safeguarding_overall", "inadequate", "previous")}),
]


@pytest.mark.parametrize("text,published,expected", BEFORE_INSPECTIONS, ids=[c[0][:60] for c in BEFORE_INSPECTIONS])
def test_no_new_inspection_grade_before_2009(text, published, expected):
    assert claim_set(claims_from_text(text, published)) == expected


# "At the time, ...": the time of the sentence before
AT_THE_TIME = [
    ("In a letter following a focused visit on 7 and 8 December, Ofsted said there had been little progress in "
     "Wigan's children's services since its last inspection in March 2020. At the time, the inspectorate judged "
     "its children's services as requires improvement to be good.", date(2023, 1, 20),
     {("Wigan", 2020, O, "requires_improvement", "current")}),
    ("Ofsted rated Sefton's children's services good this week. The council's last inspection was in 2019. At the "
     "time, its children's services were judged inadequate.", date(2024, 5, 1),
     {("Sefton", 2024, O, "good", "current"), ("Sefton", 2019, O, "inadequate", "previous")}),
    # ... the article's own inspection named in the sentence before: still the new grade
    ("Ofsted inspected Wigan's children's services in March 2024. At that inspection, its children's services "
     "were judged good.", date(2024, 5, 1), {("Wigan", 2024, O, "good", "current")}),
]


@pytest.mark.parametrize("text,published,expected", AT_THE_TIME, ids=[c[0][-50:] for c in AT_THE_TIME])
def test_at_the_time(text, published, expected):
    assert claim_set(claims_from_text(text, published)) == expected


# a dated grade, then "now" another in the same sentence: the dated one is the earlier
NOW_LATER = [
    ("Wigan's children's services, judged inadequate by Ofsted in 2016, were re-inspected in June and are now "
     "rated good.", date(2019, 9, 1), {("Wigan", 2016, O, "inadequate", "previous"), ("Wigan", 2019, O, "good", "current")}),
    ("Sefton's children's services, which Ofsted rated inadequate in 2015, are now rated requires improvement.",
     date(2019, 9, 1), {("Sefton", 2019, O, "requires_improvement", "current"),
                        ("Sefton", 2015, O, "inadequate", "previous")}),
    # ... not "now" without a grade, nor an undated grade of another area
    ("Wigan's children's services were rated inadequate by Ofsted in 2019, and the council is now working hard.",
     date(2019, 9, 1), {("Wigan", 2019, O, "inadequate", "current")}),
    ("Ofsted found that while help and protection in Sefton is good, support for care leavers has deteriorated and "
     "is now inadequate.", date(2024, 9, 1),
     {("Sefton", 2024, "help_and_protection", "good", "current"), ("Sefton", 2024, "care_leavers", "inadequate", "current")}),
]


@pytest.mark.parametrize("text,published,expected", NOW_LATER, ids=[c[0][:60] for c in NOW_LATER])
def test_dated_grade_then_now(text, published, expected):
    assert claim_set(claims_from_text(text, published)) == expected


# an earlier grade of no year in a sentence that dates one inspection: that inspection's
DATED_INSPECTION = [
    ("Ofsted rated Sutton's children's services good. However, compared to its 2021 inspection, the council was "
     "downgraded from outstanding to good for the impact of leaders.", date(2025, 3, 1),
     {("Sutton", 2025, O, "good", "current"), ("Sutton", 2025, "leaders", "good", "current"),
      ("Sutton", 2021, "leaders", "outstanding", "previous")}),
    ("Ofsted rated Wigan's children's services good. Since its 2021 inspection, the council has moved from requires "
     "improvement to good.", date(2025, 3, 1),
     {("Wigan", 2025, O, "good", "current"), ("Wigan", 2021, O, "requires_improvement", "previous")}),
    # ... not where the sentence gives two years
    ("Ofsted rated Wigan's children's services good. Since its 2021 inspection and a visit in 2023, the council has "
     "moved from requires improvement to good.", date(2025, 3, 1),
     {("Wigan", 2025, O, "good", "current"), ("Wigan", None, O, "requires_improvement", "previous")}),
]


@pytest.mark.parametrize("text,published,expected", DATED_INSPECTION, ids=[c[0][-50:] for c in DATED_INSPECTION])
def test_earlier_grade_of_the_inspection_the_sentence_dates(text, published, expected):
    assert claim_set(claims_from_text(text, published)) == expected


# A report is published weeks after the inspectors leave: November's inspection comes out in January. The
# publication date in the grade's sentence is the report's, and its grades are of the inspection the page
# dates (they were lost as grades of a "later" inspection than the page's own).
INSPECTED = "Ofsted inspected Wigan's children's services between 4 and 22 November 2019. "


@pytest.mark.parametrize("sentence, expected", [
    ("The report, published on 14 January 2020, rated them inadequate.", {("Wigan", 2019, O, "inadequate", "current")}),
    ("The report, published on 14 January 2020, judged help and protection inadequate and leadership inadequate.",
     {("Wigan", 2019, "help_and_protection", "inadequate", "current"), ("Wigan", 2019, "leaders", "inadequate", "current")}),
    ("The report published in January 2020 found help and protection to be inadequate.",
     {("Wigan", 2019, "help_and_protection", "inadequate", "current")}),
    # two years on is no publication of that inspection: left out, not dated
    ("Its leadership was rated inadequate in a report published in 2021.", set()),
])
def test_a_publication_date_the_year_after_the_inspection_dates_the_same_inspection(sentence, expected):
    for published in (None, date(2020, 1, 15)):
        assert claim_set(claims_from_text(INSPECTED + sentence, published)) == expected


@pytest.mark.parametrize("sentence, published, expected", [
    # the page's date is the year after the inspection the sentence names (a local paper on Bedford, January 2022;
    # dev part of the article set)
    ("date 2022-01-14 The council's Children's Services has been rated good in all areas by Ofsted following an "
     "inspection in November 2021.", date(2022, 1, 14), {("Bedford Borough", 2021, O, "good", "current")}),
    ("In January 2022 Bedford's children's services were rated good after Ofsted inspectors visited in December 2021.",
     date(2022, 2, 1), {("Bedford Borough", 2021, O, "good", "current")}),
])
def test_a_page_dated_the_year_after_the_inspection_its_sentence_names(sentence, published, expected):
    assert claim_set(claims_from_text(sentence, published, "Bedford Borough")) == expected


def test_a_grade_under_the_old_single_inspection_framework_is_the_earlier_one():
    # the form of a trade story on Wakefield, 2018 (dev part of the article set)
    text = ("A council has been rated inadequate for children's services for the first time under Ofsted's new "
            "inspection framework.\nInspectors found cases where children known to Wakefield Council's children's "
            "services were at risk.\nWakefield was last inspected under the old single inspection framework in July "
            "2016, in which it was rated as requires improvement to be good.")
    got = {(who, area, grade, role) for who, _, area, grade, role in claim_set(claims_from_text(text, None))}
    assert got == {("Wakefield", O, "inadequate", "current"), ("Wakefield", O, "requires_improvement", "previous")}
