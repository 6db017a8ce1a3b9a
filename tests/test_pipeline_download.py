"""Downloading for ingestion: the raw bytes are kept, and a run that stopped before loading does
not make the next one download the same reports again (on the real site, a second each)."""
from __future__ import annotations

from datetime import date

from corpus import _manifest, require_corpus
from pipeline.config import PipelineConfig
from pipeline.ingest import fetch_and_extract_all, store_for
from sources.ofsted_reports import Publication
from sources.replica import Replica

ERROR_PAGE = "50004190"  # Birmingham 2012: the site serves an HTML "Report not found" page for it


def _publication(file_id: str) -> Publication:
    row = next(r for r in _manifest() if r["file_id"] == file_id)
    return Publication(urn=row["urn"], local_authority=row["local_authority"], file_id=file_id, title=row["title"],
                       published=date.fromisoformat(row["published"]), url="")


def test_a_kept_report_is_not_downloaded_again_but_a_kept_error_page_is(tmp_path):
    report = next(r["file_id"] for r in _manifest() if r["urn"] == "80458")
    publications = [_publication(report), _publication(ERROR_PAGE)]
    with Replica(require_corpus()) as site:
        config = PipelineConfig(site_url=site.url, pause=0, db=str(tmp_path / "ofsted.duckdb"))
        first = fetch_and_extract_all(config, publications, in_pool=False)
        asked = site.stats()["file_requests"]
        again = fetch_and_extract_all(config, publications, in_pool=False)
        assert site.stats()["file_requests"] - asked == 1  # only the error page, asked for again

    assert [o.extraction for o in again] == [o.extraction for o in first]
    assert again[0].extraction.status == "ok" and again[1].extraction.status == "not_a_report"
    assert store_for(config).find(report).stem == first[0].extraction.sha256
