"""Precision and recall of the article reader on real, hand-labelled news articles and council
announcements.

    python benchmarks/articles.py [--data tests/data/articles] [--quiet]

Reads `dev.jsonl` and `heldout.jsonl` (one article a line: id, url, kind news|council|trade,
title, published, text, claims; see tests/data/articles/README.md), puts each article's text in a
plain HTML page (its title as the headline, its date as the page's) and reads it as
`ofsted extract` does. A claim is right when a labelled claim has the same authority, area, grade
and role, and the same year (a label without a year takes any); a line "no year" gives the figures with
years not compared (the issue's labels: authority, area, grade, current or previous), and the precision of
current and previous claims the page states twice (`corroborated`) and once, and of the claims
`ofsted serve --notify-articles` posts (current, inadequate, stated twice). Prints precision and recall,
overall and per kind, for both sets; for the development set it lists each miss and each wrong
claim with its sentence. The held-out set is only measured: its texts and misses are never
printed, so that no rule is written from them. Exit status 1 when the held-out figures are under
95% precision or 80% recall.
"""
from __future__ import annotations

import argparse
import html
import json
import sys
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from extractors.article import extract_article  # noqa: E402

PRECISION_FLOOR, RECALL_FLOOR = 0.95, 0.80
KINDS = ("news", "council", "trade")


def load(path: Path) -> list[dict]:
    if not path.is_file():
        return []
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def page(article: dict) -> bytes:
    """The article as a plain web page: headline, its address (as the page's canonical link, as
    real pages give it), date, publisher (when known) and paragraphs."""
    title = html.escape(article.get("title") or "")
    head = [f"<title>{title}</title>", f'<link rel="canonical" href="{html.escape(article["url"])}">']
    if article.get("published"):
        head.append(f'<meta property="article:published_time" content="{article["published"]}">')
    if article.get("publisher"):
        head.append(f'<meta property="og:site_name" content="{html.escape(article["publisher"])}">')
    paragraphs = "".join(f"<p>{html.escape(p)}</p>" for p in article["text"].splitlines() if p.strip())
    return (f"<!DOCTYPE html><html><head>{''.join(head)}</head><body><article><h1>{title}</h1>"
            f"{paragraphs}</article></body></html>").encode("utf-8")


def read(article: dict) -> list[dict]:
    record = extract_article(page(article))
    return list(record.claims) if record is not None else []


def key(claim: dict) -> tuple:
    return claim["local_authority"], claim["area"], claim["grade"], claim["role"]


def match(labels: list[dict], claims: list[dict], years: bool = True) -> tuple[list[dict], list[dict], int]:
    """(labels missed, claims wrong, claims right): one claim per label; a label's year, when it
    has one, must be the claim's (unless `years` is false: the issue's own key, authority, area,
    grade and current or previous)."""
    free = list(claims)
    missed = []
    for label in labels:
        found = next((c for c in free if key(c) == key(label)
                      and (not years or label.get("year") is None or c.get("year") == label["year"])), None)
        if found is None:
            missed.append(label)
        else:
            free.remove(found)
    return missed, free, len(claims) - len(free)


class Tally:
    def __init__(self) -> None:
        self.right = self.claimed = self.labelled = self.articles = 0

    def add(self, right: int, claimed: int, labelled: int) -> None:
        self.right += right
        self.claimed += claimed
        self.labelled += labelled
        self.articles += 1

    @property
    def precision(self) -> float:
        return self.right / self.claimed if self.claimed else 1.0

    @property
    def recall(self) -> float:
        return self.right / self.labelled if self.labelled else 1.0

    def line(self, name: str) -> str:
        return (f"  {name:<8} {self.articles:>3} articles  precision {self.precision:6.1%} ({self.right}/{self.claimed})"
                f"  recall {self.recall:6.1%} ({self.right}/{self.labelled})")


def measure(articles: list[dict], show: bool) -> Tally:
    total, by_kind, yearless = Tally(), defaultdict(Tally), Tally()
    twice = defaultdict(lambda: [0, 0])  # (role, stated twice) -> [right, claimed], by the key
    alerted = [0, 0]  # current inadequate claims stated twice: [right, claimed]
    for article in articles:
        claims = read(article)
        missed, wrong, right = match(article.get("claims", []), claims)
        total.add(right, len(claims), len(article.get("claims", [])))
        _, wrong_key, right_key = match(article.get("claims", []), claims, years=False)
        yearless.add(right_key, len(claims), len(article.get("claims", [])))
        for claim in claims:
            right_claim = not any(claim is w for w in wrong_key)
            tally = twice[claim["role"], bool(claim.get("corroborated"))]
            tally[0] += right_claim
            tally[1] += 1
            if claim["role"] == "current" and claim["grade"] == "inadequate" and claim.get("corroborated"):
                alerted[0] += right_claim  # what `ofsted serve --notify-articles` posts (ahead of the report)
                alerted[1] += 1
        by_kind[article.get("kind", "?")].add(right, len(claims), len(article.get("claims", [])))
        if show and (missed or wrong):
            print(f"\n  {article['id']} ({article.get('kind')}, {article.get('published')})")
            for label in missed:
                print(f"    MISSED {_claim(label)}")
            for claim in wrong:
                print(f"    WRONG  {_claim(claim)}\n           <- {claim.get('sentence')}")
    print(total.line("all"))
    for kind in (*KINDS, *sorted(set(by_kind) - set(KINDS))):
        if kind in by_kind:
            print(by_kind[kind].line(kind))
    print(yearless.line("no year") + "  (years not compared: the issue's key, authority, area, grade, role)")
    for role in ("current", "previous"):
        parts = []
        for said, name in ((True, "stated twice"), (False, "stated once")):
            right, claimed = twice[role, said]
            parts.append(f"{name} {right / claimed if claimed else 1:6.1%} ({right}/{claimed})")
        print(f"  {role:<8} claims, precision by the issue's key: " + ",  ".join(parts))
    print(f"  alerts   (current inadequate claims stated twice, --notify-articles): precision "
          f"{alerted[0] / alerted[1] if alerted[1] else 1:6.1%} ({alerted[0]}/{alerted[1]})")
    return total


def _claim(c: dict) -> str:
    return f"{c['local_authority']} {c.get('year')} {c['area']} {c['grade']} ({c['role']})"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--data", type=Path, default=ROOT / "tests" / "data" / "articles")
    parser.add_argument("--quiet", action="store_true", help="figures only, no list of dev misses")
    args = parser.parse_args(argv)
    dev, heldout = load(args.data / "dev.jsonl"), load(args.data / "heldout.jsonl")
    if not dev and not heldout:
        print(f"error: no labelled articles in {args.data} (dev.jsonl, heldout.jsonl)", file=sys.stderr)
        return 2
    print(f"development set ({len(dev)} articles):")
    if not args.quiet:
        print("  misses and wrong claims:")
    measure(dev, show=not args.quiet)
    print(f"\nheld-out set ({len(heldout)} articles; figures only):")
    held = measure(heldout, show=False)
    ok = held.precision >= PRECISION_FLOOR and held.recall >= RECALL_FLOOR
    print(f"\nheld-out floors {PRECISION_FLOOR:.0%} precision, {RECALL_FLOOR:.0%} recall: {'met' if ok else 'NOT met'}")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
