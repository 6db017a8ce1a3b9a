"""`ofsted replica --corpus ../shared/corpus [--port 8765] [--as-of 2022-01-01]`: a local replica
of reports.ofsted.gov.uk over the corpus, for tests, demos and benchmarks."""
from __future__ import annotations

import signal
from pathlib import Path

import typer

from ofsted_cli.main import app


@app.command()
def replica(
    corpus: Path = typer.Option(..., "--corpus", help="Corpus folder with manifest.csv, e.g. ../shared/corpus."),
    port: int = typer.Option(8765, "--port", "-p", help="Port on 127.0.0.1 (0: any free port)."),
    as_of: str | None = typer.Option(None, "--as-of",
                                     help="Show only what was published by this date (YYYY-MM-DD)."),
    la_code_links: str = typer.Option("", "--la-code-links",
                                      help="URNs (comma-separated) whose search results link the 3-digit LA code."),
) -> None:
    """Serve search pages, provider pages and files of the corpus on 127.0.0.1, as the real site does.

    Move the clock with `POST /_replica/as-of?date=YYYY-MM-DD`; switch faults on with
    `POST /_replica/faults` and a JSON body such as {"kind": "429", "path": "/v1/file/*", "count": 2}
    (kinds: an HTTP status, slow, reset, truncate, redirect); see `GET /_replica/state`."""
    from sources.replica import CorpusError, Replica

    try:
        server = Replica(corpus, port=port, as_of=as_of,
                         la_code_links=[u.strip() for u in la_code_links.split(",") if u.strip()])
    except (CorpusError, ValueError) as e:
        typer.echo(f"error: {e}", err=True)
        raise typer.Exit(2) from None
    except OSError as e:
        typer.echo(f"error: cannot listen on 127.0.0.1:{port}: {e.strerror or e}", err=True)
        raise typer.Exit(2) from None
    state = server.state
    shown = f"published by {state.as_of.isoformat()}" if state.as_of else "everything published"
    typer.echo(f"replica of reports.ofsted.gov.uk at {server.url}: {len(state.corpus.files)} reports, "
               f"{len(state.corpus.authorities)} authorities, {shown}. Ctrl-C to stop.")
    signal.signal(signal.SIGTERM, _stop_on_signal)
    try:
        server.serve_forever()
    except KeyboardInterrupt:
        pass
    finally:
        server.stop()


def _stop_on_signal(signum, frame) -> None:
    raise KeyboardInterrupt
