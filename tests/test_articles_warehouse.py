"""News articles in the warehouse: claims saved with the article, linked to the official inspection,
`ofsted.rating.reported` when an article is ahead of the report and `ofsted.claim.disputed` when
a report disagrees, whatever the order articles and reports arrive in. No Prefect; real DuckDB files."""
from __future__ import annotations

import dataclasses
from datetime import date, timedelta

import duckdb
import pytest
from seeds import require_seeds, seed_articles
from warehouse_fixtures import corpus_records, snapshot

from warehouse import (CLAIM_DISPUTED, LATEST_VERSION, RATING_REPORTED, ArticleMeta, Warehouse, connect,
                       known_article_urls, load_report, mark_published, migrate, pending_events, save_article,
                       schema_version)
from warehouse.articles import LINK_WINDOW, link_group

BASE = "http://replica.test"
DARLINGTON_2015, DARLINGTON_2018, DARLINGTON_2022 = "50004303", "50004447", "50200877"
ARTICLE_2022 = "darlington-2022-council-news.txt"
ARTICLE_2015 = "darlington-2015-local-news.txt"
ARTICLE_DURHAM = "durham-2012-council-news.txt"


@pytest.fixture(scope="module")
def articles() -> dict[str, tuple[ArticleMeta, object]]:
    """(meta, extraction) of each seed article, read from the replica's page of it."""
    return seed_articles(BASE)


@pytest.fixture(scope="module")
def reports() -> dict[str, tuple]:
    wanted = {DARLINGTON_2015, DARLINGTON_2018, DARLINGTON_2022}
    return {p.file_id: (p, x) for p, x in corpus_records() if p.file_id in wanted}


def events(conn, kind: str) -> list:
    return [e for e in pending_events(conn) if e.event_type == kind]


def claims(conn, url: str) -> list[tuple]:
    return conn.execute("SELECT role, year, area, claimed_grade, link_status, inspection_key, report_grade "
                        "FROM article_claims_status WHERE article_url = ? ORDER BY claim_no", [url]).fetchall()


def current(rows: list[tuple]) -> list[tuple]:
    return [r for r in rows if r[0] == "current"]


def test_article_ahead_of_the_report_is_reported_then_backed_when_the_report_arrives(tmp_path, articles, reports):
    meta, article = articles[ARTICLE_2022]
    with connect(tmp_path / "w.duckdb") as wh:
        for f in (DARLINGTON_2015, DARLINGTON_2018):
            load_report(wh.conn, *reports[f])
        saved = save_article(wh.conn, meta, article)

        rows = claims(wh.conn, meta.url)
        assert {r[4] for r in current(rows)} == {"ahead"} and len(current(rows)) == 4
        assert {(r[1], r[4], r[5]) for r in rows if r[0] == "previous"} == {
            (2015, "backed", "80458/sif/2015-06-23"), (2018, "backed", "80458/sif/2018-02-27")}
        reported = events(wh.conn, RATING_REPORTED)
        assert len(reported) == 4 and set(saved.events) == {e.event_id for e in reported}
        assert {(e.payload["area"], e.payload["grade"]) for e in reported} == {
            ("overall_effectiveness", "good"), ("help_and_protection", "good"), ("leaders", "good"),
            ("in_care_and_care_leavers", "outstanding")}
        first = reported[0].payload
        assert first["authority"] == "Darlington" and first["region"] == "North East" and first["urn"] == 80458
        assert first["article_url"] == meta.url and first["publisher"] == "Darlington Borough Council"
        assert first["article_published"] == "2022-12-02" and first["year"] == 2022 and first["role"] == "current"
        said = {e.payload["area"]: e.payload["sentence"] for e in reported}  # the sentence, for a person to check
        assert "rated as Good Overall" in said["overall_effectiveness"] or "good overall" in said["overall_effectiveness"]
        assert said["leaders"].startswith("The report confirms the impact of leaders on social work practice")
        kept = dict(wh.conn.execute("SELECT area, sentence FROM article_claims_status WHERE article_url = ? "
                                    "AND role = 'current'", [meta.url]).fetchall())
        assert kept == said
        mark_published(wh.conn, [e.event_id for e in reported])

        loaded = load_report(wh.conn, *reports[DARLINGTON_2022])
        rows = claims(wh.conn, meta.url)
        assert {(r[4], r[5]) for r in current(rows)} == {("backed", "80458/ilacs/2022-10-10")}
        assert all(r[3] == r[6] for r in rows)
        assert events(wh.conn, RATING_REPORTED) == [] and events(wh.conn, CLAIM_DISPUTED) == []
        kinds = {r[0] for r in wh.conn.execute(
            "SELECT event_type FROM outbox WHERE list_contains(?, event_id::VARCHAR)", [list(loaded.events)]).fetchall()}
        assert RATING_REPORTED not in kinds and CLAIM_DISPUTED not in kinds
        assert wh.conn.execute("SELECT count(*) FROM outbox WHERE event_type = ?", [RATING_REPORTED]).fetchone() == (4,)


def test_report_first_then_article_is_backed_with_no_event(tmp_path, articles, reports):
    with connect(tmp_path / "w.duckdb") as wh:
        for f in reports:
            load_report(wh.conn, *reports[f])
        for name in (ARTICLE_2022, ARTICLE_2015):
            meta, article = articles[name]
            assert save_article(wh.conn, meta, article).events == ()
            assert {r[4] for r in claims(wh.conn, meta.url)} == {"backed"}
        assert events(wh.conn, RATING_REPORTED) == [] and events(wh.conn, CLAIM_DISPUTED) == []


def test_any_order_of_articles_and_reports_ends_in_the_same_claims_and_outbox(tmp_path, articles, reports):
    items = [("article", n) for n in articles] + [("report", f) for f in reports]
    ends = []
    for n, order in enumerate((items, items[::-1], items[1::2] + items[::2])):
        with connect(tmp_path / f"w{n}.duckdb") as wh:
            for kind, key in order:
                if kind == "article":
                    save_article(wh.conn, *articles[key])
                else:
                    load_report(wh.conn, *reports[key])
        got = snapshot(tmp_path / f"w{n}.duckdb")
        ends.append({k: got[k] for k in ("articles", "article_claims", "article_claims_status")})
    assert ends[0] == ends[1] == ends[2]
    link_status = 11  # article_id, claim_no, urn, local_authority, year, area, comparable_area, grade, rank, role, key
    assert {r[link_status] for r in ends[0]["article_claims"]} == {"backed", "ahead"}  # Durham 2011: no report


def test_a_claim_the_report_contradicts_is_disputed_once(tmp_path, articles, reports):
    meta, article = articles[ARTICLE_2022]
    tampered = [dict(c, grade="outstanding") if (c["role"], c["area"]) == ("current", "leaders") else c
                for c in article.claims]
    article = dataclasses.replace(article, claims=tampered)
    with connect(tmp_path / "w.duckdb") as wh:
        save_article(wh.conn, meta, article)  # ahead of every report: four claims reported
        assert len(events(wh.conn, RATING_REPORTED)) == 4
        for f in reports:
            load_report(wh.conn, *reports[f])
        disputed = events(wh.conn, CLAIM_DISPUTED)
        assert len(disputed) == 1
        p = disputed[0].payload
        assert (p["area"], p["grade"], p["report_grade"], p["inspection_key"]) == (
            "leaders", "outstanding", "good", "80458/ilacs/2022-10-10")
        assert p["report_url"].endswith(DARLINGTON_2022) and p["report_published"] == "2022-12-02"
        status = {r[2]: r[4] for r in current(claims(wh.conn, meta.url))}
        assert status.pop("leaders") == "disputed" and set(status.values()) == {"backed"}

        for f in reports:  # loading again, or the article again: no second event
            load_report(wh.conn, *reports[f])
        assert save_article(wh.conn, meta, article).events == ()
        assert len(events(wh.conn, CLAIM_DISPUTED)) == 1 and len(events(wh.conn, RATING_REPORTED)) == 4


def test_a_previous_claim_the_report_contradicts_is_disputed(tmp_path, articles, reports):
    meta, article = articles[ARTICLE_2022]
    tampered = [dict(c, grade="good") if (c["role"], c["year"]) == ("previous", 2018) else c for c in article.claims]
    with connect(tmp_path / "w.duckdb") as wh:
        for f in reports:
            load_report(wh.conn, *reports[f])
        save_article(wh.conn, meta, dataclasses.replace(article, claims=tampered))
        disputed = events(wh.conn, CLAIM_DISPUTED)
        assert [(e.payload["role"], e.payload["year"], e.payload["grade"], e.payload["report_grade"])
                for e in disputed] == [("previous", 2018, "good", "requires_improvement")]


def test_saving_the_same_article_twice_changes_nothing(tmp_path, articles, reports):
    db = tmp_path / "w.duckdb"
    with connect(db) as wh:
        load_report(wh.conn, *reports[DARLINGTON_2015])
        for name in articles:
            save_article(wh.conn, *articles[name])
    before = snapshot(db, with_clock=True)
    with connect(db) as wh:
        again = [save_article(wh.conn, *articles[name]) for name in articles]
    assert [r.changed for r in again] == [False] * 3 and all(r.events == () for r in again)
    assert snapshot(db, with_clock=True) == before


def test_articles_are_known_by_address_and_pages_that_are_no_article_are_kept_without_claims(tmp_path, articles):
    meta, article = articles[ARTICLE_2015]
    bins = dataclasses.replace(article, status="not_a_report", report_kind="other", claims=[], judgements={})
    with connect(tmp_path / "w.duckdb") as wh:
        save_article(wh.conn, meta, article)
        save_article(wh.conn, ArticleMeta(url=BASE + "/news/bins"), bins)
        assert known_article_urls(wh.conn) == {meta.url, BASE + "/news/bins"}
        assert wh.conn.execute("SELECT url, is_article, publisher, published, local_authority, urn FROM articles "
                               "ORDER BY url").fetchall() == [
            (BASE + "/news/bins", False, None, date(2015, 9, 1), "Darlington", 80458),
            (meta.url, True, "The North East Courier", date(2015, 9, 1), "Darlington", 80458)]
        assert wh.conn.execute("SELECT count(*) FROM article_claims").fetchone() == (5,)


def test_opening_a_version_2_file_adds_the_article_tables(tmp_path):
    db = tmp_path / "old.duckdb"
    conn = duckdb.connect(str(db))
    assert migrate(conn, upto=2) == 2
    conn.close()
    with Warehouse(db, read_only=True) as wh:
        assert schema_version(wh.conn) == LATEST_VERSION >= 3
        assert wh.conn.execute("SELECT count(*) FROM article_claims_status").fetchone() == (0,)


# -- the linking rule, on plain records ------------------------------------------------------

ARTICLE_DAY = date(2022, 12, 2)


def claim(role="current", year=2022, area="overall_effectiveness", grade="good", rank=2):
    return {"role": role, "year": year, "area": area, "comparable_area": area, "grade": grade, "rank": rank,
            "article_date": ARTICLE_DAY}


def inspection(key, published, grade="good", rank=2, years=None, area="overall_effectiveness"):
    return {"inspection_key": key, "published": published, "years": years or (published.year,), "url": key,
            "judgements": {area: (area, grade, rank)}}


@pytest.mark.parametrize("days, status", [(0, "backed"), (2, "backed"), (-2, "backed"), (41, "backed"),
                                          (-41, "backed"), (43, "ahead"), (-60, "ahead")])
def test_a_current_claim_links_to_a_report_published_within_six_weeks(days, status):
    assert LINK_WINDOW == timedelta(weeks=6)
    report = inspection("r", ARTICLE_DAY + timedelta(days=days))
    found, got = link_group([claim()], [report])[0]
    assert got == status and (found is report) == (status == "backed")


def test_areas_compare_by_comparable_area_and_grade_rank():
    report = {"inspection_key": "k", "published": ARTICLE_DAY, "years": (2022,), "url": "k",
              "judgements": {"leaders": ("leaders", "requires_improvement", 3), "in_care": ("in_care", "good", 2)}}
    sif_leaders = dict(claim(area="leaders", grade="adequate", rank=3))
    other_area = dict(claim(area="care_leavers"), comparable_area="care_leavers")
    assert [s for _, s in link_group([sif_leaders, other_area], [report])] == ["backed", "not_judged"]


def test_a_previous_claim_links_to_the_inspection_of_its_year_or_the_one_before_the_current():
    older = inspection("2015", date(2015, 9, 1), grade="inadequate", rank=4)
    middle = inspection("2018", date(2018, 5, 21), grade="requires_improvement", rank=3, years=(2018,))
    now = inspection("2022", ARTICLE_DAY)
    links = link_group([claim(), claim("previous", 2015, grade="inadequate", rank=4),
                        claim("previous", None, grade="requires_improvement", rank=3),
                        claim("previous", 2010, grade="good")], [older, middle, now])
    assert [(f and f["inspection_key"], s) for f, s in links] == [
        ("2022", "backed"), ("2015", "backed"), ("2018", "backed"), (None, "unlinked")]


def test_a_standing_grade_or_an_old_one_named_in_a_dated_article_raises_no_report_event(tmp_path, articles):
    meta, article = articles[ARTICLE_2022]  # dated 2 December 2022
    standing = [{"local_authority": "Durham", "year": None, "area": "overall_effectiveness", "grade": "good",
                 "role": "current", "sentence": "Ofsted praised 'good' Durham."},
                {"local_authority": "Durham", "year": 2015, "area": "overall_effectiveness", "grade": "inadequate",
                 "role": "current", "sentence": "Durham, which was rated inadequate in 2015, ..."}]
    with connect(tmp_path / "w.duckdb") as wh:
        saved = save_article(wh.conn, meta, dataclasses.replace(article, claims=standing))
        assert saved.events == () and events(wh.conn, RATING_REPORTED) == []
        assert {r[4] for r in claims(wh.conn, meta.url)} == {"unlinked"}


def test_a_claim_the_article_states_twice_is_kept_and_announced_as_corroborated(tmp_path, articles):
    meta, article = articles[ARTICLE_2022]  # dated 2 December 2022: its current claims are ahead of any report
    twice = [dict(c, corroborated=c["area"] == "overall_effectiveness") for c in article.claims]
    with connect(tmp_path / "w.duckdb") as wh:
        save_article(wh.conn, meta, dataclasses.replace(article, claims=twice))
        kept = dict(wh.conn.execute("SELECT area, corroborated FROM article_claims_status WHERE article_url = ? "
                                    "AND role = 'current'", [meta.url]).fetchall())
        assert kept == {"overall_effectiveness": True, "help_and_protection": False, "leaders": False,
                        "in_care_and_care_leavers": False}
        reported = {e.payload["area"]: e.payload["corroborated"] for e in events(wh.conn, RATING_REPORTED)}
        assert reported == kept
        # saving the same page read again changes nothing; read without the mark, the claims are re-saved
        assert save_article(wh.conn, meta, dataclasses.replace(article, claims=twice)).changed is False
        assert save_article(wh.conn, meta, article).changed is True


def test_a_page_without_a_date_is_read_with_its_feeds_date_and_its_grades_are_ahead_of_the_report(tmp_path):
    """Many council pages give no date; their feed does. Read with the feed's date ("published today
    (Tuesday, September 1)" is then 2015), the story's grades have a year, and those no loaded report
    backs are `ahead`, each an `ofsted.rating.reported`. Read without it they have no year and stay
    `unlinked`: a grade without a year in a dated article may be one named in passing, never ahead."""
    import hashlib
    import html

    from extractors import extract
    from pipeline.news import read_article
    from sources.news.models import FetchedArticle

    text = (require_seeds() / ARTICLE_2015).read_text(encoding="utf-8")
    page = ("<!DOCTYPE html><html><head><title>Darlington children's services inadequate</title></head><body>"
            "<article>" + "".join(f"<p>{html.escape(p)}</p>" for p in text.splitlines() if p.strip())
            + "</article></body></html>").encode()
    fetched = FetchedArticle(source="echo", url="https://news.example.org/darlington-inadequate", content=page,
                             sha256=hashlib.sha256(page).hexdigest(), title="Darlington children's services inadequate",
                             listed_published=date(2015, 9, 1))
    meta, extraction = read_article(fetched)
    assert extraction.published == date(2015, 9, 1) and not extraction.warnings
    assert {(c["area"], c["grade"], c["year"]) for c in extraction.claims if c["grade"] == "inadequate"} == {
        ("overall_effectiveness", "inadequate", 2015), ("help_and_protection", "inadequate", 2015),
        ("leaders", "inadequate", 2015)}
    bare = extract(page, fetched.url)  # the page alone, as `ofsted extract` reads a file
    assert bare.published is None and {c["year"] for c in bare.claims} == {None}
    assert "no publication date" in bare.warnings[0]

    for name, read in (("feed", extraction), ("bare", bare)):
        with connect(tmp_path / f"{name}.duckdb") as wh:
            save_article(wh.conn, meta, read)
            statuses = {r[2]: r[4] for r in claims(wh.conn, meta.url) if r[3] == "inadequate"}
            reported = {e.payload["area"] for e in events(wh.conn, RATING_REPORTED)}
        if name == "feed":
            assert statuses == dict.fromkeys(("overall_effectiveness", "help_and_protection", "leaders"), "ahead")
            assert reported >= {"overall_effectiveness", "help_and_protection", "leaders"}
        else:
            assert set(statuses.values()) == {"unlinked"} and reported == set()
