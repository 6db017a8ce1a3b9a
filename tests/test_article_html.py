"""News articles as HTML pages: `extract` reads them as kind `article` with their claims, through
page markup (banners, menus, related links) that must not add any; pages that are no article
stay not a report."""
from __future__ import annotations

import json
import subprocess
import sys
from datetime import date
from pathlib import Path

import pytest
from corpus import corpus_pdf, file_by_id
from seeds import SEED_CLAIMS, claim_set, require_seeds

from extractors import extract
from extractors import html_text
from extractors.html_meta import page_meta
from sources.replica.news import NewsDesk

NOT_FOUND_FILE = "50004190"  # where Ofsted served its "Report not found" page (sha256 c400d841...)

def pages() -> dict[str, bytes]:
    """The replica's page of each seed article (by seed file name), rendered without a server."""
    desk = NewsDesk.load(require_seeds())
    return {page.item.seed: desk.route(page.path, None, "http://replica.test")[1].encode() for page in desk.pages}


@pytest.mark.parametrize("name", SEED_CLAIMS)
def test_seed_pages_are_articles_with_their_claims(name):
    authority, published, claims = SEED_CLAIMS[name]
    record = extract(pages()[name])
    assert (record.status, record.report_kind, record.framework) == ("ok", "article", "none")
    assert record.local_authority == authority and record.published == published
    assert record.lead_inspector is None and record.inspection_start is None and record.inspection_end is None
    assert claim_set(record.claims) == claims
    assert record.judgements == {c[2]: c[3] for c in claims if c[4] == "current"}
    assert record.to_json()["claims"] == record.claims


@pytest.mark.parametrize("name", SEED_CLAIMS)
def test_the_plain_reader_finds_the_same_claims_without_trafilatura(name, monkeypatch):
    monkeypatch.setattr(html_text, "_with_trafilatura", lambda html: None)
    assert claim_set(extract(pages()[name]).claims) == SEED_CLAIMS[name][2]


def test_page_furniture_is_not_main_text():
    page = pages()["darlington-2022-council-news.txt"]
    text = html_text.main_text(page)
    assert "We are absolutely delighted" in text
    for furniture in ("cookies", "Council tax", "Related news", "Accessibility statement", "Share this page"):
        assert furniture not in text


@pytest.mark.parametrize("head, published", [
    ('<meta property="article:published_time" content="2022-12-02T09:30:00+00:00">', date(2022, 12, 2)),
    ('<script type="application/ld+json">{"@graph": [{"@type": "NewsArticle", "datePublished": "2015-09-01"}]}</script>',
     date(2015, 9, 1)),
    ("", date(2012, 2, 10)),  # the <time> of the article
])
def test_publication_date_from_meta_json_ld_or_time(head, published):
    html = (f"<html><head><title>Story | Paper</title>{head}</head><body><time datetime='2001-01-01'>x</time>"
            f"<article><h1>Story</h1><time datetime='2012-02-10'>10 February 2012</time><p>Text</p></article></body></html>")
    assert page_meta(html).published == published


def test_publication_date_written_near_the_top_of_the_text():
    meta = page_meta("<html><head><title>Ofsted rates council good - Courier</title></head><body></body></html>",
                     "Published 2 December 2022\nOfsted has rated the council good.")
    assert meta.published == date(2022, 12, 2) and meta.headline == "Ofsted rates council good"


def test_report_not_found_page_stays_not_a_report():
    record = extract(corpus_pdf(file_by_id(NOT_FOUND_FILE)))
    assert record.status == "not_a_report" and record.report_kind == "other"
    assert record.error == "The file is an HTML page ('Report not found - Find an Inspection Report - Ofsted'), not a PDF report."


def test_a_page_about_no_inspection_is_not_a_report():
    page = (b"<!DOCTYPE html><html><head><title>Bin collections</title></head><body><article><h1>Bins</h1>"
            b"<p>Darlington Borough Council will collect bins on Saturday after the bank holiday.</p></article></body></html>")
    record = extract(page)
    assert record.status == "not_a_report"
    assert record.error == "The file is an HTML page ('Bin collections'), not a PDF report."


def test_an_article_from_a_council_is_about_that_council():
    page = (b"<html><head><title>News | Wigan Council</title><meta property='og:site_name' content='Wigan Council'>"
            b"</head><body><main><article><h1>Ofsted praises our services</h1><p>Published: 3 March 2023</p>"
            b"<p>Ofsted has rated the council's children's services as outstanding following an inspection in "
            b"January.</p></article></main></body></html>")
    record = extract(page)
    assert record.report_kind == "article" and record.local_authority == "Wigan"
    assert record.published == date(2023, 3, 3)
    assert claim_set(record.claims) == {("Wigan", 2023, "overall_effectiveness", "outstanding", "current")}


def test_extract_command_reads_html_articles_beside_reports(tmp_path):
    for name, page in pages().items():
        (tmp_path / name.replace(".txt", ".html")).write_bytes(page)
    (tmp_path / "empty.pdf").write_bytes(b"")
    ofsted = str(Path(sys.executable).with_name("ofsted"))
    result = subprocess.run([ofsted, "extract", str(tmp_path), "--format", "jsonl"], capture_output=True, text=True,
                            timeout=120)
    assert result.returncode == 0, result.stderr
    records = [json.loads(line) for line in result.stdout.splitlines()]
    assert [Path(r["path"]).name for r in records] == sorted(p.name for p in tmp_path.iterdir())
    articles = [r for r in records if r["report_kind"] == "article"]
    assert len(articles) == 3 and all(r["claims"] and r["status"] == "ok" for r in articles)
    sentences = {c["sentence"] for r in articles for c in r["claims"]}
    assert all(sentences) and ("The report confirms the impact of leaders on social work practice with children and "
                               "families is good and that \"children's social care is led by a director of people, who "
                               "supported by a strong team, understands the vision of the council, and is determined "
                               "to improve outcomes.\"") in sentences
    assert next(r for r in records if r["path"].endswith("empty.pdf"))["status"] == "unreadable"
