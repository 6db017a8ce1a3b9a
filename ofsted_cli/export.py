"""`ofsted export --format parquet DIR`: every table and view of the warehouse, one file each;
`ofsted export --format xlsx FILE`: one workbook, a sheet per view people read."""
from __future__ import annotations

from enum import Enum
from pathlib import Path

import typer

from ofsted_cli.main import app
from ofsted_cli.sql import DbOption, WaitOption, one_line_errors


class ExportFormat(str, Enum):
    parquet = "parquet"
    csv = "csv"
    xlsx = "xlsx"


@app.command()
def export(
    out: Path = typer.Argument(..., metavar="DIR|FILE",
                               help="parquet, csv: folder to write <table or view>.<format> files into; "
                                    "xlsx: the workbook file (in a folder: <folder>/ofsted.xlsx)."),
    format: ExportFormat = typer.Option(ExportFormat.parquet, "--format", "-f", help="parquet, csv or xlsx."),
    db: DbOption = None,
    wait: WaitOption = None,
) -> None:
    """Write every table and view of the warehouse to DIR (parquet, csv), or the views people read
    (latest ratings, history, changes, region summary, neighbours, review queue) to one Excel
    workbook FILE (xlsx): a sheet each, header frozen, filters on, real dates."""
    if format is ExportFormat.xlsx:
        from publish.workbook import WorkbookError, write_workbook

        target = out / "ofsted.xlsx" if out.is_dir() else out
        with one_line_errors():
            try:
                sheets = write_workbook(target, db, timeout=wait)
            except WorkbookError as e:
                typer.echo(f"error: {e}", err=True)
                raise typer.Exit(1)
        for title, view, rows in sheets:
            typer.echo(f"{target}\t{title}\t{rows} rows (view {view})")
        return

    from warehouse.query import export as export_all

    with one_line_errors():
        written = export_all(out, db, format=format.value, timeout=wait)
    for name, path, rows in written:
        typer.echo(f"{path}\t{rows} rows")
