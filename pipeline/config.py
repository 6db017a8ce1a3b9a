"""Where the pipeline reads from and writes to: the site, the warehouse file, the raw store."""
from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import urlsplit

from sources.ofsted_reports import REAL_SITE_URL, ReportsClient, SiteConfig
from warehouse import warehouse_path

LOCAL_HOSTS = frozenset({"127.0.0.1", "localhost", "::1"})


@dataclass(frozen=True)
class PipelineConfig:
    site_url: str = REAL_SITE_URL
    pause: float | None = None  # seconds between requests: 1 s for the real site, 0 for a replica here
    db: str | None = None       # the warehouse file; None: $OFSTED_WAREHOUSE, $OFSTED_DATA_DIR or ./data

    @classmethod
    def from_env(cls, site_url: str | None = None, pause: float | None = None, db: str | None = None) -> "PipelineConfig":
        return cls(site_url=site_url or os.environ.get("OFSTED_SITE") or REAL_SITE_URL, pause=pause, db=db)

    @property
    def warehouse(self) -> Path:
        return warehouse_path(self.db)

    @property
    def raw_dir(self) -> Path:
        """Raw downloads, content-addressed, beside the warehouse file."""
        return self.warehouse.parent / "raw"

    @property
    def is_local(self) -> bool:
        return (urlsplit(self.site_url).hostname or "") in LOCAL_HOSTS

    def site_config(self) -> SiteConfig:
        overrides = {} if self.pause is None else {"pause": self.pause}
        if self.is_local:
            return SiteConfig.local(self.site_url, **overrides)
        return SiteConfig(site_url=self.site_url, **overrides)

    def client(self) -> ReportsClient:
        return ReportsClient(self.site_config())
