"""Finding new publications: list the site, compare file ids with the warehouse's."""
from __future__ import annotations

from collections.abc import Collection
from dataclasses import dataclass, field

from pipeline.config import PipelineConfig
from reference import authorities
from sources.ofsted_reports import Failure, Publication, ReportsClient, poll
from warehouse import Warehouse, save_discovered


@dataclass
class Discovery:
    new: list[Publication] = field(default_factory=list)
    failures: list[Failure] = field(default_factory=list)
    listed: int = 0
    authorities: int = 0
    site_unseen: str | None = None  # why the search pages show the site was not seen whole (one line)
    pages_missed: int = 0  # provider pages of chosen authorities that could not be read


def urns_of(region: str | None = None, names: Collection[str] = ()) -> set[str] | None:
    """URNs of the authorities in a region (its name or ONS code) and/or named (name, URN or LA
    code); None for all of England. An unknown region or authority is a ValueError."""
    if not region and not names:
        return None
    chosen: set[str] = set()
    if region:
        key = region.strip().lower()
        in_region = {a.urn for a in authorities() if key in (a.region.lower(), a.region_code.lower())}
        if not in_region:
            regions = sorted({a.region for a in authorities()})
            raise ValueError(f"no region {region!r}; regions are: {', '.join(regions)}")
        chosen |= in_region
    for name in names:
        key = name.strip().lower()
        match = {a.urn for a in authorities() if key in (a.name.lower(), a.urn, a.la_code, a.ons_code.lower())}
        if not match:
            raise ValueError(f"no local authority {name!r} (give its name, URN, LA code or ONS code)")
        chosen |= match
    return chosen


def list_new(client: ReportsClient, known: Collection[str], urns: set[str] | None = None) -> Discovery:
    """Publications of the chosen authorities whose file id is not in `known`."""
    from pipeline.watch import listing_problem

    result = poll(client, known, only_urns=urns)
    return Discovery(new=result.publications, failures=result.failures, listed=result.listed,
                     authorities=len(result.authorities), site_unseen=listing_problem(result.listing, 0),
                     pages_missed=len(result.authorities) - len(result.pages_read))


def record_discoveries(config: PipelineConfig, publications: list[Publication]) -> list[str]:
    """Save new publications as pending, each with its discovered event, in one transaction."""
    if not publications:
        return []
    with Warehouse(config.db) as wh:
        return save_discovered(wh.conn, publications, extra={"site": config.site_url})
