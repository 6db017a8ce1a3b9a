"""Reference data the project ships: every English local authority with children's services.

Public facts (Ofsted URN, DfE LA code, ONS code, name, ONS region), checked against
../shared/corpus/authorities.csv by the tests.
"""
from __future__ import annotations

import csv
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources


@dataclass(frozen=True)
class Authority:
    urn: str
    la_code: str
    ons_code: str
    name: str
    region_code: str
    region: str


@lru_cache(maxsize=1)
def authorities() -> tuple[Authority, ...]:
    """All 153 authorities, in the file's (alphabetical) order."""
    text = resources.files(__package__).joinpath("authorities.csv").read_text(encoding="utf-8")
    return tuple(Authority(**row) for row in csv.DictReader(text.splitlines()))


NEIGHBOURS_FILE = "authorities-neighbours.csv"


def neighbour_rows(text: str | None = None) -> list[tuple[int, str, int, str, int | None]]:
    """(urn, la_code, rank, neighbour la_code, neighbour urn or None) of every authority's
    statistical neighbours in authorities-neighbours.csv (or `text`), closest first (rank 1).
    Authorities with no published list give no rows."""
    if text is None:
        text = resources.files(__package__).joinpath(NEIGHBOURS_FILE).read_text(encoding="utf-8")
    rows = list(csv.DictReader(text.splitlines()))
    urn_of = {r["la_code"].strip(): int(r["urn"]) for r in rows}
    out = []
    for r in rows:
        codes = [c.strip() for c in (r["stat_neighbours"] or "").split(",") if c.strip()]
        for rank, code in enumerate(codes, start=1):
            out.append((int(r["urn"]), r["la_code"].strip(), rank, code, urn_of.get(code)))
    return out
