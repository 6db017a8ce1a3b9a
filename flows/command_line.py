"""How a flow runs when an `ofsted` command calls it directly, not through a deployment."""
from __future__ import annotations

from contextlib import contextmanager
from typing import Iterator

from prefect.settings import PREFECT_FLOWS_HEARTBEAT_FREQUENCY, temporary_settings


@contextmanager
def command_line_run() -> Iterator[None]:
    """No flow-run heartbeats. Prefect sends them to detect runs of deployments whose machine died
    (https://docs.prefect.io/v3/advanced/detect-zombie-flows); a command's run ends with its
    process, in front of the person who started it. In Prefect 3.8 the heartbeat thread sleeps
    in steps of one second and the run waits for it at the end: up to 1 s on every command.
    Runs of `ofsted serve`'s deployments keep their heartbeats.
    Prefect's temporary server, started when no PREFECT_API_URL is set, dies with the command
    (`pipeline.orphans`), however the command ends."""
    from pipeline.orphans import temporary_server_dies_with_us

    temporary_server_dies_with_us()
    with temporary_settings(updates={PREFECT_FLOWS_HEARTBEAT_FREQUENCY: None}):
        yield
