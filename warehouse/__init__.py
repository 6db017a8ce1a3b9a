"""The DuckDB warehouse: every publication, inspection and judgement, rating changes, an outbox.

    from warehouse import connect, load_report
    with connect() as wh:                       # data/ofsted.duckdb, or $OFSTED_WAREHOUSE ...
        result = load_report(wh.conn, publication, extraction)

See warehouse/README.md.
"""
# Imported on first use (PEP 562), so that a command which only reads the warehouse (`ofsted site`,
# `ofsted sql`) does not pay for the extractors that loading needs.
from importlib import import_module

_WHERE = {
    "ArticleMeta": "warehouse.articles",
    "ArticleResult": "warehouse.articles",
    "article_id": "warehouse.articles",
    "known_article_urls": "warehouse.articles",
    "relink_claims": "warehouse.articles",
    "save_article": "warehouse.articles",
    "LATEST_VERSION": "warehouse.db",
    "instance_id": "warehouse.db",
    "Warehouse": "warehouse.db",
    "WarehouseBusy": "warehouse.db",
    "WarehouseError": "warehouse.db",
    "WarehouseMissing": "warehouse.db",
    "connect": "warehouse.db",
    "migrate": "warehouse.db",
    "schema_version": "warehouse.db",
    "warehouse_path": "warehouse.db",
    "LoadResult": "warehouse.load",
    "Publication": "warehouse.load",
    "extraction_from_json": "warehouse.load",
    "load_batch": "warehouse.load",
    "load_report": "warehouse.load",
    "load_reports": "warehouse.load",
    "quarantine_reason": "warehouse.load",
    "save_discovered": "warehouse.load",
    "save_extraction": "warehouse.load",
    "save_publication": "warehouse.load",
    "CLAIM_DISPUTED": "warehouse.outbox",
    "INSPECTION_LOADED": "warehouse.outbox",
    "PUBLICATION_DISCOVERED": "warehouse.outbox",
    "RATING_CHANGED": "warehouse.outbox",
    "RATING_REPORTED": "warehouse.outbox",
    "Event": "warehouse.outbox",
    "mark_published": "warehouse.outbox",
    "pending_events": "warehouse.outbox",
}


def __getattr__(name: str):
    module = _WHERE.get(name)
    if module is None:
        raise AttributeError(f"module 'warehouse' has no attribute {name!r}")
    value = getattr(import_module(module), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted(set(globals()) | set(_WHERE))


__all__ = list(_WHERE)
