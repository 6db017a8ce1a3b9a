"""With no PREFECT_API_URL, the commands run their flows on Prefect's temporary server, as on a
fresh machine where nobody has started one."""
from __future__ import annotations

import json
import os
import subprocess

import pytest

from conftest import OFSTED
from corpus import _manifest, require_corpus
from sources.replica import Replica

DARLINGTON = "80458"
pytestmark = pytest.mark.long


def test_backfill_then_poll_work_on_prefects_temporary_server(tmp_path):
    env = {k: v for k, v in os.environ.items() if not k.startswith("PREFECT_")}
    env.update(OFSTED_DATA_DIR=str(tmp_path / "data"), PREFECT_HOME=str(tmp_path / "prefect-home"),
               PREFECT_SERVER_ANALYTICS_ENABLED="false", PREFECT_LOGGING_LEVEL="WARNING")

    def ofsted(*args: str) -> subprocess.CompletedProcess:
        result = subprocess.run([OFSTED, *args], env=env, capture_output=True, text=True, timeout=300)
        assert result.returncode == 0, result.stderr[-3000:]
        return result

    darlington = {r["file_id"] for r in _manifest() if r["urn"] == DARLINGTON}
    north_east = {r["file_id"] for r in _manifest() if r["region"] == "North East"}
    with Replica(require_corpus()) as site:
        ofsted("backfill", "--authority", "Darlington", "--site", site.url)
        polled = ofsted("poll", "--site", site.url, "--region", "North East", "--no-ingest").stdout
    assert f"{len(north_east)} publications listed, {len(north_east - darlington)} new" in polled
    loaded = json.loads(ofsted("sql", "--format", "json", "SELECT file_id FROM publications WHERE urn = 80458").stdout)
    assert {r["file_id"] for r in loaded} == darlington
