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
