"""Entry point: bytes of a document in, an Extraction out. (Work in progress.)"""
from __future__ import annotations

import hashlib

from extractors.record import Extraction


def extract(data: bytes) -> Extraction:
    return Extraction(sha256=hashlib.sha256(data).hexdigest(), status="unreadable", error="not implemented yet")


def extract_file(path: str) -> Extraction:
    with open(path, "rb") as f:
        return extract(f.read())
