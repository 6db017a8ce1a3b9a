"""News articles in the warehouse: each article with the judgements it claims, every claim linked to
the official inspection it speaks of, and an event when an article is ahead of the reports or
disagrees with one.

Linking (see warehouse/README.md):
- a `current` claim (the inspection the article is about) links to the authority's graded
  inspection first published within `LINK_WINDOW` (6 weeks) either side of the article's date:
  news follows a report by days or weeks, and a council may announce its rating a day or two
  before Ofsted publishes. Among several, one that judges the claim's area, then the nearest;
- a `previous` claim links to the authority's graded inspection of the year it gives (the year
  of its first or last day on site, or of publication), published no later than the window's
  end; without a year, to the latest one published before the article's current inspection
  (else before the window) that judges the area.

The claim's area is compared with the inspection's judgement of the same area, else of the same
comparable area (`areas.comparable_area`), by grade rank (requires improvement and adequate are
one rank). Statuses: `backed`, `disputed`, `ahead` (a current claim no loaded inspection backs
yet), `not_judged` (the inspection does not judge that area), `unlinked` (a previous claim whose
inspection is not loaded, or an authority not known).

Events, written once each (their ids come from their subjects, and nothing deletes them):
`ofsted.rating.reported` for a claim `ahead` (subject: article, authority, area, year) and
`ofsted.claim.disputed` for a claim `disputed` (subject: article, claim, inspection, both grades).
A report loaded later re-links its authority's claims in its own transaction (`relink_claims`,
called by `warehouse.load.refresh_authorities`): `ahead` becomes `backed` with no event (the
`ofsted.rating.reported` already written stays as history), or `disputed` with one event.
So loading order does not matter: report then article gives `backed` and no event at all.
"""
from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from typing import Any, Mapping

import duckdb

from extractors.codes import STATUS_OK
from extractors.record import Extraction
from warehouse.db import insert_rows, transaction, update_rows, utcnow
from warehouse.outbox import CLAIM_DISPUTED, RATING_REPORTED, event_id, insert_new_events

LINK_WINDOW = timedelta(weeks=6)
CURRENT, PREVIOUS = "current", "previous"
BACKED, DISPUTED, AHEAD, NOT_JUDGED, UNLINKED = "backed", "disputed", "ahead", "not_judged", "unlinked"


@dataclass(frozen=True)
class ArticleMeta:
    """What is known of an article besides its text: where it was found and by whom it is."""

    url: str
    source: str | None = None
    title: str | None = None
    publisher: str | None = None
    published: date | None = None  # the feed's or listing's date; the page's own date wins
    first_seen: datetime | None = None

    @classmethod
    def coerce(cls, obj: Any, **overrides: Any) -> "ArticleMeta":
        """From itself, a mapping, or any object with the fields (a `sources.news.FetchedArticle`:
        its `listed_published` is the published date); `overrides` win."""
        if isinstance(obj, ArticleMeta) and not overrides:
            return obj
        base = obj.get if isinstance(obj, Mapping) else (lambda k, d=None: getattr(obj, k, d))

        def get(k: str, *aliases: str):
            if k in overrides:
                return overrides[k]
            return next((v for v in (base(n, None) for n in (k, *aliases)) if v not in (None, "")), None)

        return cls(url=str(get("url")), source=get("source"), title=get("title"), publisher=get("publisher"),
                   published=get("published", "listed_published"), first_seen=get("first_seen"))


@dataclass(frozen=True)
class ArticleResult:
    """What saving an article did."""

    article_id: str
    changed: bool                      # False when the warehouse already held exactly this
    claims: tuple[tuple[int, str, str | None], ...] = ()  # (claim no., link status, inspection key)
    events: tuple[str, ...] = ()       # ids of the outbox events written


def article_id(url: str) -> str:
    """An article's id: 16 hex digits of the sha256 of its address (a dotted resource id's part)."""
    return hashlib.sha256(url.encode()).hexdigest()[:16]


def known_article_urls(conn: duckdb.DuckDBPyConnection) -> set[str]:
    """Addresses of every page the warehouse holds, articles or not (not to be fetched again)."""
    return {r[0] for r in conn.execute("SELECT url FROM articles").fetchall()}


def save_article(conn: duckdb.DuckDBPyConnection, meta: Any, extraction: Extraction) -> ArticleResult:
    """Save an article page and its claims, link the claims, and write their events, in ONE
    transaction. A page that is no article (its extraction is not `ok` of kind `article`) is kept
    without claims, so that it is not fetched again. Saving the same page twice changes nothing."""
    m = ArticleMeta.coerce(meta)
    aid = article_id(m.url)
    is_article = extraction.status == STATUS_OK and extraction.report_kind == "article"
    claims = list(extraction.claims) if is_article else []
    with transaction(conn):
        urns = _urns(conn, [extraction.local_authority, *(c.get("local_authority") for c in claims)])
        comparable, rank = _reference(conn)
        row = (aid, m.url, m.source, m.title, m.publisher, extraction.published or m.published, extraction.sha256,
               is_article, extraction.local_authority, urns.get(extraction.local_authority),
               json.dumps(list(extraction.warnings)), extraction.extractor_version)
        claim_rows = [(aid, n, urns.get(c.get("local_authority")), c.get("local_authority"), c.get("year"),
                       c["area"], comparable.get(c["area"], c["area"]), c["grade"], rank.get(c["grade"]), c["role"],
                       c.get("sentence"), bool(c.get("corroborated"))) for n, c in enumerate(claims, start=1)]
        old = conn.execute("SELECT * EXCLUDE (first_seen) FROM articles WHERE article_id = ?", [aid]).fetchone()
        old_claims = conn.execute(
            "SELECT * EXCLUDE (inspection_key, link_status) FROM article_claims WHERE article_id = ? "
            "ORDER BY claim_no", [aid]).fetchall()
        changed = old is None or tuple(old) != row or [tuple(c) for c in old_claims] != claim_rows
        events: list[str] = []
        if changed:
            first_seen = conn.execute("SELECT first_seen FROM articles WHERE article_id = ?", [aid]).fetchone()
            conn.execute("DELETE FROM article_claims WHERE article_id = ?", [aid])
            conn.execute("DELETE FROM articles WHERE article_id = ?", [aid])
            insert_rows(conn, "articles", [(*row, first_seen[0] if first_seen else (m.first_seen or utcnow()))])
            if claim_rows:
                # the table's columns: ..., role, inspection_key, link_status, sentence (migration 0007),
                # corroborated (0008)
                insert_rows(conn, "article_claims", [(*c[:-2], None, UNLINKED, *c[-2:]) for c in claim_rows])
            events = relink_claims(conn, {c[2] for c in claim_rows if c[2] is not None})
        links = conn.execute("SELECT claim_no, link_status, inspection_key FROM article_claims "
                             "WHERE article_id = ? ORDER BY claim_no", [aid]).fetchall()
    return ArticleResult(aid, changed, tuple(tuple(r) for r in links), tuple(events))


def relink_claims(conn: duckdb.DuckDBPyConnection, urns) -> list[str]:
    """Link every claim about these authorities to their inspections as they now stand, and write
    the events of claims newly `ahead` or `disputed`. Runs inside the caller's transaction (a
    load's, or `save_article`'s). Returns the ids of the events written."""
    urns = sorted({int(u) for u in urns})
    if not urns:
        return []
    cur = conn.execute(_CLAIMS, [urns])
    cols = [d[0] for d in cur.description]
    claims = [dict(zip(cols, r)) for r in cur.fetchall()]
    if not claims:
        return []
    inspections = _inspections(conn, urns)
    updates, rows = [], []
    now = utcnow()
    by_article: dict[tuple, list[dict]] = {}
    for c in claims:
        by_article.setdefault((c["article_id"], c["urn"]), []).append(c)
    for group in by_article.values():
        for c, (inspection, status) in zip(group, link_group(group, inspections.get(group[0]["urn"], []))):
            key = inspection["inspection_key"] if inspection else None
            if (key, status) == (c["inspection_key"], c["link_status"]):
                continue
            updates.append((c["article_id"], c["claim_no"], key, status))
            event = _event(c, inspection, status)
            if event:
                rows.append((event_id(event[0], event[1]), *event, now, None))
    with transaction(conn):
        update_rows(conn, "article_claims", ["article_id", "claim_no"], ["inspection_key", "link_status"], updates)
        return insert_new_events(conn, rows)


# --- linking: plain functions over dicts -----------------------------------------------------

def link_group(claims: list[dict], inspections: list[dict]) -> list[tuple[dict | None, str]]:
    """(linked inspection, status) of each claim of one article about one authority. A claim has
    role, year, area, comparable_area, rank, article_date; an inspection has inspection_key,
    published (first), years (of its days on site and of publication), and `judgements`
    {area: (comparable area, grade, rank)}."""
    out: dict[int, tuple[dict | None, str]] = {}
    current_links = []
    for i, c in enumerate(claims):
        if c["role"] != PREVIOUS and not _long_before(c):
            found = link_current(c, inspections)
            out[i] = (found, _status(c, found))
            if found:
                current_links.append(found["published"])
    for i, c in enumerate(claims):
        if c["role"] == PREVIOUS or _long_before(c):
            cutoff = min(current_links) if current_links else c["article_date"] - LINK_WINDOW
            found = link_previous(c, inspections, cutoff)
            out[i] = (found, _status(dict(c, role=PREVIOUS), found))
    return [out[i] for i in range(len(claims))]


def _long_before(claim: dict) -> bool:
    """A current claim of an inspection years before the article (the latest grade a committee
    paper names), or without a year in a dated article (a standing grade named in passing: "the
    'inadequate' Surrey"): linked like a previous one, and never `ahead` of a report."""
    if claim["year"] is None:
        return claim.get("article_published") is not None
    return claim["article_date"] is not None and claim["year"] < claim["article_date"].year - 1


def link_current(claim: dict, inspections: list[dict]) -> dict | None:
    day = claim["article_date"]
    near = [i for i in inspections if i["published"] and abs(i["published"] - day) <= LINK_WINDOW]
    return _best(claim, near, lambda i: (abs(i["published"] - day), i["inspection_key"]))


def link_previous(claim: dict, inspections: list[dict], cutoff: date) -> dict | None:
    latest_first = lambda i: (-i["published"].toordinal(), i["inspection_key"])  # noqa: E731
    if claim["year"] is None:
        before = [i for i in inspections if i["published"] and i["published"] < cutoff and judgement(i, claim)]
        return _best(claim, before, latest_first)
    end = claim["article_date"] + LINK_WINDOW
    of_year = [i for i in inspections if claim["year"] in i["years"] and i["published"] and i["published"] <= end]
    return _best(claim, of_year, lambda i: (claim["year"] != i["years"][0], *latest_first(i)))


def judgement(inspection: dict, claim: dict) -> tuple | None:
    """(area, grade, rank) the inspection gives for the claim's area, else its comparable area."""
    js = inspection["judgements"]
    if claim["area"] in js:
        return (claim["area"], *js[claim["area"]][1:])
    for area, (comparable, grade, rank) in sorted(js.items()):
        if comparable == claim["comparable_area"]:
            return area, grade, rank
    return None


def _best(claim: dict, candidates: list[dict], order) -> dict | None:
    if not candidates:
        return None
    return min(candidates, key=lambda i: (judgement(i, claim) is None, order(i)))


def _status(claim: dict, inspection: dict | None) -> str:
    if inspection is None:
        return AHEAD if claim["role"] != PREVIOUS else UNLINKED
    found = judgement(inspection, claim)
    if found is None:
        return NOT_JUDGED
    _, grade, rank = found
    same = rank == claim["rank"] if claim["rank"] is not None else grade == claim["grade"]
    return BACKED if same else DISPUTED


# --- reading and writing --------------------------------------------------------------------

_CLAIMS = """
    SELECT c.*, coalesce(a.published, CAST(a.first_seen AS DATE)) AS article_date,
           a.url AS article_url, a.title AS article_title, a.publisher, a.source, a.published AS article_published,
           coalesce(au.name, c.local_authority) AS authority, au.region
    FROM article_claims c
    JOIN articles a ON a.article_id = c.article_id
    LEFT JOIN authorities au ON au.urn = c.urn
    WHERE list_contains($1, c.urn)
    ORDER BY c.article_id, c.claim_no"""

_GRADED = """
    SELECT i.urn, i.inspection_key, coalesce(i.first_published, i.published) AS published,
           i.inspection_start, i.inspection_end, i.inspection_date, i.url
    FROM inspections i JOIN report_kinds k ON k.report_kind = i.report_kind
    WHERE k.graded AND list_contains($1, i.urn)"""


def _inspections(conn, urns: list[int]) -> dict[int, list[dict]]:
    """The graded inspections of these authorities with their judgements, by URN."""
    judgements: dict[str, dict] = {}
    for key, area, comparable, grade, rank in conn.execute(
            "SELECT inspection_key, area, comparable_area, grade, rank FROM judgements "
            "WHERE list_contains($1, urn)", [urns]).fetchall():
        judgements.setdefault(key, {})[area] = (comparable, grade, rank)
    out: dict[int, list[dict]] = {}
    for urn, key, published, start, end, day, url in conn.execute(_GRADED, [urns]).fetchall():
        years = tuple(dict.fromkeys(d.year for d in (day, start, end, published) if d))
        out.setdefault(urn, []).append({"inspection_key": key, "published": published, "years": years,
                                        "url": url, "judgements": judgements.get(key, {})})
    return out


def _urns(conn, names) -> dict[str, int]:
    wanted = sorted({n for n in names if n})
    if not wanted:
        return {}
    return dict(conn.execute("SELECT name, urn FROM authorities WHERE list_contains($1, name)", [wanted]).fetchall())


def _reference(conn) -> tuple[dict[str, str], dict[str, int]]:
    comparable = dict(conn.execute("SELECT area, comparable_area FROM areas").fetchall())
    rank = dict(conn.execute("SELECT grade, rank FROM grades").fetchall())
    return comparable, rank


def _event(claim: dict, inspection: dict | None, status: str) -> tuple | None:
    """(type, subject, urn, occurred_on, payload JSON) of the event a claim's new status calls
    for, or None."""
    if status not in (AHEAD, DISPUTED):
        return None
    payload = {k: claim[k] for k in ("urn", "authority", "region", "area", "grade", "year", "role", "article_id",
                                     "article_url", "article_title", "publisher", "source", "sentence")}
    payload["corroborated"] = bool(claim.get("corroborated"))  # the article states the claim twice
    payload["article_published"] = _iso(claim["article_published"])
    who = f"{claim['article_id']}:{claim['urn']}:{claim['area']}:{claim['year']}"
    if status == AHEAD:
        kind, subject = RATING_REPORTED, who
    else:
        area, grade, _ = judgement(inspection, claim)
        payload.update(inspection_key=inspection["inspection_key"], report_area=area, report_grade=grade,
                       report_url=inspection["url"], report_published=_iso(inspection["published"]))
        kind = CLAIM_DISPUTED
        subject = f"{who}:{claim['role']}:{inspection['inspection_key']}:{claim['grade']}->{grade}"
    return kind, subject, claim["urn"], claim["article_date"], json.dumps(payload, sort_keys=True)


def _iso(d: date | None) -> str | None:
    return d.isoformat() if d else None
