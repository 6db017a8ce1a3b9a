"""Reading a PDF's text, cheaply.

pypdfium2 reads a page's text and character boxes in a few milliseconds, so every page is read
with it; pdfplumber (about 150 ms a page) is asked only for the pages whose layout pypdfium2
could not make sense of (see `plumber_cells`). Everything here works on bytes in memory.
"""
from __future__ import annotations

import ctypes
import io
from dataclasses import dataclass

import pypdfium2 as pdfium
import pypdfium2.raw as pdfium_c

# A gap wider than this between two characters of one line starts a new cell (a table column).
CELL_GAP = 12.0


class UnreadableDocument(Exception):
    """The bytes are not a PDF that can be read; the message is one sentence for a person."""


@dataclass(frozen=True)
class Cell:
    """A run of text on one line, with its box in points from the page's top-left corner."""

    text: str
    x0: float
    x1: float
    top: float
    bottom: float

    @property
    def middle(self) -> float:
        return (self.top + self.bottom) / 2


class PdfText:
    """Lazy, cached page text and cells of one PDF held in memory."""

    def __init__(self, data: bytes):
        self._data = data
        try:
            self._doc = pdfium.PdfDocument(data)
        except pdfium.PdfiumError as exc:
            raise UnreadableDocument(_pdfium_reason(str(exc))) from None
        self.page_count = len(self._doc)
        if self.page_count == 0:
            raise UnreadableDocument("The PDF has no pages.")
        self._text: dict[int, str] = {}
        self._cells: dict[int, list[Cell]] = {}
        self._raw: dict[int, str] = {}
        self._open: tuple[int, object, object] | None = None  # the last page read, kept for its cells

    def close(self) -> None:
        self._close_open()
        self._doc.close()

    def _close_open(self) -> None:
        if self._open is not None:
            _, page, textpage = self._open
            self._open = None
            textpage.close()
            page.close()

    def page_text(self, index: int) -> str:
        """The text of page `index` (0-based), lines separated by newlines."""
        if index not in self._text:
            self._read(index, with_cells=False)
        return self._text[index]

    def pages_read(self) -> list[int]:
        """The pages whose text has been read so far (reading them again costs nothing)."""
        return sorted(self._text)

    def page_cells(self, index: int) -> list[Cell]:
        """The page's text cut into cells: one per line and column, in reading order."""
        if index not in self._cells:
            self._read(index, with_cells=True)
        return self._cells[index]

    def _read(self, index: int, with_cells: bool) -> None:
        """Read a page's text (and cells). The page stays open until another is read, so that its
        cells, asked for after its text (page 1's table), cost no second reading."""
        if self._open is not None and self._open[0] == index:
            _, page, textpage = self._open
        else:
            self._close_open()
            try:
                page = self._doc[index]
                textpage = page.get_textpage()
            except pdfium.PdfiumError as exc:  # a damaged page
                raise UnreadableDocument(f"Page {index + 1} of the PDF cannot be read ({exc}).") from None
            self._open = (index, page, textpage)
        if index not in self._raw:
            count = textpage.count_chars()
            self._raw[index] = textpage.get_text_range(0, count) if count > 0 else ""
            self._text[index] = self._raw[index].replace("\r\n", "\n").replace("\r", "\n")
        if with_cells:
            text = self._raw[index]
            self._cells[index] = _cells(text, _charboxes(textpage, text), page.get_height())

    def plumber_cells(self, index: int) -> list[Cell]:
        """The page's cells as pdfplumber lays them out: the slow, careful second opinion."""
        import pdfplumber

        with pdfplumber.open(io.BytesIO(self._data), pages=[index + 1]) as pdf:
            words = pdf.pages[0].extract_words(keep_blank_chars=False, use_text_flow=False, x_tolerance=2)
        lines: list[list[dict]] = []
        for w in sorted(words, key=lambda w: (round(w["top"]), w["x0"])):
            if lines and abs(lines[-1][0]["top"] - w["top"]) < 3:
                lines[-1].append(w)
            else:
                lines.append([w])
        cells: list[Cell] = []
        for line in lines:
            line.sort(key=lambda w: w["x0"])
            run = [line[0]]
            for w in line[1:]:
                if w["x0"] - run[-1]["x1"] > CELL_GAP:
                    cells.append(_cell_of_words(run))
                    run = [w]
                else:
                    run.append(w)
            cells.append(_cell_of_words(run))
        return cells


def _charboxes(textpage, text: str) -> list[tuple[float, float, float, float]]:
    """(left, bottom, right, top) of each character of `text` (spaces: zeros), through pdfium's C call (the
    helper's per-call overhead was most of the cost of reading page 1's table)."""
    left, right, bottom, top = ctypes.c_double(), ctypes.c_double(), ctypes.c_double(), ctypes.c_double()
    refs = (ctypes.byref(left), ctypes.byref(right), ctypes.byref(bottom), ctypes.byref(top))
    get, raw = pdfium_c.FPDFText_GetCharBox, textpage.raw
    boxes = []
    for i in range(len(text)):
        if text[i].isspace():  # a space's box is never used: it only separates
            boxes.append(_NO_BOX)
            continue
        if not get(raw, i, *refs):
            raise pdfium.PdfiumError("Failed to get charbox.")
        boxes.append((left.value, bottom.value, right.value, top.value))
    return boxes


_NO_BOX = (0.0, 0.0, 0.0, 0.0)


def _cell_of_words(words: list[dict]) -> Cell:
    return Cell(" ".join(w["text"] for w in words), min(w["x0"] for w in words), max(w["x1"] for w in words),
                min(w["top"] for w in words), max(w["bottom"] for w in words))


def _cells(text: str, boxes: list[tuple[float, float, float, float]], height: float) -> list[Cell]:
    """Cut pdfium's characters into cells: a new cell at each line break and at each wide gap."""
    cells: list[Cell] = []
    chars: list[str] = []
    x0 = x1 = top = bottom = 0.0
    last_right = None

    def flush() -> None:
        s = "".join(chars).strip()
        if s:
            cells.append(Cell(" ".join(s.split()), x0, x1, top, bottom))

    for ch, (left, low, right, high) in zip(text, boxes):
        if ch in "\r\n":
            flush()
            chars, last_right = [], None
            continue
        if ch.isspace() or (right - left) <= 0 and (high - low) <= 0:
            if chars:
                chars.append(" ")
            continue
        y_top, y_bottom = height - high, height - low
        gap = max(CELL_GAP, 0.9 * (y_bottom - y_top))
        if last_right is not None and (left - last_right > gap or y_top > bottom + 4 or y_bottom < top - 4):
            flush()
            chars, last_right = [], None
        if last_right is None:
            x0, x1, top, bottom = left, right, y_top, y_bottom
        else:
            x1, top, bottom = max(x1, right), min(top, y_top), max(bottom, y_bottom)
        chars.append(ch)
        last_right = right
    flush()
    return cells


def _pdfium_reason(message: str) -> str:
    low = message.lower()
    if "password" in low:
        return "The PDF is password-protected."
    if "format" in low or "data" in low:
        return "The file is damaged or not a complete PDF."
    return f"The PDF cannot be opened ({message})."
