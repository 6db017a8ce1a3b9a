"""Extractors: pure functions from a document's bytes to an `Extraction` record."""
from extractors.record import EXTRACTOR_VERSION, Extraction
from extractors.report import extract, extract_file

__all__ = ["EXTRACTOR_VERSION", "Extraction", "extract", "extract_file"]
