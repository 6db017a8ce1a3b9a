"""Speed of `ofsted extract` over the corpus, against pdfplumber reading page 1 of every file.

    python benchmarks/extract.py [--corpus ../shared/corpus]

Prints, in one run: the wall time of `ofsted extract CORPUS/pdfs --format jsonl` (all cores), the
time pdfplumber alone takes to open each file and read page 1's text in one process, and their
ratio (goal: at most 0.6).
"""
from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
import time
from pathlib import Path

import pdfplumber

ROOT = Path(__file__).resolve().parents[1]
GOAL = 0.6


def time_ofsted_extract(pdfs: Path) -> tuple[float, int]:
    ofsted = shutil.which("ofsted", path=str(Path(sys.executable).parent)) or shutil.which("ofsted")
    if not ofsted:
        sys.exit("error: the `ofsted` command is not installed (run `make setup`)")
    start = time.perf_counter()
    out = subprocess.run([ofsted, "extract", str(pdfs), "--format", "jsonl"], check=True,
                         capture_output=True, text=True).stdout
    return time.perf_counter() - start, len(out.splitlines())


def time_pdfplumber_page1(files: list[Path]) -> float:
    start = time.perf_counter()
    for path in files:
        try:
            with pdfplumber.open(path) as pdf:
                pdf.pages[0].extract_text()
        except Exception:  # the corpus's HTML error pages: pdfplumber fails on them too
            pass
    return time.perf_counter() - start


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", type=Path, default=ROOT.parent / "shared" / "corpus")
    args = parser.parse_args()
    pdfs = args.corpus.resolve() / "pdfs"
    if not pdfs.is_dir():
        sys.exit(f"skipped: no corpus at {args.corpus}")
    files = sorted(p for p in pdfs.rglob("*") if p.is_file())
    ours, lines = time_ofsted_extract(pdfs)
    baseline = time_pdfplumber_page1(files)
    ratio = ours / baseline
    print(f"files                                   {len(files)}")
    print(f"ofsted extract, wall time               {ours:8.2f} s  ({lines} records, {ours / len(files) * 1000:.0f} ms a file)")
    print(f"pdfplumber open + page 1 text, 1 process {baseline:7.2f} s  ({baseline / len(files) * 1000:.0f} ms a file)")
    print(f"ratio                                   {ratio:8.2f}  (goal <= {GOAL}: {'met' if ratio <= GOAL else 'NOT met'})")
    sys.exit(0 if ratio <= GOAL else 1)


if __name__ == "__main__":
    main()
