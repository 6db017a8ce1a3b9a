"""A poll of the site and a batch of downloads: they go on past failures and return them as
records (address + one-line reason) instead of raising."""
from __future__ import annotations

from collections.abc import Collection, Iterable, Mapping
from dataclasses import dataclass, field
from pathlib import Path

from sources.ofsted_reports.client import Listing, ReportsClient
from sources.ofsted_reports.models import Authority, Failure, Publication
from sources.ofsted_reports.save import save_download
from sources.ofsted_reports.transport import FetchError, ValidatorCache


@dataclass
class PollResult:
    authorities: list[Authority] = field(default_factory=list)
    publications: list[Publication] = field(default_factory=list)  # new ones only
    failures: list[Failure] = field(default_factory=list)
    listed: int = 0  # publications seen on the pages read, known or new
    unchanged_pages: int = 0  # provider pages answered 304 thanks to `cache`
    pages_read: list[str] = field(default_factory=list)  # URNs whose provider page was read (or was unchanged)
    listing: Listing | None = None  # what the search pages said


def poll(client: ReportsClient, known_file_ids: Collection[str] = frozenset(), *,
         cache: ValidatorCache | None = None, la_codes: Mapping[str, str] | None = None,
         only_urns: Collection[str] | None = None, listing: Listing | None = None) -> PollResult:
    """List every authority and its publications; return those whose file id is not known yet.

    `cache` (url -> ETag/Last-Modified) makes provider pages conditional: a page answered 304 is
    taken to hold nothing new, so persist the cache only together with the file ids it saw.
    `only_urns` limits the provider pages read to those authorities (a region's backfill).
    `listing`: the search pages already read (else they are read here).
    Nothing is downloaded here: see `download_files`."""
    known = set(known_file_ids)
    listing = listing or client.fetch_listing(la_codes)
    authorities = listing.authorities
    if only_urns is not None:
        wanted = {str(u) for u in only_urns}
        authorities = [a for a in authorities if a.urn in wanted]
    result = PollResult(authorities=authorities, failures=list(listing.failures), listing=listing)
    for authority in authorities:
        try:
            page = client.fetch_provider_page(authority, cache)
        except FetchError as e:
            result.failures.append(e.failure)
            continue
        result.pages_read.append(authority.urn)
        if page is None:
            result.unchanged_pages += 1
            continue
        result.failures.extend(Failure(authority.url, problem) for problem in page.problems)
        for publication in page.publications:
            result.listed += 1
            if publication.file_id not in known:
                known.add(publication.file_id)
                result.publications.append(publication)
    return result


@dataclass
class DownloadBatch:
    saved: dict[str, Path] = field(default_factory=dict)  # file id -> file written
    sha256: dict[str, str] = field(default_factory=dict)
    unchanged: list[str] = field(default_factory=list)  # answered 304 thanks to `cache`
    failures: list[Failure] = field(default_factory=list)


def download_files(client: ReportsClient, file_ids: Iterable[str], folder: Path, *,
                   cache: ValidatorCache | None = None) -> DownloadBatch:
    """Download each file to `<folder>/<file_id>.pdf`, each whole or not at all."""
    batch = DownloadBatch()
    for file_id in dict.fromkeys(str(f) for f in file_ids):
        try:
            download = client.fetch_file(file_id, cache)
        except FetchError as e:
            batch.failures.append(e.failure)
            continue
        if download is None:
            batch.unchanged.append(file_id)
            continue
        try:
            batch.saved[file_id] = save_download(download, folder)
        except OSError as e:
            batch.failures.append(Failure(download.url, f"could not write {folder}: {e.strerror or e}"))
            continue
        batch.sha256[file_id] = download.sha256
    return batch
