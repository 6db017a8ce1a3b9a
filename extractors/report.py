"""The entry point: a document's bytes in, an `Extraction` out. No I/O but for `extract_file`.

PDFs are inspection reports; an HTML page is read as a news article about an inspection when it
is one (`extractors.article`), else it is not a report."""
from __future__ import annotations

import hashlib
import re
from datetime import date

from extractors.article import extract_article
from extractors.checks import field_warnings
from extractors.codes import STATUS_NOT_A_REPORT, STATUS_OK, STATUS_UNREADABLE
from extractors.formats import ilacs, letters, pre2013, sif
from extractors.pdf import PdfText, UnreadableDocument
from extractors.record import Extraction
from extractors.text import flat

_OTHER_REPORTS = re.compile(
    r"(?i)joint targeted area inspection|joint area child protection|area send|local area send"
    r"|assurance visit|inspection of (?:the )?local authority arrangements"
)


def extract(data: bytes, url: str | None = None, listed: date | None = None) -> Extraction:
    """Read what a report says (`url`: the address a web page was fetched from, which may say
    whose page it is; `listed`: the date a feed or listing gave the page, for a page that gives
    none). Never raises: a bad document gets a status and one sentence."""
    sha256 = hashlib.sha256(data).hexdigest()
    try:
        return _extract(data, sha256, url, listed)
    except UnreadableDocument as exc:
        return _failed(sha256, STATUS_UNREADABLE, str(exc))
    except Exception as exc:  # a document no rule foresaw must not stop a batch
        return _failed(sha256, STATUS_UNREADABLE, f"The extractor could not read this file ({type(exc).__name__}: {exc}).")


def extract_file(path: str) -> Extraction:
    """`extract` on a file's bytes; a file that cannot be read is reported, not raised."""
    try:
        with open(path, "rb") as f:
            data = f.read()
    except OSError as exc:
        return _failed(hashlib.sha256(b"").hexdigest(), STATUS_UNREADABLE, f"The file cannot be read ({exc.strerror}).")
    return extract(data)


def _failed(sha256: str, status: str, error: str) -> Extraction:
    return Extraction(sha256=sha256, status=status, report_kind="other", framework="none", error=error)


def _extract(data: bytes, sha256: str, url: str | None = None, listed: date | None = None) -> Extraction:
    if not data.strip():
        return _failed(sha256, STATUS_UNREADABLE, "The file is empty.")
    head = data[:1024].lstrip(b"\xef\xbb\xbf \t\r\n")
    if not head.startswith(b"%PDF-") and b"%PDF-" not in data[:1024]:
        return _not_pdf(data, sha256, url, listed)
    pdf = PdfText(data)
    try:
        page1 = pdf.page_text(0)
        if not flat(page1):
            return _failed(sha256, STATUS_UNREADABLE, "The PDF has no text to read on its first page (a scanned image?).")
        fields = _parse(pdf, page1)
    finally:
        pdf.close()
    if fields is None:
        return _failed(sha256, STATUS_NOT_A_REPORT,
                       "The PDF is not an Ofsted inspection report of local authority children's services.")
    if fields.get("report_kind") != "other":
        fields["warnings"] = list(fields.get("warnings", [])) + field_warnings(fields)
    return Extraction(sha256=sha256, status=STATUS_OK, **fields)


def _parse(pdf: PdfText, page1: str) -> dict | None:
    """The fields of the first format page 1 belongs to, or None for a document of no format."""
    kind = letters.letter_kind(page1)
    if kind:
        return letters.parse(pdf, kind)
    if sif.is_sif(page1):
        return sif.parse(pdf)
    if sif.is_lscb_review(page1):
        return sif.parse(pdf, lscb_only=True)
    if ilacs.is_ilacs(page1):
        return ilacs.parse(pdf)
    if pre2013.is_pre2013(page1):
        return pre2013.parse(pdf)
    joint = letters.joint_letter_kind(page1)
    if joint:  # a joint inspection's letter: kind other, its own publication kind, dates, inspector
        return letters.parse_joint(pdf, joint)
    if _OTHER_REPORTS.search(flat(page1[:1500])) and re.search(r"(?i)ofsted", flat(" ".join(pdf.page_text(i) for i in range(min(3, pdf.page_count))))):
        return dict(report_kind="other", framework="none", judgements={}, warnings=[])
    return None


def _not_pdf(data: bytes, sha256: str, url: str | None = None, listed: date | None = None) -> Extraction:
    head = data[:4096].decode("utf-8", "replace")
    if re.search(r"(?i)<!doctype html|<html|<head|<body", head):
        article = extract_article(data, sha256, url, listed)
        if article is not None:
            return article
        title = re.search(r"(?is)<title[^>]*>(.*?)</title>", data[:65536].decode("utf-8", "replace"))
        what = f" ('{flat(title.group(1))}')" if title and flat(title.group(1)) else ""
        return _failed(sha256, STATUS_NOT_A_REPORT, f"The file is an HTML page{what}, not a PDF report.")
    return _failed(sha256, STATUS_UNREADABLE, "The file is not a PDF (it does not start with %PDF-).")
