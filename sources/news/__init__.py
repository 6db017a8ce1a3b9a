"""News about inspections: council newsrooms and local papers, watched through their RSS or Atom
feeds or their plain listing pages, with the reports site's polite transport.

    source = NewsSource("darlington", "rss", "https://www.darlington.gov.uk/news/feed.xml")
    with NewsClient() as client:
        batch = fetch_new_articles(source, known_urls, client)
    for article in batch.articles:
        record = extractors.extract(article.content)   # report_kind "article", with its claims
"""
from sources.news.client import NewsClient
from sources.news.config import NewsSource
from sources.news.feeds import NotAFeed, parse_feed
from sources.news.listing import parse_listing
from sources.news.models import FetchedArticle, ListedArticle, NewsBatch
from sources.news.poll import article_key, fetch_new_articles

__all__ = ["FetchedArticle", "ListedArticle", "NewsBatch", "NewsClient", "NewsSource", "NotAFeed", "article_key",
           "fetch_new_articles", "parse_feed", "parse_listing"]
