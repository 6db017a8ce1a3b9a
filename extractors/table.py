"""Reading a judgement table from a page's cells, by position.

A table has a column of labels on the left ("The impact of leaders on social work / practice with
children and families", "2.1 Adoption performance") and a column of grades on the right, either
of which may wrap over several lines ("Requires / improvement to be / good"). Each grade is given
to the label whose rows it sits beside.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field

from extractors.pdf import Cell, PdfText
from extractors.text import GRADE_PHRASE, NOT_JUDGED, flat, is_grade_phrase, parse_grade

# The first words of a table row's label, and the area they name.
LABEL_START = re.compile(
    r"^(?:the impact of leaders|the experiences and progress of|overall effectiveness"
    r"|(?:\d(?:\.\d)?\.?\s*)(?:children who need help|children looked after and|adoption performance"
    r"|experiences and progress of care leavers|leadership, management)"
    r"|the effectiveness of the local safeguarding children board)",
    re.I,
)

_TRAILING_GRADE = re.compile(rf"^(?P<label>.*?)[\s:]+(?P<grade>{GRADE_PHRASE}|requires?|not judged)\.?$", re.I)


def area_of_label(label: str) -> str | None:
    """The area code a row label names, or None when it names none we know."""
    t = flat(label).lower()
    if "overall effectiveness" in t:
        return "overall_effectiveness"
    if "impact of leaders" in t or t.lstrip("0123456789. ").startswith("leadership, management"):
        return "leaders"
    if "need help and protection" in t or "need of help and protection" in t:
        return "help_and_protection"
    if "adoption performance" in t:
        return "adoption"
    if "achieving permanence" in t or "children looked after and" in t:
        return "looked_after_permanence"
    if "local safeguarding children board" in t:
        return "lscb"
    if "children in care and care leavers" in t:
        return "in_care_and_care_leavers"
    if "care leavers" in t:
        return "care_leavers"
    if "children in care" in t:
        return "in_care"
    return None


@dataclass
class _Block:
    label: str
    top: float
    bottom: float
    grade: str | None = None  # a grade printed inside the label cell itself


@dataclass
class Table:
    """What a judgement table says: grades by area, the areas printed "Not judged", warnings."""

    judgements: dict[str, str] = field(default_factory=dict)
    not_judged: set[str] = field(default_factory=set)
    warnings: list[str] = field(default_factory=list)

    def covers(self, areas: set[str]) -> bool:
        return areas <= self.judgements.keys() | self.not_judged

    def add(self, other: "Table") -> None:
        """Fill in the areas this table lacks from another reading."""
        for area, grade in other.judgements.items():
            if area not in self.not_judged:
                self.judgements.setdefault(area, grade)
        self.not_judged |= other.not_judged - self.judgements.keys()


def read_judgements(pdf: PdfText, expected: set[str], pages: int = 1) -> Table:
    """The judgement table of page 1, carried on to the next `pages - 1` pages where rows are
    missing; pdfplumber is asked for page 1 only when pypdfium2's reading still lacks a row."""
    table = read_table(pdf.page_cells(0))
    for index in range(1, min(pages, pdf.page_count)):
        if table.covers(expected):
            break
        table.add(read_table(pdf.page_cells(index)))
    if not table.covers(expected):
        table.add(read_table(pdf.plumber_cells(0)))
    missing = sorted(expected - table.judgements.keys() - table.not_judged)
    if missing:
        table.warnings.append(f"no grade found for {', '.join(missing)}")
    return table


def read_table(cells: list[Cell]) -> Table:
    """The label/grade table in one page's `cells`."""
    cells = _join_fragments(cells)
    starts = [i for i, c in enumerate(cells) if LABEL_START.match(c.text)]
    if not starts:
        return Table()
    left = min(cells[i].x0 for i in starts)
    # The grade column: grade-only cells standing well to the right of the labels.
    grade_cells = [c for c in cells if is_grade_phrase(c.text) and c.x0 > left + 60]
    split = min((c.x0 for c in grade_cells), default=None)

    blocks = _label_blocks(cells, starts, left, split)
    phrases = _stack(sorted(grade_cells, key=lambda c: (c.top, c.x0)))
    table = Table()
    taken: dict[int, str] = {}
    for phrase in phrases:
        grade = parse_grade(phrase.text)
        if grade is None:
            continue
        b = _nearest(blocks, phrase)
        if b is None:
            continue
        if b in taken and taken[b] != grade:
            table.warnings.append(f"two grades beside '{blocks[b].label[:40]}': {taken[b]} and {grade}")
            continue
        taken[b] = grade
    for i, block in enumerate(blocks):
        area = area_of_label(block.label)
        grade = taken.get(i) or block.grade
        if not area or not grade or area in table.judgements or area in table.not_judged:
            continue
        if grade == NOT_JUDGED:
            table.not_judged.add(area)
        else:
            table.judgements[area] = grade
    return table


def _join_fragments(cells: list[Cell]) -> list[Cell]:
    """Join the pieces of one line that wide spacing cut apart: a row number standing alone ("2.1"),
    or the words of a justified label ("2. Children   looked   after"). A grade is never joined on."""
    out: list[Cell] = []
    for c in cells:
        prev = out[-1] if out else None
        if (prev and abs(prev.top - c.top) < 4 and 0 <= c.x0 - prev.x1 < 45
                and not is_grade_phrase(c.text) and not is_grade_phrase(prev.text)):
            out[-1] = Cell(f"{prev.text} {c.text}", prev.x0, c.x1, min(prev.top, c.top), max(prev.bottom, c.bottom))
        else:
            out.append(c)
    return out


def _label_blocks(cells: list[Cell], starts: list[int], left: float, split: float | None) -> list[_Block]:
    """Each label with the lines that continue it, up to the next label."""
    blocks: list[_Block] = []
    start_set = set(starts)
    limit = split if split is not None else float("inf")
    for n, i in enumerate(starts):
        end = starts[n + 1] if n + 1 < len(starts) else len(cells)
        first = cells[i]
        parts, top, bottom = [first.text], first.top, first.bottom
        line_height = max(first.bottom - first.top, 6.0)
        for c in cells[i + 1:end]:
            if c.x0 >= limit or c.x0 < left - 15 or c in start_set:
                continue
            if c.top > bottom + 1.2 * line_height:  # a gap: the label has ended
                break
            if abs(c.top - first.top) < 3 and c.x0 > first.x0:  # "2.1" then "Adoption performance"
                parts.append(c.text)
                bottom = max(bottom, c.bottom)
                continue
            if c.top < top - 2:
                continue
            parts.append(c.text)
            bottom = max(bottom, c.bottom)
        label = " ".join(parts)
        block = _Block(label, top, bottom)
        m = _TRAILING_GRADE.match(flat(label))
        if m and area_of_label(m["label"]):
            block.label, block.grade = m["label"], parse_grade(m["grade"]) or ("requires_improvement" if m["grade"].lower().startswith("require") else None)
        blocks.append(block)
    return blocks


def _stack(cells: list[Cell]) -> list[Cell]:
    """Join grade cells stacked one under another ('Requires' / 'improvement') into phrases."""
    out: list[Cell] = []
    for c in cells:
        if out:
            prev = out[-1]
            height = max(prev.bottom - prev.top, c.bottom - c.top, 6.0) / max(1, prev.text.count("\n") + 1)
            continues = re.search(r"(?i)\b(?:requires?|to|be)$", prev.text) or (
                re.search(r"(?i)improvement$", prev.text) and re.match(r"(?i)(?:to|be)\b", c.text))
            if continues and c.top - prev.bottom < height * 0.9 and abs(c.x0 - prev.x0) < 30:
                out[-1] = Cell(prev.text + " " + c.text, min(prev.x0, c.x0), max(prev.x1, c.x1), prev.top, c.bottom)
                continue
        out.append(c)
    return out


def _nearest(blocks: list[_Block], phrase: Cell) -> int | None:
    """The block the grade sits beside: the one overlapping its middle, else the closest."""
    mid = phrase.middle
    best, best_distance = None, None
    for i, b in enumerate(blocks):
        if b.top - 2 <= mid <= b.bottom + 2:
            return i
        distance = min(abs(mid - b.top), abs(mid - b.bottom))
        if best_distance is None or distance < best_distance:
            best, best_distance = i, distance
    if best_distance is not None and best_distance > 40:
        return None
    return best
