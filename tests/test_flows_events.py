"""The outbox becomes Prefect events: one event a row, with the row's id and dotted resource ids,
marked published so a second run sends nothing. No server: Prefect's asserting events client."""
from __future__ import annotations

from uuid import UUID, uuid5

import pytest
from prefect.events.clients import AssertingEventsClient
from prefect.events.worker import EventsWorker
from prefect.settings import PREFECT_API_URL, PREFECT_SERVER_ALLOW_EPHEMERAL_MODE, temporary_settings

from flows.events import publish_outbox
from pipeline.config import PipelineConfig
from warehouse import Warehouse, instance_id, load_reports, save_discovered
from warehouse_fixtures import DARLINGTON, corpus_records


@pytest.fixture
def asserting_events():
    with temporary_settings({PREFECT_API_URL: "http://127.0.0.1:9/api", PREFECT_SERVER_ALLOW_EPHEMERAL_MODE: False}):
        EventsWorker.set_client_override(AssertingEventsClient)
        AssertingEventsClient.reset()
        try:
            yield lambda: [e for client in AssertingEventsClient.all for e in client.events]
        finally:
            EventsWorker.drain_all()
            EventsWorker.set_client_override(None)
            AssertingEventsClient.reset()


def test_each_outbox_row_is_sent_once_with_its_id(tmp_path, asserting_events):
    db = str(tmp_path / "w.duckdb")
    load_reports(db, [(p, x) for p, x in corpus_records() if p.urn == DARLINGTON])
    config = PipelineConfig(db=db)

    counts = publish_outbox(config)
    sent = asserting_events()

    with Warehouse(db) as wh:
        rows = {str(uuid5(UUID(instance_id(wh.conn)), str(r[0]))): r[1] for r in wh.conn.execute(
            "SELECT event_id, event_type FROM outbox WHERE published_at IS NOT NULL").fetchall()}
        changes = wh.conn.execute("SELECT count(*) FROM rating_changes").fetchone()[0]
    assert {str(e.id): e.event for e in sent} == rows
    assert counts["ofsted.rating.changed"] == changes == len([e for e in sent if e.event == "ofsted.rating.changed"])

    up = [e for e in sent if e.event == "ofsted.rating.changed" and e.resource.get("ofsted.area") == "overall_effectiveness"]
    assert {e.resource.id for e in up} == {f"ofsted.authority.{DARLINGTON}"}
    assert [(e.payload["previous_grade"], e.payload["new_grade"], e.resource["ofsted.direction"])
            for e in sorted(up, key=lambda e: e.payload["new_date"])][:2] == [
        ("inadequate", "requires_improvement", "up"), ("requires_improvement", "good", "up")]
    assert all(e.payload["url"] and e.payload["region"] == "North East" for e in up)
    loaded = [e for e in sent if e.event == "ofsted.inspection.loaded"]
    assert loaded and all(e.resource.id.startswith("ofsted.inspection.80458.") for e in loaded)
    assert all(any(r.id.startswith("ofsted.file.") for r in e.related) for e in loaded)

    assert publish_outbox(config) == {}  # everything is marked published: nothing goes twice
    assert len(asserting_events()) == len(sent)


def test_a_discovered_publication_is_announced_once(tmp_path, asserting_events):
    db = str(tmp_path / "w.duckdb")
    publication = next(p for p, _ in corpus_records() if p.urn == DARLINGTON)
    with Warehouse(db) as wh:
        assert save_discovered(wh.conn, [publication], extra={"site": "http://127.0.0.1:1"}) == [publication.file_id]
        assert save_discovered(wh.conn, [publication]) == []  # known: not announced again

    publish_outbox(PipelineConfig(db=db))

    (event,) = asserting_events()
    assert event.event == "ofsted.publication.discovered"
    assert event.resource.id == f"ofsted.file.{publication.file_id}"
    assert event.payload["file_id"] == publication.file_id and event.payload["site"] == "http://127.0.0.1:1"
    assert [r.id for r in event.related] == [f"ofsted.authority.{DARLINGTON}"]


def test_two_warehouses_stating_one_fact_send_two_events(tmp_path, asserting_events):
    """A rebuilt (or test) warehouse must not be silenced by the events of another: Prefect keeps
    one event an id, so the ids of two warehouses differ, and each event names its warehouse."""
    publication = next(p for p, _ in corpus_records() if p.urn == DARLINGTON)
    for name in ("a", "b"):
        db = str(tmp_path / f"{name}.duckdb")
        with Warehouse(db) as wh:
            save_discovered(wh.conn, [publication])
        publish_outbox(PipelineConfig(db=db))
    a, b = asserting_events()
    assert a.id != b.id and a.resource.id == b.resource.id
    assert a.resource["ofsted.warehouse"] != b.resource["ofsted.warehouse"]


def test_an_interrupted_send_is_not_sent_again_where_prefect_holds_it(tmp_path, asserting_events, monkeypatch):
    """A kill between sending and marking: the next send asks Prefect what it holds, sends the rest."""
    from flows import events as events_module

    db = str(tmp_path / "w.duckdb")
    load_reports(db, [(p, x) for p, x in corpus_records() if p.urn == DARLINGTON])
    with Warehouse(db) as wh:  # as a killed send leaves it: its mark set, its events still pending
        wh.conn.execute("INSERT INTO warehouse_meta VALUES ('outbox_sending', '1')")
        pending = [str(uuid5(UUID(instance_id(wh.conn)), str(r[0])))
                   for r in wh.conn.execute("SELECT event_id FROM outbox ORDER BY event_id").fetchall()]
    held = {UUID(i) for i in pending[:3]}
    asked = []
    monkeypatch.setattr(events_module, "already_stored", lambda ids: asked.append(list(ids)) or held)
    monkeypatch.setattr(events_module, "SERVER_FLUSH", 0.0)

    publish_outbox(PipelineConfig(db=db))

    sent = {e.id for e in asserting_events()}
    assert asked and set(asked[0]) == {UUID(i) for i in pending}
    assert sent == {UUID(i) for i in pending} - held
    with Warehouse(db) as wh:
        assert wh.conn.execute("SELECT count(*) FROM outbox WHERE published_at IS NULL").fetchone()[0] == 0
        assert wh.conn.execute("SELECT count(*) FROM warehouse_meta WHERE key = 'outbox_sending'").fetchone()[0] == 0
