"""Fields other than grades on forms the corpus holds few of: the authority named above a title
that does not name it, and a warning wherever a field was not found or cannot be right."""
from __future__ import annotations

from datetime import date

from extractors import extract
from extractors.checks import field_warnings
from pdf_builder import contradicting_report_pdf


def test_ilacs_title_without_the_name_takes_the_council_above_it():
    pdf = contradicting_report_pdf(authority="Darlington", page1_grade="good", body_grade="good").replace(
        b"(Inspection of Darlington local authority children's services) Tj",
        b"(Liverpool City Council) Tj 1 0 0 1 72 756 Tm (Inspection of local authority children's services) Tj", 1)
    record = extract(pdf)
    assert record.local_authority == "Liverpool"
    assert not [w for w in record.warnings if "local authority" in w]


FIELDS = dict(framework="ilacs_2023", local_authority="Darlington", inspection_start=date(2023, 3, 6),
              inspection_end=date(2023, 3, 17), lead_inspector="Jane Example", warnings=[])


def test_a_complete_reading_has_no_warning():
    assert field_warnings(FIELDS) == []


def test_missing_or_impossible_fields_are_warned():
    assert field_warnings({**FIELDS, "local_authority": None}) == ["local authority not found"]
    assert "not a name in the reference list" in field_warnings({**FIELDS, "local_authority": "local authority"})[0]
    assert field_warnings({**FIELDS, "inspection_start": None}) == ["inspection dates not found"]
    assert "out of order" in field_warnings({**FIELDS, "inspection_start": date(2023, 3, 20)})[0]
    assert "do not fit" in field_warnings({**FIELDS, "inspection_start": date(2015, 3, 2),
                                           "inspection_end": date(2015, 3, 20)})[0]
    assert field_warnings({**FIELDS, "lead_inspector": None}) == ["lead inspector not found"]
