"""Naming the local authority a report is about, as the reference list spells it.

Reports print the council in many forms ("Nottingham City Council", "the London Borough of
Ealing", "Bristol City of", "Metropolitan Borough of Barnsley"); all are matched to one name.
"""
from __future__ import annotations

import re
from functools import lru_cache

from reference import authorities

_NOISE = frozenset(
    "the council borough metropolitan district county city of london royal local authority authoritys "
    "children childrens services service safeguarding board lscb and".split()
)
# Short forms people and reports use for an authority whose official name is longer.
_ALIASES = {
    "hull": "Kingston Upon Hull, City of",
    "newcastle": "Newcastle upon Tyne",
    "east riding": "East Riding of Yorkshire",
    "bristol": "Bristol, City of",
    "bcp": "Bournemouth, Christchurch and Poole",
    "herefordshire": "Herefordshire",
    "st helens": "St. Helens",
    "helens": "St. Helens",
}


def _key(name: str) -> str:
    t = name.lower().replace("&", " and ").replace("’", "'").replace("'s", "s")
    t = re.sub(r"[^a-z0-9]+", " ", t)
    words = [w for w in t.split() if w not in _NOISE]
    return " ".join(words)


@lru_cache(maxsize=1)
def _index() -> dict[str, str]:
    index = {}
    for a in authorities():
        index.setdefault(_key(a.name) or a.name.lower(), a.name)
    for alias, name in _ALIASES.items():
        if any(a.name == name for a in authorities()):
            index.setdefault(alias, name)
    return index


def canonical_name(printed: str | None) -> str | None:
    """The reference name of the authority `printed` names; the printed name, tidied, if none."""
    if not printed:
        return None
    tidy = " ".join(printed.replace("\u00a0", " ").split()).strip(" ,.:;-")
    if not tidy:
        return None
    if tidy.lower() == "city of london" or tidy.lower().startswith("city of london "):
        return "City of London"
    key = _key(tidy)
    index = _index()
    if key in index:
        return index[key]
    # The longest reference name whose words open or close the printed one.
    best = None
    for k, name in index.items():
        if k and (key.startswith(k + " ") or key.endswith(" " + k)):
            if best is None or len(k) > len(best[0]):
                best = (k, name)
    return best[1] if best else tidy
