"""Load publications and their extractions into the warehouse.

One call, one transaction: the publication row, the extraction, the authority's inspections and
judgements derived afresh from everything known about it, and the outbox events for what is new.
Because inspections are derived from the full set of publications rather than appended, loading
the same report twice, or reports in any order, or again after a crash, ends in the same tables.
"""
from __future__ import annotations

import dataclasses
import json
import os
from dataclasses import dataclass, fields
from datetime import date, datetime
from typing import Any, Callable, Iterable, Mapping

import duckdb

from extractors.codes import AREAS, GRADED_KINDS, GRADES, REPORT_KINDS, STATUS_OK
from extractors.record import Extraction
from warehouse.articles import relink_claims
from extractors.publication_kind import kind_from_title
from warehouse.db import Warehouse, insert_rows, transaction, update_rows, utcnow
from warehouse.kinds import confirm_kinds
from warehouse.outbox import discovered_events, sync_events
from warehouse.review import (apply_review, decisions_in_force, opened_at, record_download_failures,
                              review_json)

FILE_URL = "https://files.ofsted.gov.uk/v1/file/{file_id}"
NOT_REPORTS = frozenset({"other", "article"})


@dataclass(frozen=True)
class Publication:
    """What the reports site says of one file (the columns of the corpus manifest)."""

    file_id: str
    urn: int
    local_authority: str | None = None
    title: str | None = None
    published: date | None = None
    url: str | None = None
    sha256: str = ""
    bytes: int | None = None
    first_seen: datetime | None = None

    @classmethod
    def coerce(cls, obj: Any, **overrides: Any) -> "Publication":
        """A Publication from itself, a mapping (a manifest.csv row) or any object with the fields
        (such as sources.ofsted_reports.Publication); `overrides` (e.g. sha256, bytes of the
        download) win over what obj holds."""
        if isinstance(obj, Publication):
            return dataclasses.replace(obj, **overrides) if overrides else obj
        base = obj.get if isinstance(obj, Mapping) else (lambda k, d=None: getattr(obj, k, d))

        def get(k):
            return overrides[k] if k in overrides else base(k, None)

        file_id = str(get("file_id"))
        return cls(
            file_id=file_id,
            urn=int(get("urn")),
            local_authority=get("local_authority") or None,
            title=get("title") or None,
            published=_date(get("published")),
            url=get("url") or FILE_URL.format(file_id=file_id),
            sha256=str(get("sha256") or ""),
            bytes=int(get("bytes")) if get("bytes") not in (None, "") else None,
            first_seen=get("first_seen") or None,
        )

    def row(self) -> tuple:
        """The columns compared to tell whether the site changed what it says of the file."""
        return (self.urn, self.local_authority, self.title, self.published, self.url, self.sha256, self.bytes)


@dataclass(frozen=True)
class LoadResult:
    """What a load did to one file."""

    file_id: str
    status: str                  # pending | loaded | superseded | quarantined
    changed: bool                # False when the warehouse already held exactly this
    inspection_key: str | None = None
    reason: str | None = None    # why the file is quarantined
    events: tuple[str, ...] = ()  # ids of the outbox events this load wrote (for any file of its batch)


# --- public API -------------------------------------------------------------------------------

def save_publication(conn: duckdb.DuckDBPyConnection, publication: Any) -> LoadResult:
    """Record a publication the site lists (status `pending` until its extraction is saved)."""
    return load_batch(conn, [(publication, None)])[0]


def save_extraction(conn: duckdb.DuckDBPyConnection, file_id: str, extraction: Extraction) -> LoadResult:
    """Record what a saved publication's file says, and everything that follows from it."""
    return load_batch(conn, [(str(file_id), extraction)])[0]


def load_report(conn: duckdb.DuckDBPyConnection, publication: Any, extraction: Extraction) -> LoadResult:
    """Publication and extraction of one file, in one transaction."""
    return load_batch(conn, [(publication, extraction)])[0]


def save_discovered(conn: duckdb.DuckDBPyConnection, publications: Iterable[Any],
                    extra: dict | None = None) -> list[str]:
    """Record publications a poll found that the warehouse does not know yet, each `pending` and
    with an `ofsted.publication.discovered` event, in one transaction. Returns their file ids;
    publications already known are left as they are and announced no more."""
    pubs = list({p.file_id: p for p in (Publication.coerce(p) for p in publications)}.values())
    with transaction(conn):
        known = {r[0] for r in conn.execute(
            "SELECT file_id FROM publications WHERE file_id IN (SELECT unnest(?::VARCHAR[]))",
            [[p.file_id for p in pubs]]).fetchall()}
        new = [p for p in pubs if p.file_id not in known]
        _upsert_publications(conn, new)
        rows = discovered_events(new, extra)
        if rows:
            insert_rows(conn, "outbox", rows)
    return [p.file_id for p in new]


def load_batch(conn: duckdb.DuckDBPyConnection,
               items: Iterable[tuple[Any, Extraction | None]]) -> list[LoadResult]:
    """Load many files in ONE transaction. Each item is (publication, extraction); the publication
    may be a bare file id of one already saved, the extraction None to save the publication only.
    A publication without sha256 takes its extraction's. Where a file id repeats, its last item
    counts. Every result carries the ids of all events the batch wrote."""
    norm = []
    for p, x in items:
        pub = None if isinstance(p, (str, int)) else Publication.coerce(p)
        if pub and not pub.sha256 and x is not None:  # a site listing without the download's digest
            pub = dataclasses.replace(pub, sha256=x.sha256)
        norm.append((pub.file_id if pub else str(p), pub, x))
    with transaction(conn):
        touched = _upsert_publications(conn, list({fid: pub for fid, pub, _ in norm if pub}.values()))
        extractions = {fid: x for fid, _, x in norm if x is not None}
        touched |= _upsert_extractions(conn, extractions)
        touched |= _count_download_failures(conn, extractions)
        events = tuple(refresh_authorities(conn, touched)) + tuple(confirm_kinds(conn, extractions))
        order = list(dict.fromkeys(fid for fid, _, _ in norm))
        states = _states(conn, order)
        unknown = [fid for fid in order if fid not in states]
        if unknown:
            raise ValueError(f"no publication saved for file {', '.join(unknown)}")
    return [LoadResult(fid, states[fid][0], changed=fid in touched.files, inspection_key=states[fid][1],
                       reason=states[fid][2], events=events) for fid in order]


def load_reports(db: str | os.PathLike | None, items: Iterable[tuple[Any, Extraction]], *,
                 batch: int = 1, timeout: float | None = None,
                 progress: Callable[[list[LoadResult]], None] | None = None) -> list[LoadResult]:
    """Load (publication, extraction) pairs into the warehouse file `db`, `batch` files a
    transaction, letting waiting readers and writers in between transactions."""
    results: list[LoadResult] = []
    pending: list = []
    with Warehouse(db, timeout=timeout) as wh:
        def flush():
            done = load_batch(wh.conn, pending)
            pending.clear()
            results.extend(done)
            if progress:
                progress(done)
            wh.yield_to_waiters()

        for item in items:
            pending.append(item)
            if len(pending) >= batch:
                flush()
        if pending:
            flush()
    return results


def extraction_from_json(obj: Mapping[str, Any]) -> Extraction:
    """An Extraction from one line of `ofsted extract --format jsonl`."""
    names = {f.name for f in fields(Extraction)}
    kw = {k: v for k, v in obj.items() if k in names}
    for k in ("inspection_start", "inspection_end", "published"):
        kw[k] = _date(kw.get(k))
    return Extraction(**kw)


def quarantine_reason(x: Extraction) -> str | None:
    """Why an extraction is no inspection the warehouse keeps, or None if it is one."""
    if x.status != STATUS_OK:
        return f"{x.status}: {x.error or 'the extractor gave no reason'}"
    if x.report_kind not in REPORT_KINDS:
        return f"unknown report kind {x.report_kind!r}"
    if x.report_kind == "other":
        return None  # a publication of a kind the warehouse keeps but grades not (JTAI, area SEND...): `recorded`
    if x.report_kind in NOT_REPORTS:
        detail = f": {x.error}" if x.error else ""
        return f"not an inspection report (kind {x.report_kind}){detail}"
    if x.report_kind in GRADED_KINDS:
        for area, grade in x.judgements.items():
            if area not in AREAS and not area.startswith("pre2013_"):
                return f"unknown judgement area {area!r}"
            if grade not in GRADES:
                return f"unknown grade {grade!r} for {area}"
    return None


# --- internals --------------------------------------------------------------------------------

class _Touched(set):
    """URNs whose derived rows must be rebuilt, and the file ids whose rows changed."""

    def __init__(self):
        super().__init__()
        self.files: set[str] = set()

    def __ior__(self, other):
        super().__ior__(other)
        self.files |= getattr(other, "files", set())
        return self


def _date(v: Any) -> date | None:
    if v in (None, ""):
        return None
    if isinstance(v, datetime):
        return v.date()
    if isinstance(v, date):
        return v
    return date.fromisoformat(str(v))


def _upsert_publications(conn, pubs: list[Publication]) -> _Touched:
    touched = _Touched()
    if not pubs:
        return touched
    ids = [p.file_id for p in pubs]
    old = {r[0]: r[1:] for r in conn.execute(
        "SELECT file_id, urn, local_authority, title, published, url, sha256, bytes, first_seen "
        "FROM publications WHERE file_id IN (SELECT unnest(?::VARCHAR[]))", [ids]).fetchall()}
    new_rows, updates = [], []
    for p in pubs:
        before = old.get(p.file_id)
        if before is None:
            new_rows.append((p.file_id, *p.row(), p.first_seen or utcnow(), "pending", None, None,
                             kind_from_title(p.title), p.title, "title"))
        elif tuple(before[:7]) != p.row() or (p.first_seen and p.first_seen < before[7]):
            updates.append((p.file_id, *p.row(), min(filter(None, (p.first_seen, before[7])))))
            touched.add(before[0])
        else:
            continue
        touched.add(p.urn)
        touched.files.add(p.file_id)
    if new_rows:
        insert_rows(conn, "publications", new_rows, columns=_PUBLICATION_COLUMNS)
    update_rows(conn, "publications", ["file_id"], ["urn", "local_authority", "title", "published", "url",
                                                    "sha256", "bytes", "first_seen"], updates)
    return touched


_PUBLICATION_COLUMNS = ["file_id", "urn", "local_authority", "title", "published", "url", "sha256", "bytes",
                        "first_seen", "status", "inspection_key", "superseded_by", "publication_kind",
                        "publication_title", "kind_source"]


def _extraction_row(file_id: str, x: Extraction) -> tuple:
    return (file_id, x.sha256, x.status, x.error, x.report_kind, x.framework, x.local_authority,
            _date(x.inspection_start), _date(x.inspection_end), _date(x.published), x.lead_inspector,
            json.dumps(dict(x.judgements), sort_keys=True), json.dumps(list(x.warnings)),
            x.extractor_version, quarantine_reason(x), review_json(x.review))


def _upsert_extractions(conn, extractions: dict[str, Extraction]) -> _Touched:
    touched = _Touched()
    if not extractions:
        return touched
    ids = list(extractions)
    known = {r[0]: (r[1], r[2]) for r in conn.execute(
        "SELECT file_id, urn, sha256 FROM publications WHERE file_id IN (SELECT unnest(?::VARCHAR[]))",
        [ids]).fetchall()}
    old = {r[0]: tuple(r) for r in conn.execute(
        "SELECT * FROM extractions WHERE file_id IN (SELECT unnest(?::VARCHAR[]))", [ids]).fetchall()}
    rows = []
    for fid, x in extractions.items():
        if fid not in known:
            raise ValueError(f"file {fid}: save its publication before its extraction")
        if x.sha256 != known[fid][1]:
            raise ValueError(f"file {fid}: the extraction is of another file (sha256 {x.sha256[:12]}..., "
                             f"the publication's is {known[fid][1][:12]}...)")
        row = _extraction_row(fid, x)
        if old.get(fid) != row:
            rows.append(row)
            touched.add(known[fid][0])
            touched.files.add(fid)
    if rows:
        conn.execute("DELETE FROM extractions WHERE file_id IN (SELECT unnest(?::VARCHAR[]))", [[r[0] for r in rows]])
        insert_rows(conn, "extractions", rows)
    return touched


def _count_download_failures(conn, extractions: dict[str, Extraction]) -> _Touched:
    """Count each failed download (a record with no digest: the bytes were never had), forget the
    failures of files read at last; the authorities whose held-back events may change."""
    touched = _Touched()
    failed = [fid for fid, x in extractions.items() if not x.sha256]
    loaded = [fid for fid, x in extractions.items() if x.sha256]
    if not failed and not loaded:
        return touched
    pubs = {r[0]: r[1:] for r in conn.execute(
        "SELECT file_id, urn, published FROM publications WHERE file_id IN (SELECT unnest(?::VARCHAR[]))",
        [failed]).fetchall()} if failed else {}
    touched |= record_download_failures(
        conn, [(fid, *pubs[fid], extractions[fid].error or "download failed") for fid in failed if fid in pubs],
        loaded)
    return touched


# --- deriving inspections ------------------------------------------------------------------------

_PUBLICATIONS = """
    SELECT p.file_id, p.urn, p.local_authority, p.published, p.url,
           p.status, p.inspection_key, p.superseded_by,
           e.file_id IS NOT NULL AS extracted, e.quarantine_reason, k.family, k.graded,
           e.judgements, e.report_kind, e.framework, e.inspection_start, e.inspection_end, e.published AS printed,
           e.lead_inspector, e.extractor_version, e.review
    FROM publications p
    LEFT JOIN extractions e ON e.file_id = p.file_id
    LEFT JOIN report_kinds k ON k.report_kind = e.report_kind
    WHERE list_contains($1, p.urn)"""

# How the reference tables compare judgements: area -> comparable area, grade -> rank.
_REFERENCE = "SELECT 'area', area, comparable_area FROM areas UNION ALL SELECT 'grade', grade, rank FROM grades"


def inspection_key(urn: int, family: str, start: date | None, end: date | None, printed: date | None,
                   published: date | None, file_id: str) -> str:
    """The identity of an inspection across its publications: '<urn>/<kind family>/<date>', the
    date being the first day on site, else the last, else the date printed in the report, else
    the publication date. A corrected re-publication has the same key as the report it corrects."""
    day = start or end or printed or published
    return f"{urn}/{family}/{day.isoformat() if day else 'file-' + file_id}"


def _newest(r) -> tuple:
    # The publication in force: the latest published; between equals, the higher file id.
    return (r["published"] or date.min, len(r["file_id"]), r["file_id"])


def refresh_authorities(conn: duckdb.DuckDBPyConnection, urns: Iterable[int]) -> list[str]:
    """Rebuild the inspections, judgements, publication status and pending outbox of these
    authorities from their stored publications and extractions, and re-link the news articles'
    claims about them; returns the ids of outbox events written."""
    urns = sorted(set(urns))
    if not urns:
        return []
    cur = conn.execute(_PUBLICATIONS, [urns])
    cols = [d[0] for d in cur.description]
    pubs = [dict(zip(cols, r)) for r in cur.fetchall()]
    by_key: dict[str, list[dict]] = {}
    for r in pubs:
        if r["extracted"] and r["quarantine_reason"] is None and r["report_kind"] not in NOT_REPORTS:
            key = inspection_key(r["urn"], r["family"], r["inspection_start"], r["inspection_end"],
                                 r["printed"], r["published"], r["file_id"])
            by_key.setdefault(key, []).append(r)
    comparable, rank = {}, {}
    for table, code, value in conn.execute(_REFERENCE).fetchall():
        (comparable if table == "area" else rank)[code] = value
    decided, first_opened, now = decisions_in_force(conn, urns), opened_at(conn, urns), utcnow()
    inspections, judgements, items, status = [], [], [], {}
    for key, group in sorted(by_key.items()):
        w = max(group, key=_newest)
        reviewed = apply_review(json.loads(w["judgements"]) if w["graded"] else {},
                                json.loads(w["review"] or "{}"), decided.get(key, {}))
        judgements += [(key, w["urn"], area, comparable.get(area, area), grade, int(rank[grade]),
                        read, under_review, decision)
                       for area, (grade, read, under_review, decision) in reviewed.grades.items()
                       if grade in rank and w["graded"]]
        items += [(key, w["urn"], area, grade, reason, w["file_id"], first_opened.get((key, area), now), done)
                  for area, grade, reason, done in reviewed.items]
        for r in group:
            status[r["file_id"]] = ("loaded", key, None) if r is w else ("superseded", key, w["file_id"])
        inspections.append((
            key, w["urn"], w["local_authority"], w["report_kind"], w["family"], w["framework"],
            w["inspection_start"], w["inspection_end"],
            w["inspection_end"] or w["inspection_start"] or w["printed"] or w["published"],
            w["published"], min((r["published"] for r in group if r["published"]), default=None),
            w["file_id"], w["url"], len(group), w["lead_inspector"], w["extractor_version"], reviewed.status))
    updates = []
    for r in pubs:
        new = status.get(r["file_id"]) or (_unkept_status(r), None, None)
        if new != (r["status"], r["inspection_key"], r["superseded_by"]):
            updates.append((r["file_id"], *new))
    with transaction(conn):
        conn.execute("DELETE FROM judgements WHERE list_contains($1, urn)", [urns])
        conn.execute("DELETE FROM inspections WHERE list_contains($1, urn)", [urns])
        conn.execute("DELETE FROM review_items WHERE list_contains($1, urn)", [urns])
        if inspections:
            insert_rows(conn, "inspections", inspections)
        if judgements:
            insert_rows(conn, "judgements", judgements)
        if items:
            insert_rows(conn, "review_items", items)
        update_rows(conn, "publications", ["file_id"], ["status", "inspection_key", "superseded_by"], updates)
        return sync_events(conn, urns) + relink_claims(conn, urns)


def _unkept_status(r: dict) -> str:
    """A publication that is no inspection: pending (not read yet), quarantined (no readable
    report), or recorded (read, of a kind kept with its title but not graded: see publication_kind)."""
    if not r["extracted"]:
        return "pending"
    return "quarantined" if r["quarantine_reason"] else "recorded"


def _states(conn, file_ids: list[str]) -> dict[str, tuple]:
    rows = conn.execute(
        "SELECT p.file_id, p.status, p.inspection_key, e.quarantine_reason FROM publications p "
        "LEFT JOIN extractions e ON e.file_id = p.file_id "
        "WHERE p.file_id IN (SELECT unnest(?::VARCHAR[]))", [file_ids]).fetchall()
    return {r[0]: r[1:] for r in rows}
