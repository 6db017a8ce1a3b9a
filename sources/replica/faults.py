"""Faults the replica serves on demand, for reliability tests.

kind: an HTTP status ("500", "503", "429", "403", ...; 429 and 503 carry Retry-After),
"slow" (wait `delay` s before answering), "reset" (announce the whole body, send half, reset the
connection), "truncate" (serve the first half as if it were all), "redirect" (302 to `host`).
path: a glob matched against the request's path and query ("/v1/file/*", "/search*start=100*").
count: how many matching requests it hits; 0 means all of them."""
from __future__ import annotations

import threading
from dataclasses import asdict, dataclass
from fnmatch import fnmatchcase

BEHAVIOURS = ("slow", "reset", "truncate", "redirect")


@dataclass
class Fault:
    kind: str
    path: str = "*"
    count: int = 1
    retry_after: int = 1
    delay: float = 2.0
    host: str = "files.example.invalid"
    hits: int = 0

    def __post_init__(self) -> None:
        self.kind = str(self.kind).strip().lower()
        if self.kind not in BEHAVIOURS and not (self.kind.isdigit() and 400 <= int(self.kind) <= 599):
            raise ValueError(f"unknown fault kind {self.kind!r}: "
                             f"an HTTP status 400-599 or one of {', '.join(BEHAVIOURS)}")
        if int(self.count) < 0:
            raise ValueError("count must be 0 (every time) or more")
        self.count, self.retry_after, self.delay = int(self.count), int(self.retry_after), float(self.delay)

    @property
    def status(self) -> int | None:
        return int(self.kind) if self.kind.isdigit() else None

    @classmethod
    def from_json(cls, data: dict) -> "Fault":
        if not isinstance(data, dict) or "kind" not in data:
            raise ValueError('a fault is a JSON object with at least "kind"')
        unknown = set(data) - {"kind", "path", "count", "retry_after", "delay", "host"}
        if unknown:
            raise ValueError(f"unknown fault field(s): {', '.join(sorted(unknown))}")
        return cls(**data)

    def to_json(self) -> dict:
        return asdict(self)


class FaultBook:
    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._faults: list[Fault] = []

    def add(self, fault: Fault) -> Fault:
        with self._lock:
            self._faults.append(fault)
        return fault

    def clear(self) -> None:
        with self._lock:
            self._faults.clear()

    def take(self, target: str) -> Fault | None:
        """The first fault that matches `target` and is not used up; counts the hit."""
        with self._lock:
            for fault in self._faults:
                if fnmatchcase(target, fault.path) and (fault.count == 0 or fault.hits < fault.count):
                    fault.hits += 1
                    return fault
        return None

    def to_json(self) -> list[dict]:
        with self._lock:
            return [f.to_json() for f in self._faults]
