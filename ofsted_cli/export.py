"""`ofsted export --format parquet DIR`: every table and view of the warehouse, one file each."""
from __future__ import annotations

from enum import Enum
from pathlib import Path

import typer

from ofsted_cli.main import app
from ofsted_cli.sql import DbOption, WaitOption, one_line_errors


class ExportFormat(str, Enum):
    parquet = "parquet"
    csv = "csv"


@app.command()
def export(
    out_dir: Path = typer.Argument(..., help="Folder to write <table or view>.<format> files into."),
    format: ExportFormat = typer.Option(ExportFormat.parquet, "--format", "-f", help="parquet or csv."),
    db: DbOption = None,
    wait: WaitOption = None,
) -> None:
    """Write every table and view of the warehouse to DIR."""
    from warehouse.query import export as export_all

    with one_line_errors():
        written = export_all(out_dir, db, format=format.value, timeout=wait)
    for name, path, rows in written:
        typer.echo(f"{path}\t{rows} rows")
