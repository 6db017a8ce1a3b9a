"""Where the real report corpus lives for tests: ../shared/corpus beside the repository, or
$OFSTED_CORPUS (`make test CORPUS=...` sets it) for a clone kept elsewhere."""
from __future__ import annotations

import csv
import os
from functools import lru_cache
from pathlib import Path

import pytest

CORPUS = Path(os.environ.get("OFSTED_CORPUS") or Path(__file__).resolve().parents[1] / ".." / "shared" / "corpus").resolve()


def require_corpus() -> Path:
    """The corpus folder, or skip the test with a message saying where it was looked for."""
    if not (CORPUS / "manifest.csv").is_file():
        pytest.skip(f"the report corpus is not at {CORPUS} (expected ../shared/corpus beside the repo, or make test CORPUS=...)")
    return CORPUS


def corpus_pdf(relative: str) -> bytes:
    """The bytes of one corpus file, by its path relative to the corpus folder."""
    return (require_corpus() / relative).read_bytes()


@lru_cache(maxsize=1)
def _manifest() -> tuple[dict, ...]:
    with (require_corpus() / "manifest.csv").open(newline="", encoding="utf-8") as f:
        return tuple(csv.DictReader(f))


def file_by_id(file_id: str) -> str:
    """The corpus path of Ofsted file `file_id`."""
    for row in _manifest():
        if row["file_id"] == file_id:
            return row["path"]
    raise KeyError(file_id)
