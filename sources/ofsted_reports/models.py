"""Records the source client hands on: plain frozen dataclasses, no behaviour beyond formatting."""
from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date


@dataclass(frozen=True)
class Authority:
    """A local authority as the search pages list it, keyed on its Ofsted URN."""

    urn: str
    name: str
    url: str  # its provider page; may carry the 3-digit LA code instead of the URN
    latest_report: date | None = None


@dataclass(frozen=True)
class Publication:
    """One file on an authority's provider page."""

    urn: str
    local_authority: str
    file_id: str
    title: str
    published: date
    url: str  # the file's address as the page links it


@dataclass(frozen=True)
class Failure:
    """A page or file that could not be had: its address and a one-line reason."""

    address: str
    reason: str

    def __str__(self) -> str:
        return f"{self.address}: {self.reason}"


@dataclass(frozen=True)
class Download:
    """A file's bytes, checked to be a whole PDF."""

    file_id: str
    url: str
    content: bytes = field(repr=False)
    sha256: str
    etag: str | None = None
    last_modified: str | None = None
