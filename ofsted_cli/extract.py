"""`ofsted extract PATH... [--format jsonl]`: the extraction contract's command form."""
from __future__ import annotations

import json
import os
import sys
from enum import Enum
from pathlib import Path

import typer

from ofsted_cli.main import app


class OutputFormat(str, Enum):
    jsonl = "jsonl"
    table = "table"


def expand_paths(paths: list[Path]) -> list[Path]:
    """Files as given; folders read recursively, files in sorted order."""
    files: list[Path] = []
    for p in paths:
        if p.is_dir():
            files.extend(sorted(f for f in p.rglob("*") if f.is_file()))
        else:
            files.append(p)
    return files


@app.command()
def extract(
    paths: list[Path] = typer.Argument(..., help="Report files or folders (read recursively)."),
    format: OutputFormat = typer.Option(OutputFormat.jsonl, "--format", "-f", help="jsonl (one object a line) or table."),
    workers: int = typer.Option(0, "--workers", "-j", help="Processes to use; 0 means one per core."),
) -> None:
    """Read the kind, dates, lead inspector and judgements out of each report. Each is read in a worker
    process capped at OFSTED_READ_MEMORY_MB (512) of memory and OFSTED_READ_SECONDS (300): a file
    over a cap is `unreadable` with the reason, and the others go on."""
    missing = [str(p) for p in paths if not p.exists()]
    if missing:
        typer.echo(f"error: no such file or folder: {', '.join(missing)}", err=True)
        raise typer.Exit(2)
    files = [str(f) for f in expand_paths(paths)]
    from pipeline.reading import ReadingPool

    try:  # every file is read in a worker process under a memory and a time cap (pipeline/reading.py)
        pool = ReadingPool(workers or min(os.cpu_count() or 1, max(1, len(files))))
    except ValueError as e:  # a cap set to no number
        typer.echo(f"error: {e}", err=True)
        raise typer.Exit(2)
    with pool:
        _emit(pool.map(files, as_json=True), format, len(files))


def _emit(results, format: OutputFormat, total: int) -> None:
    if format is OutputFormat.jsonl:
        out = sys.stdout
        for obj in results:
            out.write(json.dumps(obj, ensure_ascii=False) + "\n")
        out.flush()
        return
    from rich.console import Console
    from rich.table import Table

    table = Table("file", "status", "kind", "framework", "authority", "start", "end", "judgements")
    for obj in results:
        grades = ", ".join(f"{k}={v}" for k, v in obj["judgements"].items()) or obj.get("error", "")
        table.add_row(Path(obj["path"]).name, obj["status"], obj["report_kind"] or "", obj["framework"] or "",
                      obj["local_authority"] or "", obj["inspection_start"] or "", obj["inspection_end"] or "", grades)
    Console().print(table)
