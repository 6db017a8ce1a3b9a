"""A backfill killed half way and run again ends with the same warehouse as one clean run, and
every event is in Prefect once. Over one region's reports (the North East's 40, of 12 authorities,
with rating changes in most): the kill lands part way through them as it did through all 298."""
from __future__ import annotations

import os
import signal
import time

from conftest import Ofsted, sent_events, utcnow
from corpus import require_corpus
from replica_fixture import manifest
from sources.replica import Replica
from warehouse_fixtures import snapshot

REGION = "North East"


def _loaded(ofsted: Ofsted) -> int:
    result = ofsted.run("sql", "--format", "csv", "SELECT count(*) FROM publications WHERE status <> 'pending'", check=False)
    return int(result.stdout.splitlines()[1]) if result.returncode == 0 and result.stdout else 0


def test_killed_backfill_run_again_equals_a_clean_run(prefect_server, tmp_path):
    clean, resumed = Ofsted(prefect_server, tmp_path / "clean"), Ofsted(prefect_server, tmp_path / "resumed")
    total = sum(r["region"] == REGION for r in manifest())
    started = utcnow()
    with Replica(require_corpus()) as site:
        # paced, so that it runs long enough to load part of its reports (it loads every 10 s, and
        # asks for 40 files half a second apart); the clean run, of the same site, goes meanwhile
        child = resumed.start("backfill", "--region", REGION, "--site", site.url, "--pause", "0.5")
        clean.run("backfill", "--region", REGION, "--site", site.url)
        deadline = time.monotonic() + 120
        while _loaded(resumed) == 0 and time.monotonic() < deadline and child.poll() is None:
            time.sleep(0.2)
        assert child.poll() is None, "the backfill ended before it could be killed"
        os.killpg(child.pid, signal.SIGKILL)
        child.wait()
        part = _loaded(resumed)
        assert 0 < part < total

        resumed.run("backfill", "--region", REGION, "--site", site.url)

    assert snapshot(resumed.data / "ofsted.duckdb") == snapshot(clean.data / "ofsted.duckdb")
    changes = resumed.sql("SELECT count(*) AS n FROM rating_changes")[0]["n"]
    events = sent_events(prefect_server, "ofsted.rating.changed", started, resumed)
    assert len(events) == len({e["id"] for e in events}) == changes
    assert resumed.sql("SELECT count(*) AS n FROM outbox WHERE published_at IS NULL")[0]["n"] == 0
