"""Bad input gets a status and one clear sentence, never a traceback."""
from __future__ import annotations

import io

import pytest
from pypdf import PdfReader, PdfWriter

from corpus import corpus_pdf, file_by_id
from extractors import extract
from pdf_builder import text_pdf

DARLINGTON_2022 = "50200877"


def _one_sentence(error: str) -> bool:
    return bool(error) and "\n" not in error and "Traceback" not in error and error.endswith(".")


def test_empty_file_is_unreadable():
    record = extract(b"")
    assert record.status == "unreadable" and _one_sentence(record.error)
    assert "empty" in record.error


def test_truncated_pdf_is_unreadable():
    data = corpus_pdf(file_by_id(DARLINGTON_2022))
    record = extract(data[: len(data) // 20])
    assert record.status == "unreadable", record
    assert _one_sentence(record.error)


def test_password_protected_pdf_is_unreadable():
    writer = PdfWriter(clone_from=PdfReader(io.BytesIO(corpus_pdf(file_by_id(DARLINGTON_2022)))))
    writer.encrypt(user_password="secret", owner_password="owner")
    buffer = io.BytesIO()
    writer.write(buffer)
    record = extract(buffer.getvalue())
    assert record.status == "unreadable"
    assert "password" in record.error


def test_html_page_is_not_a_report():
    page = b"<!DOCTYPE html><html><head><title>Service unavailable</title></head><body>Try later</body></html>"
    record = extract(page)
    assert record.status == "not_a_report"
    assert record.error == "The file is an HTML page ('Service unavailable'), not a PDF report."


def test_pdf_that_is_no_inspection_report_is_not_a_report():
    record = extract(text_pdf([["Minutes of the parish council", "Item 1: the village hall roof"]]))
    assert record.status == "not_a_report"
    assert record.judgements == {} and _one_sentence(record.error)


def test_random_bytes_are_unreadable():
    record = extract(b"\x00\x01binary junk" * 50)
    assert record.status == "unreadable" and _one_sentence(record.error)


def test_a_pdf_without_text_is_unreadable():
    record = extract(text_pdf([[]]))
    assert record.status == "unreadable"
    assert "no text" in record.error


@pytest.mark.parametrize("damage", [lambda d: d.replace(b"endobj", b"endXbj"), lambda d: d[:9] + b"\x00" * 400 + d[409:]])
def test_damaged_pdf_never_raises(damage):
    record = extract(damage(corpus_pdf(file_by_id(DARLINGTON_2022))))
    assert record.status in ("ok", "unreadable")
    if record.status != "ok":
        assert _one_sentence(record.error)
