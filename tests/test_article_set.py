"""The hand-labelled article set (tests/data/articles): it loads, every label uses the project's codes
and authority names, no page kept for independent evaluation is in it, and the held-out split follows
its written rule."""
from __future__ import annotations

import hashlib
import json
import re
from collections import Counter
from pathlib import Path
from urllib.parse import urlsplit

import pytest

from reference import authorities

ARTICLES = Path(__file__).resolve().parent / "data" / "articles"
RESERVED = Path(__file__).resolve().parents[1] / ".." / "shared" / "eval" / "reserved-articles.txt"

AREAS = {"overall_effectiveness", "help_and_protection", "in_care_and_care_leavers", "in_care", "care_leavers",
         "leaders", "adoption", "looked_after_permanence", "lscb", "pre2013_safeguarding_overall",
         "pre2013_safeguarding_capacity", "pre2013_lac_overall", "pre2013_lac_capacity"}
GRADES = {"outstanding", "good", "requires_improvement", "adequate", "inadequate"}
KINDS = {"news", "council", "trade"}


def load(name: str) -> list[dict]:
    with (ARTICLES / name).open(encoding="utf-8") as f:
        return [json.loads(line) for line in f if line.strip()]


def held_out(url: str) -> bool:
    """The split rule written in the README: held out when sha1(url) read as a number is divisible by 3."""
    return int(hashlib.sha1(url.encode("utf-8")).hexdigest(), 16) % 3 == 0


def page_key(url: str) -> str:
    """An address without scheme, www./m. and trailing slash, so copies of one address compare equal."""
    parts = urlsplit(url.strip())
    host = re.sub(r"^(www\.|m\.)", "", parts.netloc.lower())
    return host + parts.path.rstrip("/") + ("?" + parts.query if parts.query else "")


@pytest.fixture(scope="module")
def dev() -> list[dict]:
    return load("dev.jsonl")


@pytest.fixture(scope="module")
def heldout() -> list[dict]:
    return load("heldout.jsonl")


def test_both_parts_load_with_every_field(dev, heldout):
    for article in dev + heldout:
        assert set(article) >= {"id", "url", "kind", "title", "published", "text", "claims"}, article.get("id")
        assert article["text"].strip() and article["title"].strip(), article["id"]
        assert article["published"] is None or re.fullmatch(r"\d{4}-\d\d-\d\d", article["published"]), article["id"]
    ids = [a["id"] for a in dev + heldout]
    assert len(ids) == len(set(ids)), "an id is used twice"
    keys = [page_key(a["url"]) for a in dev + heldout]
    assert len(keys) == len(set(keys)), "a page is in the set twice"


def test_every_label_uses_known_codes_and_authority_names(dev, heldout):
    names = {a.name for a in authorities()}
    for article in dev + heldout:
        assert article["kind"] in KINDS, article["id"]
        seen = set()
        for claim in article["claims"]:
            assert set(claim) == {"local_authority", "area", "grade", "role", "year"}, article["id"]
            assert claim["local_authority"] in names, (article["id"], claim["local_authority"])
            assert claim["area"] in AREAS, (article["id"], claim["area"])
            assert claim["grade"] in GRADES, (article["id"], claim["grade"])
            assert claim["role"] in {"current", "previous"}, (article["id"], claim["role"])
            assert claim["year"] is None or 2005 <= claim["year"] <= 2026, (article["id"], claim["year"])
            assert claim["grade"] != "adequate" or claim["area"].startswith("pre2013_"), \
                (article["id"], "adequate is a pre-2013 grade only")
            key = tuple(sorted(claim.items()))
            assert key not in seen, (article["id"], "the same claim labelled twice")
            seen.add(key)


def test_no_page_kept_for_independent_evaluation_is_used(dev, heldout):
    if not RESERVED.is_file():
        pytest.skip(f"the reserved list is not at {RESERVED}")
    reserved = {page_key(line) for line in RESERVED.read_text(encoding="utf-8").splitlines()
                if line.startswith("http")}
    assert reserved, "the reserved list has no addresses"
    used = [a["url"] for a in dev + heldout if page_key(a["url"]) in reserved]
    assert not used, used


def test_the_split_follows_the_written_rule(dev, heldout):
    assert all(not held_out(a["url"]) for a in dev)
    assert all(held_out(a["url"]) for a in heldout)
    assert "sha1" in (ARTICLES / "README.md").read_text(encoding="utf-8")


def test_enough_articles_of_every_kind(dev, heldout):
    assert len(dev) >= 60
    assert len(heldout) >= 20
    for part in (dev, heldout):
        kinds = Counter(a["kind"] for a in part)
        assert set(kinds) == KINDS, kinds
    claims = [c for a in dev + heldout for c in a["claims"]]
    assert Counter(c["role"] for c in claims)["previous"] >= 20
    assert sum(1 for a in dev + heldout if not a["claims"]) >= 5, "articles with no claim test precision"
