"""Read-only SQL over the warehouse (`ofsted sql`) and export of every table and view (`ofsted export`).

`ofsted sql` is safe to hand to anyone: the file is opened read-only with external access off
(no reading or writing files, no ATTACH, no INSTALL) and the configuration locked (no SET), and
before that every statement must be a query. Errors come back as one clear line.
"""
from __future__ import annotations

import json
import os
import threading
from pathlib import Path

import duckdb

from warehouse.db import Warehouse, WarehouseError

LOCKED_CONFIG = {
    "enable_external_access": False,
    "autoinstall_known_extensions": False,
    "autoload_known_extensions": False,
    "lock_configuration": True,
}
ALLOWED = {"SELECT", "EXPLAIN", "PRAGMA", "CALL"}
FILES_REFUSED = ("ofsted sql cannot read or write files, attach databases or install extensions: "
                 "it queries the warehouse's own tables and views only")


SETTINGS_REFUSED = "ofsted sql cannot change settings (SET, RESET, PRAGMA name = value)"


class QueryError(WarehouseError):
    """A query that failed or was refused; str() is one line for the user."""


def locked_connection(db=None, timeout: float | None = None) -> Warehouse:
    """The warehouse opened as `ofsted sql` opens it: read-only, no file access, settings locked."""
    return Warehouse(db, read_only=True, timeout=timeout, config=LOCKED_CONFIG)


def run_query(sql: str, db=None, *, timeout: float | None = None,
              max_seconds: float | None = None) -> tuple[list[str], list[tuple]]:
    """Run read-only SQL; returns (column names, rows) of the last statement, JSON values parsed."""
    with locked_connection(db, timeout) as wh:
        conn = wh.conn
        try:
            statements = conn.extract_statements(sql)
        except duckdb.Error as e:
            raise QueryError(explain(e)) from None
        if not statements:
            raise QueryError("no query given")
        for st in statements:
            kind = st.type.name
            if kind not in ALLOWED:
                if kind in ("COPY", "ATTACH", "DETACH", "LOAD", "EXPORT"):
                    raise QueryError(FILES_REFUSED)
                if kind in ("SET", "VARIABLE_SET"):
                    raise QueryError(SETTINGS_REFUSED)
                raise QueryError(f"ofsted sql is read-only: it runs queries (SELECT ...) and refuses "
                                 f"{kind} statements")
        timer = threading.Timer(max_seconds, conn.interrupt) if max_seconds else None
        if timer:
            timer.start()
        try:
            cur = conn.execute(sql)
            columns = [d[0] for d in cur.description or []]
            rows = cur.fetchall() if cur.description else []
            json_cols = [i for i, d in enumerate(cur.description or []) if str(d[1]) == "JSON"]
        except duckdb.InterruptException:
            raise QueryError(f"query stopped after {max_seconds:g} s (--max-seconds)") from None
        except duckdb.Error as e:
            raise QueryError(explain(e)) from None
        finally:
            if timer:
                timer.cancel()
    if json_cols:
        rows = [tuple(json.loads(v) if i in json_cols and v is not None else v for i, v in enumerate(r))
                for r in rows]
    return columns, rows


def explain(error: Exception) -> str:
    """One line a user can act on, from a DuckDB error."""
    msg = str(error).strip().splitlines()[0] if str(error).strip() else type(error).__name__
    if isinstance(error, duckdb.PermissionException) or "operations are disabled" in msg:
        return FILES_REFUSED
    if "read-only mode" in msg:
        return "ofsted sql is read-only: it cannot change the warehouse (INSERT, UPDATE, DELETE, CREATE ...)"
    if "configuration has been locked" in msg:
        return SETTINGS_REFUSED
    if isinstance(error, duckdb.CatalogException) and "does not exist" in msg:
        return msg + " (list tables and views with: ofsted sql \"SHOW TABLES\")"
    return msg


def relations(conn: duckdb.DuckDBPyConnection) -> list[tuple[str, str]]:
    """(name, 'table' | 'view') of every table and view of the warehouse, by name."""
    return conn.execute(
        "SELECT table_name, 'table' FROM duckdb_tables() WHERE database_name = current_database() "
        "AND schema_name = 'main' AND NOT internal AND NOT temporary "
        "UNION ALL SELECT view_name, 'view' FROM duckdb_views() WHERE database_name = current_database() "
        "AND schema_name = 'main' AND NOT internal AND NOT temporary ORDER BY 1").fetchall()


def export(out_dir: str | os.PathLike, db=None, *, format: str = "parquet",
           timeout: float | None = None) -> list[tuple[str, Path, int]]:
    """Write every table and view to `out_dir/<name>.<format>`; returns (name, path, rows)."""
    if format not in ("parquet", "csv"):
        raise QueryError(f"unknown export format {format!r}: use parquet or csv")
    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    written = []
    with Warehouse(db, read_only=True, timeout=timeout) as wh:
        for name, _ in relations(wh.conn):
            path = out / f"{name}.{format}"
            tmp = path.with_name(path.name + ".tmp")
            literal = str(tmp).replace("'", "''")
            options = "FORMAT parquet" if format == "parquet" else "FORMAT csv, HEADER true"
            wh.conn.execute(f'COPY (SELECT * FROM "{name}") TO \'{literal}\' ({options})')
            os.replace(tmp, path)
            written.append((name, path, wh.conn.execute(f'SELECT count(*) FROM "{name}"').fetchone()[0]))
    return written


# --- what the published site reads (publish/site.py) --------------------------------------------

def has_relation(conn: duckdb.DuckDBPyConnection, name: str) -> bool:
    """Whether the warehouse has a table or view of this name (views other issues add: review_queue,
    neighbour_ratings)."""
    return any(n == name for n, _ in relations(conn))


def _dicts(conn: duckdb.DuckDBPyConnection, sql: str, params=None) -> list[dict]:
    cur = conn.execute(sql, params or [])
    columns = [d[0] for d in cur.description]
    return [dict(zip(columns, row)) for row in cur.fetchall()]


def _columns(conn: duckdb.DuckDBPyConnection, table: str) -> set[str]:
    return {r[0] for r in conn.execute(
        "SELECT column_name FROM duckdb_columns() WHERE database_name = current_database() "
        "AND schema_name = 'main' AND table_name = ?", [table]).fetchall()}


def site_authorities(conn) -> list[dict]:
    """Every authority the warehouse knows (the reference list, and any other URN it holds
    inspections of), by name."""
    return _dicts(conn, """
        SELECT a.urn, a.name, a.region, a.la_code, a.ons_code FROM authorities a
        UNION ALL
        SELECT i.urn, any_value(i.local_authority), NULL, NULL, NULL FROM inspections i
        WHERE i.urn NOT IN (SELECT urn FROM authorities) GROUP BY i.urn
        ORDER BY 2, 1""")


def site_latest(conn) -> list[dict]:
    """`latest_ratings`: each authority's latest grade in every area, with `is_current`."""
    return _dicts(conn, """
        SELECT l.urn, l.area, l.grade, l.rank, l.inspection_date, l.published, l.framework,
               l.report_kind, l.is_current, l.inspection_key, l.url
        FROM latest_ratings l ORDER BY l.urn, l.area""")


def site_latest_inspections(conn) -> list[dict]:
    """Each authority's latest full inspection (the one its current grades come from)."""
    return _dicts(conn, """
        SELECT i.urn, arg_max(i.inspection_key, (i.inspection_date, i.inspection_key)) AS inspection_key,
               arg_max(i.inspection_date, (i.inspection_date, i.inspection_key)) AS inspection_date,
               arg_max(i.published, (i.inspection_date, i.inspection_key)) AS published,
               arg_max(i.framework, (i.inspection_date, i.inspection_key)) AS framework,
               arg_max(i.report_kind, (i.inspection_date, i.inspection_key)) AS report_kind,
               arg_max(i.url, (i.inspection_date, i.inspection_key)) AS url
        FROM inspections i JOIN report_kinds k ON k.report_kind = i.report_kind
        WHERE k.full_inspection GROUP BY i.urn ORDER BY i.urn""")


def site_inspections(conn) -> list[dict]:
    """Every inspection and visit, oldest first, with its judgements as {area: grade} (the
    report's own areas) and {comparable area: grade}."""
    rows = _dicts(conn, """
        SELECT i.urn, i.inspection_key, i.report_kind, k.description AS kind_label, k.graded,
               k.full_inspection, i.framework, i.inspection_start, i.inspection_end, i.inspection_date,
               i.published, i.first_published, i.url, i.publications, i.lead_inspector
        FROM inspections i LEFT JOIN report_kinds k ON k.report_kind = i.report_kind
        ORDER BY i.urn, i.inspection_date, i.inspection_key""")
    grades: dict[str, dict[str, str]] = {}
    for key, area, grade in conn.execute(
            "SELECT inspection_key, area, grade FROM judgements ORDER BY inspection_key, area").fetchall():
        grades.setdefault(key, {})[area] = grade
    for r in rows:
        r["judgements"] = grades.get(r["inspection_key"], {})
    return rows


def site_publications(conn) -> list[dict]:
    """Every publication the site listed (visits, superseded and quarantined files included),
    newest first per authority; `publication_kind` and `publication_title` where the warehouse
    has them (migration 0005), else NULL."""
    cols = _columns(conn, "publications")
    kind = "p.publication_kind" if "publication_kind" in cols else "NULL"
    ptitle = "p.publication_title" if "publication_title" in cols else "NULL"
    return _dicts(conn, f"""
        SELECT p.urn, p.file_id, p.title, p.published, p.url, p.status, p.inspection_key,
               {kind} AS publication_kind, {ptitle} AS publication_title,
               e.report_kind, e.quarantine_reason
        FROM publications p LEFT JOIN extractions e ON e.file_id = p.file_id
        ORDER BY p.urn, p.published DESC NULLS LAST, p.file_id DESC""")


def site_changes(conn) -> list[dict]:
    """`rating_changes`, newest first, each with the id of its `ofsted.rating.changed` event."""
    from warehouse.outbox import RATING_CHANGED, event_id, rating_change_subject

    rows = _dicts(conn, """
        SELECT urn, authority, region, area, previous_grade, previous_date, previous_framework,
               new_grade, new_date, new_framework, new_published, direction, steps,
               previous_inspection_key, new_inspection_key, url
        FROM rating_changes
        ORDER BY new_published DESC NULLS LAST, new_date DESC, authority, area""")
    for r in rows:
        r["event_id"] = event_id(RATING_CHANGED, rating_change_subject(r))
    return rows


def site_news(conn) -> list[dict]:
    """What articles claim that the loaded reports do not show yet (`ahead`) or contradict (`disputed`),
    newest article first, each with its sentence: `article_claims_status` as the site's news shows it."""
    return _dicts(conn, """
        SELECT urn, authority, region, area, claimed_grade, role, year, link_status, corroborated, sentence,
               article_url, article_title, publisher, article_published, report_grade, report_url
        FROM article_claims_status
        WHERE link_status IN ('ahead', 'disputed') AND urn IS NOT NULL
        ORDER BY article_published DESC NULLS LAST, article_url, claim_no""")


def site_areas(conn) -> dict[str, str]:
    """Area code -> label."""
    return dict(conn.execute("SELECT area, label FROM areas ORDER BY area").fetchall())


def site_review_items(conn) -> list[dict]:
    """Open review-queue items (the `review_queue` view, issue 10b), or none where the warehouse
    has no such view."""
    if not has_relation(conn, "review_queue"):
        return []
    return _dicts(conn, """
        SELECT inspection_key, urn, local_authority, region, area, grade, reason, published, url
        FROM review_queue ORDER BY urn, inspection_key, area""")


def site_neighbours(conn) -> list[dict] | None:
    """`neighbour_ratings` (issue 13b) ordered by authority, area and rank; None where the
    warehouse has no such view."""
    if not has_relation(conn, "neighbour_ratings"):
        return None
    return _dicts(conn, """
        SELECT urn, local_authority, region, area, grade, inspection_date, neighbour_rank,
               neighbour_urn, neighbour_authority, neighbour_grade, neighbour_inspection_date
        FROM neighbour_ratings ORDER BY urn, area, neighbour_rank, neighbour_urn""")


def site_data(db=None, *, timeout: float | None = None) -> dict:
    """Everything the published site shows, read in one read-only connection."""
    with Warehouse(db, read_only=True, timeout=timeout) as wh:
        c = wh.conn
        return {
            "authorities": site_authorities(c),
            "latest": site_latest(c),
            "latest_inspections": site_latest_inspections(c),
            "inspections": site_inspections(c),
            "publications": site_publications(c),
            "changes": site_changes(c),
            "news": site_news(c),
            "areas": site_areas(c),
            "grades": dict(c.execute("SELECT grade, label FROM grades ORDER BY rank, grade").fetchall()),
            "review": site_review_items(c),
            "neighbours": site_neighbours(c),
        }
