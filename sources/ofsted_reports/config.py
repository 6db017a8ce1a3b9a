"""Where the site is and how politely to read it. The real site by default; tests point it at the replica."""
from __future__ import annotations

from dataclasses import dataclass
from urllib.parse import urlsplit

REAL_SITE_URL = "https://reports.ofsted.gov.uk"
REAL_FILES_URL = "https://files.ofsted.gov.uk"
USER_AGENT = "ofsted-pipeline/0.1 (+https://github.com/ofsted-pipeline; children's services inspection tracker)"

# Children's social care (level 1 type 3), local authority children's services (level 2 type 12).
SEARCH_PATH = "/search?q=&location=&lat=&lon=&radius=&level_1_types=3&level_2_types%5B%5D=12"
MAX_ROWS = 100  # the site's cap since February 2025


@dataclass(frozen=True)
class SiteConfig:
    """Settings of one source client.

    `files_url` empty means: files.ofsted.gov.uk for the real site, else the site's own address
    (the replica serves pages and files from one address).
    """

    site_url: str = REAL_SITE_URL
    files_url: str = ""
    pause: float = 1.0  # seconds between the start of one request and the next
    connect_timeout: float = 10.0
    read_timeout: float = 60.0
    retries: int = 4  # further attempts after the first, on connection errors, 5xx and 429
    backoff: float = 2.0  # wait before the first retry, doubling each time
    max_retry_after: float = 300.0  # a longer Retry-After gives up instead of waiting
    max_bytes: int = 50 * 1024 * 1024
    max_redirects: int = 5
    rows: int = MAX_ROWS
    user_agent: str = USER_AGENT

    def __post_init__(self) -> None:
        object.__setattr__(self, "site_url", self.site_url.rstrip("/"))
        files = self.files_url or (REAL_FILES_URL if self.site_url == REAL_SITE_URL else self.site_url)
        object.__setattr__(self, "files_url", files.rstrip("/"))
        if not 1 <= self.rows <= MAX_ROWS:
            raise ValueError(f"rows must be 1 to {MAX_ROWS}, not {self.rows}")
        for url in (self.site_url, self.files_url):
            if urlsplit(url).scheme not in ("http", "https") or not urlsplit(url).hostname:
                raise ValueError(f"not an http(s) address: {url!r}")

    @classmethod
    def local(cls, site_url: str, **overrides) -> "SiteConfig":
        """A config for a replica on this machine: no pause, short waits."""
        settings = dict(pause=0.0, connect_timeout=2.0, read_timeout=10.0, backoff=0.05, max_retry_after=5.0)
        return cls(site_url=site_url, **{**settings, **overrides})

    @property
    def allowed_hosts(self) -> frozenset[tuple[str, int]]:
        """(host, port) of the site and files addresses: the only places requests may go."""
        return frozenset(host_key(u) for u in (self.site_url, self.files_url))

    def search_url(self, start: int) -> str:
        return f"{self.site_url}{SEARCH_PATH}&start={start}&rows={self.rows}"

    def file_url(self, file_id: str) -> str:
        return f"{self.files_url}/v1/file/{file_id}"


def host_key(url: str) -> tuple[str, int]:
    parts = urlsplit(url)
    return (parts.hostname or "").lower(), parts.port or (443 if parts.scheme == "https" else 80)
