"""A decompression-bomb PDF, built here (no corpus file): page 1's content stream is a few KB
that inflate, through two FlateDecode filters, to gigabytes of zeros. Read in one process with
no cap it takes over 4 GB of memory and minutes."""
from __future__ import annotations

import zlib

from pdf_builder import pdf_of

CHUNK = 1 << 20


def zeros_deflated(size: int) -> bytes:
    """A zlib stream of `size` zero bytes (a multiple of 1 MB), made without compressing them
    all: after a full flush every 1 MB block of zeros deflates to the same bytes."""
    assert size % CHUNK == 0
    c = zlib.compressobj(9, zlib.DEFLATED, -15)
    zeros = bytes(CHUNK)
    first = c.compress(zeros) + c.flush(zlib.Z_FULL_FLUSH)
    block = c.compress(zeros) + c.flush(zlib.Z_FULL_FLUSH)
    assert c.compress(zeros) + c.flush(zlib.Z_FULL_FLUSH) == block
    adler = ((size % 65521) << 16) | 1  # adler32 of `size` zeros
    return b"\x78\xda" + first + block * (size // CHUNK - 1) + c.flush() + adler.to_bytes(4, "big")


def bomb_pdf(inflated: int = 3 << 30, text: str = "Ofsted inspection of children's services") -> bytes:
    """A one-page PDF with a line of text and a content stream inflating to `inflated` bytes."""
    twice = zlib.compress(zeros_deflated(inflated), 6)
    shown = f"BT /F1 11 Tf 72 770 Td ({text}) Tj ET".encode("latin-1")
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [4 0 R] /Count 1 >>",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 3 0 R >> >>"
        b" /Contents [6 0 R 5 0 R] >>",
        b"<< /Length %d /Filter [/FlateDecode /FlateDecode] >>\nstream\n" % len(twice) + twice + b"\nendstream",
        b"<< /Length %d >>\nstream\n" % len(shown) + shown + b"\nendstream",
    ]
    return pdf_of(objects)
