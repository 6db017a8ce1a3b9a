"""`ofsted sql` (read-only, no file access, one-line errors) and `ofsted export`."""
from __future__ import annotations

import csv
import io
import json
import os
import subprocess
import sys
from pathlib import Path

import duckdb
import pytest
from typer.testing import CliRunner

from ofsted_cli.main import app
from warehouse import load_reports
from warehouse.query import locked_connection
from warehouse_fixtures import corpus_records

runner = CliRunner()


@pytest.fixture(scope="module")
def db(tmp_path_factory):
    path = tmp_path_factory.mktemp("sql") / "ofsted.duckdb"
    load_reports(path, corpus_records(), batch=1000)
    return path


def ofsted_sql(db, *args):
    return runner.invoke(app, ["sql", "--db", str(db), *args])


def test_sql_prints_a_table(db):
    result = ofsted_sql(db, "SELECT authority, area, previous_grade, new_grade, direction FROM rating_changes "
                            "WHERE authority = 'Darlington' AND area = 'overall_effectiveness' ORDER BY new_date")
    assert result.exit_code == 0, result.output
    assert "Darlington" in result.stdout and "requires_improvement" in result.stdout
    assert "3 rows" in result.stdout


def test_sql_csv_and_json(db):
    q = ("SELECT previous_grade, new_grade, new_date, direction FROM rating_changes "
         "WHERE urn = 80458 AND area = 'overall_effectiveness' ORDER BY new_date")
    rows = list(csv.DictReader(io.StringIO(ofsted_sql(db, "--format", "csv", q).stdout)))
    assert [(r["previous_grade"], r["new_grade"], r["new_date"], r["direction"]) for r in rows] == [
        ("inadequate", "requires_improvement", "2018-03-22", "up"),
        ("requires_improvement", "good", "2022-10-21", "up"),
        ("good", "outstanding", "2026-02-13", "up")]
    data = json.loads(ofsted_sql(db, "--format", "json", q).stdout)
    assert [d["new_grade"] for d in data] == ["requires_improvement", "good", "outstanding"]
    event = json.loads(ofsted_sql(db, "-f", "json", "SELECT payload FROM outbox LIMIT 1").stdout)[0]
    assert isinstance(event["payload"], dict)  # JSON columns come out as JSON, not as quoted text


@pytest.mark.parametrize("statement", [
    "INSERT INTO grades VALUES ('x', 9, 'x')",
    "UPDATE judgements SET grade = 'good'",
    "DELETE FROM inspections",
    "DROP VIEW latest_ratings",
    "CREATE TABLE t AS SELECT 1",
    "COPY authorities TO '{tmp}/out.csv'",
    "SELECT * FROM read_csv('/etc/passwd')",
    "SELECT * FROM read_text('/etc/hostname')",
    "SELECT * FROM glob('/etc/*')",
    "ATTACH '{tmp}/other.duckdb' AS other",
    "INSTALL httpfs",
    "LOAD httpfs",
    "SET threads = 1",
    "PRAGMA threads = 1",
    "EXPORT DATABASE '{tmp}/dump'",
    "SELECT 1; DELETE FROM outbox",
])
def test_sql_refuses_writes_and_file_access_with_one_clear_line(db, tmp_path, statement):
    before = sorted(p.name for p in tmp_path.iterdir())
    result = ofsted_sql(db, statement.format(tmp=tmp_path))
    assert result.exit_code == 1
    assert result.stdout == ""
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("error: ofsted sql "), result.stderr
    assert "Traceback" not in result.output
    assert sorted(p.name for p in tmp_path.iterdir()) == before  # nothing written
    assert ofsted_sql(db, "SELECT count(*) FROM inspections").stdout.count("295") == 1


@pytest.mark.parametrize("statement", [
    "COPY authorities TO '/tmp/ofsted-should-not-exist.csv'",
    "SELECT * FROM read_csv('/etc/passwd')",
    "ATTACH '/tmp/ofsted-should-not-exist.duckdb'",
    "INSTALL httpfs",
    "SET threads = 1",
    "RESET threads",
    "INSERT INTO grades VALUES ('x', 9, 'x')",
    "CREATE VIEW v AS SELECT 1",
])
def test_the_engine_itself_refuses_them_too(db, statement):
    # Belt and braces: even past the statement check, the connection is read-only, without
    # external access and with its configuration locked.
    with locked_connection(db) as wh:
        with pytest.raises(duckdb.Error):
            wh.conn.execute(statement)


def test_sql_errors_are_one_line(db):
    for q, expect in (("SELEC 1", "Parser Error"), ("SELECT * FROM nope", "SHOW TABLES"), ("", "no query")):
        result = ofsted_sql(db, q)
        assert result.exit_code == 1 and len(result.stderr.strip().splitlines()) == 1
        assert expect in result.stderr


def test_a_runaway_query_is_stopped(db):
    result = ofsted_sql(db, "--max-seconds", "0.3", "SELECT count(*) FROM range(100000000000) t(x) WHERE x % 7 = 3")
    assert result.exit_code == 1
    assert result.stderr == "error: query stopped after 0.3 s (--max-seconds)\n"


def test_sql_without_a_warehouse_says_where_it_looked(tmp_path):
    result = ofsted_sql(tmp_path / "none.duckdb", "SELECT 1")
    assert result.exit_code == 1
    assert result.stderr.strip() == (f"error: no warehouse at {tmp_path / 'none.duckdb'}: load some reports first, "
                                     "or point --db, OFSTED_WAREHOUSE or OFSTED_DATA_DIR at one")
    assert not (tmp_path / "none.duckdb").exists()


def test_sql_as_a_command_reads_the_environment(db, tmp_path):
    ofsted = Path(sys.executable).with_name("ofsted")
    if not ofsted.exists():
        pytest.skip(f"no `ofsted` command beside {sys.executable}: pip install -e .")
    out = subprocess.run([str(ofsted), "sql", "-f", "csv", "SELECT count(*) AS n FROM quarantine"],
                         capture_output=True, text=True, env={**os.environ, "OFSTED_WAREHOUSE": str(db)},
                         cwd=tmp_path, timeout=60)
    assert (out.returncode, out.stdout) == (0, "n\n3\n"), out.stderr


def test_export_writes_every_table_and_view_as_parquet(db, tmp_path):
    result = runner.invoke(app, ["export", "--db", str(db), "--format", "parquet", str(tmp_path / "out")])
    assert result.exit_code == 0, result.output
    names = {p.stem for p in (tmp_path / "out").glob("*.parquet")}
    assert {"publications", "inspections", "judgements", "authorities", "outbox", "latest_ratings",
            "authority_history", "rating_changes", "region_summary", "quarantine"} <= names
    con = duckdb.connect()
    with locked_connection(db) as wh:
        for name in names:
            expected = wh.conn.execute(f'SELECT count(*) FROM "{name}"').fetchone()
            assert con.execute(f"SELECT count(*) FROM '{tmp_path / 'out' / name}.parquet'").fetchone() == expected
    assert not list((tmp_path / "out").glob("*.tmp"))
