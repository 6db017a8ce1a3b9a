"""A poll of one news source: list its articles, fetch the new ones, go on past failures and
return them as records (address + one-line reason) instead of raising."""
from __future__ import annotations

import hashlib
from collections.abc import Collection
from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

from sources.news.client import NewsClient
from sources.news.config import NewsSource
from sources.news.models import FetchedArticle, NewsBatch
from sources.ofsted_reports.config import host_key
from sources.ofsted_reports.transport import FetchError, ValidatorCache


def article_key(url: str) -> str:
    """One spelling of an article's address, to compare with the known ones: host in lower case,
    no fragment, no tracking parameters (utm_*), no trailing slash."""
    parts = urlsplit(url.strip())
    query = urlencode([(k, v) for k, v in parse_qsl(parts.query, keep_blank_values=True)
                       if not k.lower().startswith("utm_")])
    return urlunsplit((parts.scheme.lower(), parts.netloc.lower(), parts.path.rstrip("/") or "/", query, ""))


def fetch_new_articles(source: NewsSource, known_urls: Collection[str], client: NewsClient, *,
                       cache: ValidatorCache | None = None) -> NewsBatch:
    """The source's articles whose address is not among `known_urls`, each fetched once.

    Links to other sites are not followed (the client may go to the source's own site only).
    An article that fails is reported once in `failures` and not counted as known: the next
    poll asks for it again. `cache` (url -> ETag/Last-Modified) makes the feed or listing
    conditional; a 304 means nothing new."""
    batch = NewsBatch()
    try:
        listed = client.fetch_listing(source, cache)
    except FetchError as e:
        batch.failures.append(e.failure)
        return batch
    if listed is None:
        batch.unchanged = True
        return batch
    batch.listed = len(listed)
    known = {article_key(u) for u in known_urls}
    site = host_key(source.url)
    for item in listed:
        key = article_key(item.url)
        if key in known or host_key(item.url) != site:
            continue
        known.add(key)
        try:
            content = client.fetch_article(source, item.url)
        except FetchError as e:
            batch.failures.append(e.failure)
            continue
        batch.articles.append(FetchedArticle(source=source.name, url=item.url, content=content,
                                             sha256=hashlib.sha256(content).hexdigest(), title=item.title,
                                             listed_published=item.published))
    return batch
