"""The `ingest` flow: one publication, run by the `ofsted.publication.discovered` trigger or by hand."""
from __future__ import annotations

from prefect import flow, get_run_logger

from flows.backfill import TASK_RUNNER, ingest_publications
from pipeline.config import PipelineConfig
from pipeline.ingest import is_loaded, saved_publication


@flow(name="ingest", task_runner=TASK_RUNNER)
def ingest(file_id: str, site: str | None = None, pause: float | None = None, db: str | None = None) -> dict:
    """Download the file, keep its bytes, extract, load, publish the events it leads to.
    The publication must be known to the warehouse (a poll saved it); one already loaded is skipped."""
    config = PipelineConfig.from_env(site, pause, db)
    logger = get_run_logger()
    publication = saved_publication(config, file_id)
    if publication is None:
        raise ValueError(f"file {file_id} is not in the warehouse: run a poll (or a backfill) first")
    if is_loaded(config, file_id):
        logger.info("file %s is already loaded: nothing to do", file_id)
        return {"files": 0, "skipped": [file_id]}
    return ingest_publications(config, [publication])
