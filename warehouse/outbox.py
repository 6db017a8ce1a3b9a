"""The event outbox: rows written in the same transaction as the data they describe.

Events:
- `ofsted.publication.discovered`: a poll found a file the warehouse did not know;
- `ofsted.inspection.loaded`: an inspection (or visit) the warehouse did not hold before;
- `ofsted.rating.changed`: one row of the `rating_changes` view;
- `ofsted.rating.reported`, `ofsted.claim.disputed`: a news article claims a rating no report
  backs yet, or one its report contradicts (written once, by warehouse.articles).

Each event's id is a UUID5 of its type and subject (the inspection key; or area, previous and
new inspection and grades), so one fact never gets two rows, however often it is derived.

The pending outbox of an authority always equals the events derived from its current history
less those already published: a load adds the events of new facts, refreshes the payload of
pending events whose facts were corrected (a re-published report), and deletes pending events
whose facts no longer hold (a change 2015 -> 2022 becomes two changes once the 2018 report is
loaded). Published events are history and never touched. So, until something is published,
loading reports in any order, or again after a crash, leaves the same outbox.

Publishing: read `pending_events`, send them, then `mark_published` their ids. A crash between
sending and marking sends them again on the next run; consumers deduplicate by `event_id`.
"""
from __future__ import annotations

import json
import uuid
from dataclasses import dataclass
from datetime import date, datetime
from typing import Iterable

import duckdb

from warehouse.db import insert_rows, transaction, update_rows, utcnow

INSPECTION_LOADED = "ofsted.inspection.loaded"
RATING_CHANGED = "ofsted.rating.changed"
PUBLICATION_DISCOVERED = "ofsted.publication.discovered"
RATING_REPORTED = "ofsted.rating.reported"
CLAIM_DISPUTED = "ofsted.claim.disputed"
# The events derived from an authority's history, kept in line with it by `sync_events`.
# A discovery is a fact of its own (a poll saw a new file), written once by `discovered_events`;
# so are an article's claims reported ahead of, or disputed by, a report (`insert_new_events`).
HISTORY_EVENTS = (INSPECTION_LOADED, RATING_CHANGED)
EVENT_NAMESPACE = uuid.uuid5(uuid.NAMESPACE_URL, "https://reports.ofsted.gov.uk/#ofsted-pipeline-events")


@dataclass(frozen=True)
class Event:
    event_id: str
    event_type: str
    subject: str
    urn: int
    occurred_on: date | None
    payload: dict
    created_at: datetime
    published_at: datetime | None = None


def event_id(event_type: str, subject: str) -> str:
    return str(uuid.uuid5(EVENT_NAMESPACE, f"{event_type}|{subject}"))


def rating_change_subject(change: dict) -> str:
    """The subject of a `rating_changes` row's event (its id is `event_id(RATING_CHANGED, subject)`)."""
    return (f"{change['area']}:{change['previous_inspection_key']}={change['previous_grade']}"
            f"->{change['new_inspection_key']}={change['new_grade']}")


def pending_events(conn: duckdb.DuckDBPyConnection, limit: int | None = None) -> list[Event]:
    """Events not yet published, oldest first."""
    sql = ("SELECT event_id, event_type, subject, urn, occurred_on, payload, created_at, published_at "
           "FROM outbox WHERE published_at IS NULL "
           "ORDER BY created_at, occurred_on, event_type, subject")
    if limit is not None:
        sql += f" LIMIT {int(limit)}"
    return [Event(str(r[0]), r[1], r[2], r[3], r[4], json.loads(r[5]), r[6], r[7])
            for r in conn.execute(sql).fetchall()]


def mark_published(conn: duckdb.DuckDBPyConnection, event_ids: Iterable[str]) -> int:
    """Mark events published; returns how many were pending (already published ones stay as they were)."""
    ids = [str(i) for i in event_ids]
    if not ids:
        return 0
    with transaction(conn):
        return conn.execute(
            "UPDATE outbox SET published_at = ? WHERE published_at IS NULL "
            "AND event_id IN (SELECT unnest(?::VARCHAR[])::UUID)", [utcnow(), ids]).fetchone()[0]


def _payload(columns: list[str], row: tuple) -> dict:
    return {c: (v.isoformat() if isinstance(v, (date, datetime)) else v) for c, v in zip(columns, row)}


def _fetch(conn, sql: str, urns: list[int]) -> list[dict]:
    cur = conn.execute(sql, [urns])
    columns = [d[0] for d in cur.description]
    return [_payload(columns, r) for r in cur.fetchall()]


_INSPECTIONS = """
    SELECT i.urn, coalesce(a.name, i.local_authority) AS authority, a.region, i.inspection_key,
           i.report_kind, i.framework, i.inspection_start, i.inspection_end, i.published,
           i.lead_inspector, i.file_id, i.url
    FROM inspections i LEFT JOIN authorities a ON a.urn = i.urn
    WHERE list_contains($1, i.urn)"""

_CHANGES = """
    SELECT urn, authority, region, area, previous_grade, previous_date, previous_framework,
           new_grade, new_date, new_framework, new_published, direction, url,
           previous_inspection_key, new_inspection_key
    FROM rating_changes WHERE list_contains($1, urn)"""


def desired_events(conn: duckdb.DuckDBPyConnection, urns: list[int]) -> dict[str, tuple]:
    """event_id -> (type, subject, urn, occurred_on, payload JSON) of every event the current
    history of these authorities implies."""
    out = {}
    grades: dict[str, dict[str, str]] = {}
    for key, area, grade in conn.execute(
            "SELECT inspection_key, area, grade FROM judgements WHERE list_contains($1, urn)", [urns]).fetchall():
        grades.setdefault(key, {})[area] = grade
    for p in _fetch(conn, _INSPECTIONS, urns):
        p["judgements"] = grades.get(p["inspection_key"], {})
        out[event_id(INSPECTION_LOADED, p["inspection_key"])] = (
            INSPECTION_LOADED, p["inspection_key"], p["urn"], p["published"], p)
    for p in _fetch(conn, _CHANGES, urns):
        subject = rating_change_subject(p)
        out[event_id(RATING_CHANGED, subject)] = (RATING_CHANGED, subject, p["urn"], p["new_published"], p)
    return {k: (*v[:4], json.dumps(v[4], sort_keys=True)) for k, v in out.items()}


def sync_events(conn: duckdb.DuckDBPyConnection, urns: list[int]) -> list[str]:
    """Bring the pending outbox of these authorities in line with their history (see the module
    docstring). Runs inside the caller's transaction. Returns the ids of events added."""
    want = desired_events(conn, urns)
    have = {str(r[0]): (r[1], r[2]) for r in conn.execute(
        "SELECT event_id, payload, published_at FROM outbox WHERE list_contains($1, urn) "
        "AND list_contains($2, event_type)", [urns, list(HISTORY_EVENTS)]).fetchall()}
    now = utcnow()
    added = sorted((k for k in want if k not in have), key=lambda k: (str(want[k][3]), want[k][0], want[k][1]))
    stale = [k for k, (_, published) in have.items() if published is None and k not in want]
    changed = [k for k, (payload, published) in have.items()
               if published is None and k in want and payload != want[k][4]]
    with transaction(conn):
        if stale:
            conn.execute("DELETE FROM outbox WHERE event_id IN (SELECT unnest(?::VARCHAR[])::UUID)", [stale])
        update_rows(conn, "outbox", ["event_id"], ["payload", "occurred_on"], [(k, want[k][4], want[k][3]) for k in changed])
        if added:
            insert_rows(conn, "outbox", [(k, *want[k], now, None) for k in added])
    return added


def discovered_events(publications: Iterable, extra: dict | None = None) -> list[tuple]:
    """Outbox rows announcing publications a poll found (objects with file_id, urn,
    local_authority, title, published, url); `extra` joins every payload (e.g. the site)."""
    now = utcnow()
    rows = []
    for p in publications:
        payload = {"file_id": p.file_id, "urn": p.urn, "authority": p.local_authority, "title": p.title,
                   "published": p.published.isoformat() if p.published else None, "url": p.url, **(extra or {})}
        rows.append((event_id(PUBLICATION_DISCOVERED, p.file_id), PUBLICATION_DISCOVERED, p.file_id, p.urn,
                     p.published, json.dumps(payload, sort_keys=True), now, None))
    return rows


def insert_new_events(conn: duckdb.DuckDBPyConnection, rows: list[tuple]) -> list[str]:
    """Write the outbox rows whose event id is not there yet (events written once, never
    re-derived); returns the ids written."""
    ids = list(dict.fromkeys(str(r[0]) for r in rows))
    if not ids:
        return []
    present = {str(r[0]) for r in conn.execute(
        "SELECT event_id FROM outbox WHERE event_id IN (SELECT unnest(?::VARCHAR[])::UUID)", [ids]).fetchall()}
    new = {str(r[0]): r for r in rows if str(r[0]) not in present}
    if new:
        insert_rows(conn, "outbox", list(new.values()))
    return list(new)
