"""Prefect flows: thin wiring of the pipeline's steps (`pipeline/`) into tasks.

- `poll`: list the site, record new publications, emit `ofsted.publication.discovered`.
- `ingest`: one publication: download, keep, extract, load, publish the outbox's events.
- `backfill`: every publication of a region or of named authorities not yet in the warehouse.
"""

import logging


class _NoThreadTimeoutWarning(logging.Filter):
    """Prefect warns, for every task run, that a timeout cannot interrupt a task running in a
    worker thread. Ours are enforced when the blocking call returns, and every blocking call
    (HTTP, file, extraction) has its own bound; the warning says nothing a user can act on."""

    def filter(self, record: logging.LogRecord) -> bool:
        return "running in a worker thread" not in record.getMessage()


logging.getLogger("prefect.task_runs").addFilter(_NoThreadTimeoutWarning())
