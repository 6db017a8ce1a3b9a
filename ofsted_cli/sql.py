"""`ofsted sql "SELECT ..." [--format table|csv|json]`: read-only SQL over the warehouse."""
from __future__ import annotations

import csv
import json
import sys
from contextlib import contextmanager
from enum import Enum
from pathlib import Path
from typing import Annotated, Iterator, Optional

import typer

from ofsted_cli.main import app

DB_HELP = "Warehouse file (default: $OFSTED_WAREHOUSE, else $OFSTED_DATA_DIR/ofsted.duckdb, else data/ofsted.duckdb)."
WAIT_HELP = "Seconds to wait for a process writing the warehouse (default: $OFSTED_LOCK_TIMEOUT or 30)."
DbOption = Annotated[Optional[Path], typer.Option("--db", help=DB_HELP)]
WaitOption = Annotated[Optional[float], typer.Option("--wait", help=WAIT_HELP)]


@contextmanager
def one_line_errors() -> Iterator[None]:
    """A warehouse problem ends the command with one line on stderr and exit status 1."""
    from warehouse.db import WarehouseError

    try:
        yield
    except WarehouseError as e:
        typer.echo(f"error: {e}", err=True)
        raise typer.Exit(1)


class SqlFormat(str, Enum):
    table = "table"
    csv = "csv"
    json = "json"


@app.command()
def sql(
    query: str = typer.Argument(..., help="SQL, e.g. \"SELECT * FROM latest_ratings WHERE region = 'North East'\"."),
    format: SqlFormat = typer.Option(SqlFormat.table, "--format", "-f", help="table, csv or json."),
    db: DbOption = None,
    wait: WaitOption = None,
    max_seconds: float = typer.Option(300.0, "--max-seconds", help="Stop a query running longer than this."),
) -> None:
    """Query the warehouse read-only: views latest_ratings, authority_history, rating_changes,
    region_summary, quarantine, article_claims_status, review_queue; tables authorities, publications,
    inspections, judgements, overrides, articles, article_claims, outbox."""
    from warehouse.query import run_query

    with one_line_errors():
        columns, rows = run_query(query, db, timeout=wait, max_seconds=max_seconds)
    print_rows(columns, rows, format)


def print_rows(columns: list[str], rows: list[tuple], format: "SqlFormat") -> None:
    """Rows as a rich table, CSV or JSON on standard output."""
    if format is SqlFormat.csv:
        w = csv.writer(sys.stdout, lineterminator="\n")
        w.writerow(columns)
        w.writerows([["" if v is None else _plain(v) for v in r] for r in rows])
    elif format is SqlFormat.json:
        json.dump([dict(zip(columns, (_plain(v) for v in r))) for r in rows], sys.stdout,
                  ensure_ascii=False, indent=1)
        sys.stdout.write("\n")
    else:
        from rich.console import Console
        from rich.table import Table

        cells = [["" if v is None else _text(v) for v in r] for r in rows]
        table = Table(*columns, caption=f"{len(rows)} row{'s' if len(rows) != 1 else ''}")
        for r in cells:
            table.add_row(*r)
        console = Console()
        if not console.is_terminal:  # piped: as wide as the table needs, never crushed to 80 columns
            widths = [max([len(c)] + [len(r[i]) for r in cells]) for i, c in enumerate(columns)]
            console = Console(width=max(80, sum(widths) + 3 * len(widths) + 1))
        console.print(table)


def _text(v) -> str:
    v = _plain(v)
    return json.dumps(v, ensure_ascii=False) if isinstance(v, (dict, list)) else str(v)


def _plain(v):
    """A value as JSON or CSV has it: dates ISO, UUIDs and decimals as text."""
    if v is None or isinstance(v, (bool, int, float, str)):
        return v
    if isinstance(v, (list, tuple)):
        return [_plain(x) for x in v]
    if isinstance(v, dict):
        return {str(k): _plain(x) for k, x in v.items()}
    if hasattr(v, "isoformat"):
        return v.isoformat()
    return str(v)
