"""News articles through the pipeline: which sources to watch, fetch the new articles, read and save
them. Plain functions; the `news` flow (flows/news.py) wraps them in tasks.

Sources, the first of:
- the feeds given (`--feed URL`, repeatable): RSS or Atom;
- the sources file given (`--sources FILE`, else $OFSTED_NEWS_SOURCES);
- when the reports site is a replica on this machine, its feed (`<site>/news/feed.xml`);
- ./news_sources.toml, if present. A sources file lists:

      [[source]]
      name = "darlington-council"
      kind = "rss"                     # rss, atom or listing
      url = "https://www.example.gov.uk/news/feed.xml"
      link_pattern = "/news/"          # optional: a regular expression article addresses match
      link_selector = "ul.news-list a" # listing pages: where the article links are
"""
from __future__ import annotations

import os
import tomllib
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import urlsplit

from extractors import Extraction, extract
from extractors.html_meta import page_meta
from extractors.html_text import decode_html
from pipeline.config import PipelineConfig
from sources.news import FetchedArticle, NewsClient, NewsSource, fetch_new_articles
from sources.ofsted_reports import Failure
from warehouse import ArticleMeta, ArticleResult, Warehouse, known_article_urls, save_article

SOURCES_FILE = "news_sources.toml"
REPLICA_FEED = "/news/feed.xml"


class NoNewsSources(ValueError):
    """No source to watch was given or found; the message says how to give one."""


@dataclass
class NewsFetch:
    """New articles of every source, and what could not be read (address + one-line reason)."""

    articles: list[FetchedArticle] = field(default_factory=list)
    failures: list[Failure] = field(default_factory=list)
    listed: int = 0


def news_sources(config: PipelineConfig, feeds: list[str] | None = None,
                 sources_file: str | os.PathLike | None = None) -> list[NewsSource]:
    """The sources to watch (see the module docstring)."""
    if feeds:
        return [NewsSource(urlsplit(url).hostname or url, "rss", url) for url in feeds]
    path = sources_file or os.environ.get("OFSTED_NEWS_SOURCES")
    if path:
        return read_sources(path)
    if config.is_local:
        return [NewsSource("replica", "rss", config.site_url.rstrip("/") + REPLICA_FEED)]
    if Path(SOURCES_FILE).is_file():
        return read_sources(SOURCES_FILE)
    raise NoNewsSources(f"no news sources: give --feed URL, or --sources FILE, or write {SOURCES_FILE} "
                        "(see `ofsted news --help`)")


def read_sources(path: str | os.PathLike) -> list[NewsSource]:
    """The `[[source]]` tables of a TOML file, each a NewsSource; a bad entry is a ValueError."""
    try:
        with open(path, "rb") as f:
            data = tomllib.load(f)
    except (OSError, tomllib.TOMLDecodeError) as e:
        raise NoNewsSources(f"cannot read news sources from {path}: {e}") from None
    entries = data.get("source") or []
    if not entries:
        raise NoNewsSources(f"{path} lists no [[source]]")
    out = []
    for n, entry in enumerate(entries, start=1):
        unknown = set(entry) - {"name", "kind", "url", "link_pattern", "link_selector"}
        if unknown or "url" not in entry:
            raise NoNewsSources(f"{path}: source {n} needs url (and may have name, kind, link_pattern, "
                                f"link_selector){', not ' + ', '.join(sorted(unknown)) if unknown else ''}")
        out.append(NewsSource(name=entry.get("name") or f"source-{n}", kind=entry.get("kind", "rss"),
                              url=entry["url"], link_pattern=entry.get("link_pattern"),
                              link_selector=entry.get("link_selector", "a")))
    return out


def fetch_news(config: PipelineConfig, sources: list[NewsSource]) -> NewsFetch:
    """The articles of every source whose address the warehouse does not hold yet, fetched with
    the reports site's polite settings."""
    with Warehouse(config.db) as wh:
        known = known_article_urls(wh.conn)
    out = NewsFetch()
    with NewsClient(config.site_config()) as client:
        for source in sources:
            batch = fetch_new_articles(source, known, client)
            out.articles += batch.articles
            out.failures += batch.failures
            out.listed += batch.listed
            known |= {a.url for a in batch.articles}
    return out


def read_article(article: FetchedArticle) -> tuple[ArticleMeta, Extraction]:
    """An article's description (its publisher from the page) and what its text claims (read with the
    date its feed gave, where the page gives none)."""
    meta = page_meta(decode_html(article.content))
    return (ArticleMeta(url=article.url, source=article.source, title=article.title or meta.headline,
                        publisher=meta.site_name, published=article.listed_published),
            extract(article.content, article.url, article.listed_published))


def save_articles(config: PipelineConfig, articles: list[FetchedArticle]) -> list[ArticleResult]:
    """Read and save each article, one transaction each."""
    read = [read_article(a) for a in articles]
    with Warehouse(config.db) as wh:
        return [save_article(wh.conn, meta, extraction) for meta, extraction in read]
