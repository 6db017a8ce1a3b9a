"""Faults and reruns on a real Prefect server (issue 10): backfills in which the replica fails some
reports (500, 403, a body cut short) and later runs load them leave the same standing rating
changes (raised less retracted) as one clean run, and every retraction names the change event it
takes back, which the server holds.

One report fails in three runs in a row, so the warehouse gives up on it and sends its
authority's changes without it; when the site serves it again, it lands between two reports
already announced (good in 2014, outstanding in 2024: the 2018 report, good, is now the one
before 2024): the changes it makes untrue are retracted, the true ones raised once."""
from __future__ import annotations

from conftest import Ofsted, occurred, sent_events, utcnow
from corpus import require_corpus
from sources.replica import Replica
from test_review_events_server import CHANGED, RETRACTED, standing

HARTLEPOOL_2018 = "50016457"     # good, between good in 2014 and outstanding in 2024
MIDDLESBROUGH_2020 = "50143726"  # inadequate, between requires improvement in 2016 and in 2023
GATESHEAD_2019 = "50083971"      # good, between good in 2016 and in 2025
AUTHORITIES = ("Middlesbrough", "Gateshead", "Hartlepool")


def arguments(site: Replica) -> list[str]:
    return ["backfill", *[a for name in AUTHORITIES for a in ("--authority", name)], "--site", site.url, "--pause", "0"]


def backfill(ofsted: Ofsted, site: Replica, check: bool = True):
    return ofsted.run(*arguments(site), check=check)


def failed_downloads(ofsted: Ofsted) -> set[str]:
    return {r["file_id"] for r in ofsted.sql("SELECT file_id FROM download_failures")}


def test_reports_failing_then_loaded_by_later_runs_leave_the_standing_events_of_a_clean_run(prefect_server, tmp_path):
    started = utcnow()
    clean, faulty = Ofsted(prefect_server, tmp_path / "clean"), Ofsted(prefect_server, tmp_path / "faulty")
    # the clean run reads a replica of its own, with no faults, while the faulty runs go
    with Replica(require_corpus()) as site, Replica(require_corpus()) as clean_site:
        clean_run = clean.start(*arguments(clean_site))

        site.add_fault("500", f"/v1/file/{HARTLEPOOL_2018}", count=0)
        site.add_fault("403", f"/v1/file/{GATESHEAD_2019}", count=0)
        site.add_fault("truncate", f"/v1/file/{MIDDLESBROUGH_2020}", count=0)
        first = backfill(faulty, site, check=False)
        assert first.returncode == 1, first.stderr[-2000:]
        assert failed_downloads(faulty) == {HARTLEPOOL_2018, GATESHEAD_2019, MIDDLESBROUGH_2020}
        clean.finish(clean_run)
        assert clean_site.stats()["faults"] == 0

        site.clear_faults()  # Gateshead's and Middlesbrough's come back; Hartlepool's fails twice more
        site.add_fault("500", f"/v1/file/{HARTLEPOOL_2018}", count=0)
        for _ in range(2):
            again = backfill(faulty, site, check=False)
            assert again.returncode == 1 and f"quarantined {HARTLEPOOL_2018}" in again.stderr, again.stderr[-2000:]
        assert failed_downloads(faulty) == {HARTLEPOOL_2018}
        given_up_by = utcnow()  # what was sent so far went out after three failed runs (read below)

        site.clear_faults()
        backfill(faulty, site)
        backfill(faulty, site)  # nothing new: nothing raised or retracted

    assert failed_downloads(faulty) == set()
    loaded = {r["file_id"] for r in faulty.sql("SELECT file_id FROM publications WHERE status = 'loaded'")}
    assert {HARTLEPOOL_2018, GATESHEAD_2019, MIDDLESBROUGH_2020} <= loaded

    changed = {e["id"]: e for e in sent_events(prefect_server, CHANGED, started, faulty)}
    given_up = {i: e for i, e in changed.items() if occurred(e) < given_up_by and e["payload"]["authority"] == "Hartlepool"}
    # after three failed runs Hartlepool's changes went out without its 2018 report: good (2014) -> outstanding (2024)
    assert [e for e in given_up.values() if e["payload"]["area"] == "overall_effectiveness"
            and (e["payload"]["previous_grade"], e["payload"]["new_grade"]) == ("good", "outstanding")]
    retractions = sent_events(prefect_server, RETRACTED, started, faulty)
    assert retractions, "Hartlepool's 2018 report lands between two reports whose change was announced"
    named = [r["payload"]["retracted_event_id"] for r in retractions]
    assert len(named) == len(set(named)), "an event retracted twice"
    for r in retractions:
        gone = changed[r["payload"]["retracted_event_id"]]  # names a change event the server holds
        assert gone["id"] in given_up and gone["payload"]["authority"] == "Hartlepool"
        reason = r["payload"]["reason"]
        assert reason and "\n" not in reason
    assert standing(prefect_server, started, faulty) == standing(prefect_server, started, clean)
    standing_now = [e["payload"] for i, e in changed.items() if i not in set(named)]

    def standing_changes(authority: str, area: str, grades: tuple[str, str]) -> list[dict]:
        return [p for p in standing_now if p["authority"] == authority and p["area"] == area
                and (p["previous_grade"], p["new_grade"]) == grades]

    # the changes that are true now stand once each: Hartlepool's from its 2018 report, not its 2014 one
    [better] = standing_changes("Hartlepool", "overall_effectiveness", ("good", "outstanding"))
    assert str(better["previous_date"]).startswith("2018"), better
    assert len(standing_changes("Middlesbrough", "overall_effectiveness", ("requires_improvement", "inadequate"))) == 1
