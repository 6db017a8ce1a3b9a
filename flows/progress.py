"""A rich progress bar on standard error for the command line's long runs, which tasks running
in the same process advance. A flow run without a bar (a deployment) advances nothing."""
from __future__ import annotations

import threading
from contextlib import contextmanager
from typing import Iterator

_lock = threading.Lock()
_bar = None
_task_id = None


def advance() -> None:
    with _lock:
        if _bar is not None:
            _bar.advance(_task_id)


@contextmanager
def progress_bar(show: bool, total: int, label: str = "ingesting") -> Iterator[None]:
    global _bar, _task_id
    if not show or total == 0:
        yield
        return
    from rich.console import Console
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

    bar = Progress(TextColumn(label), BarColumn(), MofNCompleteColumn(), TimeElapsedColumn(),
                   console=Console(stderr=True))
    with _lock:
        _bar, _task_id = bar, bar.add_task(label, total=total)
    bar.start()
    try:
        yield
    finally:
        bar.stop()
        with _lock:
            _bar = _task_id = None
