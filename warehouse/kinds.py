"""Publication kinds: each publication's kind, from its title when listed and confirmed by the
extractor once read, and the `ofsted.publication.loaded` event of every publication read.

The event is written once a file (its subject is the file id), in the transaction that loads the
file's extraction; its payload carries `publication_kind`, so automations can react to, say, a
monitoring visit to an authority judged inadequate."""
from __future__ import annotations

import json
from typing import Mapping

import duckdb

from extractors.publication_kind import confirmed_kind, kind_from_extraction, kind_from_title
from extractors.record import Extraction
from warehouse.db import update_rows, utcnow
from warehouse.outbox import PUBLICATION_LOADED, event_id, insert_new_events

_PUBLICATIONS = """
    SELECT p.file_id, p.urn, coalesce(a.name, p.local_authority) AS authority, a.region, p.title,
           p.publication_title, p.published, p.url, p.status, p.inspection_key, p.publication_kind,
           p.kind_source, e.report_kind, e.inspection_start, e.inspection_end, e.lead_inspector
    FROM publications p LEFT JOIN extractions e USING (file_id) LEFT JOIN authorities a ON a.urn = p.urn
    WHERE p.file_id IN (SELECT unnest(?::VARCHAR[]))"""


def confirm_kinds(conn: duckdb.DuckDBPyConnection, extracted: Mapping[str, Extraction]) -> list[str]:
    """For files whose extraction was just saved: the kind the file shows replaces the title's
    (a file that does not tell keeps the title's, `other` when the title is unknown too), and each
    read file gets its `ofsted.publication.loaded` event once. Runs in the caller's transaction.
    Returns the ids of events written."""
    if not extracted:
        return []
    cur = conn.execute(_PUBLICATIONS, [list(extracted)])
    cols = [d[0] for d in cur.description]
    rows = [dict(zip(cols, r)) for r in cur.fetchall()]
    updates, events = [], []
    now = utcnow()
    for r in rows:
        x = extracted[r["file_id"]]
        file_kind = kind_from_extraction(x.report_kind, x.publication_kind) if x.status == "ok" else None
        title_kind = r["publication_kind"] if r["kind_source"] != "extractor" else None
        if title_kind is None:
            title_kind = kind_from_title(r["publication_title"] or r["title"])
        kind, source = confirmed_kind(title_kind, file_kind)
        if (kind, source) != (r["publication_kind"], r["kind_source"]):
            updates.append((r["file_id"], kind, source))
        if r["status"] == "pending":
            continue
        payload = {"file_id": r["file_id"], "urn": r["urn"], "authority": r["authority"], "region": r["region"],
                   "title": r["publication_title"] or r["title"], "publication_kind": kind, "kind_source": source,
                   "report_kind": x.report_kind, "status": r["status"], "inspection_key": r["inspection_key"],
                   "inspection_start": _iso(r["inspection_start"]), "inspection_end": _iso(r["inspection_end"]),
                   "lead_inspector": r["lead_inspector"], "published": _iso(r["published"]), "url": r["url"]}
        events.append((event_id(PUBLICATION_LOADED, r["file_id"]), PUBLICATION_LOADED, r["file_id"], r["urn"],
                       r["published"], json.dumps(payload, sort_keys=True), now, None))
    update_rows(conn, "publications", ["file_id"], ["publication_kind", "kind_source"], updates)
    return insert_new_events(conn, events)


def _iso(d) -> str | None:
    return d.isoformat() if d else None
