"""Whose grade when the subject is the body that runs a council's children's services: "Together for
Children, which runs Sunderland's children's services, was rated outstanding", "The trust, which
delivers children's services on behalf of Slough Borough Council, was judged inadequate". Ofsted's
grade of the services is the council's: the one authority the relative clause says the body runs
them for. Nothing where the clause names two authorities, or where it says the body helps, supports
or works with a council (a partner, not the one graded)."""
from __future__ import annotations

import re

_RUNS = re.compile(
    r"^,?\s*(?:which|that|who)\s+(?:now\s+|also\s+|currently\s+|has\s+|had\s+)?"
    r"(?:runs?|ran|run|delivers?|delivered|provides?|provided|manages?|managed|operates?|operated|oversees?|overseen)\s+"
    r"(?:all\s+(?:of\s+)?)?(?:the\s+)?(?P<rest>.*)$", re.S)
_SERVICES = r"children's\s+(?:social\s+(?:care|work)\s+)?services?"
_FOR = re.compile(rf"^{_SERVICES}\s+(?:for|in|across|on\s+behalf\s+of)\s+(?:the\s+)?$")
_OF = re.compile(r"^$")
_AFTER_OWNER = re.compile(
    rf"^(?:\s+(?:borough|city|county|metropolitan|district)?\s*council)?(?:'s|s')?\s*(?:council's\s+)?"
    rf"(?:{_SERVICES})?\s*,?\s*$")
_OWNER_SERVICES = re.compile(rf"^(?:\s+(?:borough|city|county|metropolitan|district)?\s*council)?(?:'s|s')\s+"
                             rf"(?:council's\s+)?{_SERVICES}\s*,?\s*$")
_DETERMINERS = frozenset("The A An This That Its Their Our Ofsted Inspectors".split())
_BODY = re.compile(r"\b(?:trust|company|organisation|organization|provider|partnership|body)\b")


def operated_for(low: str, text: str, relatives: list[tuple[int, int]], mentions, subject_start: int) -> str | None:
    """The one authority a relative clause inside the subject says the subject runs children's
    services for, where the subject itself names none; else None. `relatives`: (start, end) spans
    of `low`; `mentions`: the sentence's authority mentions; `subject_start`: where the subject starts."""
    for start, end in relatives:
        clause = low[start:end]
        run = _RUNS.match(clause)
        if not run:
            continue
        inside = [m for m in mentions if start <= m.start < end]
        if len({m.name for m in inside}) != 1:
            return None
        head = text[subject_start:start]
        named = [x for x in re.findall(r"\b[A-Z][a-z]+", head) if x not in _DETERMINERS]
        if not (_BODY.search(head.lower()) or named) or re.search(r"\b(?:council|authority)\b", head.lower()):
            return None  # "the council, which runs ...": no body of its own
        rest_at = start + run.start("rest")
        m = inside[0]
        before, after = low[rest_at:m.start], low[m.end:end]
        # "which runs Sunderland's children's services", "which runs children's services for Sunderland"
        if (before.strip() == "" and _OWNER_SERVICES.match(after)) or (_FOR.match(before) and _AFTER_OWNER.match(after)):
            return m.name
        return None
    return None
