"""The `poll` flow: find new publications and announce each with `ofsted.publication.discovered`.

Incremental by default (the search pages, then only the provider pages whose latest report date
moved: see pipeline/watch.py), a full sweep of every provider page when asked (`full`), when the
last one is older than `full_every_hours`, or when the search pages give no dates. A poll that
could not see the site ends Failed with the reason in one line and raises `ofsted.poll.failed`."""
from __future__ import annotations

from datetime import timedelta

from prefect import flow, get_run_logger

from flows import tasks
from pipeline.config import PipelineConfig
from pipeline.discover import urns_of
from pipeline.watch import PollFailed, choose_mode, site_state
from warehouse.db import utcnow
from warehouse.polls import PollRecord

FULL_EVERY_HOURS = 24.0
PENDING_AFTER_MINUTES = 60.0  # a file still pending this long after a poll found it is announced again


@flow(name="poll", log_prints=False)
def poll(site: str | None = None, pause: float | None = None, region: str | None = None,
         ingest_new: bool = False, db: str | None = None, full: bool = False,
         full_every_hours: float = FULL_EVERY_HOURS, pending_after_minutes: float = PENDING_AFTER_MINUTES) -> dict:
    """List what is new on the site; save it as pending and emit `ofsted.publication.discovered`
    for each file (a deployment trigger then runs `ingest`); announce again, once, files a poll
    found over `pending_after_minutes` ago and still pending. With `ingest_new`, ingest the new
    files in this run too. Nothing new: no download, no event. A poll that could not see the
    site whole raises PollFailed (the run ends Failed) after logging itself and sending
    `ofsted.poll.failed`; nothing is recorded as gone."""
    config = PipelineConfig.from_env(site, pause, db)
    logger = get_run_logger()
    started = utcnow()
    state = site_state(config)
    mode = choose_mode(full, state, started, full_every_hours)
    found = tasks.watch_site(config, state, mode, urns_of(region))
    for warning in found.warnings:
        logger.warning(warning)
    for failure in found.failures:
        logger.warning("could not read %s", failure)
    new_ids = tasks.record_discoveries(config, found.new)
    record = PollRecord(site=config.site_url, mode=found.mode, started_at=started,
                        status="failed" if found.reason else "ok", reason=found.reason, stated=found.stated,
                        authorities=found.authorities, pages_read=len(found.pages_read), new_files=len(new_ids))
    announced = tasks.record_poll(config, found, record, started - timedelta(minutes=pending_after_minutes))
    published = tasks.publish_events(config)
    logger.info("%s poll: %d authorities listed, %d pages read, %d publications listed: %d new, %d pending "
                "announced again", found.mode, found.authorities, len(found.pages_read), found.listed,
                len(new_ids), len(announced))
    if found.reason:
        raise PollFailed(f"the poll could not see {config.site_url}: {found.reason}")
    summary = {"mode": found.mode, "listed": found.listed, "pages_read": len(found.pages_read), "new": new_ids,
               "announced_again": announced, "warnings": found.warnings,
               "failures": [str(f) for f in found.failures], "events": published}
    if ingest_new and new_ids:
        from flows.backfill import ingest_publications

        summary["ingested"] = ingest_publications(config, [p for p in found.new if p.file_id in new_ids])
    elif new_ids:  # the new files show on their authorities' pages as not yet loaded
        from flows.publish import publish_after

        summary["site"] = publish_after(config, True, [], f"a poll found {len(new_ids)} new files")
    return summary
