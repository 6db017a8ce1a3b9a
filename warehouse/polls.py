"""What polls saw of the site: each authority's latest report date as the search pages stated it
when its page was last read (`poll_authorities`), every poll good or failed (`polls`), the
`ofsted.poll.failed` event of a failed poll, and pending files announced again.

A failed poll records nothing as gone: it only logs itself and its event; the dates of the pages
it did read are kept, those it could not read are not."""
from __future__ import annotations

import json
import uuid
from dataclasses import dataclass, field
from datetime import date, datetime

import duckdb

from warehouse.db import insert_rows, transaction, utcnow
from warehouse.outbox import POLL_FAILED, PUBLICATION_DISCOVERED, event_id, insert_new_events

SITE_URN = 0  # the outbox's urn for events about the site rather than an authority


@dataclass
class PollRecord:
    site: str
    mode: str  # incremental | full
    started_at: datetime
    status: str = "ok"  # ok | failed
    reason: str | None = None
    stated: int | None = None
    authorities: int = 0
    pages_read: int = 0
    new_files: int = 0
    announced: int = 0
    poll_id: str = field(default_factory=lambda: str(uuid.uuid4()))


def latest_dates(conn: duckdb.DuckDBPyConnection) -> dict[str, date | None]:
    """URN (as text) -> the latest report date the search pages stated when its page was last read."""
    return {str(r[0]): r[1] for r in conn.execute("SELECT urn, latest_report FROM poll_authorities").fetchall()}


def last_full_sweep(conn: duckdb.DuckDBPyConnection) -> datetime | None:
    """When the last good full sweep started (UTC), or None."""
    return conn.execute("SELECT max(started_at) FROM polls WHERE mode = 'full' AND status = 'ok'").fetchone()[0]


def record_poll(conn: duckdb.DuckDBPyConnection, poll: PollRecord,
                pages_read: dict[str, date | None] | None = None) -> list[str]:
    """Log a poll, remember the dates of the provider pages it read, and for a failed poll write
    its `ofsted.poll.failed` event; one transaction. Returns the ids of events written."""
    now = utcnow()
    rows = [(int(urn), latest, now) for urn, latest in (pages_read or {}).items()]
    with transaction(conn):
        if rows:
            conn.execute("DELETE FROM poll_authorities WHERE list_contains(?, urn)", [[r[0] for r in rows]])
            insert_rows(conn, "poll_authorities", rows)
        insert_rows(conn, "polls", [(poll.poll_id, poll.site, poll.mode, poll.started_at, now, poll.status,
                                     poll.reason, poll.stated, poll.authorities, poll.pages_read, poll.new_files,
                                     poll.announced)])
        if poll.status != "failed":
            return []
        payload = {"poll_id": poll.poll_id, "site": poll.site, "mode": poll.mode, "reason": poll.reason,
                   "stated": poll.stated, "authorities": poll.authorities, "pages_read": poll.pages_read,
                   "started_at": poll.started_at.isoformat() + "Z"}
        return insert_new_events(conn, [(event_id(POLL_FAILED, poll.poll_id), POLL_FAILED, poll.poll_id, SITE_URN,
                                         poll.started_at.date(), json.dumps(payload, sort_keys=True), now, None)])


def announce_pending(conn: duckdb.DuckDBPyConnection, before: datetime, extra: dict | None = None) -> list[str]:
    """Announce again, once each, the files the warehouse holds as pending (never read) that were
    first seen before `before` and whose discovery was announced already: the ingest it should have
    started never happened (a server down, a trigger missing). Same event as a discovery
    (`ofsted.publication.discovered`, so the ingest trigger runs), with `announced_again` in the
    payload and a subject of its own. Returns the file ids announced."""
    rows = conn.execute(
        """SELECT p.file_id, p.urn, p.local_authority, p.title, p.published, p.url, p.publication_kind
           FROM publications p
           WHERE p.status = 'pending' AND p.first_seen < ?
             AND NOT EXISTS (SELECT 1 FROM outbox o WHERE o.event_type = ? AND o.subject = p.file_id
                             AND o.published_at IS NULL)
           ORDER BY p.file_id""", [before, PUBLICATION_DISCOVERED]).fetchall()
    now = utcnow()
    events = []
    for file_id, urn, authority, title, published, url, kind in rows:
        payload = {"file_id": file_id, "urn": urn, "authority": authority, "title": title,
                   "published": published.isoformat() if published else None, "url": url,
                   "publication_kind": kind, "announced_again": True, **(extra or {})}
        subject = f"{file_id}#pending"
        events.append((event_id(PUBLICATION_DISCOVERED, subject), PUBLICATION_DISCOVERED, subject, urn, published,
                       json.dumps(payload, sort_keys=True), now, None))
    with transaction(conn):
        written = set(insert_new_events(conn, events))
    return [e[2].removesuffix("#pending") for e in events if str(e[0]) in written]


def poll_status(conn: duckdb.DuckDBPyConnection) -> dict:
    """The last good poll and the last failed one: {'last_ok': {...} | None, 'last_failure': {...} | None}."""
    out = {}
    for key, status in (("last_ok", "ok"), ("last_failure", "failed")):
        cur = conn.execute("SELECT poll_id, site, mode, started_at, finished_at, reason, stated, authorities, "
                           "pages_read, new_files, announced FROM polls WHERE status = ? "
                           "ORDER BY finished_at DESC LIMIT 1", [status])
        row = cur.fetchone()
        out[key] = dict(zip([d[0] for d in cur.description], row)) if row else None
    out["polls"] = conn.execute("SELECT count(*) FROM polls").fetchone()[0]
    return out
