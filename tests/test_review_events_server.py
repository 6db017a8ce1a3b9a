"""Events stay true on a real Prefect server (issue 10), driven by `ofsted` as a user runs it:

- a backfill in which the replica refuses reports (403, 404, cut short) and a later run that loads
  them leave the same standing rating changes (raised less retracted) as one clean run, and every
  retraction names a change event the server holds;
- end to end: a report whose page 1 contradicts its body goes to review and raises
  `ofsted.inspection.needs_review`, not `ofsted.rating.changed`; once `ofsted review` settles it,
  the held-back change arrives, once."""
from __future__ import annotations

import csv
import shutil
import time

from conftest import Ofsted, occurred, sent_events, utcnow
from corpus import _manifest, require_corpus
from pdf_builder import contradicting_report_pdf
from sources.replica import Replica

CHANGED, RETRACTED, NEEDS_REVIEW = "ofsted.rating.changed", "ofsted.rating.change.retracted", "ofsted.inspection.needs_review"
DARLINGTON_2018, DURHAM_2019, SUNDERLAND_2018 = "50004447", "50117737", "50007818"
AUTHORITIES = ("Darlington", "Durham", "Sunderland")


def fact(e: dict) -> tuple:
    p = e["payload"]
    return (p["area"], p["previous_inspection_key"], p["previous_grade"], p["new_inspection_key"], p["new_grade"])


def standing(server, since, ofsted: Ofsted) -> list[tuple]:
    """The facts of the change events raised and not retracted (sorted; a duplicate would show)."""
    changed = sent_events(server, CHANGED, since, ofsted)
    retracted = {e["payload"]["retracted_event_id"] for e in sent_events(server, RETRACTED, since, ofsted)}
    return sorted(fact(e) for e in changed if e["id"] not in retracted)


def arguments(site: Replica) -> list[str]:
    return ["backfill", *[a for name in AUTHORITIES for a in ("--authority", name)], "--site", site.url]


def backfill(ofsted: Ofsted, site: Replica, check: bool = True):
    return ofsted.run(*arguments(site), check=check)


def test_reports_refused_then_loaded_by_a_later_run_leave_the_events_of_a_clean_run(prefect_server, tmp_path):
    started = utcnow()
    clean, faulty = Ofsted(prefect_server, tmp_path / "clean"), Ofsted(prefect_server, tmp_path / "faulty")
    # the clean run reads a replica of its own, with no faults, while the faulty run goes
    with Replica(require_corpus()) as site, Replica(require_corpus()) as clean_site:
        clean_run = clean.start(*arguments(clean_site))
        site.add_fault("404", f"/v1/file/{DARLINGTON_2018}", count=0)  # gone, for now: given up at once
        site.add_fault("403", f"/v1/file/{DURHAM_2019}", count=0)      # refused: held back, tried again
        site.add_fault("truncate", f"/v1/file/{SUNDERLAND_2018}", count=0)
        first = backfill(faulty, site, check=False)
        assert first.returncode == 1, first.stderr[-2000:]
        failed = {r["file_id"] for r in faulty.sql("SELECT file_id FROM download_failures")}
        assert failed == {DARLINGTON_2018, DURHAM_2019, SUNDERLAND_2018}
        first_ended = utcnow()  # what was sent so far went out with the three reports failed (read below)
        clean.finish(clean_run)
        assert clean_site.stats()["faults"] == 0

        site.clear_faults()
        backfill(faulty, site)

    assert faulty.sql("SELECT count(*) AS n FROM download_failures")[0]["n"] == 0
    retractions = sent_events(prefect_server, RETRACTED, started, faulty)
    changed = {e["id"]: e for e in sent_events(prefect_server, CHANGED, started, faulty)}
    before = [e for e in changed.values() if occurred(e) < first_ended]
    # Durham's and Sunderland's changes published after the refused report waited for it ...
    assert not [e for e in before if e["payload"]["authority"] in ("Durham", "Sunderland")
                and e["payload"]["new_published"] >= "2018-07-25"]
    # ... while Darlington's report was gone for good, so its changes went out without it
    assert [e for e in before if e["payload"]["authority"] == "Darlington"]
    assert retractions, "Darlington's 2018 report lands between changes already sent"
    for r in retractions:
        gone = changed[r["payload"]["retracted_event_id"]]  # names an event the server holds
        assert gone["payload"]["authority"] == "Darlington" and DARLINGTON_2018 not in str(gone["payload"])
        assert "now lies between" in r["payload"]["reason"]
    assert standing(prefect_server, started, faulty) == standing(prefect_server, started, clean)


def _corpus_with(folder, built: bytes, replaces: str, published: str) -> None:
    """A corpus folder for the replica: Darlington's reports of the real corpus (paths to its own
    files) with one replaced by `built`, published on `published` under another file id."""
    root = require_corpus()
    folder.mkdir(parents=True)
    shutil.copy(root / "authorities.csv", folder / "authorities.csv")
    (folder / "built.pdf").write_bytes(built)
    rows = []
    for r in _manifest():
        if r["urn"] != "80458":
            continue
        if r["file_id"] == replaces:
            r = {**r, "file_id": "59990001", "path": str(folder / "built.pdf"), "bytes": str(len(built)),
                 "published": published,
                 "sha256": __import__("hashlib").sha256(built).hexdigest()}
        else:
            r = {**r, "path": str(root / r["path"])}
        rows.append(r)
    with (folder / "manifest.csv").open("w", newline="", encoding="utf-8") as f:
        w = csv.DictWriter(f, fieldnames=list(rows[0]))
        w.writeheader()
        w.writerows(rows)


def test_a_report_contradicting_itself_goes_to_review_and_its_changes_come_once_settled(prefect_server, tmp_path):
    # Darlington's ILACS report in place of its real one of 2022: page 1 says help and protection
    # is good, the body's heading that it requires improvement
    built = contradicting_report_pdf("Darlington", "help_and_protection", page1_grade="good",
                                     body_grade="requires_improvement", dates="6 March to 17 March 2023")
    _corpus_with(tmp_path / "corpus", built, replaces="50200877", published="2023-05-02")
    ofsted = Ofsted(prefect_server, tmp_path / "data")
    started = utcnow()
    with Replica(tmp_path / "corpus") as site:
        loaded = ofsted.run("backfill", "--authority", "Darlington", "--site", site.url)
    assert "1 grade to check: see `ofsted review`" in loaded.stderr

    queue = ofsted.sql("SELECT inspection_key, area, grade FROM review_queue")
    assert [q["area"] for q in queue] == ["help_and_protection"], queue
    key = queue[0]["inspection_key"]

    listed = ofsted.run("review").stdout
    assert key in listed and "help_and_protection" in listed
    settled_at = utcnow()
    time.sleep(1)
    result = ofsted.run("review", "set", key, "help_and_protection", "requires_improvement",
                        "--note", "the body's judgement heading; page 1 misprinted", "--by", "Test Reviewer")
    assert "0 open review items left" in result.stdout and "sent" in result.stdout
    ofsted.run("review", "confirm", key, "help_and_protection", "--note", "checked again", "--by", "Test Reviewer")
    with Replica(tmp_path / "corpus") as site:
        ofsted.run("backfill", "--authority", "Darlington", "--site", site.url)  # nothing new: nothing sent

    # before the review: the report went to review, and no change of that area and inspection went out
    (needs,) = [e for e in sent_events(prefect_server, NEEDS_REVIEW, started, ofsted) if occurred(e) < settled_at]
    assert needs["payload"]["areas"] == ["help_and_protection"] and needs["payload"]["reasons"]["help_and_protection"]
    assert needs["payload"]["url"].endswith("/59990001") and needs["payload"]["authority"] == "Darlington"
    sent = [e for e in sent_events(prefect_server, CHANGED, started, ofsted) if occurred(e) < settled_at]
    assert not [e for e in sent if e["payload"]["area"] == "help_and_protection"
                and key in (e["payload"]["previous_inspection_key"], e["payload"]["new_inspection_key"])]

    # once settled: the held-back change, once
    released = sent_events(prefect_server, CHANGED, settled_at, ofsted)
    assert [fact(e) for e in released] == [
        ("help_and_protection", key, "requires_improvement", released[0]["payload"]["new_inspection_key"], "good")]
    assert sent_events(prefect_server, RETRACTED, started, ofsted) == []
    assert ofsted.sql("SELECT decided_by, note FROM overrides ORDER BY decided_at") == [
        {"decided_by": "Test Reviewer", "note": "the body's judgement heading; page 1 misprinted"},
        {"decided_by": "Test Reviewer", "note": "checked again"}]
