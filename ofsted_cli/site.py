"""`ofsted site DIR`: write the published site (pages, charts, Atom feed) of the warehouse."""
from __future__ import annotations

from pathlib import Path
from typing import Optional

import typer

from ofsted_cli.main import app
from ofsted_cli.sql import DbOption, WaitOption, one_line_errors


@app.command()
def site(
    out_dir: Path = typer.Argument(..., help="Folder to write the site into (created if need be)."),
    geojson: Optional[Path] = typer.Option(None, "--geojson", help="District boundaries for the map "
                                           "(default: reference/local-authority-districts-2023.geojson)."),
    db: DbOption = None,
    wait: WaitOption = None,
) -> None:
    """Write a static site of the warehouse into DIR: England's ratings, a page per authority,
    recent changes with an Atom feed (changes.xml), inspections per month and a map. It opens from
    disk or any web server and asks no other host for anything."""
    from publish.site import SiteError, build_site

    with one_line_errors():
        try:
            result = build_site(out_dir, db, timeout=wait, geojson=geojson)
        except SiteError as e:
            typer.echo(f"error: {e}", err=True)
            raise typer.Exit(1)
    typer.echo(f"{result.pages} pages ({result.authorities} authorities, {result.changes} rating changes), "
               f"{len(result.written)} files changed, charts: {result.charts_rendered} drawn, "
               f"{result.charts_reused} unchanged, {result.seconds:.1f} s")
    if result.map_note:
        typer.echo(f"no map: {result.map_note}")
    typer.echo(f"site: {result.index.resolve()}")
