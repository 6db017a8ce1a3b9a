"""Build small real PDFs with given lines of text, for documents the corpus has no example of."""
from __future__ import annotations


def _escape(text: str) -> str:
    return text.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")


def text_pdf(pages: list[list[str]]) -> bytes:
    """A PDF whose pages hold the given lines, in Helvetica 11 pt from the top-left."""
    return _assemble(["BT /F1 11 Tf 14 TL 72 770 Td " + " ".join(f"({_escape(line)}) Tj T*" for line in lines) + " ET"
                      for lines in pages])


def table_pdf(pages: list[list]) -> bytes:
    """Like `text_pdf`, but a line may be a tuple of (text, x) runs on one baseline, so that a
    page can hold a two-column judgement table (labels at the left, grades at x=400)."""
    streams = []
    for lines in pages:
        ops = ["BT /F1 11 Tf"]
        for n, line in enumerate(lines):
            for text, x in ([(line, 72)] if isinstance(line, str) else list(line)):
                ops.append(f"1 0 0 1 {x} {770 - 16 * n} Tm ({_escape(text)}) Tj")
        streams.append(" ".join(ops + ["ET"]))
    return _assemble(streams)


def _assemble(streams: list[str]) -> bytes:
    """A PDF of one page a content stream, Helvetica as font F1."""
    objects: list[bytes] = [b"<< /Type /Catalog /Pages 2 0 R >>", b""]
    kids = []
    objects.append(b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>")
    for stream in streams:
        data = stream.encode("cp1252", "replace")
        objects.append(b"<< /Length %d >>\nstream\n" % len(data) + data + b"\nendstream")
        objects.append(
            b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 3 0 R >> >> /Contents %d 0 R >>"
            % len(objects)
        )
        kids.append(len(objects))
    objects[1] = b"<< /Type /Pages /Kids [%s] /Count %d >>" % (b" ".join(b"%d 0 R" % k for k in kids), len(kids))
    out = bytearray(b"%PDF-1.4\n")
    offsets = []
    for number, body in enumerate(objects, 1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % number + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    out += b"".join(b"%010d 00000 n \n" % o for o in offsets)
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objects) + 1, xref)
    return bytes(out)


_ILACS_ROWS = (
    ("leaders", ["The impact of leaders on social work", "practice with children and families"],
     "The impact of leaders on social work practice with children and families"),
    ("help_and_protection", ["The experiences and progress of", "children who need help and protection"],
     "The experiences and progress of children who need help and protection"),
    ("in_care", ["The experiences and progress of", "children in care"], "The experiences and progress of children in care"),
    ("care_leavers", ["The experiences and progress of", "care leavers"], "The experiences and progress of care leavers"),
)
_WORDS = {"outstanding": "Outstanding", "good": "Good", "requires_improvement": "Requires improvement to be good",
          "inadequate": "Inadequate"}


def contradicting_report_pdf(authority: str = "Darlington", area: str = "help_and_protection",
                             page1_grade: str = "good", body_grade: str = "inadequate",
                             grades: dict[str, str] | None = None,
                             dates: str = "6 March to 17 March 2023", lead: str = "Jane Example") -> bytes:
    """An ILACS 2023 report of `authority` whose page-1 table gives `area` the grade
    `page1_grade` while the body's heading for it says `body_grade` (codes such as 'good',
    'requires_improvement'). The other areas (`grades`, default all 'good') agree in both places.
    With page1_grade == body_grade the report is consistent. The extractor reads it as
    ilacs_standard / ilacs_2023 and, where the two differ, puts `area` under review."""
    grades = {"leaders": "good", "help_and_protection": "good", "in_care": "good", "care_leavers": "good",
              "overall_effectiveness": "good", **(grades or {})}
    first = {**grades, area: page1_grade}
    body = {**grades, area: body_grade}
    page1: list = [
        f"Inspection of {authority} local authority children's services",
        f"Inspection dates: {dates}",
        f"Lead inspector: {lead}, His Majesty's Inspector",
        (("Judgement", 72), ("Grade", 400)),
    ]
    for code, label, _ in _ILACS_ROWS:
        page1.append(((label[0], 72), (_WORDS[first[code]], 400)))
        page1.append(label[1])
        page1.append("")
    page1.append((("Overall effectiveness", 72), (_WORDS[first["overall_effectiveness"]], 400)))
    page1 += ["", f"Children in {authority} are helped and protected; this report says how well."]
    pages = [page1, ["What needs to improve?", "The timeliness of some assessments."]]
    for code, _, heading in _ILACS_ROWS[1:] + _ILACS_ROWS[:1]:
        pages.append([f"{heading}: {_WORDS[body[code]].lower()}",
                      f"1. Inspectors looked at the {code.replace('_', ' ')} of children in {authority}."])
    return table_pdf(pages)
