"""Serve the pipeline's deployments from this process (Prefect's `serve`)."""
from __future__ import annotations

from prefect import serve

from deployments.definitions import POLL_CRON, POLL_EVERY_MINUTES, pipeline_deployments


def serve_pipeline(site: str, pause: float | None = None, poll_cron: str = POLL_CRON, limit: int | None = 4,
                   poll_every: float = POLL_EVERY_MINUTES) -> None:
    """Blocks until interrupted (Ctrl-C or SIGTERM); flow runs execute in subprocesses."""
    serve(*pipeline_deployments(site, pause, poll_cron, poll_every), limit=limit, pause_on_shutdown=False)
