"""Every kind of publication an authority's page lists is recorded with its kind, read from its
title and confirmed by the extractor, and announced with `ofsted.publication.loaded`; a title the
reader does not know is kept as `other`, never dropped and never a failure. The letters are
MADE FOR TESTS (tests/letters_for_tests.py); the replica serves them beside the real reports."""
from __future__ import annotations

from datetime import date

import pytest

import letters_for_tests as letters
from conftest import read_events, utcnow
from corpus import require_corpus
from extractors.publication_kind import kind_from_title
from sources.replica import Replica
from sources.replica.corpus import load_corpus

DARLINGTON = "80458"

# (title on the site, letter, kind from the title, kind once read, status once read)
PUBLISHED = [
    ("Children's services focused visit", letters.focused_visit, "focused_visit", "focused_visit", "loaded"),
    ("Monitoring visit of local authority children's services", letters.monitoring_visit, "monitoring_visit",
     "monitoring_visit", "loaded"),
    ("Joint targeted area inspection", letters.jtai, "jtai", "jtai", "recorded"),
    ("Area SEND full inspection", letters.area_send, "area_send", "area_send", "recorded"),
    ("Review of the Local Safeguarding Children Board", letters.lscb_review, "lscb_review", "lscb_review", "loaded"),
    # a title nobody listed: the file shows it is a focused visit letter
    ("Letter to the director", lambda: letters.focused_visit(on="8 and 9 October 2023"), "other", "focused_visit",
     "loaded"),
    # a kind nobody knows: kept as other, with its title
    ("Annual engagement meeting summary", letters.unknown_kind, "other", "other", "quarantined"),
]


@pytest.mark.parametrize("title, kind", [
    ("Children's services inspection", "full_inspection"),
    ("Single inspection of la children's services as pdf", "full_inspection"),
    ("Children\u2019s services focused visit", "focused_visit"),
    ("Joint area child protection inspection", "jtai"),
    ("Area SEND full inspection", "area_send"),
    ("Local area SEND revisit", "area_send"),
    ("Monitoring visit", "monitoring_visit"),
    ("LSCB review", "lscb_review"),
    ("Something else entirely", "other"),
    ("", "other"),
])
def test_the_kind_is_read_from_the_title(title, kind):
    assert kind_from_title(title) == kind


def test_each_publication_kind_is_recorded_with_its_event(ofsted, prefect_server):
    corpus = load_corpus(require_corpus()).only({DARLINGTON})
    with Replica(corpus, as_of="2024-01-01") as site:
        ofsted.run("poll", "--site", site.url)  # Darlington's real reports
        ids = {site.publish(DARLINGTON, title, date(2024, 2, 1 + i), make()): (title, *rest)
               for i, (title, make, *rest) in enumerate(PUBLISHED)}
        site.set_as_of("2024-03-01")
        since = utcnow()
        result = ofsted.run("poll", "--site", site.url)
        assert f"{len(PUBLISHED)} new" in result.stdout
        rows = {r["file_id"]: r for r in ofsted.sql(
            "SELECT file_id, publication_kind, publication_title, kind_source, status FROM publications")}
        for file_id, (title, _, kind, status) in ids.items():
            row = rows[file_id]
            assert (row["publication_title"], row["publication_kind"], row["status"]) == (title, kind, status), row
            assert row["kind_source"] == ("title" if status == "quarantined" else "extractor")
        letters_read = {r["file_id"]: r for r in ofsted.sql(
            "SELECT file_id, inspection_start, lead_inspector FROM extractions")}
        jtai = next(f for f, v in ids.items() if v[2] == "jtai")
        assert (letters_read[jtai]["inspection_start"], letters_read[jtai]["lead_inspector"]) == ("2024-06-10", "Tracey Scott")
        events = {e["payload"]["file_id"]: e for e in read_events(prefect_server, "ofsted.publication.loaded", since,
                                                                   settle=2)}
        for file_id, (_, _, kind, _) in ids.items():
            assert events[file_id]["payload"]["publication_kind"] == kind
            assert events[file_id]["resource"]["ofsted.publication-kind"] == kind
