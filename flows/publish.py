"""The `publish-site` task: after an ingest, backfill or poll that changed the warehouse, write
the site again (publish/site.py) and publish a Prefect artifact linking to it with what changed.

Where: $OFSTED_SITE_DIR, else `site/` beside the warehouse (data/site by default); set
OFSTED_SITE_DIR=off to publish nothing. A site that cannot be written is logged as a warning:
the reports are loaded and their events sent whatever happens to the site.
"""
from __future__ import annotations

from prefect import get_run_logger, task
from prefect.artifacts import create_markdown_artifact

from pipeline.config import PipelineConfig


def summary_markdown(result, changes: list[list[str]], what: str) -> str:
    index = result.index.resolve()
    lines = [f"# Site published after {what}", "",
             f"[Open the site]({index.as_uri()}) (`{index}`): {result.pages} pages, {result.authorities} "
             f"authorities, {result.changes} rating changes in all; {len(result.written)} files changed, "
             f"{result.charts_rendered} charts drawn again.", ""]
    if changes:
        lines += ["## What changed", "", "| authority | area | from | to | direction |", "|---|---|---|---|---|"]
        lines += [f"| {a} | {area} | {pg} ({pd}) | {ng} ({nd}) | {d} |" for a, area, pg, pd, ng, nd, d in changes]
        lines.append("")
    else:
        lines += ["No rating changed.", ""]
    if result.map_note:
        lines += [f"No map: {result.map_note}", ""]
    return "\n".join(lines)


@task(name="publish-site", retries=1, retry_delay_seconds=5, timeout_seconds=900)
def publish_site(config: PipelineConfig, changes: list[list[str]] | None = None, what: str = "an ingest") -> str | None:
    """Build the site; returns the path of its index page (None when publishing is off)."""
    from publish.site import build_site, site_dir

    out = site_dir(None, config.db)
    if out is None:
        return None
    result = build_site(out, config.db)
    create_markdown_artifact(key="site", markdown=summary_markdown(result, changes or [], what),
                             description="The published site and what changed")
    get_run_logger().info("site written to %s (%d files changed)", result.index, len(result.written))
    return str(result.index)


def publish_after(config: PipelineConfig, changed: bool, changes: list[list[str]] | None = None,
                  what: str = "an ingest") -> str | None:
    """Run `publish-site` if something changed; a failure is a warning, never the flow's failure."""
    from publish.site import site_dir

    if not changed or site_dir(None, config.db) is None:
        return None
    try:
        return publish_site(config, changes, what)
    except Exception as exc:  # the data is loaded and announced; the site is a view of it
        get_run_logger().warning("the site was not written: %s", " ".join(str(exc).split()) or type(exc).__name__)
        return None
