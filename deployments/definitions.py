"""The pipeline's deployments, in Prefect's own conventions, for `serve` (see deployments/serve.py;
`prefect.yaml` at the top of the repository declares the same ones for a work pool)."""
from __future__ import annotations

from datetime import datetime, timedelta, timezone

from prefect.events import DeploymentEventTrigger
from prefect.schedules import Interval

from flows.alert import downgrade_alert, poll_failed_alert
from flows.backfill import backfill
from flows.ingest import ingest
from flows.news import news
from flows.poll import poll

POLL_CRON = "17 * * * *"  # the news poll: hourly, off the hour
POLL_EVERY_MINUTES = 15.0  # the reports poll: an incremental poll costs 2-4 requests, so every 15 minutes
POLL_ANCHOR = datetime(2020, 1, 1, 0, 2, tzinfo=timezone.utc)  # on the clock, off the quarter hour: :02, :17, ...

# An ingest run for each file a poll announces; the file id and the site come from the event.
INGEST_ON_DISCOVERY = DeploymentEventTrigger(
    name="ingest-each-discovered-report",
    description="Ingest each file a poll announces.",
    expect={"ofsted.publication.discovered"},
    match={"prefect.resource.id": "ofsted.file.*"},
    parameters={"file_id": "{{ event.payload.file_id }}", "site": "{{ event.payload.site }}"},
)

# The example automation: a rating that falls to inadequate runs the downgrade alert.
ALERT_ON_DOWNGRADE_TO_INADEQUATE = DeploymentEventTrigger(
    name="alert-on-downgrade-to-inadequate",
    description="A rating that falls to inadequate, in any area of any authority.",
    expect={"ofsted.rating.changed"},
    match={"prefect.resource.id": "ofsted.authority.*", "ofsted.direction": "down", "ofsted.new-grade": "inadequate"},
    parameters={"authority": "{{ event.payload.authority }}", "area": "{{ event.payload.area }}",
                "previous_grade": "{{ event.payload.previous_grade }}", "new_grade": "{{ event.payload.new_grade }}",
                "new_date": "{{ event.payload.new_date }}", "report": "{{ event.payload.url }}"},
)


# The example automation of a poll that could not see the site.
ALERT_ON_POLL_FAILED = DeploymentEventTrigger(
    name="alert-on-poll-failed",
    description="A poll that could not see the site (down, blocked, markup changed, fewer authorities listed).",
    expect={"ofsted.poll.failed"},
    match={"prefect.resource.id": "ofsted.poll.*"},
    parameters={"reason": "{{ event.payload.reason }}", "site": "{{ event.payload.site }}",
                "poll_id": "{{ event.payload.poll_id }}"},
)


def pipeline_deployments(site: str, pause: float | None = None, poll_cron: str = POLL_CRON,
                         poll_every: float = POLL_EVERY_MINUTES) -> list:
    """poll every `poll_every` minutes, news on `poll_cron`, ingest on discovery, backfill by
    hand, the downgrade and poll-failed alerts."""
    return [
        poll.to_deployment(name="scheduled", schedule=Interval(timedelta(minutes=poll_every), anchor_date=POLL_ANCHOR),
                           parameters={"site": site, "pause": pause},
                           description="Look for new reports; each one found is announced for ingest.",
                           tags=["ofsted"]),
        news.to_deployment(name="scheduled", cron=poll_cron, parameters={"site": site, "pause": pause},
                           description="Read new news articles; announce ratings reported ahead of, or "
                                       "disputed by, the reports.", tags=["ofsted"]),
        ingest.to_deployment(name="on-discovery", triggers=[INGEST_ON_DISCOVERY], parameters={"pause": pause},
                             description="Ingest one report; run by each ofsted.publication.discovered event.",
                             tags=["ofsted"]),
        backfill.to_deployment(name="by-hand", parameters={"region": "North East", "site": site, "pause": pause},
                               description="Ingest a region's reports not yet in the warehouse.", tags=["ofsted"]),
        downgrade_alert.to_deployment(name="on-downgrade-to-inadequate", triggers=[ALERT_ON_DOWNGRADE_TO_INADEQUATE],
                                      description="Example automation: react to a rating falling to inadequate.",
                                      tags=["ofsted"]),
        poll_failed_alert.to_deployment(name="on-poll-failed", triggers=[ALERT_ON_POLL_FAILED],
                                        description="Example automation: react to a poll that could not see the site.",
                                        tags=["ofsted"]),
    ]
