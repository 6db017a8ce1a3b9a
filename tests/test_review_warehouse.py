"""Review queue, people's decisions and true events (issue 10), on real DuckDB files:

- an area the extractor asks a person to check raises no rating change; its inspection raises
  `ofsted.inspection.needs_review` and is listed in `review_queue`;
- a decision (set or confirm) is kept with who, when and why, survives reloads and re-extraction,
  and releases the held-back changes once;
- history arriving out of order: changes published before are retracted (naming the event and
  why), the true ones raised once; the standing events equal those of one clean run;
- a file whose download failed holds back its authority's later changes until it loads or is
  given up."""
from __future__ import annotations

import dataclasses
import json
import random
from datetime import date

import pytest

from warehouse import RATING_CHANGED, Warehouse, load_batch, load_reports, mark_published, pending_events
from warehouse.outbox import NEEDS_REVIEW, RETRACTED
from warehouse.review import GIVE_UP_AFTER, ReviewError, decide
from warehouse_fixtures import DARLINGTON, corpus_records

REASON = "page 1 says good, the body says requires improvement to be good"
QUEUE_COLUMNS = ["inspection_key", "urn", "local_authority", "region", "area", "grade", "reason", "published",
                 "url", "opened_at"]


def darlington() -> dict[int, tuple]:
    """Darlington's four reports by year of publication: 2015 SIF, 2018 SIF, 2022 ILACS, 2026 ILACS."""
    return {p.published.year: (p, x) for p, x in corpus_records() if p.urn == DARLINGTON}


def key_of(db, year: int) -> str:
    return rows(db, "SELECT inspection_key FROM inspections WHERE urn = ? AND year(published) = ?",
                [DARLINGTON, year])[0][0]


def rows(db, sql, params=None):
    with Warehouse(db) as wh:
        return wh.conn.execute(sql, params or []).fetchall()


def publish_all(db) -> list:
    with Warehouse(db) as wh:
        events = pending_events(wh.conn)
        mark_published(wh.conn, [e.event_id for e in events])
    return events


def outbox(db) -> list[tuple[str, str, str, dict, bool]]:
    return [(str(i), t, s, json.loads(p), published is not None) for i, t, s, p, published in rows(
        db, "SELECT event_id, event_type, subject, payload, published_at FROM outbox")]


def standing(db) -> dict[str, str]:
    """subject -> id of every rating change raised and not retracted."""
    events = outbox(db)
    retracted = {p["retracted_event_id"] for _, t, _, p, _ in events if t == RETRACTED}
    out = {}
    for i, t, s, _, _ in events:
        if t == RATING_CHANGED and i not in retracted:
            assert s not in out, f"two standing events of one change: {s}"
            out[s] = i
    return out


def clean_run(tmp_path, records, name="clean.duckdb") -> dict[str, str]:
    """The standing change events of one clean run loading `records` in date order."""
    db = tmp_path / name
    load_reports(db, sorted(records, key=lambda r: (r[0].published, r[0].file_id)), batch=100)
    return standing(db)


def with_review(x, review: dict, **changes):
    return dataclasses.replace(x, review=review, **changes)


# --- out of order --------------------------------------------------------------------------------

def test_a_report_landing_between_two_published_ones_retracts_the_change_it_breaks(tmp_path):
    reports = darlington()
    db = tmp_path / "w.duckdb"
    load_reports(db, [reports[y] for y in (2015, 2022, 2026)])
    first = {e.event_id: e for e in publish_all(db) if e.event_type == RATING_CHANGED}
    broken = {i for i, e in first.items() if e.payload["previous_date"] == "2015-07-16"}
    assert broken  # 2015 -> 2022 (overall, leaders, help and protection) and 2015 -> 2026 (care leavers)

    load_reports(db, [reports[2018]])  # the late download

    events = outbox(db)
    retractions = [(p, published) for _, t, _, p, published in events if t == RETRACTED]
    assert {p["retracted_event_id"] for p, _ in retractions} == broken
    key_2018 = key_of(db, 2018)
    for p, published in retractions:
        assert not published and first[p["retracted_event_id"]].payload["area"] == p["area"]
        assert key_2018 in p["reason"] and "now lies between" in p["reason"]
    new = {s for i, t, s, _, published in events if t == RATING_CHANGED and not published}
    assert new and all(key_2018 in s for s in new)  # the changes into and out of 2018, raised once each
    assert standing(db) == clean_run(tmp_path, reports.values())

    publish_all(db)
    load_batch_again = load_reports(db, list(reports.values()))
    assert all(not r.changed for r in load_batch_again) and pending(db) == []


def test_any_load_order_with_events_sent_in_between_leaves_the_standing_events_of_a_clean_run(tmp_path):
    records = list(corpus_records())
    random.Random(10).shuffle(records)
    db = tmp_path / "w.duckdb"
    for start in range(0, len(records), 40):
        load_reports(db, records[start:start + 40], batch=20)
        publish_all(db)

    assert standing(db) == clean_run(tmp_path, records)
    events = outbox(db)
    published_changes = {i for i, t, _, _, published in events if t == RATING_CHANGED and published}
    retracted = [p["retracted_event_id"] for _, t, _, p, _ in events if t == RETRACTED]
    assert retracted, "a shuffled load of the corpus lands reports between others"
    assert len(retracted) == len(set(retracted)) and set(retracted) <= published_changes
    assert all(p["reason"] for _, t, _, p, _ in events if t == RETRACTED)


def pending(db) -> list:
    with Warehouse(db) as wh:
        return pending_events(wh.conn)


# --- review ----------------------------------------------------------------------------------------

@pytest.fixture
def reviewed_db(tmp_path):
    """Darlington, its 2022 report's overall effectiveness read two ways (page 1 good, body RI)."""
    reports = darlington()
    pub, x = reports[2022]
    reports[2022] = (pub, with_review(x, {"overall_effectiveness": REASON}))
    db = tmp_path / "w.duckdb"
    load_reports(db, sorted(reports.values(), key=lambda r: r[0].published))
    return db


def test_an_area_under_review_raises_no_change_and_its_inspection_needs_review(reviewed_db):
    db = reviewed_db
    key = key_of(db, 2022)
    with Warehouse(db) as wh:
        cur = wh.conn.execute("SELECT * FROM review_queue")
        assert [d[0] for d in cur.description] == QUEUE_COLUMNS
        (item,) = cur.fetchall()
    assert item[:9] == (key, DARLINGTON, "Darlington", "North East", "overall_effectiveness", "good", REASON,
                        date(2022, 12, 2), "https://files.ofsted.gov.uk/v1/file/50200877") and item[9]
    assert dict(rows(db, "SELECT year(published), status FROM inspections")) == {
        2015: "ok", 2018: "ok", 2022: "review", 2026: "ok"}

    overall = rows(db, "SELECT previous_date, new_date FROM rating_changes WHERE area = 'overall_effectiveness'")
    assert overall == [(date(2015, 7, 16), date(2018, 3, 22))]  # none into or out of the doubtful 2022 grade
    assert rows(db, "SELECT count(*) FROM rating_changes WHERE area = 'leaders' AND new_inspection_key = ?",
                [key]) == [(1,)]  # the other areas of the report are sure and change as usual

    events = outbox(db)
    assert not [p for _, t, _, p, _ in events if t == RATING_CHANGED and p["area"] == "overall_effectiveness"
                and key in (p["previous_inspection_key"], p["new_inspection_key"])]
    (needs,) = [p for _, t, _, p, _ in events if t == NEEDS_REVIEW]
    assert needs["inspection_key"] == key and needs["authority"] == "Darlington"
    assert needs["areas"] == ["overall_effectiveness"] and needs["reasons"] == {"overall_effectiveness": REASON}
    assert needs["url"] == "https://files.ofsted.gov.uk/v1/file/50200877"


def test_setting_the_grade_releases_the_held_changes_once_and_survives_reload_and_re_extraction(reviewed_db, tmp_path):
    db = reviewed_db
    key = key_of(db, 2022)
    publish_all(db)

    decide_rows = with_db(db, lambda c: decide(c, key, "overall_effectiveness", "good",
                                               note="the body's heading is a typo; page 1 and the summary agree",
                                               by="A. Reviewer"))
    assert decide_rows == [("overall_effectiveness", "good", "set")]

    released = [e for e in pending(db) if e.event_type == RATING_CHANGED]
    assert sorted((e.payload["previous_grade"], e.payload["new_grade"]) for e in released) == [
        ("good", "outstanding"), ("requires_improvement", "good")]
    assert not [e for e in pending(db) if e.event_type == RETRACTED]
    assert rows(db, "SELECT count(*) FROM review_queue") == [(0,)]
    assert rows(db, "SELECT status FROM inspections WHERE inspection_key = ?", [key]) == [("ok",)]
    assert rows(db, "SELECT area, grade, decision, note, decided_by FROM overrides") == [
        ("overall_effectiveness", "good", "set", "the body's heading is a typo; page 1 and the summary agree",
         "A. Reviewer")]
    publish_all(db)

    reports = darlington()
    load_reports(db, list(reports.values()))  # reloaded without the review: the decision stays
    pub, x = reports[2022]
    load_reports(db, [(pub, with_review(x, {"overall_effectiveness": "again"}, extractor_version="9.9.9",
                                        judgements={**x.judgements, "overall_effectiveness": "requires_improvement"}))])
    assert pending(db) == []  # nothing held back any more, nothing raised twice
    assert rows(db, "SELECT grade, read_grade, decision FROM judgements WHERE inspection_key = ? "
                    "AND area = 'overall_effectiveness'", [key]) == [("good", "requires_improvement", "set")]
    assert rows(db, "SELECT count(*) FROM review_queue") == [(0,)]
    assert standing(db) == clean_run(tmp_path, reports.values())


def test_confirming_keeps_the_grade_as_read_and_releases_the_changes(reviewed_db):
    db = reviewed_db
    key = key_of(db, 2022)
    assert with_db(db, lambda c: decide(c, key, None, note="read both pages: good", by="B")) == [
        ("overall_effectiveness", "good", "confirm")]
    assert rows(db, "SELECT count(*) FROM review_queue") == [(0,)]
    assert rows(db, "SELECT previous_grade, new_grade FROM rating_changes WHERE area = 'overall_effectiveness' "
                    "ORDER BY new_date") == [("inadequate", "requires_improvement"), ("requires_improvement", "good"),
                                             ("good", "outstanding")]
    with pytest.raises(ReviewError, match="no open review item"):
        with_db(db, lambda c: decide(c, key, None, note="again", by="B"))


def test_a_decision_against_published_changes_retracts_them(tmp_path):
    reports = darlington()
    db = tmp_path / "w.duckdb"
    load_reports(db, sorted(reports.values(), key=lambda r: r[0].published))
    sent = {e.event_id: e.payload for e in publish_all(db) if e.event_type == RATING_CHANGED}
    key = key_of(db, 2018)

    with_db(db, lambda c: decide(c, key, "overall_effectiveness", "inadequate", note="misread", by="C"))

    events = pending(db)
    retracted = {e.payload["retracted_event_id"]: e.payload["reason"] for e in events if e.event_type == RETRACTED}
    assert {(sent[i]["previous_grade"], sent[i]["new_grade"]) for i in retracted} == {
        ("inadequate", "requires_improvement"), ("requires_improvement", "good")}
    assert all("person's decision" in reason for reason in retracted.values())
    assert [(e.payload["previous_grade"], e.payload["new_grade"]) for e in events if e.event_type == RATING_CHANGED] == [
        ("inadequate", "good")]
    assert set(standing(db)) == true_changes(db)


def test_bad_decisions_are_refused_in_one_line(reviewed_db):
    key = key_of(reviewed_db, 2022)
    for args, message in [((key, "overall_effectiveness", "brilliant"), "no grade 'brilliant'"),
                          (("1/ilacs/1999-01-01", "leaders", "good"), "no inspection"),
                          ((key, "playtime", "good"), "no area 'playtime'")]:
        with pytest.raises(ReviewError, match=message):
            with_db(reviewed_db, lambda c: decide(c, *args, note="x", by="D"))
    with pytest.raises(ReviewError, match="--note"):
        with_db(reviewed_db, lambda c: decide(c, key, "leaders", "good", note="  ", by="D"))
    assert rows(reviewed_db, "SELECT count(*) FROM overrides") == [(0,)]


def with_db(db, fn):
    with Warehouse(db) as wh:
        return fn(wh.conn)


# --- downloads that failed -------------------------------------------------------------------------

def download_failure(reason: str):
    from pipeline.ingest import download_failure as failure

    return failure(reason)


def test_a_failed_earlier_download_holds_back_later_changes_until_it_loads(tmp_path):
    reports = darlington()
    db = tmp_path / "w.duckdb"
    pub_2018 = dataclasses.replace(reports[2018][0], sha256="")
    load_reports(db, [reports[2015], reports[2022], reports[2026]]
                 + [(pub_2018, download_failure("HTTP 403 Forbidden"))])
    assert [e for e in pending(db) if e.event_type == RATING_CHANGED] == []  # all published after 2018's file
    assert rows(db, "SELECT attempts FROM download_failures") == [(1,)]
    publish_all(db)

    load_reports(db, [reports[2018]])

    assert [e for e in pending(db) if e.event_type == RETRACTED] == []  # nothing untrue was ever sent
    assert standing(db) == clean_run(tmp_path, reports.values())
    assert rows(db, "SELECT count(*) FROM download_failures") == [(0,)]


@pytest.mark.parametrize("reason, runs", [("HTTP 403 Forbidden", GIVE_UP_AFTER), ("HTTP 404 Not Found", 1)])
def test_a_download_given_up_releases_the_changes_held_for_it(tmp_path, reason, runs):
    reports = darlington()
    db = tmp_path / "w.duckdb"
    load_reports(db, [reports[2015], reports[2022], reports[2026]])
    failed = (dataclasses.replace(reports[2018][0], sha256=""), download_failure(reason))
    for run in range(1, runs + 1):
        load_reports(db, [failed])
        held = not [e for e in pending(db) if e.event_type == RATING_CHANGED]
        assert held == (run < runs), f"run {run} of {runs}"
    changes = {e.subject for e in pending(db) if e.event_type == RATING_CHANGED}
    assert changes and changes == set(standing(db)) == true_changes(db)  # the history as it is known


def true_changes(db) -> set[str]:
    return {r[0] for r in rows(db, "SELECT area || ':' || previous_inspection_key || '=' || previous_grade || '->' "
                                   "|| new_inspection_key || '=' || new_grade FROM rating_changes")}


def test_deciding_one_of_two_doubtful_areas_does_not_announce_the_inspection_again(tmp_path):
    reports = darlington()
    pub, x = reports[2022]
    reports[2022] = (pub, with_review(x, {"overall_effectiveness": REASON, "leaders": "no grade on page 1"}))
    db = tmp_path / "w.duckdb"
    load_reports(db, list(reports.values()))
    (needs,) = [e for e in publish_all(db) if e.event_type == NEEDS_REVIEW]
    assert needs.payload["areas"] == ["leaders", "overall_effectiveness"]

    with_db(db, lambda c: decide(c, key_of(db, 2022), "leaders", "good", note="page 7", by="E"))

    released = pending(db)  # leaders RI 2018 -> good 2022 -> outstanding 2026, and no new notice
    assert [(e.event_type, e.payload["area"], e.payload["new_grade"]) for e in released] == [
        (RATING_CHANGED, "leaders", "good"), (RATING_CHANGED, "leaders", "outstanding")]
    assert [r[0] for r in rows(db, "SELECT area FROM review_queue")] == ["overall_effectiveness"]


def test_a_change_being_sent_when_it_becomes_untrue_is_retracted_not_dropped(tmp_path):
    """A send reads the pending events, sends them, then marks them: a load in between must not
    lose a change that may be out already."""
    reports = darlington()
    db = tmp_path / "w.duckdb"
    load_reports(db, [reports[y] for y in (2015, 2022, 2026)])
    out = {e.event_id for e in pending(db) if e.event_type == RATING_CHANGED}
    with Warehouse(db) as wh:  # as publish_outbox leaves it while it sends
        wh.conn.execute("INSERT INTO warehouse_meta VALUES ('outbox_sending', '1')")

    load_reports(db, [reports[2018]])

    retracted = {e.payload["retracted_event_id"] for e in pending(db) if e.event_type == RETRACTED}
    assert retracted and retracted <= out and out <= {e.event_id for e in pending(db)}
    assert standing(db) == clean_run(tmp_path, reports.values())


def test_a_change_true_again_after_its_retraction_is_raised_again_once(tmp_path):
    reports = darlington()
    db = tmp_path / "w.duckdb"
    load_reports(db, sorted(reports.values(), key=lambda r: r[0].published))
    publish_all(db)
    clean = standing(db)
    key = key_of(db, 2018)

    def overall(grade):
        with_db(db, lambda c: decide(c, key, "overall_effectiveness", grade, note="re-read", by="F"))

    overall("inadequate")
    overall("requires_improvement")  # changed back before anything went out: nothing to send
    assert pending(db) == []
    assert standing(db) == clean

    overall("inadequate")
    publish_all(db)                   # the retractions and the new change are out
    overall("requires_improvement")
    again = [e for e in pending(db) if e.event_type == RATING_CHANGED]
    assert sorted(e.subject for e in again) == sorted(s for s in clean if key in s and s.startswith("overall"))
    assert all(e.event_id not in clean.values() for e in again)  # a new id: Prefect keeps one event an id
    assert [e.event_type for e in pending(db)].count(RETRACTED) == 1  # inadequate -> good, untrue again
    assert set(standing(db)) == set(clean)
