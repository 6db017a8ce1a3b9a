"""`changes.xml`: an Atom feed (RFC 4287) of the warehouse's rating changes, newest first.

Each entry's id is `urn:uuid:<event id>`, the id of the change's `ofsted.rating.changed` event
(a UUID5 of the area, both inspections and both grades): the same change keeps its id in every
build and on every machine, so a feed reader never shows it twice. Times come from the data
(the date the report was published), never from the clock, so the feed is the same bytes when
nothing changed.
"""
from __future__ import annotations

import uuid
from datetime import date

from publish.charts import GRADE_LABELS, area_short

FEED_ID = "urn:uuid:" + str(uuid.uuid5(uuid.NAMESPACE_URL, "https://reports.ofsted.gov.uk/#ofsted-pipeline-changes-feed"))
ARROWS = {"up": "up", "down": "down"}


def _stamp(d: date | None) -> str:
    return f"{(d or date(2009, 1, 1)).isoformat()}T00:00:00Z"


def entry_title(c: dict) -> str:
    return (f"{c['authority']}: {area_short(c['area']).lower()} {c['direction']} from "
            f"{GRADE_LABELS.get(c['previous_grade'], c['previous_grade'])} to "
            f"{GRADE_LABELS.get(c['new_grade'], c['new_grade'])}")


def atom(changes: list[dict], by_urn: dict, data_date: date | None, env=None) -> str:
    """The feed's text, from templates/changes.xml. Links are relative to the feed's own address
    (the site's root)."""
    if env is None:
        from publish.site import _environment

        env = _environment()
    updated = max((c["new_published"] for c in changes if c["new_published"]), default=data_date)
    entries = []
    for c in changes:
        when = _stamp(c["new_published"] or c["new_date"])
        entries.append({
            "id": f"urn:uuid:{c['event_id']}",
            "title": entry_title(c),
            "updated": when,
            "url": c["url"],
            "page": f"authorities/{c['urn']}.html" if c["urn"] in by_urn else None,
            "direction": c["direction"],
            "area": c["area"],
            "summary": (f"{c['authority']} ({c['region'] or 'region unknown'}), {area_short(c['area'])}: "
                        f"{GRADE_LABELS.get(c['previous_grade'], c['previous_grade'])} "
                        f"({c['previous_date'].isoformat() if c['previous_date'] else '?'}, {c['previous_framework']}) "
                        f"-> {GRADE_LABELS.get(c['new_grade'], c['new_grade'])} "
                        f"({c['new_date'].isoformat() if c['new_date'] else '?'}, {c['new_framework']}), "
                        f"{c['direction']}. Report: {c['url']}"),
        })
    return env.get_template("changes.xml").render(feed_id=FEED_ID, updated=_stamp(updated), entries=entries)
