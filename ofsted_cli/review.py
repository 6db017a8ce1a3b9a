"""`ofsted review`: the grades a person must check, and their decisions.

    ofsted review                                            # the open review items
    ofsted review set KEY AREA GRADE --note "..." [--by NAME]
    ofsted review confirm KEY [AREA] --note "..." [--by NAME]

A decision is kept (warehouse table `overrides`) with who, when and why; it outlives reloads and
re-extraction. The rating changes it releases (and retractions of changes it makes untrue) are
written to the outbox in the same transaction, and sent to Prefect at once when PREFECT_API_URL
names a server; otherwise they go out with the next backfill or poll."""
from __future__ import annotations

import json
import os
from typing import Optional

import typer

from ofsted_cli.main import app
from ofsted_cli.sql import DbOption, SqlFormat, WaitOption, one_line_errors, print_rows

review_app = typer.Typer(help="See the review queue; set or confirm a grade with a note.",
                         no_args_is_help=False, invoke_without_command=True)
app.add_typer(review_app, name="review")

NoteOption = typer.Option(..., "--note", "-n", help="Why: kept with the decision.")
ByOption = typer.Option(None, "--by", help="Who decides (default $OFSTED_REVIEWER, else your login name).")
QUEUE_COLUMNS = "inspection_key, local_authority, area, grade, reason, published, url"


@review_app.callback()
def queue(
    ctx: typer.Context,
    format: SqlFormat = typer.Option(SqlFormat.table, "--format", "-f", help="table, csv or json."),
    db: DbOption = None,
    wait: WaitOption = None,
) -> None:
    """List the open review items: inspection, authority, area, the grade as read, why, the report."""
    if ctx.invoked_subcommand is not None:
        return
    from warehouse.query import run_query

    with one_line_errors():
        columns, rows = run_query(f"SELECT {QUEUE_COLUMNS} FROM review_queue "
                                  "ORDER BY published, inspection_key, area", db, timeout=wait)
    if not rows and format is SqlFormat.table:
        typer.echo("the review queue is empty")
        return
    print_rows(columns, rows, format)


@review_app.command("set")
def set_grade(
    inspection_key: str = typer.Argument(..., help="The inspection, as in the queue: <urn>/<kind>/<date>."),
    area: str = typer.Argument(..., help="The area code, e.g. help_and_protection."),
    grade: str = typer.Argument(..., help="outstanding, good, requires_improvement, adequate, inadequate, "
                                          "or none (the area is not judged)."),
    note: str = NoteOption,
    by: Optional[str] = ByOption,
    db: DbOption = None,
    wait: WaitOption = None,
) -> None:
    """Set an area's grade: it replaces the grade read, from now on."""
    _decide(inspection_key, area, grade, note, by, db, wait)


@review_app.command("confirm")
def confirm(
    inspection_key: str = typer.Argument(..., help="The inspection, as in the queue: <urn>/<kind>/<date>."),
    area: Optional[str] = typer.Argument(None, help="The area (or 'inspection'); every open item when left out."),
    note: str = NoteOption,
    by: Optional[str] = ByOption,
    db: DbOption = None,
    wait: WaitOption = None,
) -> None:
    """Confirm the grade as read (of one area, or of every open item of the inspection)."""
    _decide(inspection_key, area, None, note, by, db, wait)


def _decide(key: str, area: Optional[str], grade: Optional[str], note: str, by: Optional[str], db, wait) -> None:
    from warehouse import Warehouse
    from warehouse.review import ReviewError, decide

    with one_line_errors():
        with Warehouse(db, timeout=wait) as wh:
            before = _pending(wh.conn)
            try:
                rows = decide(wh.conn, key, area, grade, note=note, by=by)
            except ReviewError as e:
                typer.echo(f"error: {e}", err=True)
                raise typer.Exit(1)
            added = [r for r in _pending(wh.conn) if r[0] not in {b[0] for b in before}]
            left = wh.conn.execute("SELECT count(*) FROM review_queue WHERE inspection_key = ?", [key]).fetchone()[0]
    for a, g, decision in rows:
        typer.echo(f"{decision} {key} {a}: {(g or 'not judged') if a != 'inspection' else 'as read'}")
    typer.echo(f"{left} open review item{'s' if left != 1 else ''} left for {key}")
    for _, event_type, text in added:
        typer.echo(f"  {event_type}: {text}")
    if not added:
        typer.echo("  no event: the history's rating changes are as they were")
    _send(db)


def _pending(conn) -> list[tuple[str, str, str]]:
    """(id, type, one line) of every pending outbox event."""
    out = []
    for eid, event_type, payload in conn.execute(
            "SELECT event_id, event_type, payload FROM outbox WHERE published_at IS NULL "
            "ORDER BY created_at, event_type, subject").fetchall():
        p = json.loads(payload)
        if "previous_grade" in p:
            text = (f"{p.get('authority')} {p.get('area')} {p.get('previous_grade')} ({p.get('previous_date')})"
                    f" -> {p.get('new_grade')} ({p.get('new_date')})")
            if "reason" in p:
                text += f": {p['reason']}"
        else:
            text = str(p.get("inspection_key") or p.get("file_id") or "")
        out.append((str(eid), event_type, text))
    return out


def _send(db) -> None:
    """Send the outbox now when a Prefect server is named; else say when it goes."""
    if not os.environ.get("PREFECT_API_URL"):
        typer.echo("events wait in the outbox: the next backfill or poll sends them "
                   "(set PREFECT_API_URL to send them now)")
        return
    from flows.events import publish_outbox
    from pipeline.config import PipelineConfig

    with one_line_errors():
        counts = publish_outbox(PipelineConfig(db=str(db) if db else None))
    if counts:
        typer.echo("sent " + ", ".join(f"{n} {name}" for name, n in sorted(counts.items())))
