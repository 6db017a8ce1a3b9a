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
