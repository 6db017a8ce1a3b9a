"""The `news` flow end to end, with a real Prefect server and the replica: a council's article read
before its report is polled raises `ofsted.rating.reported`; the poll that ingests the report
links the article's claims to it, with no second event."""
from __future__ import annotations

from conftest import occurred, read_events, sent_events, utcnow
from corpus import require_corpus
from seeds import require_seeds

from sources.replica import Replica

DARLINGTON = 80458
ARTICLE_2022 = "/news/childrens-services-officially-good"
CLAIMS = ("SELECT role, year, area, claimed_grade, link_status, inspection_key, report_grade "
          "FROM article_claims_status WHERE authority = 'Darlington' AND article_url LIKE '%{}' ORDER BY claim_no")


def test_an_article_ahead_of_its_report_is_reported_then_linked_when_the_report_is_polled(prefect_server, ofsted):
    require_seeds()
    with Replica(require_corpus(), as_of="2022-12-01") as site:
        ofsted.run("backfill", "--authority", "Darlington", "--site", site.url)
        site.set_as_of("2022-12-03")  # the 2022 report and the council's article are out; no poll yet

        started = utcnow()
        result = ofsted.run("news", "--site", site.url)
        assert "3 articles listed, 3 new" in result.stdout
        claims = ofsted.sql(CLAIMS.format(ARTICLE_2022))
        current = [c for c in claims if c["role"] == "current"]
        assert len(current) == 4 and {c["link_status"] for c in current} == {"ahead"}
        assert {(c["year"], c["link_status"]) for c in claims if c["role"] == "previous"} == {
            (2015, "backed"), (2018, "backed")}

        polled = utcnow()
        ofsted.run("poll", "--site", site.url, "--region", "North East")
        claims = ofsted.sql(CLAIMS.format(ARTICLE_2022))
        assert {(c["link_status"], c["inspection_key"]) for c in claims if c["role"] == "current"} == {
            ("backed", f"{DARLINGTON}/ilacs/2022-10-10")}
        assert all(c["claimed_grade"] == c["report_grade"] for c in claims)

        # read once the server holds what the warehouse sent, and a whole flush has passed since the poll
        darlington = [e for e in sent_events(prefect_server, "ofsted.rating.reported", started, ofsted)
                      if e["payload"]["urn"] == DARLINGTON]
        reported = [e for e in darlington if occurred(e) < polled]  # raised by the news run
        assert sorted((e["payload"]["area"], e["payload"]["grade"]) for e in reported) == [
            ("help_and_protection", "good"), ("in_care_and_care_leavers", "outstanding"), ("leaders", "good"),
            ("overall_effectiveness", "good")]
        assert all("Good Overall" in e["payload"]["sentence"] or "good overall" in e["payload"]["sentence"]
                   for e in reported if e["payload"]["area"] == "overall_effectiveness")
        assert all(e["payload"]["sentence"] for e in reported)  # what a person reads to check the claim
        event = reported[0]
        assert event["resource"]["prefect.resource.id"] == f"ofsted.authority.{DARLINGTON}"
        assert event["resource"]["ofsted.grade"] == event["payload"]["grade"]
        # whether the article states the claim twice, for an automation to match on (these are each said once)
        assert {(e["payload"]["corroborated"], e["resource"]["ofsted.corroborated"]) for e in reported} == {(False, "false")}
        assert any(r["prefect.resource.id"].startswith("ofsted.article.") for r in event["related"])
        # the poll that linked the claims raised no second event (from any warehouse), and nothing was disputed
        assert [e for e in read_events(prefect_server, "ofsted.rating.reported", polled)
                if e["payload"]["urn"] == DARLINGTON] == []
        assert read_events(prefect_server, "ofsted.claim.disputed", started) == []

        assert "0 new" in ofsted.run("news", "--site", site.url).stdout  # known articles are not fetched again


def test_a_disputed_claim_becomes_a_prefect_event_about_the_authority_with_article_and_report():
    from datetime import date, datetime

    from flows.events import prefect_event
    from warehouse.outbox import CLAIM_DISPUTED, Event, event_id

    payload = {"urn": DARLINGTON, "authority": "Darlington", "region": "North East", "area": "leaders",
               "grade": "outstanding", "year": 2022, "role": "current", "article_id": "85e8c9e9d7bee765",
               "article_url": "http://replica.test" + ARTICLE_2022, "article_title": "Children's services is good",
               "publisher": "Darlington Borough Council", "source": "replica", "article_published": "2022-12-02",
               "inspection_key": f"{DARLINGTON}/ilacs/2022-10-10", "report_area": "leaders", "report_grade": "good",
               "report_url": "https://files.ofsted.gov.uk/v1/file/50200877", "report_published": "2022-12-02",
               "corroborated": True}
    e = Event(event_id(CLAIM_DISPUTED, "s"), CLAIM_DISPUTED, "s", DARLINGTON, date(2022, 12, 2), payload,
              datetime(2022, 12, 3))
    warehouse = "6f1c2b8e-0000-4000-8000-000000000001"
    args = prefect_event(e, warehouse)
    assert args["event"] == CLAIM_DISPUTED and args["payload"] == payload
    assert args["resource"] == {"prefect.resource.id": f"ofsted.authority.{DARLINGTON}",
                                "prefect.resource.name": "Darlington", "ofsted.area": "leaders",
                                "ofsted.grade": "outstanding", "ofsted.region": "North East",
                                "ofsted.corroborated": "true", "ofsted.report-grade": "good",
                                "ofsted.warehouse": warehouse}
    assert [r["prefect.resource.id"] for r in args["related"]] == [
        "ofsted.article.85e8c9e9d7bee765", f"ofsted.inspection.{DARLINGTON}.ilacs.2022-10-10"]
