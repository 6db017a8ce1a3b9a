"""The news source: pure feed and listing parsers, then real HTTP against the replica, which serves
the seed articles as a council newsroom and a local paper would, under its as-of clock."""
from __future__ import annotations

from datetime import date

import pytest
import requests
from replica_fixture import replica_server  # noqa: F401
from seeds import require_seeds

pytest.importorskip("feedparser", reason="feedparser is not installed (pip install feedparser==6.0.14)")

from sources.news import (  # noqa: E402
    NewsClient,
    NewsSource,
    NotAFeed,
    article_key,
    fetch_new_articles,
    parse_feed,
    parse_listing,
)
from sources.news.listing import parse_selector  # noqa: E402
from sources.ofsted_reports import USER_AGENT, SiteConfig  # noqa: E402
from sources.replica import Replica  # noqa: E402

DARLINGTON_2022 = "/news/childrens-services-officially-good"
DARLINGTON_2015 = "/news/darlington-ofsted-childrens-services-report"
DURHAM_2012 = "/news/durham-safeguarding-among-best-in-country"

# -- pure parsers ----------------------------------------------------------------------------

RSS = b"""<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0"><channel><title>Newsroom</title><link>https://news.example.org/</link>
<item><title>Children's services rated good</title><link>/news/rated-good</link>
 <pubDate>Fri, 02 Dec 2022 09:30:00 +0000</pubDate></item>
<item><title>Bin collections over Christmas</title><link>https://news.example.org/news/bins</link></item>
<item><title>Children's services rated good</title><link>https://news.example.org/news/rated-good</link></item>
</channel></rss>"""

ATOM = b"""<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom"><title>Courier</title><id>urn:x</id><updated>2015-09-01T06:00:00Z</updated>
<entry><title>Damning Ofsted report</title><link rel="alternate" href="https://paper.example.com/news/damning"/>
 <id>tag:paper,2015:1</id><published>2015-09-01T06:00:00+01:00</published><updated>2015-09-02T06:00:00Z</updated></entry>
</feed>"""

LISTING = """<html><body>
<nav><a href="/">Home</a><a href="/news/">News</a><a href="/council-tax">Council tax</a></nav>
<main><ul class="news-list">
 <li class="news-item"><h2><a href="/news/rated-good#top">Rated good</a></h2><time datetime="2022-12-02">2 December 2022</time></li>
 <li class="news-item"><h2><a href="https://news.example.org/news/bins">Bins</a></h2><p>Posted 1 Dec. 2022</p></li>
 <li class="news-item"><h2><a href="/news/rated-good">Rated good (again)</a></h2></li>
</ul>
<p><a href="/news/archive">Archive</a></p></main>
<footer><a href="/news/privacy-notice">Privacy</a></footer>
</body></html>"""


def test_rss_entries_in_feed_order_with_absolute_addresses_once_each():
    items = parse_feed(RSS, "https://news.example.org/news/feed.xml")
    assert [i.url for i in items] == ["https://news.example.org/news/rated-good", "https://news.example.org/news/bins"]
    assert items[0].published == date(2022, 12, 2) and items[0].title == "Children's services rated good"
    assert items[1].published is None


def test_atom_entries_take_their_published_date():
    (item,) = parse_feed(ATOM, "https://paper.example.com/atom.xml")
    assert item.url == "https://paper.example.com/news/damning" and item.published == date(2015, 9, 1)


def test_an_html_page_is_not_a_feed():
    with pytest.raises(NotAFeed):
        parse_feed(b"<html><head><title>Oops</title></head><body>Maintenance</body></html>", "https://x.org/feed")


def test_listing_links_are_picked_by_rule_and_pattern():
    items = parse_listing(LISTING, "https://news.example.org/news/", "ul.news-list a", r"/news/[a-z-]+$")
    assert [i.url for i in items] == ["https://news.example.org/news/rated-good", "https://news.example.org/news/bins"]
    assert items[0].published == date(2022, 12, 2)
    everything = parse_listing(LISTING, "https://news.example.org/news/", "a", r"/news/[a-z-]+$")
    assert "https://news.example.org/news/privacy-notice" in {i.url for i in everything}


@pytest.mark.parametrize("rule", ["ul > a", "a[href]", "#main a"])
def test_selector_rules_other_than_tags_and_classes_are_refused(rule):
    with pytest.raises(ValueError):
        parse_selector(rule)


def test_source_config_is_checked():
    with pytest.raises(ValueError):
        NewsSource("x", "json", "https://x.org/feed")
    with pytest.raises(ValueError):
        NewsSource("x", "rss", "ftp://x.org/feed")
    with pytest.raises(ValueError):
        NewsSource("x", "listing", "https://x.org/news/")  # no way to tell articles from menus
    assert NewsSource("x", "rss", "https://x.org:8443/news/feed.xml").site_url == "https://x.org:8443"


def test_article_addresses_compare_without_fragments_tracking_or_trailing_slash():
    assert article_key("https://News.Example.org/news/a/?utm_source=rss&id=3#top") == \
        article_key("https://news.example.org/news/a?id=3")


# -- over HTTP, against the replica -----------------------------------------------------------

@pytest.fixture
def replica(replica_server):  # noqa: F811
    """The module's replica over the corpus, with the seeds beside it as its news; reset before and after."""
    require_seeds()
    replica_server.reset()
    yield replica_server
    replica_server.reset()


def client_for(replica: Replica) -> NewsClient:
    return NewsClient(SiteConfig.local(replica.url, retries=2, backoff=0.01, read_timeout=5.0))


def feed(replica: Replica) -> NewsSource:
    return NewsSource("replica news", "rss", f"{replica.url}/news/feed.xml")


@pytest.mark.parametrize("as_of, expected", [
    ("2012-02-09", []),
    ("2012-02-10", [(DURHAM_2012, date(2012, 2, 10))]),
    ("2022-12-01", [(DARLINGTON_2015, date(2015, 9, 1)), (DURHAM_2012, date(2012, 2, 10))]),
    (None, [(DARLINGTON_2022, date(2022, 12, 2)), (DARLINGTON_2015, date(2015, 9, 1)), (DURHAM_2012, date(2012, 2, 10))]),
])
def test_feeds_and_listing_show_the_seeds_by_date_under_the_clock(replica, as_of, expected):
    replica.set_as_of(as_of)
    sources = [feed(replica), NewsSource("atom", "atom", f"{replica.url}/news/atom.xml"),
               NewsSource("listing", "listing", f"{replica.url}/news/", link_selector="ul.news-list a")]
    with client_for(replica) as client:
        for source in sources:
            listed = client.fetch_listing(source)
            assert [(i.url.removeprefix(replica.url), i.published) for i in listed] == expected, source.kind


def test_an_article_is_not_served_before_its_date(replica):
    replica.set_as_of("2022-12-01")
    with client_for(replica) as client:
        batch = fetch_new_articles(feed(replica), [], client)
    assert len(batch.articles) == 2 and not batch.failures
    assert requests.get(replica.url + DARLINGTON_2022, timeout=5).status_code == 404


def test_only_new_articles_are_fetched(replica):
    replica.set_as_of("2016-01-01")
    source = feed(replica)
    with client_for(replica) as client:
        first = fetch_new_articles(source, [], client)
        assert sorted(a.url.removeprefix(replica.url) for a in first.articles) == [DARLINGTON_2015, DURHAM_2012]
        known = [a.url for a in first.articles]
        replica.state.reset_stats()
        again = fetch_new_articles(source, known, client)
        assert again.articles == [] and again.failures == [] and again.listed == 2
        assert replica.stats()["news_pages"] == 1  # the feed, no article
        replica.set_as_of(None)
        later = fetch_new_articles(source, known, client)
    assert [a.url.removeprefix(replica.url) for a in later.articles] == [DARLINGTON_2022]
    article = later.articles[0]
    assert article.listed_published == date(2022, 12, 2) and b"</html>" in article.content
    assert USER_AGENT in replica.state.user_agents


def test_a_failing_article_is_reported_once_and_the_rest_go_on(replica):
    replica.add_fault("500", DARLINGTON_2015, count=0)
    source = feed(replica)
    with client_for(replica) as client:
        batch = fetch_new_articles(source, [], client)
        assert sorted(a.url.removeprefix(replica.url) for a in batch.articles) == [DARLINGTON_2022, DURHAM_2012]
        assert [f.address for f in batch.failures] == [replica.url + DARLINGTON_2015]
        assert "HTTP 500" in batch.failures[0].reason
        replica.clear_faults()
        retried = fetch_new_articles(source, [a.url for a in batch.articles], client)
    assert [a.url.removeprefix(replica.url) for a in retried.articles] == [DARLINGTON_2015]


def test_a_feed_that_fails_is_one_failure(replica):
    replica.add_fault("503", "/news/feed.xml", count=0, retry_after=0)
    with client_for(replica) as client:
        batch = fetch_new_articles(feed(replica), [], client)
    assert batch.articles == [] and len(batch.failures) == 1
    assert batch.failures[0].address.endswith("/news/feed.xml")


def test_an_unchanged_feed_is_asked_for_conditionally(replica):
    cache: dict = {}
    with client_for(replica) as client:
        first = fetch_new_articles(feed(replica), [], client, cache=cache)
        again = fetch_new_articles(feed(replica), [a.url for a in first.articles], client, cache=cache)
    assert len(first.articles) == 3 and again.unchanged and replica.stats()["not_modified"] == 1
