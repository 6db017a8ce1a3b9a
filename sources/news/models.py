"""Records the news source hands on: plain frozen dataclasses."""
from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from sources.ofsted_reports.models import Failure


@dataclass(frozen=True)
class ListedArticle:
    """An article as a feed or listing page lists it."""

    url: str
    title: str = ""
    published: date | None = None


@dataclass(frozen=True)
class FetchedArticle:
    """An article's page, as fetched."""

    source: str  # the NewsSource's name
    url: str
    content: bytes = field(repr=False)
    sha256: str
    title: str = ""
    listed_published: date | None = None  # the date the feed or listing gave


@dataclass
class NewsBatch:
    """The new articles of one source, and what could not be had (address + one-line reason)."""

    articles: list[FetchedArticle] = field(default_factory=list)
    failures: list[Failure] = field(default_factory=list)
    listed: int = 0  # articles the feed or listing held, known or new
    unchanged: bool = False  # the feed or listing answered 304: nothing new
