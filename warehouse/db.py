"""Open, lock and migrate the warehouse file.

DuckDB lets one process at a time open a file for writing, and no other process may open it at
all meanwhile, not even read-only. So every process holds the file briefly and queues for it:

- a turnstile (an exclusive `flock` on `<db>.lock`) is held while waiting for the file, so
  whoever waits longest is next;
- a writer with more to do calls `Warehouse.yield_to_waiters()` between loads: if somebody holds
  the turnstile it closes the file and queues again behind them. A reader therefore waits for at
  most the load in progress;
- every wait is bounded (`timeout`, default `OFSTED_LOCK_TIMEOUT` or 30 s) and ends in
  `WarehouseBusy`, a one-line message naming the file.
"""
from __future__ import annotations

import fcntl
import hashlib
import os
import re
import time
import uuid
from contextlib import contextmanager
from datetime import datetime, timezone
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import Iterator

import duckdb

DEFAULT_FILE = "ofsted.duckdb"
DEFAULT_TIMEOUT = 30.0
_POLL = 0.02


class WarehouseError(Exception):
    """A problem with the warehouse file a person can act on; str() is one clear line."""


class WarehouseBusy(WarehouseError):
    pass


class WarehouseMissing(WarehouseError):
    pass


def warehouse_path(db: str | os.PathLike | None = None) -> Path:
    """The warehouse file: `db` if given, else $OFSTED_WAREHOUSE, else $OFSTED_DATA_DIR/ofsted.duckdb,
    else ./data/ofsted.duckdb."""
    if db:
        return Path(db)
    if os.environ.get("OFSTED_WAREHOUSE"):
        return Path(os.environ["OFSTED_WAREHOUSE"])
    return Path(os.environ.get("OFSTED_DATA_DIR") or "data") / DEFAULT_FILE


def lock_timeout(timeout: float | None = None) -> float:
    if timeout is not None:
        return timeout
    return float(os.environ.get("OFSTED_LOCK_TIMEOUT") or DEFAULT_TIMEOUT)


def utcnow() -> datetime:
    return datetime.now(timezone.utc).replace(tzinfo=None)


# --- migrations -------------------------------------------------------------------------------

@lru_cache(maxsize=1)
def migrations() -> tuple[tuple[int, str, str], ...]:
    """(version, name, sql) of every migration file shipped in warehouse/migrations, in order."""
    out = []
    for entry in resources.files("warehouse.migrations").iterdir():
        m = re.fullmatch(r"(\d{4})_(\w+)\.sql", entry.name)
        if m:
            out.append((int(m.group(1)), m.group(2), entry.read_text(encoding="utf-8")))
    return tuple(sorted(out))


LATEST_VERSION = migrations()[-1][0]


def schema_version(conn: duckdb.DuckDBPyConnection) -> int:
    """The schema version recorded in the file (0 for a new file)."""
    exists = conn.execute(
        "SELECT count(*) FROM duckdb_tables() WHERE database_name = current_database() "
        "AND schema_name = 'main' AND table_name = 'schema_migrations'").fetchone()[0]
    if not exists:
        return 0
    return conn.execute("SELECT coalesce(max(version), 0) FROM schema_migrations").fetchone()[0]


@lru_cache(maxsize=None)
def _reference_csv(name: str = "authorities.csv") -> tuple[str, str]:
    text = resources.files("reference").joinpath(name).read_text(encoding="utf-8")
    return text, hashlib.sha256(text.encode()).hexdigest()


def migrate(conn: duckdb.DuckDBPyConnection, upto: int | None = None) -> int:
    """Apply every migration newer than the file's version (up to `upto`), each in its own
    transaction, then bring the shipped reference data up to date (whenever the shipped
    authorities.csv or authorities-neighbours.csv changed). Returns the version."""
    version = schema_version(conn)
    if version == 0:
        conn.execute("CREATE TABLE IF NOT EXISTS schema_migrations ("
                     "version INTEGER PRIMARY KEY, name VARCHAR NOT NULL, applied_at TIMESTAMP NOT NULL)")
    # Every shipped migration the file has not recorded, not only those above its highest: a
    # file made by a build that shipped 0005 before 0004 still gets 0004.
    applied = {row[0] for row in conn.execute("SELECT version FROM schema_migrations").fetchall()}
    for number, name, sql in migrations():
        if number in applied or (upto is not None and number > upto):
            continue
        with transaction(conn):
            conn.execute(sql)
            conn.execute("INSERT INTO schema_migrations VALUES (?, ?, ?)", [number, name, utcnow()])
        version = max(version, number)
    if version >= 1:
        _sync_reference(conn)
        _sync_neighbours(conn)
        _name_this_warehouse(conn)
    return version


def _name_this_warehouse(conn: duckdb.DuckDBPyConnection) -> None:
    if not conn.execute("SELECT 1 FROM warehouse_meta WHERE key = 'instance_id'").fetchone():
        conn.execute("INSERT INTO warehouse_meta VALUES ('instance_id', ?)", [str(uuid.uuid4())])


def instance_id(conn: duckdb.DuckDBPyConnection) -> str:
    """This warehouse file's own identity (a random UUID made when the file was created). Two
    warehouses state the same facts with the same outbox ids; this tells their events apart."""
    row = conn.execute("SELECT value FROM warehouse_meta WHERE key = 'instance_id'").fetchone()
    if row is None:
        raise WarehouseError("the warehouse has no instance id: open it for writing once to upgrade it")
    return row[0]


def _sync_reference(conn: duckdb.DuckDBPyConnection) -> None:
    text, digest = _reference_csv()
    stored = conn.execute("SELECT value FROM warehouse_meta WHERE key = 'authorities_sha256'").fetchone()
    if stored and stored[0] == digest:
        return
    import csv
    import io

    rows = [(int(r["urn"]), r["la_code"], r["ons_code"], r["name"], r["region_code"], r["region"])
            for r in csv.DictReader(io.StringIO(text))]
    with transaction(conn):
        conn.execute("DELETE FROM authorities")
        insert_rows(conn, "authorities", rows)
        conn.execute("INSERT OR REPLACE INTO warehouse_meta VALUES ('authorities_sha256', ?)", [digest])


def _sync_neighbours(conn: duckdb.DuckDBPyConnection) -> None:
    """Statistical neighbours (reference/authorities-neighbours.csv), once migration 0006 made
    their table, refreshed whenever the shipped file changes."""
    from reference import NEIGHBOURS_FILE, neighbour_rows

    if not conn.execute("SELECT count(*) FROM duckdb_tables() WHERE database_name = current_database() "
                        "AND schema_name = 'main' AND table_name = 'statistical_neighbours'").fetchone()[0]:
        return
    text, digest = _reference_csv(NEIGHBOURS_FILE)
    stored = conn.execute("SELECT value FROM warehouse_meta WHERE key = 'neighbours_sha256'").fetchone()
    if stored and stored[0] == digest:
        return
    with transaction(conn):
        conn.execute("DELETE FROM statistical_neighbours")
        insert_rows(conn, "statistical_neighbours", neighbour_rows(text))
        conn.execute("INSERT OR REPLACE INTO warehouse_meta VALUES ('neighbours_sha256', ?)", [digest])


# --- small helpers shared by the modules --------------------------------------------------------

_in_transaction: set[int] = set()


@contextmanager
def transaction(conn: duckdb.DuckDBPyConnection) -> Iterator[None]:
    """BEGIN ... COMMIT, or ROLLBACK on error; nested inside another `transaction` of the same
    connection, part of that one. (DuckDB cannot tell whether a transaction is open, and a BEGIN
    inside one aborts it, so group work with this, never with conn.begin().)"""
    key = id(conn)
    if key in _in_transaction:
        yield
        return
    conn.begin()
    _in_transaction.add(key)
    try:
        yield
    except BaseException:
        _in_transaction.discard(key)
        conn.rollback()
        raise
    _in_transaction.discard(key)
    conn.commit()


def insert_rows(conn: duckdb.DuckDBPyConnection, table: str, rows: list[tuple],
                columns: list[str] | None = None) -> None:
    """Insert rows, a value per column in the table's order (or of `columns`), through DuckDB's
    appender: one statement for them all (about 20x faster than multi-row VALUES, far more than
    executemany)."""
    if rows:
        with (conn.appender(table, columns=columns) if columns else conn.appender(table)) as appender:
            appender.append_rows(rows)


def update_rows(conn: duckdb.DuckDBPyConnection, table: str, key: list[str], columns: list[str],
                rows: list[tuple]) -> None:
    """Set `columns` of the rows found by `key`, in one statement: each row holds the key's
    values, then the columns' values. Rows whose key matches nothing change nothing."""
    if rows:
        with conn.appender(table, columns=[*key, *columns], action="update", key=key) as appender:
            appender.append_rows(rows)


# --- opening the file ---------------------------------------------------------------------------

class Warehouse:
    """An open warehouse file. Use as a context manager; `conn` is the DuckDB connection."""

    def __init__(self, db: str | os.PathLike | None = None, *, read_only: bool = False,
                 timeout: float | None = None, config: dict | None = None, create: bool = True):
        self.path = warehouse_path(db)
        self.read_only = read_only
        self.timeout = lock_timeout(timeout)
        self.config = dict(config or {})
        self.conn: duckdb.DuckDBPyConnection | None = None
        self._turnstile: int | None = None
        if not self.path.exists():
            if read_only or not create:
                raise WarehouseMissing(
                    f"no warehouse at {self.path}: load some reports first, or point --db, "
                    "OFSTED_WAREHOUSE or OFSTED_DATA_DIR at one")
            self.path.parent.mkdir(parents=True, exist_ok=True)
        self._open()

    # The turnstile -------------------------------------------------------------------------------
    def _turnstile_fd(self) -> int | None:
        if self._turnstile is None:
            try:
                self._turnstile = os.open(f"{self.path}.lock", os.O_RDWR | os.O_CREAT, 0o666)
            except OSError:
                return None  # a folder we may not write to: queue on DuckDB's lock alone
        return self._turnstile

    def _take_turnstile(self, deadline: float) -> bool:
        fd = self._turnstile_fd()
        if fd is None:
            return False
        while True:
            try:
                fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
                return True
            except BlockingIOError:
                if time.monotonic() >= deadline:
                    raise self._busy(None)
                time.sleep(_POLL)

    def _open(self) -> None:
        deadline = time.monotonic() + self.timeout
        held = self._take_turnstile(deadline)
        try:
            self.conn = self._connect(deadline)
        finally:
            if held:
                fcntl.flock(self._turnstile, fcntl.LOCK_UN)
        try:
            self._upgrade()
        except BaseException:
            self.close()
            raise

    def _connect(self, deadline: float) -> duckdb.DuckDBPyConnection:
        while True:
            try:
                return duckdb.connect(str(self.path), read_only=self.read_only, config=self.config)
            except duckdb.IOException as e:
                if "lock" not in str(e).lower():
                    raise WarehouseError(f"cannot open warehouse {self.path}: {str(e).splitlines()[0]}") from e
                if time.monotonic() >= deadline:
                    raise self._busy(e) from e
                time.sleep(_POLL)

    def _busy(self, error: Exception | None) -> WarehouseBusy:
        pid = re.search(r"PID (\d+)", str(error or ""))
        who = f"process {pid.group(1)}" if pid else "another process"
        return WarehouseBusy(f"warehouse {self.path} is in use by {who}; gave up after {self.timeout:g} s "
                             "(wait longer with --wait or OFSTED_LOCK_TIMEOUT)")

    def _upgrade(self) -> None:
        if not self.read_only:
            migrate(self.conn)  # cheap when up to date: two small queries
            return
        if schema_version(self.conn) >= LATEST_VERSION:
            return
        # A read-only opener of an old file: upgrade it with a brief write, then read.
        self.conn.close()
        with Warehouse(self.path, timeout=self.timeout):
            pass
        self._open()

    # Public ----------------------------------------------------------------------------------
    def yield_to_waiters(self) -> None:
        """Between two loads: if another process queues for the file, let it in, then reopen."""
        fd = self._turnstile_fd()
        if fd is None or self.conn is None:
            return
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            self.conn.close()
            self.conn = None
            self._open()
            return
        fcntl.flock(fd, fcntl.LOCK_UN)

    def close(self) -> None:
        if self.conn is not None:
            self.conn.close()
            self.conn = None
        if self._turnstile is not None:
            os.close(self._turnstile)
            self._turnstile = None

    def __enter__(self) -> "Warehouse":
        return self

    def __exit__(self, *exc) -> None:
        self.close()


def connect(db: str | os.PathLike | None = None, *, read_only: bool = False,
            timeout: float | None = None) -> Warehouse:
    """Open (creating and migrating as needed) the warehouse: `with connect() as wh: wh.conn...`."""
    return Warehouse(db, read_only=read_only, timeout=timeout)
