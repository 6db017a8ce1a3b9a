"""News about inspections, as council newsrooms and local papers publish it, for the replica: the
real seed articles (`<corpus>/../seeds/*.txt`, read at run time) wrapped in the page markup of a
council newsroom or a local newspaper, an RSS feed (`/news/feed.xml`), an Atom feed
(`/news/atom.xml`) and a plain listing page (`/news/`). The replica's clock applies: an article
is served only once its publication date has come.
"""
from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import UTC, date, datetime
from email.utils import format_datetime
from html import escape
from pathlib import Path

NEWS_PREFIX = "/news/"
FEED_PATH = "/news/feed.xml"
ATOM_PATH = "/news/atom.xml"


@dataclass(frozen=True)
class Publisher:
    name: str
    kind: str  # "council" or "paper"
    section: str


NORTH_EAST_COURIER = Publisher("The North East Courier", "paper", "Local news")
DARLINGTON_COUNCIL = Publisher("Darlington Borough Council", "council", "News")
DURHAM_COUNCIL = Publisher("Durham County Council", "council", "News releases")


@dataclass(frozen=True)
class NewsItem:
    slug: str
    seed: str  # file name in the seeds folder
    published: date
    publisher: Publisher
    headline: str | None = None  # None: the seed's first line is its headline


# Publication dates: the day Ofsted published the SIF report (Darlington 2015), the day of the
# ILACS report (Darlington 2022), and a Friday of February 2012, the week the cabinet heard of the
# December 2011 inspection's report (County Durham: "Cabinet heard this week").
ITEMS = (
    NewsItem("durham-safeguarding-among-best-in-country", "durham-2012-council-news.txt", date(2012, 2, 10),
             DURHAM_COUNCIL, "County Durham among best in the country for keeping children safe"),
    NewsItem("darlington-ofsted-childrens-services-report", "darlington-2015-local-news.txt", date(2015, 9, 1),
             NORTH_EAST_COURIER, "Damning Ofsted report into Darlington children's services"),
    NewsItem("childrens-services-officially-good", "darlington-2022-council-news.txt", date(2022, 12, 2),
             DARLINGTON_COUNCIL),
)


@dataclass(frozen=True)
class NewsPage:
    item: NewsItem
    headline: str
    paragraphs: tuple[str, ...]

    @property
    def path(self) -> str:
        return NEWS_PREFIX + self.item.slug

    @property
    def published(self) -> date:
        return self.item.published


class NewsDesk:
    """The seed articles as pages; empty where the seeds folder is absent."""

    def __init__(self, pages: list[NewsPage]):
        self.pages = sorted(pages, key=lambda p: p.published, reverse=True)  # newest first
        self.by_slug = {p.item.slug: p for p in self.pages}

    @classmethod
    def load(cls, seeds: Path | str) -> "NewsDesk":
        folder = Path(seeds)
        pages = []
        for item in ITEMS:
            path = folder / item.seed
            if path.is_file():
                pages.append(_page(item, path.read_text(encoding="utf-8")))
        return cls(pages)

    def published(self, as_of: date | None) -> list[NewsPage]:
        return [p for p in self.pages if as_of is None or p.published <= as_of]

    def route(self, path: str, as_of: date | None, base: str) -> tuple[int, str, str, date | None] | None:
        """(status, body, content type, last modified) for a news address, None for any other."""
        if path in ("/news", NEWS_PREFIX):
            shown = self.published(as_of)
            return 200, listing_page(shown), "text/html; charset=UTF-8", shown[0].published if shown else None
        if path in (FEED_PATH, ATOM_PATH):
            shown = self.published(as_of)
            body = rss_feed(shown, base) if path == FEED_PATH else atom_feed(shown, base)
            kind = "application/rss+xml" if path == FEED_PATH else "application/atom+xml"
            return 200, body, f"{kind}; charset=UTF-8", shown[0].published if shown else None
        if not path.startswith(NEWS_PREFIX):
            return None
        page = self.by_slug.get(path[len(NEWS_PREFIX):].rstrip("/"))
        if page is None or (as_of is not None and page.published > as_of):
            return 404, missing_page(), "text/html; charset=UTF-8", None
        render = council_page if page.item.publisher.kind == "council" else newspaper_page
        return 200, render(page, [p for p in self.pages if p is not page]), "text/html; charset=UTF-8", page.published


def _page(item: NewsItem, text: str) -> NewsPage:
    lines = [" ".join(line.split()) for line in text.splitlines() if line.strip()]
    headline = item.headline
    if headline is None:
        headline, lines = lines[0], lines[1:]
    return NewsPage(item, headline, tuple(lines))


def _is_subheading(line: str) -> bool:
    return len(line) < 100 and not line.rstrip().endswith((".", "!", "?", ":", '"', "\u201d", "\u2019", "'", "…"))


def _stamp(d: date, hour: int = 9) -> datetime:
    return datetime(d.year, d.month, d.day, hour, 30, tzinfo=UTC)


def _iso(d: date, hour: int = 9) -> str:
    return _stamp(d, hour).isoformat()


def _long(d: date) -> str:
    return f"{d.day} {d:%B %Y}"


# -- a council newsroom --------------------------------------------------------------------------
def council_page(page: NewsPage, others: list[NewsPage]) -> str:
    council, d = page.item.publisher.name, page.published
    body = "\n".join(f"        <h2>{escape(line)}</h2>" if _is_subheading(line) else f"        <p>{escape(line)}</p>"
                     for line in page.paragraphs)
    related = "\n".join(f'          <li><a href="{escape(o.path)}">{escape(o.headline)}</a></li>' for o in others)
    return f"""<!DOCTYPE html>
<html lang="en-GB">
<head>
  <meta charset="utf-8">
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <title>{escape(page.headline)} | {escape(page.item.publisher.section)} | {escape(council)}</title>
  <meta name="description" content="{escape(page.paragraphs[0][:150])}">
  <meta property="og:site_name" content="{escape(council)}">
  <meta property="og:type" content="article">
  <meta property="og:title" content="{escape(page.headline)}">
  <meta property="article:published_time" content="{_iso(d)}">
  <link rel="alternate" type="application/rss+xml" title="{escape(council)} news" href="{FEED_PATH}">
  <link rel="stylesheet" href="/assets/site.css">
</head>
<body class="page-news">
  <div class="cookie-banner" role="region" aria-label="Cookies on the {escape(council)} website">
    <h2>Cookies on our website</h2>
    <p>We use some essential cookies to make this website work. We would also like to set analytics cookies
    to understand how you use the website, so that we can make improvements.</p>
    <button type="button" name="cookies" value="accept">Accept analytics cookies</button>
    <button type="button" name="cookies" value="reject">Reject analytics cookies</button>
    <a href="/cookies">View cookies</a>
  </div>
  <a class="skip-link" href="#main-content">Skip to main content</a>
  <header class="site-header">
    <a class="site-header__logo" href="/"><img src="/assets/logo.svg" alt="{escape(council)} homepage"></a>
    <form class="site-search" action="/search" method="get">
      <label for="site-search">Search this website</label>
      <input id="site-search" name="q" type="search"><button type="submit">Search</button>
    </form>
    <nav class="main-nav" aria-label="Main menu">
      <ul>
        <li><a href="/bins-and-recycling">Bins, rubbish and recycling</a></li>
        <li><a href="/council-tax">Council tax</a></li>
        <li><a href="/schools-and-education">Schools and education</a></li>
        <li><a href="/children-and-families">Children and families</a></li>
        <li><a href="/jobs">Jobs and careers</a></li>
        <li><a href="{NEWS_PREFIX}">News</a></li>
      </ul>
    </nav>
  </header>
  <nav class="breadcrumb" aria-label="Breadcrumb">
    <ol><li><a href="/">Home</a></li><li><a href="{NEWS_PREFIX}">{escape(page.item.publisher.section)}</a></li>
    <li aria-current="page">{escape(page.headline)}</li></ol>
  </nav>
  <main id="main-content" class="main">
    <article class="news-article">
      <h1 class="news-article__title">{escape(page.headline)}</h1>
      <p class="news-article__meta">Published: <time datetime="{d.isoformat()}">{_long(d)}</time></p>
      <div class="news-article__body">
{body}
      </div>
      <div class="share-links">Share this page: <a href="#">Facebook</a> <a href="#">X</a> <a href="#">Email</a></div>
    </article>
    <aside class="related-news" aria-labelledby="related-heading">
      <h2 id="related-heading">Related news</h2>
      <ul>
{related}
      </ul>
      <p><a href="{NEWS_PREFIX}">All news</a> | <a href="{FEED_PATH}">News feed (RSS)</a></p>
    </aside>
  </main>
  <footer class="site-footer">
    <ul>
      <li><a href="/contact">Contact us</a></li><li><a href="/accessibility">Accessibility statement</a></li>
      <li><a href="/privacy">Privacy notice</a></li><li><a href="/cookies">Cookies</a></li>
    </ul>
    <p>&copy; {escape(council)} {d.year}</p>
  </footer>
</body>
</html>
"""


# -- a local newspaper ---------------------------------------------------------------------------
def newspaper_page(page: NewsPage, others: list[NewsPage]) -> str:
    paper, d = page.item.publisher.name, page.published
    lines = []
    for line in page.paragraphs:
        if _is_subheading(line):  # the paper's links to its earlier stories
            lines.append(f'          <p class="read-more"><strong>READ MORE:</strong> '
                         f'<a href="{NEWS_PREFIX}">{escape(line)}</a></p>')
        else:
            lines.append(f"          <p>{escape(line)}</p>")
    body = "\n".join(lines)
    most_read = "\n".join(f'          <li><a href="{escape(o.path)}">{escape(o.headline)}</a></li>' for o in others)
    ld = json.dumps({
        "@context": "https://schema.org", "@type": "NewsArticle", "headline": page.headline,
        "datePublished": _iso(d, 6), "dateModified": _iso(d, 18),
        "author": {"@type": "Person", "name": "Newsdesk"},
        "publisher": {"@type": "Organization", "name": paper},
    }, indent=1)
    return f"""<!DOCTYPE html>
<html lang="en">
<head>
  <meta charset="utf-8">
  <title>{escape(page.headline)} | {escape(paper)}</title>
  <meta property="og:site_name" content="{escape(paper)}">
  <meta property="og:type" content="article">
  <meta property="og:title" content="{escape(page.headline)}">
  <meta name="twitter:card" content="summary_large_image">
  <script type="application/ld+json">
{ld}
  </script>
  <script>window.dataLayer = window.dataLayer || []; dataLayer.push({{"section": "news"}});</script>
</head>
<body>
  <div id="consent-banner" class="consent">
    <p>We and our partners use cookies and similar technologies to store and access information on your
    device, to personalise ads and content, and to measure audiences.</p>
    <button class="consent__accept">I Accept</button> <button class="consent__options">Show purposes</button>
  </div>
  <header class="masthead">
    <a class="masthead__brand" href="/">{escape(paper)}</a>
    <nav class="masthead__nav">
      <a href="{NEWS_PREFIX}">News</a> <a href="/sport/">Sport</a> <a href="/business/">Business</a>
      <a href="/whats-on/">What's On</a> <a href="/announcements/">Announcements</a> <a href="/subscribe/">Subscribe</a>
    </nav>
  </header>
  <div class="ad ad--leaderboard">Advertisement</div>
  <main class="content">
    <article class="article">
      <header class="article__header">
        <p class="article__section"><a href="{NEWS_PREFIX}">{escape(page.item.publisher.section)}</a></p>
        <h1 class="article__headline">{escape(page.headline)}</h1>
        <p class="article__byline">By Newsdesk, Local Democracy Reporter</p>
        <time class="article__date" datetime="{_iso(d, 6)}">{d:%A} {_long(d)}</time>
      </header>
      <div class="article__body">
{body}
      </div>
      <p class="article__comments"><a href="#comments">Comments (12)</a></p>
    </article>
    <section class="most-read">
      <h2>Most read</h2>
      <ol>
{most_read}
          <li><a href="/news/road-closed-after-crash">Road closed after crash on A66</a></li>
      </ol>
    </section>
  </main>
  <footer class="footer">
    <p>{escape(paper)} is a member of the Independent Press Standards Organisation (IPSO).</p>
    <a href="/contact/">Contact us</a> <a href="/terms/">Terms</a> <a href="/privacy/">Privacy</a>
  </footer>
</body>
</html>
"""


# -- listing and feeds ---------------------------------------------------------------------------
def listing_page(pages: list[NewsPage]) -> str:
    items = "\n".join(f"""      <li class="news-list__item">
        <h2><a class="news-list__link" href="{escape(p.path)}">{escape(p.headline)}</a></h2>
        <p class="news-list__date"><time datetime="{p.published.isoformat()}">{_long(p.published)}</time></p>
        <p>{escape(p.paragraphs[0][:160])}</p>
      </li>""" for p in pages)
    empty = "" if pages else "\n      <li>There is no news yet.</li>"
    return f"""<!DOCTYPE html>
<html lang="en-GB">
<head><meta charset="utf-8"><title>News</title>
<link rel="alternate" type="application/rss+xml" title="News" href="{FEED_PATH}"></head>
<body>
  <header><nav><a href="/">Home</a> <a href="/contact">Contact us</a> <a href="{FEED_PATH}">RSS</a></nav></header>
  <main>
    <h1>News</h1>
    <ul class="news-list">{empty}
{items}
    </ul>
  </main>
  <footer><a href="/privacy">Privacy</a></footer>
</body>
</html>
"""


def rss_feed(pages: list[NewsPage], base: str) -> str:
    items = "\n".join(f"""    <item>
      <title>{escape(p.headline)}</title>
      <link>{escape(base + p.path)}</link>
      <guid isPermaLink="true">{escape(base + p.path)}</guid>
      <pubDate>{format_datetime(_stamp(p.published))}</pubDate>
      <description>{escape(p.paragraphs[0][:200])}</description>
    </item>""" for p in pages)
    return f"""<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:atom="http://www.w3.org/2005/Atom">
  <channel>
    <title>News</title>
    <link>{escape(base + NEWS_PREFIX)}</link>
    <description>News about children's services</description>
    <language>en-gb</language>
    <atom:link href="{escape(base + FEED_PATH)}" rel="self" type="application/rss+xml"/>
{items}
  </channel>
</rss>
"""


def atom_feed(pages: list[NewsPage], base: str) -> str:
    updated = _iso(pages[0].published) if pages else "2000-01-01T00:00:00+00:00"
    entries = "\n".join(f"""  <entry>
    <title>{escape(p.headline)}</title>
    <link rel="alternate" type="text/html" href="{escape(base + p.path)}"/>
    <id>{escape(base + p.path)}</id>
    <published>{_iso(p.published)}</published>
    <updated>{_iso(p.published)}</updated>
    <summary>{escape(p.paragraphs[0][:200])}</summary>
  </entry>""" for p in pages)
    return f"""<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom">
  <title>News</title>
  <link rel="self" href="{escape(base + ATOM_PATH)}"/>
  <id>{escape(base + NEWS_PREFIX)}</id>
  <updated>{updated}</updated>
{entries}
</feed>
"""


def missing_page() -> str:
    return """<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>Page not found</title></head>
<body><main><h1>Page not found</h1><p>The page you were looking for could not be found.</p></main></body>
</html>
"""
