"""The year of a grade dated by a month without a year, counted from the page's date: on a page of
January, "rated good by Ofsted in December", "inspections in November and December", "the report,
published last month", "an inspection before Christmas" are of the year before. Dates of an earlier
time ("since an inspection in March 2019", "had been rated inadequate after an inspection in March
2019") are not the article's own inspection's. Sentences written for these tests in the forms news
and council pages use; each family has several forms."""
from __future__ import annotations

from datetime import date

import pytest
from seeds import claim_set

from extractors.article_claims import claims_from_text
from extractors.article_months import grade_month_year, relative_inspection_year

O = "overall_effectiveness"
JAN = date(2020, 1, 20)
FEB = date(2021, 2, 9)
MAR = date(2024, 3, 1)

CASES = [
    # the grade's own month, after the grade or fronted
    ("Wigan Council's children's services were rated good by Ofsted in December.", JAN,
     {("Wigan", 2019, O, "good", "current")}),
    ("Sefton's children's services were judged inadequate by inspectors in November, the council said.", FEB,
     {("Sefton", 2020, O, "inadequate", "current")}),
    ("In October, Ofsted rated Leeds City Council's children's services outstanding.", FEB,
     {("Leeds", 2020, O, "outstanding", "current")}),
    ("Wigan Council's children's services were rated good by Ofsted last month.", JAN,
     {("Wigan", 2019, O, "good", "current")}),
    # ... a month at or before the page's own is of the page's year
    ("Sefton's children's services were rated requires improvement by Ofsted in January.", FEB,
     {("Sefton", 2021, O, "requires_improvement", "current")}),
    # the article's inspection, plural or a visit
    ("Wigan Council was rated good by Ofsted following inspections in November and December.", JAN,
     {("Wigan", 2019, O, "good", "current")}),
    ("Ofsted rated Sefton's children's services requires improvement. Inspectors visited in October.", FEB,
     {("Sefton", 2020, O, "requires_improvement", "current")}),
    ("Wigan Council's children's services were rated good by Ofsted following visits in the "
     "final week of October.", JAN, {("Wigan", 2019, O, "good", "current")}),
    ("Wigan Council was rated good by Ofsted after an inspection before Christmas.", JAN,
     {("Wigan", 2019, O, "good", "current")}),
    ("Leeds City Council's children's services have been judged outstanding by Ofsted after an inspection "
     "last month.", JAN, {("Leeds", 2019, O, "outstanding", "current")}),
    ("Sefton's children's services have been rated good by Ofsted after inspectors visited last autumn.", FEB,
     {("Sefton", 2020, O, "good", "current")}),
    # the report's month
    ("Wigan Council was rated good by Ofsted in a report published in December.", JAN,
     {("Wigan", 2019, O, "good", "current")}),
    ("Ofsted rated Sefton's children's services inadequate. The report, published last month, found "
     "serious failings.", JAN, {("Sefton", 2019, O, "inadequate", "current")}),
    ("Ofsted rated Leeds City Council's children's services outstanding. The report was published on "
     "November 18.", FEB, {("Leeds", 2020, O, "outstanding", "current")}),
    # an earlier time's inspection date is not the article's own inspection's
    ("Ofsted has rated Wigan's children's services good. Improvements since an inspection in March 2019 were "
     "praised.", MAR, {("Wigan", 2024, O, "good", "current")}),
    ("Ofsted has rated Wigan's children's services good. The service had been rated inadequate after an "
     "inspection in March 2019.", MAR,
     {("Wigan", 2024, O, "good", "current"), ("Wigan", 2019, O, "inadequate", "previous")}),
    ("Sefton's children's services are now rated requires improvement. They were previously judged inadequate "
     "following an inspection in June 2018.", MAR,
     {("Sefton", 2024, O, "requires_improvement", "current"), ("Sefton", 2018, O, "inadequate", "previous")}),
]


@pytest.mark.parametrize("text,published,expected", CASES, ids=[c[0][:60] for c in CASES])
def test_month_without_year(text, published, expected):
    assert claim_set(claims_from_text(text, published)) == expected


@pytest.mark.parametrize("month", ["January", "February"])
def test_a_grade_of_january_or_february_does_not_date_its_inspection(month):
    # "rated inadequate in January" may follow an inspection the year before: the month dates nothing
    assert grade_month_year("", f" by ofsted in {month.lower()}.", date(2020, 3, 10)) is None
    assert grade_month_year("", " by ofsted in march.", date(2020, 3, 10)) == 2020


def test_a_month_with_its_year_or_no_page_date_is_left_to_the_year():
    assert grade_month_year("", " in december 2018.", JAN) is None
    assert grade_month_year("", " in december.", None) is None
    assert relative_inspection_year("Inspectors visited in November.", None) is None
    assert relative_inspection_year("Inspectors visited in November 2017.", JAN) is None
    # an earlier time: "since inspections in November"
    assert relative_inspection_year("There has been progress since inspectors visited in November.", JAN) is None


# the article's inspection dated before an earlier one in the same sentence: the first date is its own
SAME_SENTENCE = [
    ("Ofsted has rated Wigan's children's services as requires improvement. The inspection took place between "
     "24 April and 11 May 2017, the previous inspection took place in 2012.", None,
     {("Wigan", 2017, O, "requires_improvement", "current")}),
    ("Ofsted has rated Sefton's children's services good. Inspectors visited in March 2019; the last inspection "
     "was in 2015.", None, {("Sefton", 2019, O, "good", "current")}),
    # ... not the earlier inspection's date when it comes first
    ("Ofsted has rated Leeds City Council's children's services outstanding. The previous inspection was in 2015, "
     "and this inspection found strong leaders.", None, {("Leeds", None, O, "outstanding", "current")}),
]


@pytest.mark.parametrize("text,published,expected", SAME_SENTENCE, ids=[c[0][-50:] for c in SAME_SENTENCE])
def test_own_inspection_dated_before_an_earlier_one(text, published, expected):
    assert claim_set(claims_from_text(text, published)) == expected


# a visit that grades nothing dates no grade: its date is not the graded inspection's
VISITS = [
    ("Ofsted has rated Wigan's children's services good. A monitoring visit in January 2020 found improvements.",
     None, {("Wigan", None, O, "good", "current")}),
    ("Sefton's children's services have been rated requires improvement by Ofsted. Inspectors carried out a "
     "focused visit in March 2021.", None, {("Sefton", None, O, "requires_improvement", "current")}),
    ("Leeds City Council's children's services have been rated outstanding by Ofsted. A joint targeted area "
     "inspection in 2019 looked at neglect.", None, {("Leeds", None, O, "outstanding", "current")}),
    # ... while the graded inspection's date still dates it
    ("Ofsted has rated Wigan's children's services good after an inspection in May 2022. A monitoring visit in "
     "January 2020 had found improvements.", None, {("Wigan", 2022, O, "good", "current")}),
]


@pytest.mark.parametrize("text,published,expected", VISITS, ids=[c[0][-50:] for c in VISITS])
def test_an_ungraded_visit_dates_no_grade(text, published, expected):
    assert claim_set(claims_from_text(text, published)) == expected


# a season without a year: the latest one begun by the page's date
SEASONS = [
    ("Wigan Council's children's services have been rated good by Ofsted after an inspection in the autumn.",
     date(2020, 3, 2), {("Wigan", 2019, O, "good", "current")}),
    ("Sefton's children's services have been rated requires improvement after inspectors visited in the summer.",
     date(2020, 3, 2), {("Sefton", 2019, O, "requires_improvement", "current")}),
    ("Sefton's children's services have been rated requires improvement after inspectors visited in the summer.",
     date(2020, 9, 2), {("Sefton", 2020, O, "requires_improvement", "current")}),
    # ... not a season with its year, nor an inspection to come
    ("Wigan Council's children's services have been rated good by Ofsted after an inspection in the autumn of 2018.",
     date(2020, 3, 2), {("Wigan", 2018, O, "good", "current")}),
    ("Leeds City Council's children's services have been rated outstanding by Ofsted. The next inspection is "
     "expected in the autumn.", date(2020, 3, 2), {("Leeds", 2020, O, "outstanding", "current")}),
]


@pytest.mark.parametrize("text,published,expected", SEASONS, ids=[c[0][-50:] + str(c[1]) for c in SEASONS])
def test_a_season_without_a_year(text, published, expected):
    assert claim_set(claims_from_text(text, published)) == expected
