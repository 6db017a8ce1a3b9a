"""Polite HTTP GETs to the configured site only: a pause between requests, timeouts, retries with
backoff on connection errors, 5xx and 429 (honouring Retry-After), conditional requests, a size cap
and no redirects to other hosts. Every way a request can fail ends as one `FetchError` with the
address and a one-line reason."""
from __future__ import annotations

import logging
import threading
import time
from collections.abc import Callable, MutableMapping
from dataclasses import dataclass, field
from email.utils import parsedate_to_datetime
from urllib.parse import urljoin, urlsplit

import requests

from sources.ofsted_reports.config import SiteConfig, host_key
from sources.ofsted_reports.models import Failure

log = logging.getLogger(__name__)

# url -> {"etag": ..., "last_modified": ...}: the caller keeps it between polls.
ValidatorCache = MutableMapping[str, dict[str, str]]


class FetchError(Exception):
    """A page or file that could not be had; `str()` is one line: address and reason."""

    def __init__(self, address: str, reason: str):
        super().__init__(f"{address}: {reason}")
        self.address = address
        self.reason = reason

    @property
    def failure(self) -> Failure:
        return Failure(self.address, self.reason)


class BodyProblem(Exception):
    """Raised by a body check. `retry`: the body looks cut short, so asking again may help."""

    def __init__(self, reason: str, retry: bool = False):
        super().__init__(reason)
        self.reason = reason
        self.retry = retry


class _Retry(Exception):
    def __init__(self, reason: str, wait: float | None = None):
        super().__init__(reason)
        self.reason = reason
        self.wait = wait


@dataclass(frozen=True)
class Fetched:
    url: str  # where the answer came from, after redirects
    content: bytes = field(repr=False)
    headers: dict[str, str] = field(default_factory=dict, repr=False)
    not_modified: bool = False  # 304: the cached validators still hold; content is empty


class Pacer:
    """Spaces the starts of requests to one site by at least `pause` seconds, across every client
    of this process that reads that site (a backfill's parallel tasks each have their own)."""

    _shared: dict[tuple, "Pacer"] = {}
    _shared_lock = threading.Lock()

    def __init__(self, pause: float):
        self.pause = pause
        self._lock = threading.Lock()
        self._last_start = float("-inf")

    @classmethod
    def for_site(cls, config: SiteConfig) -> "Pacer":
        key = (tuple(sorted(config.allowed_hosts)), config.pause)
        with cls._shared_lock:
            return cls._shared.setdefault(key, cls(config.pause))

    def wait_turn(self) -> None:
        with self._lock:
            wait = self._last_start + self.pause - time.monotonic()
            if wait > 0:
                time.sleep(wait)
            self._last_start = time.monotonic()


class PoliteSession:
    def __init__(self, config: SiteConfig, session: requests.Session | None = None):
        self.config = config
        self.session = session or requests.Session()
        self.session.headers.update({"User-Agent": config.user_agent})
        self._pacer = Pacer.for_site(config)
        self.requests_made = 0

    def get(self, url: str, *, cache: ValidatorCache | None = None,
            check: Callable[[bytes], None] | None = None, accept: str = "*/*") -> Fetched:
        """GET `url`, retrying what is worth retrying. `check(content)` may raise `BodyProblem`."""
        cfg = self.config
        if host_key(url) not in cfg.allowed_hosts:
            raise FetchError(url, f"{urlsplit(url).netloc} is not the configured site: refused")
        headers = {"Accept": accept, **_conditional_headers((cache or {}).get(url))}
        attempts = cfg.retries + 1
        for attempt in range(1, attempts + 1):
            try:
                fetched = self._follow(url, headers)
                if check is not None and not fetched.not_modified:
                    try:
                        check(fetched.content)
                    except BodyProblem as problem:
                        if problem.retry:
                            raise _Retry(problem.reason) from None
                        raise FetchError(url, problem.reason) from None
            except _Retry as retry:
                reason = retry.reason
                if retry.wait is not None and retry.wait > cfg.max_retry_after:
                    raise FetchError(url, f"{reason}, asked to wait {retry.wait:g} s "
                                          f"(more than the {cfg.max_retry_after:g} s allowed)") from None
                if attempt == attempts:
                    break
                wait = retry.wait if retry.wait is not None else cfg.backoff * 2 ** (attempt - 1)
                log.warning("%s: %s; retry %d of %d in %.2f s", url, reason, attempt, cfg.retries, wait)
                time.sleep(wait)
                continue
            if cache is not None and not fetched.not_modified:
                validators = _validators(fetched.headers)
                if validators:
                    cache[url] = validators
            return fetched
        raise FetchError(url, f"{reason}; gave up after {attempts} attempts")

    def _wait_turn(self) -> None:
        self._pacer.wait_turn()
        self.requests_made += 1

    def _follow(self, url: str, headers: dict[str, str]) -> Fetched:
        cfg = self.config
        current = url
        for _ in range(cfg.max_redirects + 1):
            self._wait_turn()
            try:
                resp = self.session.get(current, headers=headers, stream=True, allow_redirects=False,
                                        timeout=(cfg.connect_timeout, cfg.read_timeout))
            except requests.exceptions.ConnectTimeout:
                raise _Retry(f"could not connect within {cfg.connect_timeout:g} s") from None
            except requests.exceptions.ReadTimeout:
                raise _Retry(f"no answer within {cfg.read_timeout:g} s") from None
            except requests.exceptions.ConnectionError as e:
                raise _Retry(f"connection failed: {_describe(e)}") from None
            except requests.exceptions.RequestException as e:
                raise FetchError(url, _describe(e)) from None
            with resp:
                status = resp.status_code
                if status >= 300:
                    _drain(resp)  # so that the connection can be used again
                if resp.is_redirect:
                    target = urljoin(current, resp.headers["Location"])
                    if host_key(target) not in cfg.allowed_hosts:
                        raise FetchError(url, f"redirected to {urlsplit(target).netloc}, "
                                              "which is not the configured site: refused")
                    current = target
                    continue
                if status == 304:
                    return Fetched(current, b"", dict(resp.headers), not_modified=True)
                if status == 429 or status >= 500:
                    raise _Retry(f"HTTP {status} {resp.reason}", _retry_after(resp.headers.get("Retry-After")))
                if status >= 300:
                    hint = " (the site may be blocking this client)" if status == 403 else ""
                    raise FetchError(url, f"HTTP {status} {resp.reason}{hint}")
                return Fetched(current, self._read(resp, url), dict(resp.headers))
        raise FetchError(url, f"more than {cfg.max_redirects} redirects")

    def _read(self, resp: requests.Response, url: str) -> bytes:
        cap = self.config.max_bytes
        declared = resp.headers.get("Content-Length", "")
        expected = int(declared) if declared.isdigit() and not resp.headers.get("Content-Encoding") else None
        if expected is not None and expected > cap:
            raise FetchError(url, f"{expected:,} bytes is more than the {cap:,}-byte cap")
        body = bytearray()
        try:
            for chunk in resp.iter_content(64 * 1024):
                body += chunk
                if len(body) > cap:
                    raise FetchError(url, f"more than the {cap:,}-byte cap")
        except (requests.exceptions.ChunkedEncodingError, requests.exceptions.ConnectionError) as e:
            of = f" of {expected:,}" if expected is not None else ""
            raise _Retry(f"connection broken after {len(body):,}{of} bytes ({_describe(e)})") from None
        if expected is not None and len(body) != expected:
            raise _Retry(f"got {len(body):,} of the {expected:,} bytes announced")
        return bytes(body)


def _drain(resp: requests.Response, limit: int = 256 * 1024) -> None:
    """Read a small answer's body to its end; a large or broken one just closes the connection."""
    read = 0
    try:
        for chunk in resp.iter_content(64 * 1024):
            read += len(chunk)
            if read > limit:
                return
    except requests.exceptions.RequestException:
        return


def _conditional_headers(validators: dict[str, str] | None) -> dict[str, str]:
    validators = validators or {}
    headers = {}
    if validators.get("etag"):
        headers["If-None-Match"] = validators["etag"]
    if validators.get("last_modified"):
        headers["If-Modified-Since"] = validators["last_modified"]
    return headers


def _validators(headers: dict[str, str]) -> dict[str, str]:
    lower = {k.lower(): v for k, v in headers.items()}
    return {name: lower[header] for name, header in (("etag", "etag"), ("last_modified", "last-modified"))
            if lower.get(header)}


def _retry_after(value: str | None) -> float | None:
    """Seconds to wait from a Retry-After header: a number or an HTTP date."""
    if not value:
        return None
    value = value.strip()
    if value.isdigit():
        return float(value)
    try:
        return max(0.0, parsedate_to_datetime(value).timestamp() - time.time())
    except (TypeError, ValueError):
        return None


def _describe(error: BaseException) -> str:
    """The most telling one-line cause of a requests/urllib3 error: 'Connection refused',
    'Connection reset by peer', ..."""
    seen: set[int] = set()
    stack: list[object] = [error]
    while stack:
        e = stack.pop(0)
        if id(e) in seen or not isinstance(e, BaseException):
            continue
        seen.add(id(e))
        if isinstance(e, OSError) and e.strerror:
            return e.strerror
        stack.extend([*e.args, e.__cause__, e.__context__, getattr(e, "reason", None)])
    text = str(error).splitlines()[0] if str(error) else type(error).__name__
    return text if len(text) <= 160 else text[:157] + "..."
