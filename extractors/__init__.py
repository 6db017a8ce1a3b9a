"""Extractors: pure functions from a document's bytes to an `Extraction` record.

Names are imported on first use (PEP 562): a module that needs only a small part, such as
`extractors.codes` (the grade and area codes the warehouse checks), does not pay for the PDF
readers that `extract` needs (~1.4 s), so `ofsted site` and `ofsted sql` start fast.
"""
from importlib import import_module

_WHERE = {
    "EXTRACTOR_VERSION": "extractors.record",
    "Extraction": "extractors.record",
    "extract": "extractors.report",
    "extract_file": "extractors.report",
}
__all__ = list(_WHERE)


def __getattr__(name: str):
    module = _WHERE.get(name)
    if module is None:
        raise AttributeError(f"module 'extractors' has no attribute {name!r}")
    value = getattr(import_module(module), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted(list(globals()) + __all__)
