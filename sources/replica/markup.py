"""The replica's pages, in the markup that scrapers of reports.ofsted.gov.uk agree on (see
shared/spec/reports-site.md), with the site's known variations of wording, case and spacing."""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from html import escape

from sources.replica.corpus import CorpusFile

# Labels vary between results so that clients are made to read them loosely.
LABEL_VARIANTS = [("Latest report:", "URN:"), ("Latest Report :", "urn :"), ("latest  report:", "URN&nbsp;:")]

FALLBACK_NOT_FOUND = """<!DOCTYPE html>
<html lang="en">
<head><meta charset="utf-8"/><title>Report not found - Find an Inspection Report - Ofsted</title></head>
<body><main id="main"><h1 class="heading--title title-block__heading">Report not found</h1>
<p>Sorry, the document you requested no longer exists.</p></main></body>
</html>
"""


@dataclass(frozen=True)
class SearchResult:
    name: str
    href: str
    urn: str
    latest: date | None


def long_date(d: date) -> str:
    return d.strftime("%d %B %Y")


def page(title: str, body: str) -> str:
    return f"""<!DOCTYPE html>
<html lang="en">
<head>
  <meta charset="utf-8"/>
  <title>{escape(title)} - Find an Inspection Report - Ofsted</title>
</head>
<body>
  <main id="main" tabindex="-1">
    <div class="container">
{body}
    </div>
  </main>
</body>
</html>
"""


def search_page(results: list[SearchResult], total: int, start: int, next_href: str | None) -> str:
    items = []
    for i, r in enumerate(results, start):
        latest_label, urn_label = LABEL_VARIANTS[i % len(LABEL_VARIANTS)]
        latest = (f"\n          <li>{latest_label} <strong><time>{long_date(r.latest)}</time></strong></li>"
                  if r.latest else "")
        items.append(f"""      <li class="search-result">
        <h3 class="search-result__title"><a href="{escape(r.href)}">{escape(r.name)}</a></h3>
        <ul class="search-result__provider-info">
          <li>Local authority children's services</li>{latest}
          <li>{urn_label} <strong>{escape(r.urn)}</strong></li>
        </ul>
      </li>""")
    nxt = f'\n      <nav class="pagination"><a class="pagination__next" href="{escape(next_href)}">Next</a></nav>' \
        if next_href else ""
    body = f"""      <h1 class="heading--title">Search results</h1>
      <p class="search-results__count"><span class="js-results-count">{total}</span> results</p>
      <ul class="results-list">
{chr(10).join(items)}
      </ul>{nxt}"""
    return page("Search results", body)


def hidden_label(title: str, published: date) -> str:
    """The link's text for screen readers, as the site wrote it over the years."""
    when = long_date(published)
    if title.lower().endswith("pdf"):
        return f"{title} - {when}"
    if published.year >= 2025:
        return f"{title}, PDF - {when}"
    if published.year == 2013:
        return f"{title},  pdf - {when}"
    return f"{title}, pdf - {when}"


def provider_page(name: str, files: list[CorpusFile], files_base: str) -> str:
    days = [f"""        <li class="timeline__day">
          <p class="timeline__date"><time>{long_date(f.published)}</time></p>
          <div class="event">
            <a class="publication-link" href="{escape(files_base)}/v1/file/{f.file_id}">{escape(f.title)}\
<span class="nonvisual">{escape(hidden_label(f.title, f.published))}</span></a>
            <div class="event__metadata">Published: <time pubdate>{long_date(f.published)}</time></div>
          </div>
        </li>""" for f in files]
    timeline = (f'      <ol class="timeline">\n{chr(10).join(days)}\n      </ol>' if days
                else "      <p>There are no reports for this provider.</p>")
    return page(name, f'      <h1 class="heading--title">{escape(name)}</h1>\n{timeline}')


def not_found_page(what: str = "Page") -> str:
    return page(f"{what} not found", f'      <h1 class="heading--title">{escape(what)} not found</h1>')


def index_page(base: str, reports: int, authorities: int, as_of: date | None) -> str:
    shown = f"as of {as_of.isoformat()}" if as_of else "everything"
    return page("Replica of reports.ofsted.gov.uk", f"""      <h1 class="heading--title">Replica of reports.ofsted.gov.uk</h1>
      <p>{reports} reports of {authorities} local authorities; showing {shown}.</p>
      <ul>
        <li><a href="/search?level_1_types=3&amp;level_2_types%5B%5D=12&amp;start=0&amp;rows=100">Local authority children's services</a></li>
        <li><a href="/_replica/state">Replica state (as-of date, faults, stats)</a></li>
      </ul>""")
