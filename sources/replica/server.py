"""A local replica of reports.ofsted.gov.uk and files.ofsted.gov.uk over the corpus folder: a real
HTTP server on 127.0.0.1 serving search pages, provider pages and files, a clock (`as_of`) that
hides what was not yet published, and faults on demand.

Control endpoints (JSON):
    GET  /_replica/state                       as-of date, faults, stats
    GET  /_replica/as-of   POST /_replica/as-of?date=2019-01-01   (date= empty shows everything)
    GET  /_replica/faults  POST /_replica/faults {"kind": "500", "path": "/v1/file/*", "count": 1}
    DELETE /_replica/faults
    GET  /_replica/stats   POST /_replica/stats/reset
"""
from __future__ import annotations

import hashlib
import json
import logging
import re
import socket
import struct
import sys
import threading
import time
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from email.utils import format_datetime, parsedate_to_datetime
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from urllib.parse import parse_qs, parse_qsl, urlencode, urlsplit

from sources.replica import markup
from sources.replica.corpus import Corpus, CorpusFile, load_corpus
from sources.replica.faults import Fault, FaultBook
from sources.replica.news import NewsDesk

log = logging.getLogger(__name__)

PROVIDER_PATH = re.compile(r"^/provider/\d+/(?P<id>[A-Za-z0-9]+)/?$")
FILE_PATH = re.compile(r"^/v1/file/(?P<id>[^/]+)/?$")
HTML = "text/html; charset=UTF-8"
DEFAULT_ROWS, MAX_ROWS = 10, 100


def parse_as_of(value: str | date | None) -> date | None:
    """'2019-01-01' -> date; '' / 'none' / None -> None (everything shown)."""
    if value is None or isinstance(value, date):
        return value
    value = value.strip()
    if value.lower() in ("", "none", "all", "now"):
        return None
    try:
        return date.fromisoformat(value)
    except ValueError:
        raise ValueError(f"not a date (YYYY-MM-DD): {value!r}") from None


class ReplicaState:
    """What the handlers share: the corpus, the clock, the faults and the counters."""

    def __init__(self, corpus: Corpus, as_of: date | None = None, la_code_links: Iterable[str] = ()):
        self.corpus = corpus
        self.as_of = as_of
        self.la_code_links = frozenset(la_code_links)  # URNs whose search result links the LA code
        self.news = NewsDesk.load(corpus.root.parent / "seeds")  # the seed articles beside the corpus
        self.faults = FaultBook()
        self.show_latest_dates = True  # False: search results without "Latest report" (a changed page)
        self.results_cap: int | None = None  # list at most this many results in all, still stating the total
        self._stats: Counter[str] = Counter()
        self.user_agents: Counter[str] = Counter()
        self._lock = threading.Lock()

    def count(self, key: str, user_agent: str | None = None) -> None:
        with self._lock:
            self._stats[key] += 1
            if user_agent is not None:
                self.user_agents[user_agent] += 1

    def stats(self) -> dict[str, int]:
        keys = ("requests", "search_pages", "provider_pages", "file_requests", "files_served", "not_found",
                "not_modified", "faults", "news_pages")
        with self._lock:
            return {k: self._stats[k] for k in keys}

    def reset_stats(self) -> None:
        with self._lock:
            self._stats.clear()
            self.user_agents.clear()

    def published(self, urn: str) -> list[CorpusFile]:
        as_of = self.as_of
        return [f for f in self.corpus.by_urn.get(urn, []) if as_of is None or f.published <= as_of]

    def to_json(self) -> dict:
        return {"as_of": self.as_of.isoformat() if self.as_of else None, "faults": self.faults.to_json(),
                "stats": self.stats(), "user_agents": self.agents()}

    def agents(self) -> dict[str, int]:
        with self._lock:
            return dict(self.user_agents)


@dataclass
class Reply:
    status: int
    body: bytes
    content_type: str = HTML
    etag: str | None = None
    last_modified: date | None = None
    stat: str = ""
    headers: dict[str, str] = field(default_factory=dict)


class ReplicaHandler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    server_version = "OfstedReplica/0.1"
    timeout = 30  # idle keep-alive connections are closed after this
    disable_nagle_algorithm = True  # headers and body go in separate writes
    server: "ReplicaServer"

    def log_message(self, format: str, *args) -> None:
        log.debug("%s %s", self.address_string(), format % args)

    @property
    def state(self) -> ReplicaState:
        return self.server.state

    # -- the site ---------------------------------------------------------------------------
    def do_GET(self) -> None:
        url = urlsplit(self.path)
        if url.path.startswith("/_replica/"):
            return self._control(url)
        self.state.count("requests", self.headers.get("User-Agent", ""))
        fault = self.state.faults.take(self.path)
        if fault is not None:
            self.state.count("faults")
            if fault.kind == "slow":
                time.sleep(fault.delay)
            elif fault.status is not None:
                headers = {"Retry-After": str(fault.retry_after)} if fault.status in (429, 503) else {}
                page = markup.page("Error", f"<h1>{fault.status} {self.responses.get(fault.status, ('',))[0]}</h1>")
                return self._send(Reply(fault.status, page.encode(), headers=headers))
            elif fault.kind == "redirect":
                return self._send(Reply(302, b"", headers={"Location": f"http://{fault.host}{self.path}"}))
        reply = self._route(url.path, url.query)
        if reply.status == 200 and self._not_modified(reply):
            self.state.count("not_modified")
            return self._send(Reply(304, b"", etag=reply.etag, last_modified=reply.last_modified))
        if reply.stat:
            self.state.count(reply.stat)
        self._send(reply, fault)

    def _route(self, path: str, query: str) -> Reply:
        if path == "/search":
            self.state.count("search_pages")
            return self._search(query)
        if m := PROVIDER_PATH.match(path):
            self.state.count("provider_pages")
            return self._provider(m["id"])
        if m := FILE_PATH.match(path):
            self.state.count("file_requests")
            return self._file(m["id"])
        if path == "/":
            s = self.state
            return Reply(200, markup.index_page(self.base, len(s.corpus.files), len(s.corpus.authorities),
                                                s.as_of).encode())
        news = self.state.news.route(path, self.state.as_of, self.base)
        if news is not None:
            status, page, kind, modified = news
            body = page.encode()
            return Reply(status, body, kind, etag=_etag(body) if status == 200 else None, last_modified=modified,
                         stat="news_pages")
        return Reply(404, markup.not_found_page().encode())

    @property
    def base(self) -> str:
        host, port = self.server.server_address[:2]
        return f"http://{self.headers.get('Host') or f'{host}:{port}'}"

    def _search(self, query: str) -> Reply:
        params = parse_qs(query, keep_blank_values=True)
        start = max(0, _int(params, "start", 0))
        rows = min(max(1, _int(params, "rows", DEFAULT_ROWS)), MAX_ROWS)
        regions = {v for k, vs in params.items() if re.fullmatch(r"region(\[\d*\])?", k) for v in vs if v}
        matching = [a for a in self.state.corpus.authorities if not regions or a.region_code in regions]
        shown = matching[:self.state.results_cap] if self.state.results_cap is not None else matching
        results = []
        for a in shown[start:start + rows]:
            linked = a.la_code if a.urn in self.state.la_code_links and a.la_code else a.urn
            files = self.state.published(a.urn)
            latest = files[0].published if files and self.state.show_latest_dates else None
            results.append(markup.SearchResult(a.name, f"/provider/44/{linked}", a.urn, latest))
        next_href = None
        if start + rows < len(shown):
            pairs = [(k, v) for k, v in parse_qsl(query, keep_blank_values=True) if k != "start"]
            next_href = "/search?" + urlencode([*pairs, ("start", str(start + rows))])
        body = markup.search_page(results, len(matching), start, next_href).encode()
        return Reply(200, body, etag=_etag(body))

    def _provider(self, provider_id: str) -> Reply:
        authority = self.state.corpus.by_provider_id.get(provider_id)
        if authority is None:
            return Reply(404, markup.not_found_page("Provider").encode())
        files = self.state.published(authority.urn)
        body = markup.provider_page(authority.name, files, self.base).encode()
        return Reply(200, body, etag=_etag(body), last_modified=files[0].published if files else None)

    def _file(self, file_id: str) -> Reply:
        f = self.state.corpus.files.get(file_id)
        if f is None or (self.state.as_of is not None and f.published > self.state.as_of):
            return Reply(200, self.state.corpus.not_found_page or markup.FALLBACK_NOT_FOUND.encode(),
                         stat="not_found")
        content = f.read()
        kind = "application/pdf" if content.startswith(b"%PDF") else HTML
        return Reply(200, content, kind, etag=f'"{f.sha256}"', last_modified=f.published, stat="files_served")

    def _not_modified(self, reply: Reply) -> bool:
        if_none_match = self.headers.get("If-None-Match")
        if if_none_match is not None:
            tags = {t.strip().removeprefix("W/") for t in if_none_match.split(",")}
            return reply.etag is not None and ("*" in tags or reply.etag in tags)
        since = self.headers.get("If-Modified-Since")
        if since and reply.last_modified:
            try:
                return _http_date(reply.last_modified) <= parsedate_to_datetime(since)
            except (TypeError, ValueError):
                return False
        return False

    def _send(self, reply: Reply, fault: Fault | None = None) -> None:
        body = reply.body
        if fault is not None and fault.kind == "truncate":
            body = body[: len(body) // 2]
        try:
            self.send_response(reply.status)
            if reply.status != 304:
                self.send_header("Content-Type", reply.content_type)
            if reply.etag:
                self.send_header("ETag", reply.etag)
            if reply.last_modified:
                self.send_header("Last-Modified", format_datetime(_http_date(reply.last_modified), usegmt=True))
            for name, value in reply.headers.items():
                self.send_header(name, value)
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            if self.command == "HEAD":
                return
            if fault is not None and fault.kind == "reset":
                self.wfile.write(body[: len(body) // 2])
                return self._reset()
            self.wfile.write(body)
        except OSError:  # the client went away (e.g. it timed out on a slow answer)
            self.close_connection = True

    def _reset(self) -> None:
        """Drop the connection with a TCP reset, mid-body."""
        self.close_connection = True
        self.connection.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
        self.rfile.close()
        self.connection.close()

    # -- control ----------------------------------------------------------------------------
    def do_POST(self) -> None:
        self._control(urlsplit(self.path))

    def do_DELETE(self) -> None:
        self._control(urlsplit(self.path))

    def _control(self, url) -> None:
        state, method, path = self.state, self.command, url.path.rstrip("/")
        try:
            payload = self._json_body()
            if path == "/_replica/state" and method == "GET":
                return self._json(state.to_json())
            if path == "/_replica/as-of" and method in ("GET", "POST"):
                if method == "POST":
                    params = parse_qs(url.query, keep_blank_values=True)
                    value = params["date"][0] if "date" in params else (payload or {}).get("date")
                    state.as_of = parse_as_of(value)
                return self._json({"as_of": state.as_of.isoformat() if state.as_of else None})
            if path == "/_replica/faults":
                if method == "POST":
                    for item in payload if isinstance(payload, list) else [payload]:
                        state.faults.add(Fault.from_json(item))
                elif method == "DELETE":
                    state.faults.clear()
                return self._json(state.faults.to_json())
            if path == "/_replica/stats" and method == "GET":
                return self._json(state.stats())
            if path == "/_replica/stats/reset" and method == "POST":
                state.reset_stats()
                return self._json(state.stats())
        except ValueError as e:  # json.JSONDecodeError too
            return self._json({"error": str(e)}, 400)
        except TypeError as e:
            return self._json({"error": f"bad fault: {e}"}, 400)
        self._json({"error": f"no {method} {path}"}, 404)

    def _json_body(self):
        length = int(self.headers.get("Content-Length") or 0)
        raw = self.rfile.read(length) if length else b""
        return json.loads(raw) if raw.strip() else None

    def _json(self, data, status: int = 200) -> None:
        self._send(Reply(status, json.dumps(data, indent=1).encode() + b"\n", "application/json"))


class ReplicaServer(ThreadingHTTPServer):
    daemon_threads = True
    allow_reuse_address = True

    def __init__(self, address: tuple[str, int], state: ReplicaState):
        super().__init__(address, ReplicaHandler)
        self.state = state

    def handle_error(self, request, client_address) -> None:
        if isinstance(sys.exc_info()[1], (ConnectionError, TimeoutError)):
            return
        log.error("replica: error serving %s", client_address, exc_info=True)


class Replica:
    """The replica on a port of 127.0.0.1, in a background thread: for tests, demos, benchmarks.

        with Replica("../shared/corpus", as_of="2019-01-01") as replica:
            client = ReportsClient(SiteConfig.local(replica.url))
            replica.set_as_of("2023-01-01"); replica.add_fault("500", "/v1/file/*", count=2)
    """

    def __init__(self, corpus: Corpus | Path | str, *, host: str = "127.0.0.1", port: int = 0,
                 as_of: date | str | None = None, la_code_links: Iterable[str] = ()):
        corpus = corpus if isinstance(corpus, Corpus) else load_corpus(corpus)
        self.state = ReplicaState(corpus, parse_as_of(as_of), la_code_links)
        self.server = ReplicaServer((host, port), self.state)
        self._thread: threading.Thread | None = None

    @property
    def url(self) -> str:
        host, port = self.server.server_address[:2]
        return f"http://{host}:{port}"

    @property
    def corpus(self) -> Corpus:
        return self.state.corpus

    def start(self) -> "Replica":
        self._thread = threading.Thread(target=self.server.serve_forever, kwargs={"poll_interval": 0.05},
                                        name="ofsted-replica", daemon=True)
        self._thread.start()
        return self

    def serve_forever(self) -> None:
        self.server.serve_forever(poll_interval=0.2)

    def stop(self) -> None:
        if self._thread is not None:
            self.server.shutdown()
            self._thread.join(timeout=5)
            self._thread = None
        self.server.server_close()

    def __enter__(self) -> "Replica":
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.stop()

    def set_as_of(self, value: date | str | None) -> None:
        self.state.as_of = parse_as_of(value)

    def publish(self, urn: str, title: str, published: date | str, content: bytes, file_id: str | None = None) -> str:
        """Publish one more file on an authority's page (in memory; shown from `published` on,
        like the corpus's files). Returns its file id: by default one above every id held."""
        from sources.replica.corpus import MadeFile

        corpus = self.state.corpus
        file_id = file_id or str(max((int(f) for f in corpus.files if f.isdigit()), default=0) + 1)
        name = next((a.name for a in corpus.authorities if a.urn == str(urn)), str(urn))
        corpus.add(MadeFile(file_id=file_id, urn=str(urn), local_authority=name, title=title,
                            published=parse_as_of(published) if isinstance(published, str) else published,
                            sha256=hashlib.sha256(content).hexdigest(), size=len(content), path=Path("/made-for-tests"),
                            content=content))
        return file_id

    def add_fault(self, kind: str, path: str = "*", count: int = 1, **params) -> Fault:
        return self.state.faults.add(Fault(kind=kind, path=path, count=count, **params))

    def clear_faults(self) -> None:
        self.state.faults.clear()

    def stats(self) -> dict[str, int]:
        return self.state.stats()

    def reset(self) -> None:
        """Back to a fresh start: no faults, no counts, everything published shown."""
        self.state.faults.clear()
        self.state.reset_stats()
        self.state.as_of = None
        self.state.show_latest_dates, self.state.results_cap = True, None


def _int(params: dict[str, list[str]], name: str, default: int) -> int:
    try:
        return int(params[name][0])
    except (KeyError, IndexError, ValueError):
        return default


def _etag(body: bytes) -> str:
    return f'"{hashlib.sha256(body).hexdigest()[:20]}"'


def _http_date(d: date) -> datetime:
    return datetime(d.year, d.month, d.day, tzinfo=UTC)
