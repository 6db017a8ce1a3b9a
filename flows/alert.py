"""The `downgrade-alert` flow: what the example automation runs when a rating falls to inadequate."""
from __future__ import annotations

from prefect import flow, get_run_logger
from prefect.artifacts import create_markdown_artifact


@flow(name="downgrade-alert")
def downgrade_alert(authority: str, area: str, previous_grade: str, new_grade: str,
                    new_date: str | None = None, report: str | None = None) -> str:
    """Record a downgrade as a Prefect artifact and a warning in the run's log: the place to hang
    a notification (e-mail, Slack) on."""
    message = (f"{authority}: {area.replace('_', ' ')} fell from {previous_grade.replace('_', ' ')} "
               f"to {new_grade.replace('_', ' ')}" + (f" (inspection ending {new_date})" if new_date else ""))
    get_run_logger().warning(message)
    create_markdown_artifact(key="downgrade-alert", markdown=f"# Downgrade\n\n{message}\n\nReport: {report or 'n/a'}\n",
                             description=message)
    return message


@flow(name="poll-failed-alert")
def poll_failed_alert(reason: str, site: str | None = None, poll_id: str | None = None) -> str:
    """What the example automation runs on `ofsted.poll.failed`: a warning in the run's log and an
    artifact, the place to hang a notification on. A poll that cannot see the site is the way
    scrapers of this site break silently (a block, a markup change, a row cap)."""
    message = f"a poll of {site or 'the site'} failed: {reason}"
    get_run_logger().warning(message)
    create_markdown_artifact(key="poll-failed-alert", markdown=f"# Poll failed\n\n{message}\n\nPoll: {poll_id or 'n/a'}\n",
                             description=message)
    return message
