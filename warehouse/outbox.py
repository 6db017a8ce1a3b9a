"""The event outbox: rows written in the same transaction as the data they describe.

Events:
- `ofsted.publication.discovered`: a poll found a file the warehouse did not know;
- `ofsted.inspection.loaded`: an inspection (or visit) the warehouse did not hold before;
- `ofsted.rating.changed`: one row of the `rating_changes` view;
- `ofsted.rating.change.retracted`: a published change no longer true;
- `ofsted.inspection.needs_review`: an inspection with open review items;
- `ofsted.rating.reported`, `ofsted.claim.disputed`: a news article claims a rating no report
  backs yet, or one its report contradicts (written once, by warehouse.articles).

Each event's id is a UUID5 of its type and subject (the inspection key; or area, previous and
new inspection and grades), so one fact never gets two rows, however often it is derived.

The outbox of an authority is kept in line with its history: a load adds the events of new
facts, refreshes the payload of pending events whose facts were corrected (a re-published
report), and deletes pending events whose facts no longer hold (a change 2015 -> 2022 becomes
two changes once the 2018 report is loaded). A rating change already published that no longer
holds gets an `ofsted.rating.change.retracted` event naming it and why; so the standing changes
(raised less retracted) equal those of one clean run, whatever the load order. Changes are held
back (neither raised nor retracted) while an area they rest on is under review
(`ofsted.inspection.needs_review` is raised instead), or while a file of the authority published
before them failed to download (warehouse.review).

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
from warehouse.review import NEEDS_REVIEW, failure_holds, needs_review_events, open_items_by_area

INSPECTION_LOADED = "ofsted.inspection.loaded"
RATING_CHANGED = "ofsted.rating.changed"
PUBLICATION_DISCOVERED = "ofsted.publication.discovered"
RATING_REPORTED = "ofsted.rating.reported"
CLAIM_DISPUTED = "ofsted.claim.disputed"
PUBLICATION_LOADED = "ofsted.publication.loaded"  # a file was read: its publication kind (warehouse/kinds.py)
POLL_FAILED = "ofsted.poll.failed"  # a poll could not see the site (warehouse/polls.py)
# The events derived from an authority's history, kept in line with it by `sync_events`.
# A discovery is a fact of its own (a poll saw a new file), written once by `discovered_events`;
# so are an article's claims reported ahead of, or disputed by, a report (`insert_new_events`).
RETRACTED = "ofsted.rating.change.retracted"
SENDING_KEY = "outbox_sending"  # warehouse_meta key present while a send is under way (flows.events)
HISTORY_EVENTS = (INSPECTION_LOADED, RATING_CHANGED, NEEDS_REVIEW, RETRACTED)
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
    for subject, urn, occurred_on, p in needs_review_events(conn, urns):
        out[event_id(NEEDS_REVIEW, subject)] = (NEEDS_REVIEW, subject, urn, occurred_on, p)
    return {k: (*v[:4], json.dumps(v[4], sort_keys=True)) for k, v in out.items()}


def sync_events(conn: duckdb.DuckDBPyConnection, urns: list[int]) -> list[str]:
    """Bring the outbox of these authorities in line with their history (see the module
    docstring). Runs inside the caller's transaction. Returns the ids of events added."""
    want = desired_events(conn, urns)
    have = {str(r[0]): (r[1], r[2], r[3], r[4]) for r in conn.execute(
        "SELECT event_id, event_type, subject, payload, published_at FROM outbox WHERE list_contains($1, urn) "
        "AND list_contains($2, event_type)", [urns, list(HISTORY_EVENTS)]).fetchall()}
    now = utcnow()
    # While a send is under way (or was cut short) a pending change may be out already: it is
    # retracted rather than deleted, and one held back is left where it is.
    in_flight = conn.execute("SELECT 1 FROM warehouse_meta WHERE key = ?", [SENDING_KEY]).fetchone() is not None
    rows, delete, update = [], [], []
    # Facts that are true or not, whatever the order: a published one stays even once untrue.
    for k, (event_type, _, payload, published) in have.items():
        if event_type in (RATING_CHANGED, RETRACTED):
            continue
        if k not in want:
            if published is None:
                delete.append(k)
        elif published is None and payload != want[k][4]:
            update.append((k, want[k][4], want[k][3]))
    rows += [(k, *w, now, None) for k, w in want.items() if w[0] not in (RATING_CHANGED,) and k not in have]
    # Rating changes: the standing ones (raised less retracted) are made to match the true ones.
    changes = standing_changes(have)
    want_changes = {w[1]: (k, w) for k, w in want.items() if w[0] == RATING_CHANGED}
    holds = Holds(failure_holds(conn, urns), open_items_by_area(conn, urns))
    for subject, (k, w) in want_changes.items():
        standing = changes.standing.get(subject)
        payload = json.loads(w[4])
        if standing is not None:
            sid, published = standing
            if published is None and holds.held(payload):
                if not in_flight:
                    delete.append(sid)      # not sent yet: it waits for the files that failed
            elif published is None and have[sid][2] != w[4]:
                update.append((sid, w[4], w[3]))
            continue
        if holds.held(payload):
            continue
        pending_retraction = changes.pending_retraction.get(subject)
        if pending_retraction and not in_flight:  # retracted, true again before the retraction went out
            delete.append(pending_retraction)
            continue
        generation = changes.raised.get(subject, 0) + 1
        eid = k if generation == 1 else event_id(RATING_CHANGED, f"{subject}#{generation}")
        rows.append((eid, *w, now, None))
    for subject, (sid, published) in changes.standing.items():
        if subject in want_changes:
            continue
        payload = json.loads(have[sid][2])
        if published is None and not in_flight:
            delete.append(sid)              # never sent: nobody needs telling
        elif not holds.frozen(payload):
            retraction = retraction_event(conn, sid, payload)
            rows.append((event_id(RETRACTED, sid), RETRACTED, sid, payload["urn"], _day(payload.get("new_published")),
                         json.dumps(retraction, sort_keys=True), now, None))
    rows.sort(key=lambda r: (r[1] != RETRACTED, str(r[4]), r[1], r[2]))
    with transaction(conn):
        if delete:
            conn.execute("DELETE FROM outbox WHERE event_id IN (SELECT unnest(?::VARCHAR[])::UUID)", [delete])
        update_rows(conn, "outbox", ["event_id"], ["payload", "occurred_on"], update)
        if rows:
            insert_rows(conn, "outbox", rows)
    return [r[0] for r in rows]


@dataclass
class _Changes:
    standing: dict          # subject -> (event id, published_at) of the raised, unretracted event
    raised: dict            # subject -> how many events of it were ever raised
    pending_retraction: dict  # subject -> id of a retraction not yet sent (of its latest event)


def standing_changes(have: dict[str, tuple]) -> _Changes:
    """The rating-change events of the outbox rows `have` (id -> (type, subject, payload,
    published_at)): which stand (raised and not retracted), per fact."""
    retracted = {}
    for k, (event_type, subject, payload, published) in have.items():
        if event_type == RETRACTED:
            retracted[subject] = (k, published)  # a retraction's subject is the retracted event's id
    out = _Changes({}, {}, {})
    for k, (event_type, subject, payload, published) in have.items():
        if event_type != RATING_CHANGED:
            continue
        out.raised[subject] = out.raised.get(subject, 0) + 1
        if k not in retracted:
            out.standing[subject] = (k, published)
        elif retracted[k][1] is None:
            out.pending_retraction[subject] = retracted[k][0]
    return out


@dataclass
class Holds:
    """What keeps a rating change from being raised or retracted for now: a file of the authority
    whose download failed (urn -> earliest publication date of such a file), and the open review
    items (urn -> [(comparable area or None for a whole inspection, inspection date)])."""

    failures: dict
    reviews: dict

    def held(self, p: dict) -> bool:
        """A true change not to be raised yet: a file of the authority published before it failed
        to load (it may lie in between), or (once raised) its span holds an open review item."""
        since = self.failures.get(p["urn"])
        return since is not None and since <= str(p.get("new_published") or "9999")

    def frozen(self, p: dict) -> bool:
        """A standing change not to be retracted yet: held, or an open review item of its area
        lies within its span (a person's decision will tell whether it stands)."""
        if self.held(p):
            return True
        low, high = str(p.get("previous_date") or ""), str(p.get("new_date") or "9999")
        return any((area is None or area == p["area"]) and low <= day <= high
                   for area, day in self.reviews.get(p["urn"], []))


def retraction_event(conn: duckdb.DuckDBPyConnection, retracted_id: str, p: dict) -> dict:
    """The payload of `ofsted.rating.change.retracted` for a published change `p` no longer true:
    the retracted event's id, why, and what it had said."""
    keep = ("urn", "authority", "region", "area", "previous_grade", "previous_date", "new_grade", "new_date",
            "direction", "previous_inspection_key", "new_inspection_key", "url")
    return {"retracted_event_id": retracted_id, "reason": why_untrue(conn, p), **{k: p.get(k) for k in keep}}


def why_untrue(conn: duckdb.DuckDBPyConnection, p: dict) -> str:
    """One line: why a change once raised is no longer in the authority's history."""
    area = p["area"]
    current = {key: (grade, decision) for key, grade, decision in conn.execute(
        "SELECT inspection_key, grade, decision FROM judgements WHERE urn = ? AND comparable_area = ?",
        [p["urn"], area]).fetchall()}
    known = {r[0] for r in conn.execute("SELECT inspection_key FROM inspections WHERE urn = ?", [p["urn"]]).fetchall()}
    for side in ("previous", "new"):
        key, said = p[f"{side}_inspection_key"], p[f"{side}_grade"]
        if key not in known:
            return f"inspection {key} is no longer in the history (re-read or re-published under another key)"
        grade, decision = current.get(key, (None, None))
        if grade != said:
            who = f" by a person's decision ({decision})" if decision else ""
            now = f"{area} {grade}" if grade else f"no {area} grade"
            return f"inspection {key} now has {now}{who}, not {said}"
    between = conn.execute(
        "SELECT j.inspection_key, i.inspection_date, j.grade FROM judgements j "
        "JOIN inspections i USING (inspection_key) WHERE j.urn = ? AND j.comparable_area = ? "
        "AND i.inspection_date > ? AND i.inspection_date < ? ORDER BY i.inspection_date",
        [p["urn"], area, p["previous_date"], p["new_date"]]).fetchall()
    if between:
        key, day, grade = between[0]
        return (f"inspection {key} ({day.isoformat()}, {area} {grade}) now lies between "
                f"{p['previous_date']} and {p['new_date']}: the change runs through it")
    return f"no longer a change in the history of {p.get('authority') or p['urn']}"


def _day(value) -> date | None:
    return date.fromisoformat(value) if value else None


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
