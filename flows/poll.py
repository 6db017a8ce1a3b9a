"""The `poll` flow: find new publications and announce each with `ofsted.publication.discovered`."""
from __future__ import annotations

from prefect import flow, get_run_logger

from flows import tasks
from pipeline.config import PipelineConfig
from pipeline.discover import known_file_ids, urns_of


@flow(name="poll", log_prints=False)
def poll(site: str | None = None, pause: float | None = None, region: str | None = None,
         ingest_new: bool = False, db: str | None = None) -> dict:
    """List the site's authorities and publications; save those the warehouse does not know as
    pending and emit `ofsted.publication.discovered` for each (a deployment trigger then runs
    `ingest`). With `ingest_new`, ingest them in this run too. Nothing new: no download, no event."""
    config = PipelineConfig.from_env(site, pause, db)
    logger = get_run_logger()
    found = tasks.list_new_publications(config, urns_of(region), known_file_ids(config))
    for failure in found.failures:
        logger.warning("could not read %s", failure)
    new_ids = tasks.record_discoveries(config, found.new)
    published = tasks.publish_events(config)
    logger.info("listed %d publications of %d authorities: %d new", found.listed, found.authorities, len(new_ids))
    summary = {"listed": found.listed, "new": new_ids, "failures": [str(f) for f in found.failures],
               "events": published}
    if ingest_new and new_ids:
        from flows.backfill import ingest_publications

        summary["ingested"] = ingest_publications(config, [p for p in found.new if p.file_id in new_ids])
    elif new_ids:  # the new files show on their authorities' pages as not yet loaded
        from flows.publish import publish_after

        summary["site"] = publish_after(config, True, [], f"a poll found {len(new_ids)} new files")
    return summary
