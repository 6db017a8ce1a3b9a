"""`ofsted backfill`, `ofsted poll`, `ofsted changes`: the pipeline's commands.

Prefect is imported only when a command runs, after the environment is settled (Prefect reads
its settings at import). With no PREFECT_API_URL the flows use Prefect's temporary server."""
from __future__ import annotations

from contextlib import contextmanager
from datetime import date, datetime
from typing import Iterator, Optional

import typer

from ofsted_cli.main import app
from ofsted_cli.sql import DbOption, SqlFormat, one_line_errors

SITE_HELP = "The reports site: https://reports.ofsted.gov.uk by default, or a replica such as http://127.0.0.1:8765."
SHOWN_CHANGES = 15
PAUSE_HELP = "Seconds between requests (default 1 for the real site, 0 for a replica on this machine)."


def _date(value: Optional[str], name: str) -> Optional[date]:
    if value is None:
        return None
    try:
        return datetime.strptime(value, "%Y-%m-%d").date()
    except ValueError:
        raise typer.BadParameter(f"{value!r} is not a date of the form YYYY-MM-DD", param_hint=name)


def _check_choice(region: Optional[str], authorities: list[str]) -> None:
    from pipeline.discover import urns_of

    try:
        urns_of(region, authorities)
    except ValueError as e:
        raise typer.BadParameter(str(e))


@app.command()
def backfill(
    region: Optional[str] = typer.Option(None, "--region", "-r", help="An ONS region, e.g. \"North East\" or E12000001."),
    authority: list[str] = typer.Option([], "--authority", "-a", help="A local authority (name, URN or LA code); repeatable."),
    since: Optional[str] = typer.Option(None, help="Only publications from this date (YYYY-MM-DD)."),
    until: Optional[str] = typer.Option(None, help="Only publications up to this date (YYYY-MM-DD)."),
    site: Optional[str] = typer.Option(None, "--site", help=SITE_HELP),
    pause: Optional[float] = typer.Option(None, "--pause", help=PAUSE_HELP),
    db: DbOption = None,
) -> None:
    """Ingest every publication of a region or of named authorities not yet in the warehouse
    (all of England when neither is given), with a progress bar and a summary of what changed."""
    _check_choice(region, authority)
    start, end = _date(since, "--since"), _date(until, "--until")
    from flows.backfill import backfill as backfill_flow
    from flows.command_line import command_line_run

    with one_line_errors(), site_errors(), command_line_run():
        summary = backfill_flow(region=region, authorities=authority or None, since=start, until=end, site=site,
                                pause=pause, db=str(db) if db else None, show_progress=True)
    _print_summary(summary)
    if summary["failed"] or summary.get("pages_missed"):
        raise typer.Exit(1)


@app.command()
def poll(
    site: Optional[str] = typer.Option(None, "--site", help=SITE_HELP),
    pause: Optional[float] = typer.Option(None, "--pause", help=PAUSE_HELP),
    region: Optional[str] = typer.Option(None, "--region", "-r", help="Only this region's authorities."),
    ingest: bool = typer.Option(True, "--ingest/--no-ingest",
                                help="Ingest what is new in this run (--no-ingest: leave it to `ofsted serve`'s trigger)."),
    full: bool = typer.Option(False, "--full", help="Read every authority's page (a full sweep), not only those "
                                                    "whose latest report date moved."),
    pending_after: float = typer.Option(60.0, "--pending-after", help="Announce again, once, files still pending "
                                        "this many minutes after a poll found them."),
    db: DbOption = None,
) -> None:
    """Look for new publications; announce each with an ofsted.publication.discovered event.
    Exits 1, with the reason in one line, when the poll could not see the site."""
    _check_choice(region, [])
    from flows.command_line import command_line_run
    from flows.poll import poll as poll_flow

    with one_line_errors(), site_errors(), command_line_run():
        summary = poll_flow(site=site, pause=pause, region=region, ingest_new=ingest, db=str(db) if db else None,
                            full=full, pending_after_minutes=pending_after)
    for warning in summary["warnings"]:
        typer.echo(f"warning: {warning}", err=True)
    typer.echo(f"{summary['mode']} poll: {summary['pages_read']} authority pages read, "
               f"{summary['listed']} publications listed, {len(summary['new'])} new"
               + (f": {', '.join(summary['new'])}" if summary["new"] else ""))
    if summary["announced_again"]:
        typer.echo(f"announced again, still pending: {', '.join(summary['announced_again'])}")
    for failure in summary["failures"]:
        typer.echo(f"could not read {failure}", err=True)
    if "ingested" in summary:
        _print_summary(summary["ingested"])


@contextmanager
def site_errors() -> Iterator[None]:
    """A poll or backfill that could not see the site ends with its reason in one line, exit 1."""
    from pipeline.watch import PollFailed

    try:
        yield
    except PollFailed as e:
        typer.echo(f"error: {e}", err=True)
        raise typer.Exit(1)


@app.command()
def changes(
    since: str = typer.Option(..., "--since", help="Changes published from this date (YYYY-MM-DD)."),
    region: Optional[str] = typer.Option(None, "--region", "-r", help="Only this region."),
    format: SqlFormat = typer.Option(SqlFormat.table, "--format", "-f", help="table, csv or json."),
    db: DbOption = None,
) -> None:
    """A table of rating changes published since a date: authority, area, from, to, direction."""
    start = _date(since, "--since")
    from ofsted_cli.sql import print_rows
    from warehouse.query import run_query

    where = f"new_published >= DATE '{start.isoformat()}'"
    if region:
        where += f" AND region = '{_region_name(region)}'"
    query = ("SELECT authority, region, area, previous_grade, previous_date, new_grade, new_date, new_published, "
             f"direction FROM rating_changes WHERE {where} ORDER BY new_published, authority, area")
    with one_line_errors():
        columns, rows = run_query(query, db)
    print_rows(columns, rows, format)


def _region_name(region: str) -> str:
    """The reference name of a region given by name or ONS code (so no free text reaches SQL)."""
    from reference import authorities

    names = {k.lower(): a.region for a in authorities() for k in (a.region, a.region_code)}
    if region.strip().lower() not in names:
        raise typer.BadParameter(f"no region {region!r}; regions are: {', '.join(sorted(set(names.values())))}",
                                 param_hint="--region")
    return names[region.strip().lower()]


def _print_summary(summary: dict) -> None:
    from rich.console import Console

    console = Console(stderr=True, soft_wrap=True)  # a reason stays on its line, however long
    statuses = ", ".join(f"{n} {s}" for s, n in sorted(summary.get("statuses", {}).items())) or "nothing new"
    console.print(f"{summary.get('files', 0)} files: {statuses}")
    for f, reason in summary.get("quarantined", []):
        console.print(f"  quarantined {f}: {reason}")
    changes = summary.get("changes", [])
    for c in changes[:SHOWN_CHANGES]:
        console.print(f"  {c[0]}: {c[1]} {c[2]} ({c[3]}) -> {c[4]} ({c[5]}), {c[6]}")
    if len(changes) > SHOWN_CHANGES:
        console.print(f"  ... {len(changes) - SHOWN_CHANGES} more rating changes: see `ofsted changes --since DATE`")
    review = summary.get("review", [])
    if review:
        console.print(f"  {len(review)} grade{'s' if len(review) != 1 else ''} to check: see `ofsted review`")
    for a, key, area, why in review[:SHOWN_CHANGES]:
        console.print(f"  to review {key} ({a}) {area}: {why}", markup=False)
    for failure in summary.get("listing_failures", []):
        console.print(f"  could not read {failure}")
