"""Client of Ofsted's reports site (reports.ofsted.gov.uk, files.ofsted.gov.uk).

There is no feed or API: new reports are found by reading the search pages and each authority's
page and comparing file ids with those already known.

    with ReportsClient(SiteConfig()) as client:
        result = poll(client, known_file_ids)
        batch = download_files(client, [p.file_id for p in result.publications], folder)
"""
from sources.ofsted_reports.client import ReportsClient
from sources.ofsted_reports.config import REAL_FILES_URL, REAL_SITE_URL, USER_AGENT, SiteConfig
from sources.ofsted_reports.models import Authority, Download, Failure, Publication
from sources.ofsted_reports.pages import parse_provider_page, parse_search_page
from sources.ofsted_reports.poll import DownloadBatch, PollResult, download_files, poll
from sources.ofsted_reports.save import save_download
from sources.ofsted_reports.transport import FetchError, ValidatorCache

__all__ = [
    "REAL_FILES_URL", "REAL_SITE_URL", "USER_AGENT", "Authority", "Download", "DownloadBatch", "Failure",
    "FetchError", "PollResult", "Publication", "ReportsClient", "SiteConfig", "ValidatorCache",
    "download_files", "parse_provider_page", "parse_search_page", "poll", "save_download",
]
