"""The warehouse: schema and reference data, loading the whole corpus, history, rating changes,
supersession of corrected reports, idempotent and order-independent loads, the outbox."""
from __future__ import annotations

import csv
import dataclasses
import random
import shutil
from datetime import date

import duckdb
import pytest

from extractors.record import Extraction
from warehouse.db import migrations
from warehouse import (INSPECTION_LOADED, LATEST_VERSION, RATING_CHANGED, Publication, Warehouse,
                       connect, load_batch, load_report, load_reports, mark_published, migrate,
                       pending_events, save_extraction, save_publication, schema_version)
from warehouse.db import migrations
from warehouse.outbox import event_id
from warehouse_fixtures import DARLINGTON, authorities_csv, corpus_records, snapshot


@pytest.fixture(scope="module")
def corpus():
    return corpus_records()


@pytest.fixture(scope="module")
def clean_db(tmp_path_factory, corpus):
    """The whole corpus loaded once, in manifest order (never modified by tests: copy it)."""
    db = tmp_path_factory.mktemp("clean") / "ofsted.duckdb"
    load_reports(db, corpus, batch=50)
    return db


@pytest.fixture(scope="module")
def clean(clean_db):
    return snapshot(clean_db)


def darlington(corpus):
    return [r for r in corpus if r[0].urn == DARLINGTON]


def query(db, sql, params=None):
    with Warehouse(db, read_only=True) as wh:
        return wh.conn.execute(sql, params or []).fetchall()


def copy_db(src, tmp_path):
    dst = tmp_path / "copy.duckdb"
    shutil.copy(src, dst)
    return dst


# --- schema, migrations, reference data ------------------------------------------------------

def test_a_new_file_is_created_at_the_latest_schema_version(tmp_path):
    db = tmp_path / "sub" / "ofsted.duckdb"
    with connect(db) as wh:
        assert schema_version(wh.conn) == LATEST_VERSION >= 2
        versions = wh.conn.execute("SELECT version, name FROM schema_migrations ORDER BY 1").fetchall()
    shipped = [(number, name) for number, name, _ in migrations()]
    assert versions == shipped and shipped[:4] == [(1, "tables"), (2, "views"), (3, "articles"), (4, "review")]
    assert (5, "polls_and_kinds") in versions and (6, "neighbours") in versions


def test_opening_an_older_file_upgrades_it_and_keeps_its_data(tmp_path, corpus):
    db = tmp_path / "old.duckdb"
    conn = duckdb.connect(str(db))
    assert migrate(conn, upto=1) == 1
    pub, _ = darlington(corpus)[0]
    conn.execute("INSERT INTO publications (file_id, urn, url, sha256, first_seen) VALUES (?, ?, ?, ?, now())",
                 [pub.file_id, pub.urn, pub.url, pub.sha256])
    conn.close()

    with Warehouse(db, read_only=True) as wh:  # even a reader gets the upgraded file
        assert schema_version(wh.conn) == LATEST_VERSION
        assert wh.conn.execute("SELECT count(*) FROM latest_ratings").fetchone() == (0,)
        assert wh.conn.execute("SELECT file_id FROM publications").fetchall() == [(pub.file_id,)]


def test_the_data_folder_is_set_by_option_or_environment(tmp_path, monkeypatch):
    from warehouse import warehouse_path

    monkeypatch.delenv("OFSTED_WAREHOUSE", raising=False)
    monkeypatch.delenv("OFSTED_DATA_DIR", raising=False)
    assert str(warehouse_path()) == "data/ofsted.duckdb"
    monkeypatch.setenv("OFSTED_DATA_DIR", str(tmp_path))
    assert warehouse_path() == tmp_path / "ofsted.duckdb"
    monkeypatch.setenv("OFSTED_WAREHOUSE", str(tmp_path / "w.duckdb"))
    assert warehouse_path() == tmp_path / "w.duckdb"
    assert warehouse_path(tmp_path / "x.duckdb") == tmp_path / "x.duckdb"


def test_reference_authorities_match_the_public_list(tmp_path):
    with open(authorities_csv(), newline="", encoding="utf-8") as f:
        public = sorted((int(r["urn"]), r["la_code"], r["ons_code"], r["name"], r["region_code"], r["region"])
                        for r in csv.DictReader(f))
    with connect(tmp_path / "w.duckdb") as wh:
        ours = sorted(wh.conn.execute("SELECT * FROM authorities").fetchall())
    assert len(ours) == 153
    assert ours == public
    assert (80458, "841", "E06000005", "Darlington", "E12000001", "North East") in ours

    with connect(tmp_path / "w.duckdb") as wh:  # a file whose reference data is not the shipped one
        wh.conn.execute("DELETE FROM authorities WHERE urn = 80458")
        wh.conn.execute("UPDATE warehouse_meta SET value = 'old' WHERE key = 'authorities_sha256'")
    with connect(tmp_path / "w.duckdb") as wh:  # is brought up to date when next opened to write
        assert sorted(wh.conn.execute("SELECT * FROM authorities").fetchall()) == public


# --- the whole corpus ---------------------------------------------------------------------------

def test_whole_corpus_gives_one_inspection_per_real_report(clean_db, corpus):
    real = [p for p, x in corpus if x.status == "ok"]
    assert len(real) == 295
    assert query(clean_db, "SELECT count(*) FROM inspections") == [(295,)]
    assert query(clean_db, "SELECT count(*) FROM publications") == [(298,)]
    assert sorted(query(clean_db, "SELECT file_id FROM inspections")) == sorted((p.file_id,) for p in real)
    assert query(clean_db, "SELECT status, count(*) FROM publications GROUP BY 1 ORDER BY 1") == [
        ("loaded", 295), ("quarantined", 3)]


def test_error_pages_are_quarantined_with_a_reason(clean_db):
    rows = query(clean_db, "SELECT local_authority, sha256, reason FROM quarantine ORDER BY 1")
    assert [r[0] for r in rows] == ["Birmingham", "Blackpool", "Bromley"]
    assert {r[1][:8] for r in rows} == {"c400d841"}
    assert all("Report not found" in r[2] and r[2].startswith("not_a_report") for r in rows)


def test_darlington_history(clean_db):
    rows = query(clean_db, "SELECT inspection_date, report_kind, framework, overall_effectiveness, lead_inspector "
                           "FROM authority_history WHERE authority = 'Darlington'")
    assert rows == [
        (date(2015, 7, 16), "sif", "sif", "inadequate", "Wendy Ghaffar"),
        (date(2018, 3, 22), "sif", "sif", "requires_improvement", "Graham Reiter"),
        (date(2022, 10, 21), "ilacs_standard", "ilacs_2018", "good", "Vicky Metheringham"),
        (date(2026, 2, 13), "ilacs_short", "ilacs_2023", "outstanding", "Gareth Dakin"),
    ]


def test_darlington_overall_effectiveness_moves_up_across_frameworks(clean_db):
    rows = query(clean_db, """
        SELECT previous_grade, year(previous_date), previous_framework, new_grade, year(new_date), new_framework,
               direction
        FROM rating_changes WHERE urn = 80458 AND area = 'overall_effectiveness' ORDER BY new_date""")
    assert rows == [
        ("inadequate", 2015, "sif", "requires_improvement", 2018, "sif", "up"),
        ("requires_improvement", 2018, "sif", "good", 2022, "ilacs_2018", "up"),
        ("good", 2022, "ilacs_2018", "outstanding", 2026, "ilacs_2023", "up"),  # the 2026 report
    ]


def test_comparable_areas_cross_frameworks_and_others_do_not(clean_db):
    changes = query(clean_db, "SELECT area, year(previous_date), year(new_date) FROM rating_changes "
                              "WHERE urn = 80458 ORDER BY area, new_date")
    # SIF leadership, management and governance -> ILACS leaders; SIF 2.2 care leavers -> ILACS 2023
    # care leavers (the ILACS 2018 joint judgement in between does not count as one).
    assert ("leaders", 2018, 2022) in changes
    assert ("care_leavers", 2018, 2026) in changes
    assert not {a for a, *_ in changes} & {"in_care", "in_care_and_care_leavers", "adoption"}
    # equal grades are no change: care leavers good in 2015 and 2018
    assert ("care_leavers", 2015, 2018) not in changes


def test_latest_ratings_answer_who_is_inadequate_in_the_north_east_today(clean_db):
    rows = query(clean_db, "SELECT authority, grade, is_current FROM latest_ratings "
                           "WHERE region = 'North East' AND area = 'overall_effectiveness' ORDER BY authority")
    assert len(rows) == 12  # every North East authority
    assert ("Darlington", "outstanding", True) in rows
    assert [r for r in rows if r[1] == "inadequate"] == [("South Tyneside", "inadequate", False)]
    # South Tyneside's latest full inspection (ILACS 2026) gives no overall effectiveness
    latest = query(clean_db, "SELECT framework, overall_effectiveness FROM authority_history "
                             "WHERE authority = 'South Tyneside' ORDER BY inspection_date DESC LIMIT 1")
    assert latest == [("ilacs_2026", None)]


def test_region_summary_counts_latest_ratings(clean_db):
    ne = query(clean_db, "SELECT authorities, rated, outstanding + good + requires_improvement + inadequate "
                         "FROM region_summary WHERE region = 'North East' AND area = 'overall_effectiveness'")
    assert ne == [(12, 12, 12)]
    total = query(clean_db, "SELECT sum(rated) FROM region_summary WHERE area = 'overall_effectiveness'")
    assert total == query(clean_db, "SELECT count(*) FROM latest_ratings WHERE area = 'overall_effectiveness'")


# --- idempotence and order ---------------------------------------------------------------------

def test_loading_the_same_records_again_changes_nothing(clean_db, corpus, tmp_path):
    db = copy_db(clean_db, tmp_path)
    before = snapshot(db, with_clock=True)
    results = load_reports(db, corpus, batch=100)
    assert not any(r.changed or r.events for r in results)
    with Warehouse(db) as wh:  # and one report at a time
        assert not load_report(wh.conn, *corpus[0]).changed
    assert snapshot(db, with_clock=True) == before


def test_loading_in_another_order_gives_the_same_warehouse(clean, corpus, tmp_path):
    shuffled = list(corpus)
    random.Random(7).shuffle(shuffled)
    for name, records, batch in (("reversed", corpus[::-1], 1000), ("shuffled", shuffled, 13)):
        db = tmp_path / f"{name}.duckdb"
        load_reports(db, records, batch=batch)
        assert snapshot(db) == clean, name


@pytest.mark.parametrize("order", [(2022, 2015, 2026, 2018), (2026, 2022, 2018, 2015), (2018, 2026, 2015, 2022)])
def test_darlington_one_report_at_a_time_in_any_order(clean, corpus, tmp_path, order):
    by_year = {p.published.year: (p, x) for p, x in darlington(corpus)}
    db = tmp_path / "d.duckdb"
    with Warehouse(db) as wh:
        for year in order:
            load_report(wh.conn, *by_year[year])
    got = snapshot(db)
    assert got["rating_changes"] == [r for r in clean["rating_changes"] if r[0] == DARLINGTON]
    # a change 2015 -> 2022 derived before the 2018 report arrived is not left in the outbox
    assert got["outbox"] == [r for r in clean["outbox"] if r[3] == DARLINGTON]


# --- corrected re-publications --------------------------------------------------------------------

def corrected(pub: Publication, x: Extraction, **grades):
    new_pub = dataclasses.replace(pub, file_id="59999999", published=date(2023, 1, 16),
                                  url="https://files.ofsted.gov.uk/v1/file/59999999", sha256="f" * 64)
    new_x = dataclasses.replace(x, sha256="f" * 64, report_kind="ilacs", judgements={**x.judgements, **grades})
    return new_pub, new_x


@pytest.mark.parametrize("correction_first", [False, True])
def test_a_republished_report_supersedes_the_earlier_one(corpus, tmp_path, correction_first):
    records = darlington(corpus)
    original = next(r for r in records if r[0].published.year == 2022)
    fix = corrected(*original, leaders="outstanding")
    db = tmp_path / "w.duckdb"
    load_reports(db, records + [fix] if not correction_first else [fix] + records)

    assert query(db, "SELECT count(*) FROM inspections") == [(4,)]
    assert query(db, "SELECT file_id, status, superseded_by FROM publications WHERE inspection_key = "
                     "'80458/ilacs/2022-10-10' ORDER BY 1") == [
        (original[0].file_id, "superseded", "59999999"), ("59999999", "loaded", None)]
    assert query(db, "SELECT leaders, publications, url, published FROM authority_history "
                     "WHERE year(inspection_date) = 2022") == [
        ("outstanding", 2, fix[0].url, date(2023, 1, 16))]
    leaders = query(db, "SELECT previous_grade, new_grade, year(new_date) FROM rating_changes "
                        "WHERE urn = 80458 AND area = 'leaders' ORDER BY new_date")
    assert leaders == [("inadequate", "requires_improvement", 2018), ("requires_improvement", "outstanding", 2022)]
    loaded = [e for e in pending_events_of(db) if e.event_type == INSPECTION_LOADED]
    assert len(loaded) == 4 and {e.payload["file_id"] for e in loaded} >= {"59999999"}

    with Warehouse(db) as wh:  # the original arriving again does not undo the correction
        assert not load_report(wh.conn, *original).changed


def pending_events_of(db):
    with Warehouse(db, read_only=True) as wh:
        return pending_events(wh.conn)


# --- quarantine and the step-by-step API ----------------------------------------------------------

def test_publication_then_extraction_in_two_steps(corpus, tmp_path):
    pub, x = darlington(corpus)[0]
    with connect(tmp_path / "w.duckdb") as wh:
        assert save_publication(wh.conn, pub).status == "pending"
        with pytest.raises(ValueError, match="another file"):
            save_extraction(wh.conn, pub.file_id, dataclasses.replace(x, sha256="0" * 64))
        with pytest.raises(ValueError, match="save its publication"):
            save_extraction(wh.conn, "123", x)
        result = save_extraction(wh.conn, pub.file_id, x)
        assert (result.status, result.changed, result.inspection_key) == ("loaded", True, "80458/sif/2015-06-23")
        assert len(result.events) == 2  # the new inspection, and the publication read (with its kind)
        types = dict(wh.conn.execute("SELECT event_type, payload->>'publication_kind' FROM outbox").fetchall())
        assert types == {"ofsted.inspection.loaded": None, "ofsted.publication.loaded": "full_inspection"}
        assert not save_extraction(wh.conn, pub.file_id, x).changed


def test_a_site_listing_without_digest_loads_with_its_extraction(corpus, tmp_path):
    from types import SimpleNamespace

    pub, x = darlington(corpus)[0]
    listed = SimpleNamespace(urn=str(pub.urn), local_authority="Darlington", file_id=pub.file_id,
                             title=pub.title, published=pub.published, url=pub.url)
    with connect(tmp_path / "w.duckdb") as wh:
        assert load_report(wh.conn, listed, x).status == "loaded"
        assert wh.conn.execute("SELECT sha256, bytes FROM publications").fetchall() == [(x.sha256, None)]
        assert not load_report(wh.conn, Publication.coerce(listed, sha256=x.sha256), x).changed


def test_unreadable_and_invalid_extractions_go_to_quarantine_then_out_when_read(corpus, tmp_path):
    (pub, x), (pub2, x2) = darlington(corpus)[:2]
    broken = Extraction(sha256=x.sha256, status="unreadable", error="The PDF is encrypted.")
    odd = dataclasses.replace(x2, judgements={"overall_effectiveness": "super"})
    with connect(tmp_path / "w.duckdb") as wh:
        results = load_batch(wh.conn, [(pub, broken), (pub2, odd)])
        assert [(r.status, r.reason) for r in results] == [
            ("quarantined", "unreadable: The PDF is encrypted."),
            ("quarantined", "unknown grade 'super' for overall_effectiveness")]
        assert wh.conn.execute("SELECT count(*) FROM inspections").fetchone() == (0,)
        assert load_report(wh.conn, pub, x).status == "loaded"  # a better extractor read it after all
        assert wh.conn.execute("SELECT file_id FROM quarantine").fetchall() == [(pub2.file_id,)]


def test_visits_are_inspections_without_grades(corpus, tmp_path):
    pub, x = darlington(corpus)[0]
    visit = dataclasses.replace(x, report_kind="focused_visit", framework="none",
                                inspection_start=date(2016, 5, 3), inspection_end=date(2016, 5, 4))
    with connect(tmp_path / "w.duckdb") as wh:
        assert load_report(wh.conn, pub, visit).status == "loaded"
        assert wh.conn.execute("SELECT report_kind, overall_effectiveness FROM authority_history").fetchall() == [
            ("focused_visit", None)]
        assert wh.conn.execute("SELECT count(*) FROM judgements").fetchone() == (0,)


# --- the outbox -------------------------------------------------------------------------------

def test_outbox_holds_one_event_per_new_inspection_and_rating_change(clean_db, clean):
    counts = dict(query(clean_db, "SELECT event_type, count(*) FROM outbox GROUP BY 1"))
    assert counts[INSPECTION_LOADED] == 295
    assert counts[RATING_CHANGED] == len(clean["rating_changes"])
    events = pending_events_of(clean_db)
    change = next(e for e in events if e.event_type == RATING_CHANGED and e.urn == DARLINGTON
                  and e.payload["area"] == "overall_effectiveness" and e.payload["new_date"] == "2018-03-22")
    assert {k: change.payload[k] for k in ("authority", "urn", "region", "previous_grade", "previous_date",
                                            "new_grade", "new_date", "direction", "url")} == {
        "authority": "Darlington", "urn": 80458, "region": "North East",
        "previous_grade": "inadequate", "previous_date": "2015-07-16",
        "new_grade": "requires_improvement", "new_date": "2018-03-22", "direction": "up",
        "url": "https://files.ofsted.gov.uk/v1/file/50004447"}
    assert change.event_id == event_id(RATING_CHANGED, change.subject)  # deterministic


def test_published_events_are_marked_once_and_never_written_again(clean_db, clean, corpus, tmp_path):
    db = copy_db(clean_db, tmp_path)
    with Warehouse(db) as wh:
        first = pending_events(wh.conn, limit=10)
        assert mark_published(wh.conn, [e.event_id for e in first]) == 10
        assert mark_published(wh.conn, [e.event_id for e in first]) == 0
        load_batch(wh.conn, corpus)
        again = pending_events(wh.conn)
    assert len(again) == len(clean["outbox"]) - 10 and not {e.event_id for e in first} & {e.event_id for e in again}


def test_events_published_half_way_are_neither_lost_nor_doubled(clean, corpus, tmp_path):
    db = tmp_path / "w.duckdb"
    load_reports(db, corpus[:150], batch=50)
    with Warehouse(db) as wh:
        mark_published(wh.conn, [e.event_id for e in pending_events(wh.conn)])
    load_reports(db, corpus[150:], batch=50)
    got = snapshot(db)["outbox"]
    final = {r[0] for r in clean["outbox"]}
    ids = [r[0] for r in got]
    assert len(ids) == len(set(ids)) and final <= set(ids)
    # anything beyond the clean load's events was published before later reports changed the story
    with Warehouse(db, read_only=True) as wh:
        extra = wh.conn.execute("SELECT event_id, published_at FROM outbox").fetchall()
    assert all(published for eid, published in extra if eid not in final)
