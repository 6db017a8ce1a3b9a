"""`ofsted news`: read the new articles of the watched newsrooms and papers into the warehouse.

Prefect is imported only when the command runs (it reads its settings at import), as in run.py."""
from __future__ import annotations

from pathlib import Path
from typing import Optional

import typer

from ofsted_cli.main import app
from ofsted_cli.run import PAUSE_HELP, SITE_HELP
from ofsted_cli.sql import DbOption, one_line_errors


@app.command()
def news(
    site: Optional[str] = typer.Option(None, "--site", help=SITE_HELP + " A replica's own feed is read by default."),
    feed: list[str] = typer.Option([], "--feed", help="An RSS or Atom feed of articles to read; repeatable."),
    sources: Optional[Path] = typer.Option(None, "--sources",
                                           help="A TOML file of [[source]] tables (name, kind rss|atom|listing, url, "
                                                "link_pattern, link_selector); default $OFSTED_NEWS_SOURCES, "
                                                "else ./news_sources.toml."),
    pause: Optional[float] = typer.Option(None, "--pause", help=PAUSE_HELP),
    db: DbOption = None,
) -> None:
    """Fetch new news articles, save the judgements they claim linked to the official inspections,
    and announce ofsted.rating.reported (ahead of the report) and ofsted.claim.disputed events."""
    from pipeline.config import PipelineConfig
    from pipeline.news import news_sources

    try:
        news_sources(PipelineConfig.from_env(site, pause), feed or None, sources)
    except ValueError as e:
        raise typer.BadParameter(str(e), param_hint="--feed/--sources")
    from flows.command_line import command_line_run
    from flows.news import news as news_flow

    with one_line_errors(), command_line_run():
        summary = news_flow(site=site, feeds=feed or None, sources_file=str(sources) if sources else None,
                            pause=pause, db=str(db) if db else None)
    claims = ", ".join(f"{n} {s}" for s, n in sorted(summary["claims"].items())) or "none"
    typer.echo(f"{summary['listed']} articles listed, {len(summary['articles'])} new; claims: {claims}")
    for name, n in sorted(summary["events"].items()):
        typer.echo(f"  {n} {name}")
    for failure in summary["failures"]:
        typer.echo(f"could not read {failure}", err=True)
