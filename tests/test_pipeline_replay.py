"""Replaying the North East's publication history through the pipeline, with a real Prefect
server (started by the tests) and the replica of the reports site over the corpus."""
from __future__ import annotations

from datetime import date


from conftest import quiet_since, read_events, sent_events, utcnow
from corpus import require_corpus
from replica_fixture import manifest
from sources.replica import Replica

NORTH_EAST = "North East"
DARLINGTON = 80458


def north_east_files(as_of: str) -> set[str]:
    return {r["file_id"] for r in manifest()
            if r["region"] == NORTH_EAST and date.fromisoformat(r["published"]) <= date.fromisoformat(as_of)}


def test_replay_backfill_then_polls_loads_everything_and_emits_each_change_once(ofsted, prefect_server):
    corpus = require_corpus()
    started = utcnow()
    with Replica(corpus, as_of="2016-01-01") as site:
        ofsted.run("backfill", "--region", NORTH_EAST, "--site", site.url)
        assert {r["file_id"] for r in ofsted.sql("SELECT file_id FROM publications")} == north_east_files("2016-01-01")

        site.set_as_of("2019-01-01")
        ofsted.run("poll", "--site", site.url, "--region", NORTH_EAST)
        site.set_as_of("2023-06-01")
        ofsted.run("poll", "--site", site.url, "--region", NORTH_EAST)

        held = ofsted.sql("SELECT file_id, status FROM publications")
        assert {r["file_id"] for r in held} == north_east_files("2023-06-01")
        assert {r["status"] for r in held} <= {"loaded", "superseded", "quarantined"}

        # A poll with nothing new: no file downloaded, and (below) no event.
        before = site.stats()["file_requests"]
        quiet_from = utcnow()
        result = ofsted.run("poll", "--site", site.url, "--region", NORTH_EAST)
        assert "0 new" in result.stdout
        assert site.stats()["file_requests"] == before

    changes = ofsted.sql("SELECT * FROM rating_changes")
    events = sent_events(prefect_server, "ofsted.rating.changed", started, ofsted)
    assert len({e["id"] for e in events}) == len(events) == len(changes) > 0
    darlington = sorted((e["payload"]["new_date"], e["payload"]["previous_grade"], e["payload"]["new_grade"])
                        for e in events if e["payload"]["urn"] == DARLINGTON
                        and e["payload"]["area"] == "overall_effectiveness")
    assert [(p, n) for _, p, n in darlington] == [("inadequate", "requires_improvement"),
                                                   ("requires_improvement", "good")]
    assert all(e["payload"]["direction"] == "up" for e in events
               if e["payload"]["urn"] == DARLINGTON and e["payload"]["area"] == "overall_effectiveness")
    loaded = sent_events(prefect_server, "ofsted.inspection.loaded", started, ofsted)
    assert len(loaded) == len(ofsted.sql("SELECT inspection_key FROM inspections"))

    quiet_since(ofsted)  # a whole flush of the server since the quiet poll ended: what it sent is stored
    for name in ("ofsted.publication.discovered", "ofsted.rating.changed", "ofsted.inspection.loaded"):
        assert read_events(prefect_server, name, quiet_from) == []
