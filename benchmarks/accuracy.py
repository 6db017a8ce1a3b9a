"""Accuracy of `ofsted extract` against hand-checked labels.

    python benchmarks/accuracy.py [--corpus ../shared/corpus] [--jsonl extracted.jsonl]

Runs `ofsted extract CORPUS/pdfs --format jsonl` (or reads its saved output) and compares each file
with CORPUS/labels/documents.csv and judgements.csv. Prints per-field accuracy and every
disagreement, and how many reports went to review (their two readings disagree, or a judgement was
found by neither) with the reason for each. Exit status 1 when a grade is wrong or another field is
under 98%.
"""
from __future__ import annotations

import argparse
import csv
import json
import shutil
import subprocess
import sys
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))  # the project's own modules (extractors.authorities)
FIELDS = ("report_kind", "framework", "inspection_start", "inspection_end", "lead_inspector")
BAR = 0.98


def run_extract(corpus: Path) -> list[dict]:
    ofsted = shutil.which("ofsted", path=str(Path(sys.executable).parent)) or shutil.which("ofsted")
    if not ofsted:
        sys.exit("error: the `ofsted` command is not installed (run `make setup`)")
    out = subprocess.run([ofsted, "extract", str(corpus / "pdfs"), "--format", "jsonl"],
                         check=True, capture_output=True, text=True).stdout
    return [json.loads(line) for line in out.splitlines()]


def load_labels(corpus: Path) -> tuple[dict[str, dict], dict[str, dict[str, str]]]:
    with open(corpus / "labels" / "documents.csv", newline="", encoding="utf-8") as f:
        docs = {row["path"]: row for row in csv.DictReader(f)}
    grades: dict[str, dict[str, str]] = defaultdict(dict)
    with open(corpus / "labels" / "judgements.csv", newline="", encoding="utf-8") as f:
        for row in csv.DictReader(f):
            grades[row["sha256"]][row["area"]] = row["grade"]
    return docs, grades


def manifest_authorities(corpus: Path) -> dict[str, str]:
    """The authority each corpus file is listed under, as the reference list names it."""
    from extractors.authorities import canonical_name

    if not (corpus / "manifest.csv").is_file():
        return {}
    with open(corpus / "manifest.csv", newline="", encoding="utf-8") as f:
        return {row["path"]: canonical_name(row["local_authority"]) for row in csv.DictReader(f)}


def compare(records: list[dict], corpus: Path) -> bool:
    docs, grades = load_labels(corpus)
    authorities = manifest_authorities(corpus)
    if not records:
        print("no records to compare")
        return False
    right: dict[str, int] = defaultdict(int)
    total: dict[str, int] = defaultdict(int)
    disagreements: list[str] = []
    for rec in records:
        rel = str(Path(rec["path"]).resolve().relative_to(corpus.resolve()))
        label = docs.get(rel)
        if label is None:
            continue
        for field in FIELDS:
            want = label[field] or None
            got = rec.get(field)
            total[field] += 1
            if got == want:
                right[field] += 1
            else:
                disagreements.append(f"{rel}: {field}: want {want!r}, got {got!r}")
        if rel in authorities and rec.get("status") == "ok" and label["report_kind"] != "other":
            total["local_authority"] += 1
            if rec.get("local_authority") == authorities[rel]:
                right["local_authority"] += 1
            else:
                disagreements.append(f"{rel}: local_authority: want {authorities[rel]!r}, got {rec.get('local_authority')!r}")
        want_grades = grades.get(label["sha256"], {})
        got_grades = rec.get("judgements") or {}
        for area in sorted(set(want_grades) | set(got_grades)):
            total["grades"] += 1
            if want_grades.get(area) == got_grades.get(area):
                right["grades"] += 1
            else:
                disagreements.append(f"{rel}: grade {area}: want {want_grades.get(area)!r}, got {got_grades.get(area)!r}")
    print(f"{'field':<18}{'right':>8}{'total':>8}{'accuracy':>10}")
    ok = True
    for field in (*FIELDS, "local_authority", "grades"):
        acc = right[field] / total[field] if total[field] else 1.0
        print(f"{field:<18}{right[field]:>8}{total[field]:>8}{acc:>10.2%}")
        ok &= acc == 1.0 if field == "grades" else acc >= BAR
    print(f"\n{len(disagreements)} disagreements")
    for line in disagreements:
        print("  " + line)
    print_reviews(records, corpus)
    return ok


def print_reviews(records: list[dict], corpus: Path) -> None:
    """How many reports went to review, and why, one line an area."""
    reviewed = [rec for rec in records if rec.get("review")]
    print(f"\n{len(reviewed)} reports went to review")
    for rec in reviewed:
        path = Path(rec["path"]).resolve()
        rel = path.relative_to(corpus.resolve()) if path.is_relative_to(corpus.resolve()) else path
        for area, reason in sorted(rec["review"].items()):
            print(f"  {rel}: {area}: {reason}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", type=Path, default=ROOT.parent / "shared" / "corpus")
    parser.add_argument("--jsonl", type=Path, help="saved output of `ofsted extract` to compare instead of running it")
    args = parser.parse_args()
    args.corpus = args.corpus.resolve()
    if not (args.corpus / "labels").is_dir():
        sys.exit(f"skipped: no labelled corpus at {args.corpus}")
    if args.jsonl:
        records = [json.loads(line) for line in args.jsonl.read_text().splitlines() if line.strip()]
        for rec in records:  # paths in a saved file are relative to where it was made
            rec["path"] = str((Path.cwd() / rec["path"]).resolve())
    else:
        records = run_extract(args.corpus)
    sys.exit(0 if compare(records, args.corpus) else 1)


if __name__ == "__main__":
    main()
