"""`ofsted`: the command line of ofsted-pipeline. Each sub-command lives in its own module."""
import os

import typer

# Prefect's temporary server (a command run with no PREFECT_API_URL) is given 20 s to start; a
# fresh database on a busy machine needs more, and a command should not fail for that.
os.environ.setdefault("PREFECT_SERVER_EPHEMERAL_STARTUP_TIMEOUT_SECONDS", "120")

app = typer.Typer(
    name="ofsted",
    help="Ofsted children's services reports: extract, poll, load and query.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)



@app.callback()
def main() -> None:
    """Ofsted children's services reports: extract, poll, load and query."""


# Sub-commands register themselves on `app` when imported.
from ofsted_cli import extract  # noqa: E402,F401
from ofsted_cli import replica  # noqa: E402,F401
from ofsted_cli import sql, export  # noqa: E402,F401
from ofsted_cli import run  # noqa: E402,F401
from ofsted_cli import serve  # noqa: E402,F401
from ofsted_cli import news  # noqa: E402,F401
from ofsted_cli import review  # noqa: E402,F401
from ofsted_cli import status  # noqa: E402,F401
from ofsted_cli import site  # noqa: E402,F401
