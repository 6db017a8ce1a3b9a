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
    poll_every: float = typer.Option(15.0, "--poll-every", min=0.1,
                                     help="Minutes between scheduled polls of the reports site (incremental: a few "
                                          "requests each; a full sweep once a day)."),
    poll_cron: str = typer.Option("17 * * * *", "--news-cron", help="When the scheduled news poll runs (cron, UTC)."),
    prefect_home: Optional[Path] = typer.Option(None, "--prefect-home",
                                                help="Where a server started here keeps its database (default: data/prefect)."),
    notify: Optional[str] = typer.Option(None, "--notify", metavar="URL",
                                         help="Post each rating that falls to inadequate to this webhook (Slack, "
                                              "Teams, any JSON receiver), through a Prefect notification block."),
    notify_every_change: bool = typer.Option(False, "--notify-every-change",
                                             help="With --notify: post every rating change, not only downgrades "
                                                  "to inadequate."),
    notify_articles: bool = typer.Option(False, "--notify-articles",
                                         help="With --notify: also post an article's inadequate grade that no loaded "
                                              "report backs yet, when the article states it twice (headline and "
                                              "body, say), with its sentence."),
) -> None:
    """Serve poll (every --poll-every minutes), news (hourly), ingest (on each discovered report), backfill (by hand) and the
    downgrade and poll-failed alerts. Uses $PREFECT_API_URL's server, or starts `prefect server start` on
    127.0.0.1 and stops it on Ctrl-C or SIGTERM. With --notify, Prefect automations post rating
    changes to a webhook as JSON."""
    from deployments.notify import NotifyError, check_url
    from deployments.server import PrefectServer, PrefectServerError
    from pipeline.config import PipelineConfig

    for given, flag in ((notify_every_change, "--notify-every-change"), (notify_articles, "--notify-articles")):
        if given and not notify:
            typer.echo(f"error: {flag} needs --notify URL (the webhook to post to)", err=True)
            raise typer.Exit(2)
    if notify is not None:
        try:
            check_url(notify or "")
        except NotifyError as e:
            typer.echo(f"error: {e}", err=True)
            raise typer.Exit(2)
    config = PipelineConfig.from_env(site, pause)
    # the runner looks for runs to start (scheduled polls, triggered ingests) every 5 s, not 10
    os.environ.setdefault("PREFECT_RUNNER_POLL_FREQUENCY", "5")
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

        if notify:
            from deployments.notify import configure_notifications

            configure_notifications(notify, notify_every_change, notify_articles)
            what = "every rating change" if notify_every_change else "ratings that fall to inadequate"
            if notify_articles:
                what += ", and inadequate grades articles state twice ahead of the report,"
            typer.echo(f"posting {what} to {notify}", err=True)
        typer.echo(f"serving the pipeline for {config.site_url}; Ctrl-C or SIGTERM stops it", err=True)
        typer.echo(f"polling every {poll_every:g} minutes", err=True)
        serve_pipeline(config.site_url, config.pause, poll_cron, poll_every=poll_every)
    except KeyboardInterrupt:
        pass
    finally:
        if server is not None:
            typer.echo("stopping the Prefect server ...", err=True)
            server.stop()


def _terminate(signum, frame) -> None:
    raise KeyboardInterrupt
