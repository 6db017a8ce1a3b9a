"""Writing downloaded files: whole or not at all (a temporary name, then an atomic rename)."""
from __future__ import annotations

import os
import tempfile
from pathlib import Path

from sources.ofsted_reports.models import Download


def save_download(download: Download, folder: Path) -> Path:
    """Write `<folder>/<file_id>.pdf`; an interrupted write leaves no file behind."""
    folder = Path(folder)
    folder.mkdir(parents=True, exist_ok=True)
    dest = folder / f"{download.file_id}.pdf"
    fd, tmp = tempfile.mkstemp(prefix=f".{download.file_id}.", suffix=".part", dir=folder)
    try:
        with os.fdopen(fd, "wb") as out:
            out.write(download.content)
            out.flush()
            os.fsync(out.fileno())
        os.replace(tmp, dest)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
    return dest
