"""Ingesting publications: download, keep the raw bytes, extract, load. Plain functions."""
from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date

from extractors import Extraction
from extractors.codes import STATUS_UNREADABLE
from pipeline.config import PipelineConfig
from pipeline.raw_store import RawStore
from pipeline.reading import ReadingPool, reading_pool
from sources.ofsted_reports import FetchError, Publication, ReportsClient
from sources.ofsted_reports.checks import check_pdf
from sources.ofsted_reports.transport import BodyProblem
from warehouse import LoadResult, Warehouse, load_batch

@dataclass(frozen=True)
class Fetched:
    """A downloaded file, kept in the raw store."""

    file_id: str
    sha256: str
    path: str
    size: int


def download(client: ReportsClient, store: RawStore, file_id: str) -> Fetched:
    """Download a file and keep its bytes. An HTML page served in a PDF's place is kept too (the
    extractor says why it is no report); network failures raise FetchError after the client's
    retries. A whole PDF kept already (by a run that stopped before loading it) is not asked for
    again: a file id's bytes never change, a corrected report gets a new id. A page kept in a
    PDF's place is: the site may serve the report by now."""
    kept = store.find(file_id)
    if kept is not None:
        data = kept.read_bytes()
        try:
            check_pdf(data)
        except BodyProblem:
            pass
        else:
            return Fetched(file_id=str(file_id), sha256=kept.stem, path=str(kept), size=len(data))
    got = client.fetch_file(file_id, require_pdf=False)
    if got is None:  # only with a validator cache, which this path never passes
        raise FetchError(client.config.file_url(file_id), "unexpected 304 Not Modified")
    sha256, path = store.put(got.content, file_id=str(file_id))
    return Fetched(file_id=str(file_id), sha256=sha256, path=str(path), size=len(got.content))


def download_failure(reason: str) -> Extraction:
    """The record of a file that could not be downloaded: quarantined with the reason, and
    picked up again by the next backfill (its digest is unknown)."""
    return Extraction(sha256="", status=STATUS_UNREADABLE, report_kind="other", framework="none",
                      error=f"Download failed: {reason}")


@dataclass(frozen=True)
class Outcome:
    """What became of one publication: its extraction, or why it could not be had."""

    publication: Publication
    extraction: Extraction
    failure: str | None = None


def fetch_and_extract_all(config: PipelineConfig, publications: list[Publication], in_pool: bool = True,
                          on_done: Callable[[], None] = lambda: None) -> list[Outcome]:
    """Download each publication (the client retries) and keep its bytes, then read it in the
    reading pool's capped worker processes (`pipeline.reading`): while the next files download,
    or (`in_pool=False`, a few reports) each before the next download. One that cannot be
    downloaded gets `download_failure`, one that cannot be read `unreadable`, and the rest go on."""
    store, done = store_for(config), []  # Outcomes, or (publication, reading in the pool)
    with config.client() as client:
        for p in publications:
            try:
                fetched = download(client, store, p.file_id)
            except FetchError as exc:
                done.append(Outcome(p, download_failure(exc.reason), exc.reason))
                on_done()
            else:
                reading = extraction_pool().submit(fetched.path)
                reading.add_done_callback(lambda _: on_done())
                done.append((p, reading))
                if not in_pool:
                    reading.result()
    return [o if isinstance(o, Outcome) else Outcome(o[0], o[1].result()) for o in done]


def load(config: PipelineConfig, items: list[tuple[object, Extraction]]) -> list[LoadResult]:
    """Load (publication or file id, extraction) pairs in one transaction."""
    if not items:
        return []
    with Warehouse(config.db) as wh:
        return load_batch(wh.conn, items)


def to_ingest(config: PipelineConfig, publications: list[Publication], since: date | None = None,
              until: date | None = None) -> list[Publication]:
    """The publications a backfill still has to ingest: published in [since, until] and not yet
    read (never seen, pending, or quarantined because the download failed)."""
    with Warehouse(config.db) as wh:
        done = {r[0] for r in wh.conn.execute(
            "SELECT p.file_id FROM publications p LEFT JOIN extractions x USING (file_id) "
            "WHERE p.status <> 'pending' AND coalesce(x.sha256, '') <> ''").fetchall()}
    return [p for p in publications
            if p.file_id not in done and (since is None or p.published >= since)
            and (until is None or p.published <= until)]


def saved_publication(config: PipelineConfig, file_id: str) -> Publication | None:
    """A publication the warehouse holds (a poll saved it), as the site listed it."""
    with Warehouse(config.db) as wh:
        row = wh.conn.execute(
            "SELECT urn, local_authority, file_id, title, published, url FROM publications WHERE file_id = ?",
            [str(file_id)]).fetchone()
    if row is None:
        return None
    return Publication(urn=str(row[0]), local_authority=row[1] or "", file_id=row[2], title=row[3] or "",
                       published=row[4], url=row[5] or "")


def is_loaded(config: PipelineConfig, file_id: str) -> bool:
    with Warehouse(config.db) as wh:
        row = wh.conn.execute(
            "SELECT p.status, coalesce(x.sha256, '') FROM publications p LEFT JOIN extractions x USING (file_id) "
            "WHERE p.file_id = ?", [str(file_id)]).fetchone()
    return bool(row) and row[0] != "pending" and row[1] != ""


def extraction_pool() -> ReadingPool:
    """The process's reading pool (`pipeline.reading`): one capped worker per core, started once."""
    return reading_pool()


def store_for(config: PipelineConfig) -> RawStore:
    return RawStore(config.raw_dir)

