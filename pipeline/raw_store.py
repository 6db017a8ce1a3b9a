"""A content-addressed store of the raw bytes of every downloaded file.

Files live at `<root>/<first two hex digits>/<sha256><suffix>`; the same bytes are kept once,
however many publications carry them, and a file is written to a temporary name and renamed,
so a store never holds half a file. `<root>/ids/<file id>` names the digest of each file id.
"""
from __future__ import annotations

import hashlib
import os
import tempfile
from pathlib import Path


class RawStore:
    def __init__(self, root: str | os.PathLike):
        self.root = Path(root)

    def path(self, sha256: str, suffix: str = ".pdf") -> Path:
        return self.root / sha256[:2] / f"{sha256}{suffix}"

    def has(self, sha256: str, suffix: str = ".pdf") -> bool:
        return self.path(sha256, suffix).is_file()

    def put(self, data: bytes, file_id: str | None = None, suffix: str = ".pdf") -> tuple[str, Path]:
        """Keep `data` (the file `file_id`); returns its sha256 and where it is."""
        sha256 = hashlib.sha256(data).hexdigest()
        target = self.path(sha256, suffix)
        if not target.is_file():
            _write_atomically(target, data)
        if file_id is not None:
            _write_atomically(self.root / "ids" / str(file_id), f"{sha256}{suffix}\n".encode())
        return sha256, target

    def find(self, file_id: str) -> Path | None:
        """Where the bytes of file `file_id` are kept, if they are."""
        try:
            name = (self.root / "ids" / str(file_id)).read_text().strip()
        except OSError:
            return None
        path = self.root / name[:2] / name
        return path if path.is_file() else None

    def get(self, sha256: str, suffix: str = ".pdf") -> bytes:
        return self.path(sha256, suffix).read_bytes()


def _write_atomically(target: Path, data: bytes) -> None:
    target.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=target.parent, prefix=".incoming-")
    try:
        with os.fdopen(fd, "wb") as f:
            f.write(data)
        os.replace(tmp, target)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
