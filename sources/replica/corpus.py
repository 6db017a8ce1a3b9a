"""The corpus folder (`../shared/corpus`) as the replica serves it: the manifest's files, every
English authority, and Ofsted's real "Report not found" page."""
from __future__ import annotations

import csv
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path


class CorpusError(Exception):
    """The corpus folder is missing or unreadable; the message is one line."""


@dataclass(frozen=True)
class CorpusAuthority:
    urn: str
    name: str
    la_code: str = ""
    region_code: str = ""
    region: str = ""


@dataclass(frozen=True)
class CorpusFile:
    file_id: str
    urn: str
    local_authority: str
    title: str
    published: date
    sha256: str
    size: int
    path: Path

    def read(self) -> bytes:
        return self.path.read_bytes()


@dataclass(frozen=True)
class MadeFile(CorpusFile):
    """A file held in memory rather than in the corpus folder: a publication added for a test or
    a demonstration (`Replica.publish`), such as a letter built by tests/letters_for_tests.py."""

    content: bytes = b""

    def read(self) -> bytes:
        return self.content


@dataclass
class Corpus:
    root: Path
    authorities: list[CorpusAuthority]  # alphabetical, as the search pages list them
    files: dict[str, CorpusFile]
    not_found_page: bytes | None = None  # Ofsted's own, where the corpus holds a copy
    by_urn: dict[str, list[CorpusFile]] = field(init=False)  # newest first
    by_provider_id: dict[str, CorpusAuthority] = field(init=False)  # URN or 3-digit LA code

    def __post_init__(self) -> None:
        self.by_urn = {a.urn: [] for a in self.authorities}
        for f in sorted(self.files.values(), key=lambda f: (f.published, f.file_id), reverse=True):
            self.by_urn.setdefault(f.urn, []).append(f)
        self.by_provider_id = {**{a.la_code: a for a in self.authorities if a.la_code},
                               **{a.urn: a for a in self.authorities}}

    def add(self, file: CorpusFile) -> None:
        """Publish one more file (its authority must be listed)."""
        if file.urn not in self.by_urn:
            raise ValueError(f"no authority with URN {file.urn} in the corpus")
        self.files[file.file_id] = file
        self.__post_init__()

    def only(self, urns: set[str]) -> "Corpus":
        """A corpus of these authorities alone (a small replica for tests and benchmarks)."""
        return Corpus(root=self.root, authorities=[a for a in self.authorities if a.urn in urns],
                      files={k: f for k, f in self.files.items() if f.urn in urns}, not_found_page=self.not_found_page)


def load_corpus(folder: Path | str) -> Corpus:
    root = Path(folder)
    manifest, authorities_csv = root / "manifest.csv", root / "authorities.csv"
    if not manifest.is_file():
        raise CorpusError(f"no corpus at {root}: {manifest.name} not found")
    try:
        files = {row["file_id"]: CorpusFile(
            file_id=row["file_id"], urn=row["urn"], local_authority=row["local_authority"], title=row["title"],
            published=date.fromisoformat(row["published"]), sha256=row["sha256"], size=int(row["bytes"]),
            path=root / row["path"]) for row in _rows(manifest)}
        authorities = {row["urn"]: CorpusAuthority(urn=row["urn"], name=row["name"], la_code=row["la_code"],
                                                   region_code=row["region_code"], region=row["region"])
                       for row in (_rows(authorities_csv) if authorities_csv.is_file() else [])}
    except (KeyError, ValueError) as e:
        raise CorpusError(f"{root}: unreadable manifest or authorities table ({type(e).__name__}: {e})") from None
    for f in files.values():  # an authority of the manifest missing from the table is still listed
        authorities.setdefault(f.urn, CorpusAuthority(urn=f.urn, name=f.local_authority))
    ordered = sorted(authorities.values(), key=lambda a: a.name.casefold())
    return Corpus(root=root, authorities=ordered, files=files, not_found_page=_find_not_found_page(files.values()))


def _rows(path: Path) -> list[dict[str, str]]:
    with path.open(newline="", encoding="utf-8") as f:
        return list(csv.DictReader(f))


def _find_not_found_page(files) -> bytes | None:
    """The corpus keeps Ofsted's "Report not found" page where a report had been: small, not a PDF."""
    for f in sorted(files, key=lambda f: f.size):
        if f.size > 64 * 1024:
            break
        try:
            content = f.read()
        except OSError:
            continue
        if not content.startswith(b"%PDF") and b"Report not found" in content:
            return content
    return None
