"""Publishing the warehouse's outbox as Prefect events.

Each outbox row becomes one Prefect event whose id is made from the row's id and the warehouse's
own identity: an event sent twice by one warehouse (a crash between sending and marking) is
stored once by Prefect, while two warehouses stating the same fact (a rebuilt one, a test one)
each get their event through. Every resource carries the label `ofsted.warehouse`. Resources are dotted ids that triggers
match by pattern: `ofsted.file.<file id>`, `ofsted.authority.<urn>`, `ofsted.inspection.<key>`,
`ofsted.article.<article id>`.
"""
from __future__ import annotations

import time
from datetime import datetime, timedelta, timezone
from uuid import UUID, uuid5

from prefect.events import emit_event
from prefect.events.worker import EventsWorker

from pipeline.config import PipelineConfig
from warehouse import (CLAIM_DISPUTED, INSPECTION_LOADED, PUBLICATION_DISCOVERED, RATING_CHANGED, RATING_REPORTED,
                       Event, Warehouse, instance_id, mark_published, pending_events)
from warehouse.outbox import NEEDS_REVIEW, POLL_FAILED, PUBLICATION_LOADED, RETRACTED, SENDING_KEY


def _authority(payload: dict, role: str = "authority") -> dict[str, str]:
    return {"prefect.resource.id": f"ofsted.authority.{payload['urn']}", "prefect.resource.role": role,
            "prefect.resource.name": str(payload.get("authority") or payload["urn"])}


def _file(file_id: str, role: str = "report") -> dict[str, str]:
    return {"prefect.resource.id": f"ofsted.file.{file_id}", "prefect.resource.role": role}


def prefect_event(e: Event, warehouse: str) -> dict:
    """emit_event's arguments for one outbox row of the warehouse whose instance id is `warehouse`."""
    p = e.payload
    if e.event_type == PUBLICATION_DISCOVERED:
        resource = {"prefect.resource.id": f"ofsted.file.{p['file_id']}",
                    "prefect.resource.name": str(p.get("title") or p["file_id"])}
        related = [_authority(p)]
    elif e.event_type == INSPECTION_LOADED:
        key = str(p["inspection_key"]).replace("/", ".")
        resource = {"prefect.resource.id": f"ofsted.inspection.{key}",
                    "prefect.resource.name": f"{p.get('authority')} {p.get('report_kind')} {p.get('inspection_start')}",
                    "ofsted.report-kind": str(p.get("report_kind")), "ofsted.framework": str(p.get("framework"))}
        related = [_authority(p), _file(p["file_id"])]
    elif e.event_type == RATING_CHANGED:
        resource = {"prefect.resource.id": f"ofsted.authority.{p['urn']}",
                    "prefect.resource.name": str(p.get("authority")),
                    "ofsted.area": str(p["area"]), "ofsted.direction": str(p["direction"]),
                    "ofsted.previous-grade": str(p["previous_grade"]), "ofsted.new-grade": str(p["new_grade"]),
                    "ofsted.region": str(p.get("region"))}
        related = [{"prefect.resource.id": f"ofsted.inspection.{str(p['new_inspection_key']).replace('/', '.')}",
                    "prefect.resource.role": "inspection"}]
    elif e.event_type == RETRACTED:
        # consumers know the retracted event by the id Prefect holds it under
        retracted = str(uuid5(UUID(warehouse), p["retracted_event_id"]))
        p = {**p, "retracted_event_id": retracted, "retracted_outbox_id": p["retracted_event_id"]}
        resource = {"prefect.resource.id": f"ofsted.authority.{p['urn']}",
                    "prefect.resource.name": str(p.get("authority")),
                    "ofsted.area": str(p["area"]), "ofsted.previous-grade": str(p["previous_grade"]),
                    "ofsted.new-grade": str(p["new_grade"]), "ofsted.region": str(p.get("region")),
                    "ofsted.retracted-event": retracted}
        related = [{"prefect.resource.id": f"prefect.event.{retracted}", "prefect.resource.role": "retracted-event"},
                   {"prefect.resource.id": f"ofsted.inspection.{str(p['new_inspection_key']).replace('/', '.')}",
                    "prefect.resource.role": "inspection"}]
    elif e.event_type == NEEDS_REVIEW:
        key = str(p["inspection_key"]).replace("/", ".")
        resource = {"prefect.resource.id": f"ofsted.inspection.{key}",
                    "prefect.resource.name": f"{p.get('authority')} {p.get('report_kind')} {p.get('inspection_start')}",
                    "ofsted.areas": ",".join(p["areas"]), "ofsted.region": str(p.get("region"))}
        related = [_authority(p), _file(p["file_id"])]
    elif e.event_type in (RATING_REPORTED, CLAIM_DISPUTED):
        resource = {"prefect.resource.id": f"ofsted.authority.{p['urn']}",
                    "prefect.resource.name": str(p.get("authority") or p["urn"]),
                    "ofsted.area": str(p["area"]), "ofsted.grade": str(p["grade"]), "ofsted.region": str(p.get("region")),
                    # an automation may act only on claims the article states twice (about 98% right, not 90%)
                    "ofsted.corroborated": str(bool(p.get("corroborated"))).lower()}
        related = [{"prefect.resource.id": f"ofsted.article.{p['article_id']}", "prefect.resource.role": "article",
                    "prefect.resource.name": str(p.get("article_title") or p.get("article_url"))}]
        if p.get("inspection_key"):
            resource["ofsted.report-grade"] = str(p.get("report_grade"))
            related.append({"prefect.resource.id": f"ofsted.inspection.{str(p['inspection_key']).replace('/', '.')}",
                            "prefect.resource.role": "inspection"})
    elif e.event_type == PUBLICATION_LOADED:
        resource = {"prefect.resource.id": f"ofsted.file.{p['file_id']}",
                    "prefect.resource.name": str(p.get("title") or p["file_id"]),
                    "ofsted.publication-kind": str(p.get("publication_kind")), "ofsted.region": str(p.get("region"))}
        related = [_authority(p)]
    elif e.event_type == POLL_FAILED:
        resource = {"prefect.resource.id": f"ofsted.poll.{p['poll_id']}",
                    "prefect.resource.name": f"poll of {p.get('site')}", "ofsted.site": str(p.get("site"))}
        related = []
    else:
        raise ValueError(f"unknown event type {e.event_type}")
    resource["ofsted.warehouse"] = warehouse
    return dict(event=e.event_type, resource=resource, related=related, payload=p,
                id=uuid5(UUID(warehouse), e.event_id))


def publish_outbox(config: PipelineConfig, hold: set[int] | frozenset[int] = frozenset()) -> dict[str, int]:
    """Send every pending outbox event to Prefect, wait until the events client has sent them,
    then mark them published. Returns how many of each type went out. The rating changes and
    retractions of the authorities in `hold` (URNs with a download still being retried) wait.

    A send interrupted before its events were marked (a crash, a kill) leaves a mark in the
    warehouse; the next send first asks Prefect which of the pending events it already holds
    and sends only the others, so no event is stored twice."""
    with Warehouse(config.db) as wh:
        events = [e for e in pending_events(wh.conn)
                  if not (e.urn in hold and e.event_type in (RATING_CHANGED, RETRACTED))]
        warehouse = instance_id(wh.conn)
        interrupted = wh.conn.execute(f"SELECT 1 FROM warehouse_meta WHERE key = '{SENDING}'").fetchone()
        if not events:
            wh.conn.execute(f"DELETE FROM warehouse_meta WHERE key = '{SENDING}'")
            return {}
        wh.conn.execute("INSERT OR REPLACE INTO warehouse_meta VALUES (?, ?)", [SENDING, str(len(events))])
    outgoing = [prefect_event(e, warehouse) for e in events]
    if interrupted:
        time.sleep(SERVER_FLUSH)  # what the interrupted send handed over is stored by now
        held = already_stored([args["id"] for args in outgoing])
        outgoing = [args for args in outgoing if args["id"] not in held]
    for args in outgoing:
        emit_event(**args)
    EventsWorker.instance().wait_until_empty()
    with Warehouse(config.db) as wh:
        mark_published(wh.conn, [e.event_id for e in events])
        wh.conn.execute(f"DELETE FROM warehouse_meta WHERE key = '{SENDING}'")
    counts: dict[str, int] = {}
    for e in events:
        counts[e.event_type] = counts.get(e.event_type, 0) + 1
    return counts


SENDING = SENDING_KEY  # warehouse_meta key present while a send is under way
SERVER_FLUSH = 6.0  # seconds: Prefect's server stores received events at least every 5 s


def already_stored(ids: list[UUID]) -> set[UUID]:
    """Which of these event ids the Prefect server already holds."""
    from prefect.client.orchestration import get_client
    from prefect.events.filters import EventFilter, EventIDFilter, EventOccurredFilter

    ever = EventOccurredFilter(since=datetime(2000, 1, 1, tzinfo=timezone.utc),
                               until=datetime.now(timezone.utc) + timedelta(days=1))
    held: set[UUID] = set()
    with get_client(sync_client=True) as client:
        for start in range(0, len(ids), EVENTS_PAGE):
            chunk = ids[start:start + EVENTS_PAGE]
            page = client.read_events(filter=EventFilter(id=EventIDFilter(id=chunk), occurred=ever), limit=EVENTS_PAGE)
            held |= {e.id for e in page.events}
    return held


EVENTS_PAGE = 50  # the most events the Prefect server answers a page (it refuses a larger limit with 422)
