"""Prefect tasks around the pipeline's steps: retries, timeouts and cache keys live here."""
from __future__ import annotations

import hashlib
from datetime import timedelta

from prefect import task

from extractors import EXTRACTOR_VERSION, Extraction
from flows import progress
from flows.events import publish_outbox
from pipeline import discover, ingest, watch
from pipeline.config import PipelineConfig
from sources.ofsted_reports import Publication
from warehouse import Warehouse
from warehouse.db import transaction
from warehouse.polls import PollRecord, announce_pending
from warehouse.polls import record_poll as record_poll_row


def _place(config: PipelineConfig) -> str:
    """Caches are per site and warehouse: a key from one must not skip work for another."""
    return hashlib.sha256(f"{config.site_url}|{config.warehouse.resolve()}".encode()).hexdigest()[:12]


def _batch_key(context, parameters) -> str | None:
    """A file id's bytes never change (a corrected report gets a new id): a batch's key is its
    file ids with the sha256 of the bytes kept for each, and the extractor's version. While any
    file's bytes are not kept, no key: that batch runs."""
    config, store = parameters["config"], ingest.store_for(parameters["config"])
    kept = [(p.file_id, store.find(p.file_id)) for p in parameters["publications"]]
    if any(path is None for _, path in kept):
        return None
    digest = hashlib.sha256("|".join(f"{f}:{path.stem}" for f, path in kept).encode()).hexdigest()[:24]
    return f"reports-{_place(config)}-{digest}-{EXTRACTOR_VERSION}"


@task(name="list-new-publications", retries=2, retry_delay_seconds=5, timeout_seconds=900)
def list_new_publications(config: PipelineConfig, urns: set[str] | None, known: set[str]) -> discover.Discovery:
    with config.client() as client:
        return discover.list_new(client, known, urns)


@task(name="record-discoveries", retries=2, retry_delay_seconds=2, timeout_seconds=300)
def record_discoveries(config: PipelineConfig, publications: list[Publication]) -> list[str]:
    return discover.record_discoveries(config, publications)


@task(name="ingest-reports", retries=2, retry_delay_seconds=[2, 10], timeout_seconds=1800,
      cache_key_fn=_batch_key, cache_expiration=timedelta(days=30),
      task_run_name="ingest-reports-from-{publications[0].file_id}")
def fetch_and_extract(config: PipelineConfig, publications: list[Publication], in_pool: bool = True
                      ) -> list[ingest.Outcome]:
    """Download a few reports, keep their bytes, read each (in the extraction pool, or here). A
    report that cannot be had gives a failed outcome with its reason; the others go on."""
    return ingest.fetch_and_extract_all(config, publications, in_pool, on_done=progress.advance)


class ReportFailed(Exception):
    """A report that could not be had, even on its own: its task fails with the reason."""


@task(name="ingest-report", retries=1, retry_delay_seconds=5, timeout_seconds=600,
      task_run_name="ingest-report-{publication.file_id}")
def fetch_and_extract_one(config: PipelineConfig, publication: Publication) -> ingest.Outcome:
    """A report that failed in its batch, again in a task of its own: a second chance for a
    passing fault, and for a lasting one a failed task that names the report and the reason."""
    outcome = ingest.fetch_and_extract_all(config, [publication], in_pool=False)[0]
    if outcome.failure:
        raise ReportFailed(outcome.failure)
    return outcome


@task(name="load-reports", retries=2, retry_delay_seconds=5, timeout_seconds=600)
def load_reports(config: PipelineConfig, items: list[tuple[object, Extraction]]) -> list:
    return ingest.load(config, items)


@task(name="publish-events", retries=3, retry_delay_seconds=5, timeout_seconds=300)
def publish_events(config: PipelineConfig, hold: frozenset[int] = frozenset()) -> dict[str, int]:
    return publish_outbox(config, hold)


@task(name="watch-site", retries=1, retry_delay_seconds=5, timeout_seconds=900)
def watch_site(config: PipelineConfig, state: watch.SiteState, mode: str, urns: set[str] | None) -> watch.Watch:
    """The search pages, then the provider pages the poll's mode calls for (pipeline/watch.py)."""
    with config.client() as client:
        return watch.watch(client, state, mode, urns)


@task(name="record-poll", retries=2, retry_delay_seconds=2, timeout_seconds=300)
def record_poll(config: PipelineConfig, found: watch.Watch, record: PollRecord, announce_before) -> list[str]:
    """Save what the poll found (new files pending, each announced), announce again files left
    pending, and log the poll with the dates of the pages it read; returns the files announced again."""
    with Warehouse(config.db) as wh, transaction(wh.conn):
        announced = announce_pending(wh.conn, announce_before, extra={"site": config.site_url})
        record.announced = len(announced)
        record_poll_row(wh.conn, record, found.pages_read)
    return announced
