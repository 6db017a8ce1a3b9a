"""A backfill killed half way and run again ends with the same warehouse as one clean run, and
every event is in Prefect once."""
from __future__ import annotations

import os
import signal
import time

from conftest import Ofsted, read_events, utcnow
from corpus import require_corpus
from sources.replica import Replica
from warehouse_fixtures import snapshot


def _loaded(ofsted: Ofsted) -> int:
    result = ofsted.run("sql", "--format", "csv", "SELECT count(*) FROM publications WHERE status <> 'pending'", check=False)
    return int(result.stdout.splitlines()[1]) if result.returncode == 0 and result.stdout else 0


def test_killed_backfill_run_again_equals_a_clean_run(prefect_server, tmp_path):
    clean, resumed = Ofsted(prefect_server, tmp_path / "clean"), Ofsted(prefect_server, tmp_path / "resumed")
    started = utcnow()
    with Replica(require_corpus()) as site:
        clean.run("backfill", "--site", site.url)

        # paced, so that it runs long enough to load part of its reports (it loads every 10 s)
        child = resumed.start("backfill", "--site", site.url, "--pause", "0.04")
        deadline = time.monotonic() + 120
        while _loaded(resumed) < 40 and time.monotonic() < deadline and child.poll() is None:
            time.sleep(0.2)
        assert child.poll() is None, "the backfill ended before it could be killed"
        os.killpg(child.pid, signal.SIGKILL)
        child.wait()
        part = _loaded(resumed)
        assert 0 < part < 298

        resumed.run("backfill", "--site", site.url)

    assert snapshot(resumed.data / "ofsted.duckdb") == snapshot(clean.data / "ofsted.duckdb")
    changes = resumed.sql("SELECT count(*) AS n FROM rating_changes")[0]["n"]
    warehouse = resumed.sql("SELECT value FROM warehouse_meta WHERE key = 'instance_id'")[0]["value"]
    events = [e for e in read_events(prefect_server, "ofsted.rating.changed", started, settle=15)
              if e["resource"]["ofsted.warehouse"] == warehouse]
    assert len(events) == len({e["id"] for e in events}) == changes
    assert resumed.sql("SELECT count(*) AS n FROM outbox WHERE published_at IS NULL")[0]["n"] == 0
