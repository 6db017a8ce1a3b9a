"""The pure readers of dates, grades, names and authorities, on the shapes real reports print."""
from __future__ import annotations

from datetime import date

import pytest

from extractors.authorities import canonical_name
from extractors.dates import parse_periods
from extractors.fields import inspection_dates, lead_inspector
from extractors.text import NOT_JUDGED, parse_grade


@pytest.mark.parametrize("text, start, end", [
    ("Inspection dates: 10 October to 21 October 2022", date(2022, 10, 10), date(2022, 10, 21)),
    ("Inspection date: 23 June \u2013 16 July 2015", date(2015, 6, 23), date(2015, 7, 16)),
    ("Inspection dates: 15-19 July 2013", date(2013, 7, 15), date(2013, 7, 19)),
    ("Inspection date: 12/09/2016 to 06/10/2016", date(2016, 9, 12), date(2016, 10, 6)),
    ("Inspection dates:\u00a027\u00a0September to 8\u00a0October 2021", date(2021, 9, 27), date(2021, 10, 8)),
    ("Inspection dates: 1 0 to 2 1 October 2022", date(2022, 10, 10), date(2022, 10, 21)),
    ("Inspection dates: 28 November 2016 to 2 December 2016", date(2016, 11, 28), date(2016, 12, 2)),
    ("Inspection dates: 28 December to 8 January 2016", date(2015, 12, 28), date(2016, 1, 8)),
    ("Inspection dates: 5 to 9 December 2022 and 14 to 15 February 2023", date(2022, 12, 5), date(2023, 2, 15)),
    ("Inspection dates: 16 September 2014 \u2013\n8 October 2014", date(2014, 9, 16), date(2014, 10, 8)),
])
def test_inspection_dates(text, start, end):
    assert inspection_dates(text) == (start, end)


def test_two_periods_are_kept_apart():
    assert parse_periods("5 to 9 December 2022 and 14 to 15 February 2023") == [
        (date(2022, 12, 5), date(2022, 12, 9)), (date(2023, 2, 14), date(2023, 2, 15))]


@pytest.mark.parametrize("phrase, grade", [
    ("Requires improvement to be good", "requires_improvement"),
    ("Requires\nimprovement to\nbe good", "requires_improvement"),
    ("Require improvement", "requires_improvement"),
    ("Good", "good"),
    ("Inadequate", "inadequate"),
    ("Adequate", "adequate"),
    ("Outstanding", "outstanding"),
    ("Not judged", NOT_JUDGED),
    ("Judgement", None),
])
def test_grade_words(phrase, grade):
    assert parse_grade(phrase) == grade


@pytest.mark.parametrize("text, name", [
    ("Lead inspector: Steve Lowe, Her Majesty\u2019s Inspector", "Steve Lowe"),
    ("Lead inspector: Alison Smale, His Majesty\u2019s Inspector", "Alison Smale"),
    ("Lead inspector: Neil Penswick HMI", "Neil Penswick"),
    ("Lead inspector: Tracey Scott\nHer Majesty\u2019s Inspector", "Tracey Scott"),
    ("Deputy lead inspector: Pietro Battista\nLead inspector: Jansy Kelly", "Jansy Kelly"),
    ("Reporting inspector Sarah Urding HMI", "Sarah Urding"),
    ("Lead inspectors: Rebecca Quested, His Majesty\u2019s Inspector, and Matthew Reed,\nHis Majesty\u2019s Inspector",
     "Rebecca Quested; Matthew Reed"),
])
def test_lead_inspector_is_the_name_alone(text, name):
    assert lead_inspector(text) == name


@pytest.mark.parametrize("printed, name", [
    ("Nottingham City Council", "Nottingham"),
    ("the London Borough of Ealing", "Ealing"),
    ("Metropolitan Borough of Barnsley Council", "Barnsley"),
    ("Bristol City of", "Bristol, City of"),
    ("Hull", "Kingston Upon Hull, City of"),
    ("Kingston Upon Hull City Council", "Kingston Upon Hull, City of"),
    ("Durham County Council", "Durham"),
    ("Darlington Borough Council", "Darlington"),
    ("Bournemouth, Christchurch and Poole", "Bournemouth, Christchurch and Poole"),
    ("City of London", "City of London"),
    ("Surrey Safeguarding Children Board", "Surrey"),
    ("Royal Borough of Kensington and Chelsea", "Kensington and Chelsea"),
])
def test_authority_names(printed, name):
    assert canonical_name(printed) == name
