"""Where the real seed news articles live for tests: the seeds folder beside the corpus
(../shared/seeds beside the repository)."""
from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from corpus import CORPUS

SEEDS = CORPUS.parent / "seeds"  # where the replica looks for them too


def require_seeds() -> Path:
    """The seeds folder, or skip the test with a message saying where it was looked for."""
    if not SEEDS.is_dir():
        pytest.skip(f"the seed articles are not at {SEEDS} (expected beside the corpus)")
    return SEEDS


# What each seed article claims (the acceptance list): its authority, its publication
# date, and its claims as (local_authority, year, area, grade, role).
SEED_CLAIMS = {
    "darlington-2022-council-news.txt": ("Darlington", date(2022, 12, 2), {
        ("Darlington", 2022, "overall_effectiveness", "good", "current"),
        ("Darlington", 2022, "help_and_protection", "good", "current"),
        ("Darlington", 2022, "in_care_and_care_leavers", "outstanding", "current"),
        ("Darlington", 2022, "leaders", "good", "current"),
        ("Darlington", 2015, "overall_effectiveness", "inadequate", "previous"),
        ("Darlington", 2018, "overall_effectiveness", "requires_improvement", "previous")}),
    "darlington-2015-local-news.txt": ("Darlington", date(2015, 9, 1), {
        ("Darlington", 2015, "overall_effectiveness", "inadequate", "current"),
        ("Darlington", 2015, "help_and_protection", "inadequate", "current"),
        ("Darlington", 2015, "leaders", "inadequate", "current"),
        ("Darlington", 2015, "adoption", "good", "current"),
        ("Darlington", 2015, "care_leavers", "good", "current")}),
    # about the December 2011 inspection, published in February 2012
    "durham-2012-council-news.txt": ("Durham", date(2012, 2, 10), {
        ("Durham", 2011, "pre2013_safeguarding_overall", "outstanding", "current"),
        ("Durham", 2011, "pre2013_safeguarding_capacity", "outstanding", "current"),
        ("Durham", 2011, "pre2013_lac_overall", "good", "current"),
        ("Durham", 2011, "pre2013_lac_capacity", "outstanding", "current")}),
}


def claim_set(claims: list[dict]) -> set[tuple]:
    """Claims as comparable tuples: (local_authority, year, area, grade, role)."""
    return {(c["local_authority"], c["year"], c["area"], c["grade"], c["role"]) for c in claims}


REPLICA_BASE = "http://replica.test"  # the address the seed pages are given as the replica serves them


def seed_articles(base: str = REPLICA_BASE) -> dict:
    """Each seed article as the replica's news desk serves it: seed name -> (ArticleMeta, Extraction),
    read from its page at `base`."""
    from extractors.article import extract_article
    from sources.replica.news import NewsDesk
    from warehouse import ArticleMeta

    desk = NewsDesk.load(require_seeds())
    out = {}
    for page in desk.pages:
        html = desk.route(page.path, None, base)[1].encode()
        meta = ArticleMeta(url=base + page.path, source="replica", title=page.headline,
                           publisher=page.item.publisher.name)
        out[page.item.seed] = (meta, extract_article(html))
    return out


DARLINGTON_2022_STORY = "darlington-2022-council-news.txt"


def darlington_before_its_2022_report(db) -> tuple:
    """Darlington's reports up to 2018 loaded into the warehouse file `db`, and the council's story of its
    2022 inspection saved, read before that report is loaded: its four 2022 grades are `ahead`, its 2015
    and 2018 grades backed. Returns the story's (ArticleMeta, Extraction)."""
    from warehouse import connect, load_reports, save_article
    from warehouse_fixtures import DARLINGTON, corpus_records

    load_reports(db, [(p, x) for p, x in corpus_records() if int(p.urn) == DARLINGTON and p.file_id != "50200877"],
                 batch=100)
    meta, article = seed_articles()[DARLINGTON_2022_STORY]
    with connect(db) as wh:
        save_article(wh.conn, meta, article)
    return meta, article
