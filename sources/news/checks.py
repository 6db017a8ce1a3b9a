"""Checks of a feed's body before it is parsed. Pure: bytes in, `BodyProblem` out."""
from __future__ import annotations

from sources.ofsted_reports.checks import describe_bytes
from sources.ofsted_reports.transport import BodyProblem

_OPENINGS = (b"<rss", b"<feed", b"<rdf:rdf")
_CLOSINGS = (b"</rss>", b"</feed>", b"</rdf:rdf>")


def check_feed(content: bytes) -> None:
    """An RSS, Atom or RDF feed, whole: its root element opens near the top and closes at the end."""
    head = content[:4096].lower()
    if not any(opening in head for opening in _OPENINGS):
        raise BodyProblem(f"not a feed: {describe_bytes(content)}")
    if not any(closing in content[-1024:].lower() for closing in _CLOSINGS):
        raise BodyProblem(f"feed cut short: no closing tag ({len(content):,} bytes)", retry=True)
