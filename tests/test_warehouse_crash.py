"""Crashes and concurrency: a load killed part way and run again; a second writer; readers during
a long ingest. Each uses a child process, as the real pipeline would."""
from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from typer.testing import CliRunner

from ofsted_cli.main import app
from warehouse import Warehouse, WarehouseBusy, load_reports
from warehouse_fixtures import corpus_records, snapshot

TESTS = Path(__file__).resolve().parent

# Loads the corpus into argv[1], argv[2] files a transaction, printing the files done after each.
LOADER = """
import sys
from warehouse import load_reports
from warehouse_fixtures import corpus_records
records = corpus_records()
print("start", flush=True)
load_reports(sys.argv[1], records, batch=int(sys.argv[2]),
             progress=lambda done: print(len(done), flush=True))
print("done", flush=True)
"""

HOLDER = """
import sys, time
from warehouse import Warehouse
with Warehouse(sys.argv[1]) as wh:
    print("holding", flush=True)
    time.sleep(60)
"""


def child(code: str, *args) -> subprocess.Popen:
    env = {**os.environ, "PYTHONPATH": os.pathsep.join([str(TESTS.parent), str(TESTS)])}
    return subprocess.Popen([sys.executable, "-c", code, *map(str, args)], stdout=subprocess.PIPE, text=True,
                            env=env)


def read_until(proc: subprocess.Popen, count: int) -> int:
    """Read progress lines until `count` files are done; returns files done."""
    done = 0
    while done < count:
        line = proc.stdout.readline()
        assert line, "the child ended early"
        if line.strip().isdigit():
            done += int(line)
    return done


def kill(proc: subprocess.Popen) -> None:
    if proc.poll() is None:
        proc.send_signal(signal.SIGKILL)
    proc.wait(timeout=10)
    proc.stdout.close()


@pytest.fixture(scope="module")
def clean(tmp_path_factory):
    db = tmp_path_factory.mktemp("clean") / "ofsted.duckdb"
    load_reports(db, corpus_records(), batch=1000)
    return snapshot(db)


@pytest.mark.parametrize("files_before_kill", [4, 120])
def test_a_load_killed_part_way_and_run_again_equals_a_clean_load(clean, tmp_path, files_before_kill):
    db = tmp_path / "ofsted.duckdb"
    proc = child(LOADER, db, 2)
    read_until(proc, files_before_kill)
    kill(proc)  # SIGKILL, in the middle of the next transaction or between two

    partial = snapshot(db)
    assert 0 < len(partial["inspections"]) < 295
    assert {r[0] for r in partial["outbox"]} <= {r[0] for r in clean["outbox"]}

    load_reports(db, corpus_records(), batch=25)  # the backfill, run again
    again = snapshot(db)
    assert again == clean  # every table and view, the outbox included: no event lost or doubled
    assert len(again["outbox"]) == len({r[0] for r in again["outbox"]})


def test_a_second_writer_waits_a_bounded_time_then_fails_clearly(tmp_path):
    db = tmp_path / "ofsted.duckdb"
    proc = child(HOLDER, db)
    try:
        assert proc.stdout.readline().strip() == "holding"
        started = time.monotonic()
        with pytest.raises(WarehouseBusy) as e:
            Warehouse(db, timeout=0.5)
        assert 0.5 <= time.monotonic() - started < 5
        assert str(e.value) == (f"warehouse {db} is in use by process {proc.pid}; gave up after 0.5 s "
                                "(wait longer with --wait or OFSTED_LOCK_TIMEOUT)")

        result = CliRunner().invoke(app, ["sql", "--db", str(db), "--wait", "0.3", "SELECT 1"])
        assert result.exit_code == 1
        assert result.stderr == f"error: {e.value}".replace("0.5 s", "0.3 s") + "\n"
    finally:
        kill(proc)
    with Warehouse(db, timeout=5):  # and once the other process is gone, in it goes
        pass


def test_readers_and_writers_wait_at_most_one_load_during_a_long_ingest(tmp_path):
    db = tmp_path / "ofsted.duckdb"
    proc = child(LOADER, db, 1)  # one report a transaction: the slowest, longest ingest
    try:
        read_until(proc, 10)
        seen = []
        for read_only in (True, False, True):
            with Warehouse(db, read_only=read_only, timeout=10) as wh:
                seen.append(wh.conn.execute("SELECT count(*) FROM inspections").fetchone()[0])
            assert 0 < seen[-1] < 295, "the ingest should still be running"
            time.sleep(0.05)
        # each got in between two of the ingest's loads, not after the whole ingest (a bound in
        # seconds would measure the machine, not the turnstile)
        assert proc.poll() is None, seen
    finally:
        kill(proc)
