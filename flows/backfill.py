"""The `backfill` flow: ingest every publication of a region (or of named authorities) that the
warehouse does not hold yet, in parallel, and summarise what was loaded and what changed."""
from __future__ import annotations

import time
from collections import deque
from datetime import date

from prefect import flow, get_run_logger
from prefect.artifacts import create_markdown_artifact
from prefect.task_runners import ThreadPoolTaskRunner

from flows import tasks
from flows.publish import publish_after
from pipeline.config import PipelineConfig
from pipeline.discover import urns_of
from pipeline.watch import PollFailed
from flows.progress import progress_bar
from pipeline.ingest import Outcome, download_failure, extraction_pool, to_ingest
from sources.ofsted_reports import Publication
from warehouse import Warehouse

LOAD_EVERY = 10.0  # seconds: what has been read is loaded (one transaction) this often, and at the end
PUBLISH_EVERY = 30.0  # seconds: events of loaded reports go out at least this often, and at the end
WORKERS = 4  # threads running tasks; each downloads its reports while the process pool reads them
MAX_BATCH = 25  # reports a task
IN_PROCESS_UP_TO = 8  # fewer reports are read in this process, more in a pool of processes
TASK_RUNNER = ThreadPoolTaskRunner(max_workers=WORKERS)


def batches(publications: list[Publication], workers: int = WORKERS) -> list[list[Publication]]:
    """Cut the work into a few batches a worker: enough to keep every worker busy, few enough
    that Prefect's bookkeeping of each task run stays small beside the work itself."""
    size = max(1, min(MAX_BATCH, len(publications) // (2 * workers)))
    return [publications[i:i + size] for i in range(0, len(publications), size)]


def ingest_publications(config: PipelineConfig, publications: list[Publication], show_progress: bool = False) -> dict:
    """Download and extract the publications in parallel tasks of a few reports each, load what
    has been read every LOAD_EVERY seconds and at the end, then publish the outbox's events. A
    report that cannot be had (or whose batch's task failed) is tried again in a task of its own;
    failing there too, that task fails, the report is quarantined with the reason, and the
    others go on."""
    logger = get_run_logger()
    results, pending, failed, events, second_chances = [], [], [], {}, []
    loaded_at = published_at = time.monotonic()
    with progress_bar(show_progress, len(publications)):
        in_pool = len(publications) > IN_PROCESS_UP_TO
        if in_pool:
            extraction_pool()
        todo, running = deque(batches(publications)), deque()
        # a paced site is read one request at a time however many tasks ask: one task at a time
        # then, so that its reports are loaded as it goes rather than all together at the end
        at_once = 1 if config.site_config().pause > 0 else WORKERS
        while todo or running:
            while todo and len(running) < at_once:
                batch = todo.popleft()
                running.append((tasks.fetch_and_extract.submit(config, batch, in_pool), batch))
            future, batch = running.popleft()
            try:
                outcomes = future.result()
            except Exception as exc:  # the task's own error, after its retries
                reason = _one_line(exc)
                outcomes = [Outcome(p, download_failure(reason), reason) for p in batch]
            for o in outcomes:
                if o.failure:  # again, in a task of its own
                    second_chances.append((tasks.fetch_and_extract_one.submit(config, o.publication), o.publication))
                else:
                    pending.append((o.publication, o.extraction))
            if time.monotonic() - loaded_at > LOAD_EVERY:  # a long run's reports show as it goes
                results += tasks.load_reports(config, pending)
                pending, loaded_at = [], time.monotonic()
                if time.monotonic() - published_at > PUBLISH_EVERY:  # a long run's events go out as it goes
                    # but not the changes of an authority one of whose reports is being tried again
                    # (it may lie between two loaded ones): its outcome is loaded before the last send
                    retrying = frozenset(int(p.urn) for _, p in second_chances)
                    _add(events, tasks.publish_events(config, retrying))
                    published_at = time.monotonic()
        for future, publication in second_chances:
            try:
                o = future.result()
            except Exception as exc:  # failed on its own too: quarantined with the reason
                reason = _one_line(exc)
                logger.warning("file %s failed: %s", publication.file_id, reason)
                failed.append(publication.file_id)
                o = Outcome(publication, download_failure(reason), reason)
            pending.append((o.publication, o.extraction))
        results += tasks.load_reports(config, pending)
    _add(events, tasks.publish_events(config))
    summary = _summary(config, results, failed, events)
    summary["site"] = publish_after(config, any(r.changed for r in results), summary["changes"],
                                    f"loading {len(results)} files")
    return summary


def _one_line(exc: BaseException) -> str:
    return " ".join(str(exc).split()) or type(exc).__name__


def _add(total: dict[str, int], more: dict[str, int]) -> None:
    for name, n in more.items():
        total[name] = total.get(name, 0) + n


def _summary(config: PipelineConfig, results: list, failed: list[str], events: dict) -> dict:
    statuses: dict[str, int] = {}
    for r in results:
        statuses[r.status] = statuses.get(r.status, 0) + 1
    keys = sorted({r.inspection_key for r in results if r.inspection_key})
    with Warehouse(config.db) as wh:
        changes = wh.conn.execute(
            "SELECT authority, area, previous_grade, previous_date, new_grade, new_date, direction "
            "FROM rating_changes WHERE list_contains(?, new_inspection_key) ORDER BY authority, new_date, area",
            [keys]).fetchall() if keys else []
        review = wh.conn.execute(
            "SELECT local_authority, inspection_key, area, reason FROM review_queue "
            "WHERE list_contains(?, inspection_key) ORDER BY local_authority, inspection_key, area",
            [keys]).fetchall() if keys else []
    quarantined = [(r.file_id, r.reason) for r in results if r.status == "quarantined"]
    return {"files": len(results), "statuses": statuses, "failed": failed, "quarantined": quarantined,
            "changes": [list(map(str, c)) for c in changes], "events": events,
            "review": [list(map(str, r)) for r in review]}


def summary_markdown(title: str, summary: dict) -> str:
    lines = [f"# {title}", "", f"{summary['files']} files: "
             + (", ".join(f"{n} {s}" for s, n in sorted(summary["statuses"].items())) or "nothing to do"), ""]
    if summary["changes"]:
        lines += ["## Rating changes", "", "| authority | area | from | to | direction |", "|---|---|---|---|---|"]
        lines += [f"| {a} | {area} | {pg} ({pd}) | {ng} ({nd}) | {d} |" for a, area, pg, pd, ng, nd, d in summary["changes"]]
        lines.append("")
    if summary.get("review"):
        lines += ["## To review (`ofsted review`)", "", "| authority | inspection | area | why |", "|---|---|---|---|"]
        lines += [f"| {a} | {k} | {area} | {why} |" for a, k, area, why in summary["review"]]
        lines.append("")
    if summary["quarantined"]:
        lines += ["## Quarantined", "", "| file | reason |", "|---|---|"]
        lines += [f"| {f} | {r} |" for f, r in summary["quarantined"]]
    return "\n".join(lines)


@flow(name="backfill", task_runner=TASK_RUNNER)
def backfill(region: str | None = None, authorities: list[str] | None = None, since: date | None = None,
             until: date | None = None, site: str | None = None, pause: float | None = None,
             db: str | None = None, show_progress: bool = False) -> dict:
    """Ingest every matching publication not yet in the warehouse. `region`: an ONS region's name
    or code; `authorities`: names, URNs or LA codes; `since`/`until`: publication dates."""
    config = PipelineConfig.from_env(site, pause, db)
    logger = get_run_logger()
    urns = urns_of(region, authorities or ())
    found = tasks.list_new_publications(config, urns, set())
    for failure in found.failures:
        logger.warning("could not read %s", failure)
    if found.site_unseen:  # a dead address, a block, a changed page: say so, do not report "nothing new"
        raise PollFailed(f"could not list the site {config.site_url}: {found.site_unseen}")
    todo = to_ingest(config, found.new, since, until)
    logger.info("%d publications listed, %d to ingest", len(found.new), len(todo))
    summary = ingest_publications(config, todo, show_progress)
    summary["listing_failures"] = [str(f) for f in found.failures]
    summary["pages_missed"] = found.pages_missed
    create_markdown_artifact(key="backfill-summary", markdown=summary_markdown(
        f"Backfill of {region or ', '.join(authorities or []) or 'England'}", summary),
        description="What the backfill loaded, quarantined and found changed")
    return summary
