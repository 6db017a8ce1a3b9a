"""The DuckDB warehouse: every publication, inspection and judgement, rating changes, an outbox.

    from warehouse import connect, load_report
    with connect() as wh:                       # data/ofsted.duckdb, or $OFSTED_WAREHOUSE ...
        result = load_report(wh.conn, publication, extraction)

See warehouse/README.md.
"""
from warehouse.articles import (ArticleMeta, ArticleResult, article_id, known_article_urls, relink_claims,
                                save_article)
from warehouse.db import (LATEST_VERSION, instance_id, Warehouse, WarehouseBusy, WarehouseError, WarehouseMissing,
                          connect, migrate, schema_version, warehouse_path)
from warehouse.load import (LoadResult, Publication, extraction_from_json, load_batch, load_report,
                            load_reports, quarantine_reason, save_discovered, save_extraction,
                            save_publication)
from warehouse.outbox import (CLAIM_DISPUTED, INSPECTION_LOADED, PUBLICATION_DISCOVERED, RATING_CHANGED,
                              RATING_REPORTED, Event, mark_published, pending_events)

__all__ = [
    "LATEST_VERSION", "instance_id", "Warehouse", "WarehouseBusy", "WarehouseError", "WarehouseMissing", "connect",
    "migrate", "schema_version", "warehouse_path", "LoadResult", "Publication", "extraction_from_json",
    "load_batch", "load_report", "load_reports", "quarantine_reason", "save_extraction",
    "save_publication", "save_discovered", "INSPECTION_LOADED", "PUBLICATION_DISCOVERED", "RATING_CHANGED", "Event", "mark_published", "pending_events",
    "ArticleMeta", "ArticleResult", "article_id", "known_article_urls", "relink_claims", "save_article",
    "CLAIM_DISPUTED", "RATING_REPORTED",
]
