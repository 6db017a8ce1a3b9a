"""The flows publish the site: a backfill that loaded something writes it (where OFSTED_SITE_DIR
says) and leaves a Prefect artifact linking to it with what changed; one with nothing to do
leaves the site alone. A real Prefect server, the replica over real HTTP."""
from __future__ import annotations

import requests

from corpus import require_corpus
from sources.replica import Replica


def site_artifacts(server) -> list[dict]:
    body = {"artifacts": {"key": {"any_": ["site"]}}, "sort": "CREATED_DESC"}
    response = requests.post(f"{server.api_url}/artifacts/filter", json=body, timeout=30)
    response.raise_for_status()
    return response.json()


def test_a_backfill_that_loaded_reports_publishes_the_site_and_an_artifact(prefect_server, ofsted, tmp_path):
    site_dir = tmp_path / "published"
    ofsted.env["OFSTED_SITE_DIR"] = str(site_dir)
    before = len(site_artifacts(prefect_server))
    with Replica(require_corpus()) as site:
        ofsted.run("backfill", "--authority", "Darlington", "--site", site.url)
        index = site_dir / "index.html"
        assert index.is_file() and (site_dir / "authorities" / "80458.html").is_file()
        assert "Darlington" in (site_dir / "changes.html").read_text(encoding="utf-8")
        artifacts = site_artifacts(prefect_server)
        assert len(artifacts) == before + 1
        markdown = artifacts[0]["data"]
        assert index.resolve().as_uri() in markdown
        assert "| Darlington | overall_effectiveness | requires_improvement (2018-03-22) | good (2022-10-21) | up |" in markdown

        stamp = index.stat().st_mtime_ns
        ofsted.run("backfill", "--authority", "Darlington", "--site", site.url)  # nothing new
        assert len(site_artifacts(prefect_server)) == before + 1
        assert index.stat().st_mtime_ns == stamp
