"""Print the README's counts table and the region, period, area and grade lines of this article set.

    .venv/bin/python tests/data/articles/counts.py
"""
from __future__ import annotations

import collections
import csv
import json
import re
from pathlib import Path

HERE = Path(__file__).resolve().parent
AUTHORITIES = HERE.parents[2] / "reference" / "authorities.csv"


def load(name: str) -> list[dict]:
    with (HERE / f"{name}.jsonl").open(encoding="utf-8") as f:
        return [json.loads(line) for line in f if line.strip()]


def period(article: dict) -> str:
    """Publication date, else the current inspection year, else a year in the address, else the year
    after the latest previous grade."""
    year = int(article["published"][:4]) if article["published"] else None
    if year is None:
        current = [c["year"] for c in article["claims"] if c["role"] == "current" and c["year"]]
        previous = [c["year"] for c in article["claims"] if c["role"] == "previous" and c["year"]]
        in_address = re.search(r"(?<!\d)(20[012]\d)(?!\d)", article["url"])
        if current:
            year = max(current)
        elif in_address:
            year = int(in_address.group(1))
        elif previous:
            year = max(previous) + 1
    if year is None:
        return "unknown"
    return "2009-2012" if year <= 2012 else "2013-2017" if year <= 2017 else "2018-2022" if year <= 2022 else "2023-2026"


def main() -> None:
    with AUTHORITIES.open(encoding="utf-8") as f:
        region = {row["name"]: row["region"] for row in csv.DictReader(f)}
    dev, held = load("dev"), load("heldout")

    def row(label, count):
        print(f"| {label} | {count(dev)} | {count(held)} | {count(dev) + count(held)} |")

    print("| | dev | heldout | all |\n|---|---|---|---|")
    for kind in ("news", "council", "trade"):
        row(kind, lambda part: sum(a["kind"] == kind for a in part))
    row("**articles**", len)
    row("claims", lambda part: sum(len(a["claims"]) for a in part))
    for role in ("current", "previous"):
        row(f"claims {role}", lambda part: sum(c["role"] == role for a in part for c in a["claims"]))
    row("articles with no claim", lambda part: sum(not a["claims"] for a in part))
    every = dev + held
    regions = collections.Counter(r for a in every for r in {region[c["local_authority"]] for c in a["claims"]})
    print()
    print("Articles per region (of the authorities claimed): "
          + ", ".join(f"{name} {n}" for name, n in sorted(regions.items())))
    periods = collections.Counter(period(a) for a in every)
    print("Articles per period (publication date, else the current inspection year, else a year in the address, "
          "else the year after the latest previous grade): "
          + ", ".join(f"{p} {periods[p]}" for p in ("2009-2012", "2013-2017", "2018-2022", "2023-2026", "unknown")))
    print("Areas:", dict(collections.Counter(c["area"] for a in every for c in a["claims"])))
    print("Grades:", dict(collections.Counter(c["grade"] for a in every for c in a["claims"])))
    print("authorities:", len({c["local_authority"] for a in every for c in a["claims"]}))


if __name__ == "__main__":
    main()
