"""The review queue and people's decisions (migration 0004).

The extractor names, in `Extraction.review`, each area (or `inspection`, the whole inspection)
whose grade a person must check: its two readings disagree, or a judgement the framework
requires was found by neither. The warehouse loads such an inspection with status `review`; its
doubtful areas are flagged `under_review` and feed no rating change (so raise no event) until a
person decides them:

    from warehouse.review import decide
    with connect() as wh:
        decide(wh.conn, "80458/ilacs/2022-01-10", "help_and_protection", "good",
               note="page 7 says good; page 1 misprinted", by="A. Person")       # set
        decide(wh.conn, "80458/ilacs/2022-01-10", None, note="both agree on reading")  # confirm all

A decision is a row of `overrides`, keyed by inspection and area rather than by file, so it
outlives reloads, re-publications and re-extraction: the latest decision of an area is in force
(its grade replaces the grade read). The same transaction rebuilds the authority's rows and
outbox, so the rating changes that were held back are raised then, once.
"""
from __future__ import annotations

import getpass
import json
import os
import re
from dataclasses import dataclass
from datetime import datetime
from typing import Iterable

import duckdb

from extractors.codes import GRADES
from warehouse.db import insert_rows, transaction, utcnow

WHOLE = "inspection"  # the review key standing for the whole inspection
NEEDS_REVIEW = "ofsted.inspection.needs_review"
SET, CONFIRM = "set", "confirm"
NOT_JUDGED = ("none", "not_judged")  # what a person types to say an area is not judged

# Download failures: a file whose download failed holds back the rating-change events of its
# authority published on or after it, until it loads or is quarantined for good: the site said it
# is gone (404, 410), or it failed in this many runs.
GIVE_UP_AFTER = 3
_GONE = re.compile(r"\bHTTP (404|410)\b")


class ReviewError(ValueError):
    """A decision that cannot be taken; str() is one line a person can act on."""


@dataclass(frozen=True)
class Reviewed:
    """An inspection's grades after review: area -> (grade in force, grade read, under review,
    decision); its review items (area, grade read, reason, decided); its status."""

    grades: dict[str, tuple[str, str | None, bool, str | None]]
    items: list[tuple[str, str | None, str, bool]]
    status: str


def apply_review(read: dict[str, str], review: dict[str, str],
                 decided: dict[str, tuple[str | None, str]]) -> Reviewed:
    """The grades in force of one inspection: `read` as the extractor read them, `review` its
    areas to check (area or WHOLE -> reason), `decided` the decisions in force (area or WHOLE ->
    (grade or None, decision))."""
    items = [(area, read.get(area), reason, area in decided) for area, reason in sorted(review.items())]
    whole_open = any(area == WHOLE and not done for area, _, _, done in items)
    open_areas = {area for area, _, _, done in items if not done}
    grades: dict[str, tuple[str, str | None, bool, str | None]] = {}
    for area in sorted(set(read) | {a for a in decided if a != WHOLE}):
        if area in decided:
            grade, decision = decided[area]
            if grade is not None:
                grades[area] = (grade, read.get(area), False, decision)
        else:
            grades[area] = (read[area], read[area], area in open_areas or whole_open, None)
    return Reviewed(grades, items, "review" if open_areas else "ok")


def decisions_in_force(conn: duckdb.DuckDBPyConnection, urns: list[int]) -> dict[str, dict[str, tuple]]:
    """inspection key -> area -> (grade, decision) of the latest decision of each area."""
    out: dict[str, dict[str, tuple]] = {}
    for key, area, grade, decision in conn.execute(
            "SELECT inspection_key, area, arg_max(grade, decided_at), arg_max(decision, decided_at) "
            "FROM overrides WHERE list_contains($1, urn) GROUP BY ALL", [urns]).fetchall():
        out.setdefault(key, {})[area] = (grade, decision)
    return out


def opened_at(conn: duckdb.DuckDBPyConnection, urns: list[int]) -> dict[tuple[str, str], datetime]:
    return {(k, a): t for k, a, t in conn.execute(
        "SELECT inspection_key, area, opened_at FROM review_items WHERE list_contains($1, urn)", [urns]).fetchall()}


# --- deciding ------------------------------------------------------------------------------------

def decide(conn: duckdb.DuckDBPyConnection, inspection_key: str, area: str | None, grade: str | None = None, *,
           note: str, by: str | None = None, confirm: bool | None = None) -> list[tuple[str, str | None, str]]:
    """Record a person's decision and rebuild the authority (its review state, rating changes and
    outbox) in one transaction. With `grade` (a grade code, or 'none' for not judged) the area's
    grade is set; without, `confirm`: the grade in force (as read, or as a person set it) is
    right, for `area`, or for every open item of the inspection when `area` is None. Returns
    (area, grade, decision) of each row written. Raises ReviewError with a one-line reason."""
    from warehouse.load import refresh_authorities

    note = " ".join((note or "").split())
    if not note:
        raise ReviewError("say why in --note: a decision is kept with who, when and why")
    by = " ".join((by or default_person()).split())
    confirm = grade is None if confirm is None else confirm
    with transaction(conn):
        row = conn.execute("SELECT urn FROM inspections WHERE inspection_key = ?", [inspection_key]).fetchone()
        if row is None:
            raise ReviewError(f"no inspection {inspection_key!r}: see `ofsted review` or "
                              "`ofsted sql \"SELECT inspection_key FROM inspections\"`")
        urn = row[0]
        # the grade in force: a person's latest decision, else as read
        in_force = {a: g for a, g in conn.execute(
            "SELECT area, grade FROM judgements WHERE inspection_key = ?", [inspection_key]).fetchall()}
        in_force.update({a: g for a, (g, _) in decisions_in_force(conn, [urn]).get(inspection_key, {}).items()})
        items = {a: g for a, g in conn.execute(
            "SELECT area, grade FROM review_items WHERE inspection_key = ?", [inspection_key]).fetchall()}
        open_items = [a for a, d in conn.execute(
            "SELECT area, decided FROM review_items WHERE inspection_key = ? ORDER BY area",
            [inspection_key]).fetchall() if not d]
        if area is not None:
            area = area.strip()
            known = area in _known_areas(conn) or area.startswith("pre2013_") or area in items or area in in_force
            if area != WHOLE and not known:
                raise ReviewError(f"no area {area!r}: areas are {', '.join(sorted(_known_areas(conn)))} "
                                  f"(or {WHOLE!r} for the whole inspection)")
        if confirm:
            areas = [area] if area is not None else open_items
            if not areas:
                raise ReviewError(f"{inspection_key} has no open review item: name the area to confirm")
            rows = [(a, None if a == WHOLE else in_force.get(a, items.get(a)), CONFIRM) for a in areas]
        else:
            if area is None or area == WHOLE:
                raise ReviewError("name the area whose grade you set")
            grade = grade.strip().lower().replace(" ", "_")
            if grade in NOT_JUDGED:
                grade = None
            elif grade not in GRADES:
                raise ReviewError(f"no grade {grade!r}: grades are {', '.join(sorted(GRADES))}, or 'none'")
            rows = [(area, grade, SET)]
        now = utcnow()
        insert_rows(conn, "overrides", [(inspection_key, urn, a, g, d, note, by, now) for a, g, d in rows])
        refresh_authorities(conn, [urn])
    return rows


def default_person() -> str:
    """Who decides, when --by is not given: $OFSTED_REVIEWER, else the login name."""
    if os.environ.get("OFSTED_REVIEWER"):
        return os.environ["OFSTED_REVIEWER"]
    try:
        return getpass.getuser()
    except Exception:  # no login name (a container without a passwd entry)
        return "unknown"


def _known_areas(conn) -> set[str]:
    return {r[0] for r in conn.execute("SELECT area FROM areas").fetchall()}


# --- events --------------------------------------------------------------------------------------

_OPEN = """
    SELECT r.urn, coalesce(a.name, i.local_authority) AS authority, a.region, r.inspection_key,
           i.report_kind, i.framework, i.inspection_start, i.inspection_end, i.published, i.file_id, i.url,
           list(r.area ORDER BY r.area) FILTER (WHERE NOT r.decided) AS areas,
           map(list(r.area ORDER BY r.area) FILTER (WHERE NOT r.decided),
               list(r.reason ORDER BY r.area) FILTER (WHERE NOT r.decided)) AS reasons,
           map(list(r.area ORDER BY r.area) FILTER (WHERE NOT r.decided),
               list(r.grade ORDER BY r.area) FILTER (WHERE NOT r.decided)) AS grades,
           list(r.area ORDER BY r.area) AS flagged
    FROM review_items r
    JOIN inspections i ON i.inspection_key = r.inspection_key
    LEFT JOIN authorities a ON a.urn = r.urn
    WHERE list_contains($1, r.urn)
    GROUP BY ALL
    HAVING bool_or(NOT r.decided)"""


def needs_review_events(conn: duckdb.DuckDBPyConnection, urns: list[int]) -> list[tuple[str, int, object, dict]]:
    """(subject, urn, occurred_on, payload) of an `ofsted.inspection.needs_review` event for each
    inspection with open review items (`areas`, `reasons`, `grades` as read: of the open ones).
    The subject is the inspection and every area the extractor flagged in it, so an inspection is
    announced once (deciding some of its areas does not announce it again), and again only if a
    new reading flags other areas."""
    cur = conn.execute(_OPEN, [urns])
    cols = [d[0] for d in cur.description]
    out = []
    for row in cur.fetchall():
        p = dict(zip(cols, row))
        for k in ("inspection_start", "inspection_end", "published"):
            p[k] = p[k].isoformat() if p[k] else None
        p["reasons"], p["grades"] = dict(p["reasons"]), dict(p["grades"])
        flagged = p.pop("flagged")
        out.append((f"{p['inspection_key']}|{','.join(flagged)}", p["urn"], row[cols.index("published")], p))
    return out


# --- downloads that failed -----------------------------------------------------------------------

def record_download_failures(conn: duckdb.DuckDBPyConnection, failed: Iterable[tuple[str, int, object, str]],
                             loaded: Iterable[str]) -> set[int]:
    """Count a failed download of each (file id, urn, published, reason); forget the files of
    `loaded` (read at last). Returns the URNs whose hold may have changed."""
    failed, loaded = list(failed), list(loaded)
    urns = set()
    now = utcnow()
    if loaded:
        urns |= {r[0] for r in conn.execute(
            "DELETE FROM download_failures WHERE file_id IN (SELECT unnest(?::VARCHAR[])) RETURNING urn",
            [loaded]).fetchall()}
    for file_id, urn, published, reason in failed:
        conn.execute(
            "INSERT INTO download_failures VALUES (?, ?, ?, 1, ?, ?, ?) ON CONFLICT (file_id) DO UPDATE SET "
            "attempts = download_failures.attempts + 1, reason = excluded.reason, urn = excluded.urn, "
            "published = excluded.published, last_failed = excluded.last_failed",
            [file_id, urn, published, reason, now, now])
        urns.add(urn)
    return urns


def failure_holds(conn: duckdb.DuckDBPyConnection, urns: list[int]) -> dict[int, str]:
    """urn -> the earliest publication date (ISO; '' when unknown) of a file whose download failed
    and is not given up: the authority's rating changes published from that day are held back."""
    out: dict[int, str] = {}
    for urn, published, attempts, reason in conn.execute(
            "SELECT f.urn, f.published, f.attempts, f.reason FROM download_failures f "
            "JOIN publications p ON p.file_id = f.file_id AND p.status = 'quarantined' "
            "WHERE list_contains($1, f.urn)", [urns]).fetchall():
        if attempts >= GIVE_UP_AFTER or _GONE.search(reason or ""):
            continue
        day = published.isoformat() if published else ""
        out[urn] = min(out.get(urn, day), day)
    return out


def open_items_by_area(conn: duckdb.DuckDBPyConnection, urns: list[int]) -> dict[int, list[tuple[str | None, str]]]:
    """urn -> [(comparable area, or None for the whole inspection; inspection date ISO)] of every
    open review item."""
    out: dict[int, list] = {}
    for urn, area, day in conn.execute(
            "SELECT r.urn, CASE WHEN r.area = 'inspection' THEN NULL ELSE coalesce(a.comparable_area, r.area) END, "
            "i.inspection_date FROM review_items r JOIN inspections i ON i.inspection_key = r.inspection_key "
            "LEFT JOIN areas a ON a.area = r.area WHERE NOT r.decided AND list_contains($1, r.urn)",
            [urns]).fetchall():
        out.setdefault(urn, []).append((area, day.isoformat() if day else ""))
    return out


def review_json(review: dict | None) -> str | None:
    return json.dumps(dict(review), sort_keys=True) if review else None
