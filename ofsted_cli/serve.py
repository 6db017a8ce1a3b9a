"""`ofsted serve`: run the pipeline's deployments here, with a Prefect server of their own if need be."""
from __future__ import annotations

import os
import signal
from pathlib import Path
from typing import Optional

import typer

from ofsted_cli.main import app
from ofsted_cli.run import PAUSE_HELP, SITE_HELP


@app.command()
def serve(
    site: Optional[str] = typer.Option(None, "--site", help=SITE_HELP),
    pause: Optional[float] = typer.Option(None, "--pause", help=PAUSE_HELP),
    poll_cron: str = typer.Option("17 * * * *", "--poll-cron", help="When the scheduled poll runs (cron, UTC)."),
    prefect_home: Optional[Path] = typer.Option(None, "--prefect-home",
                                                help="Where a server started here keeps its database (default: data/prefect)."),
) -> None:
    """Serve poll (scheduled), ingest (on each discovered report), backfill (by hand) and the
    downgrade alert. Uses $PREFECT_API_URL's server, or starts `prefect server start` on
    127.0.0.1 and stops it on Ctrl-C or SIGTERM."""
    from deployments.server import PrefectServer, PrefectServerError
    from pipeline.config import PipelineConfig

    config = PipelineConfig.from_env(site, pause)
    server = None
    signal.signal(signal.SIGTERM, _terminate)
    try:
        if not os.environ.get("PREFECT_API_URL"):
            home = prefect_home or config.warehouse.parent / "prefect"
            typer.echo(f"starting a Prefect server (database in {home}) ...", err=True)
            try:
                server = PrefectServer(home).start()
            except PrefectServerError as e:
                typer.echo(f"error: {e}", err=True)
                raise typer.Exit(1)
            os.environ.update(server.environment())  # before Prefect is imported: it reads settings once
            typer.echo(f"Prefect UI: {server.ui_url}   API: {server.api_url}", err=True)
        else:
            typer.echo(f"using the Prefect server at {os.environ['PREFECT_API_URL']}", err=True)
        from deployments.serve import serve_pipeline

        typer.echo(f"serving the pipeline for {config.site_url}; Ctrl-C or SIGTERM stops it", err=True)
        serve_pipeline(config.site_url, config.pause, poll_cron)
    except KeyboardInterrupt:
        pass
    finally:
        if server is not None:
            typer.echo("stopping the Prefect server ...", err=True)
            server.stop()


def _terminate(signum, frame) -> None:
    raise KeyboardInterrupt
