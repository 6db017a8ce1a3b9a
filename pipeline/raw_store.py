"""A content-addressed store of the raw bytes of every downloaded file.

Files live at `<root>/<first two hex digits>/<sha256><suffix>`; the same bytes are kept once,
however many publications carry them, and a file is written to a temporary name and renamed,
so a store never holds half a file.
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

    def put(self, data: bytes, suffix: str = ".pdf") -> tuple[str, Path]:
        """Keep `data`; returns its sha256 and where it is."""
        sha256 = hashlib.sha256(data).hexdigest()
        target = self.path(sha256, suffix)
        if target.is_file():
            return sha256, target
        target.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=target.parent, prefix=".incoming-")
        try:
            with os.fdopen(fd, "wb") as f:
                f.write(data)
            os.replace(tmp, target)
        except BaseException:
            Path(tmp).unlink(missing_ok=True)
            raise
        return sha256, target

    def get(self, sha256: str, suffix: str = ".pdf") -> bytes:
        return self.path(sha256, suffix).read_bytes()
