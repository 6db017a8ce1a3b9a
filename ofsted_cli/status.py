"""`ofsted status`: when the site was last seen whole, and when a poll last failed (and why)."""
from __future__ import annotations

import json

import typer

from ofsted_cli.main import app
from ofsted_cli.sql import DbOption, one_line_errors


@app.command()
def status(
    db: DbOption = None,
    as_json: bool = typer.Option(False, "--json", help="One JSON object instead of lines."),
) -> None:
    """The time of the last good poll and of the last failed one (with its reason), and the
    files still pending."""
    from warehouse import Warehouse
    from warehouse.polls import poll_status

    with one_line_errors(), Warehouse(db, read_only=True) as wh:
        state = poll_status(wh.conn)
        pending = wh.conn.execute("SELECT count(*) FROM publications WHERE status = 'pending'").fetchone()[0]
    if as_json:
        typer.echo(json.dumps({**state, "pending_files": pending}, default=str, indent=1))
        return
    ok, failed = state["last_ok"], state["last_failure"]
    typer.echo("last good poll:    " + (f"{_utc(ok['finished_at'])} ({ok['mode']}, {ok['pages_read']} authority pages "
                                       f"read, {ok['new_files']} new) {ok['site']}" if ok else "never"))
    typer.echo("last failed poll:  " + (f"{_utc(failed['finished_at'])} {failed['site']}: {failed['reason']}"
                                       if failed else "never"))
    typer.echo(f"files pending:     {pending}")


def _utc(moment) -> str:
    return moment.strftime("%Y-%m-%d %H:%M:%S UTC")
