"""How far careful people agree when they label the same articles: the ceiling of any reader's
figures against one person's labels.

    python benchmarks/article_agreement.py [--data tests/data/articles]

Sixty pages of the sixth batch (a random sample, some of them held out) were labelled again, by two
more hands, independently and by the same guide, from the text alone (`agreement/second.jsonl`,
`agreement/third.jsonl`; the set's own labels are the first hand's). Prints, for each pair of hands,
the claims both give and the precision and recall of one against the other, by the issue's key
(authority, area, grade, current or previous) and with years compared (the benchmark's way: a year
the truth leaves out is not compared); then the reader's figures on
the same pages against each hand. Figures only: no text is printed.
"""
from __future__ import annotations

import argparse
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "benchmarks"))

import articles  # noqa: E402


def agreement(found: dict[str, list[dict]], truth: dict[str, list[dict]], years: bool) -> tuple[int, int, int]:
    """(claims both give, claims in `found`, claims in `truth`) over the pages of `truth`, matched as
    the article benchmark matches them (`articles.match`: with years, a truth without a year takes any)."""
    both = n_found = n_truth = 0
    for page, labels in truth.items():
        claims = found.get(page, [])
        both += articles.match(labels, claims, years=years)[2]
        n_found += len(claims)
        n_truth += len(labels)
    return both, n_found, n_truth


def _line(name: str, counts: tuple[int, int, int]) -> str:
    both, n_found, n_truth = counts
    p = both / n_found if n_found else 1.0
    r = both / n_truth if n_truth else 1.0
    return f"  {name:34s} precision {p:6.1%} ({both}/{n_found})  recall {r:6.1%} ({both}/{n_truth})"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--data", type=Path, default=ROOT / "tests/data/articles")
    args = parser.parse_args(argv)
    hands = {name: {row["id"]: row["claims"] for row in articles.load(args.data / "agreement" / f"{name}.jsonl")}
             for name in ("second", "third")}
    if not hands["second"]:
        print(f"no agreement labels under {args.data / 'agreement'}")
        return 1
    pages = {a["id"]: a for part in ("dev", "heldout") for a in articles.load(args.data / f"{part}.jsonl")
             if a["id"] in hands["second"]}
    hands = {"first": {i: a["claims"] for i, a in pages.items()}, **hands}
    reader = {i: articles.read(a) for i, a in pages.items()}
    print(f"{len(pages)} pages labelled by three hands; claims: "
          + ", ".join(f"{name} {sum(len(c) for c in labels.values())}" for name, labels in hands.items()))
    for years in (False, True):
        print("years compared:" if years else "the issue's key (authority, area, grade, role):")
        for a, b in (("second", "first"), ("third", "first"), ("third", "second")):
            print(_line(f"{a} hand against {b}", agreement(hands[a], hands[b], years)))
        for b in hands:
            print(_line(f"the reader against the {b} hand", agreement(reader, hands[b], years)))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
