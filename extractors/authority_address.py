"""Which authority a page's address speaks for: a council's own site (`www.scilly.gov.uk`,
`democracy.bathnes.gov.uk`, `modgov.lbbd.gov.uk`), or the words of an article's address
(`/news/kirklees-childrens-services-rated-good`), or which royal borough "the Royal Borough" of a local
paper's page is (`www.windsorexpress.co.uk/news/windsor/...`). Pure: an address in, a reference name or
None out.

A council's site is known by the label before `.gov.uk`, matched against the authority's names
written without spaces ("northtyneside", "brighton-hove", "cheshirewestandchester"), its short forms
("stoke", "hull", "nelincs"), its initials ("iow", "bcp"; "lbbd", "rbwm": London or Royal Borough),
with the site words councils add ("council", "cc", "royal"). A label that fits no authority, or
fits two, gives none: `www.gov.uk` and `reports.ofsted.gov.uk` are nobody's council.
"""
from __future__ import annotations

import re
from functools import lru_cache
from urllib.parse import unquote, urlparse

from extractors.authority_mentions import find_mentions, written_forms

_GOV_UK = re.compile(r"(?:^|\.)([a-z0-9-]+)\.gov\.uk$")
_SMALL = frozenset({"and", "of", "upon", "on", "with", "the", "city"})
_SITE_WORDS = re.compile(r"^(?:royal|the)|(?:council|cc|mbc|bc|dc|gov)$")
# Site labels that no rule above derives from a name
_SITE_LABELS = {"bathnes": "Bath and North East Somerset", "southglos": "South Gloucestershire",
                "nsomerset": "North Somerset"}


def _compact(text: str) -> str:
    return re.sub(r"[^a-z]", "", text.lower())


@lru_cache(maxsize=1)
def _site_keys() -> dict[str, str | None]:
    """Site label -> authority (None: a label two authorities could own)."""
    keys: dict[str, str | None] = {}
    # a form as written ("lbbd", "rbwm") wins over a key derived from another name's initials
    written = {_compact(form): name for form, name in written_forms().items()}

    def add(key: str, name: str) -> None:
        if len(key) >= 3 and key not in written:
            keys[key] = name if keys.get(key, name) == name else None

    for form, name in written_forms().items():
        words = re.findall(r"[a-z]+", form.replace(", city of", ""))
        add(_compact(form), name)
        add("".join(w for w in words if w != "and"), name)
        add("".join(w for w in words if w not in _SMALL), name)
        add(_SITE_WORDS.sub("", _compact(form)), name)
        if len(words) > 1:
            add("".join(w[0] for w in words), name)
            initials = "".join(w[0] for w in words if w not in _SMALL)
            add("lb" + initials, name)
            add("rb" + initials, name)
        if len(words) == 3 and words[1] == "of" and len(words[2]) >= 5:  # "scilly", "wight"
            add(words[2], name)
    keys.update(written)
    keys.update(_SITE_LABELS)
    return keys


def council_of_address(url: str | None) -> str | None:
    """The authority whose own site (a `.gov.uk` address) the page is on, or None."""
    if not url:
        return None
    host = (urlparse(url.strip()).hostname or "").lower()
    m = _GOV_UK.search(host)
    if not m:
        return None
    label = m.group(1).replace("-", "")
    for key in (label, _SITE_WORDS.sub("", label)):
        if key in _site_keys():
            return _site_keys()[key]
    return None


def named_in_address(url: str | None) -> str | None:
    """The one authority the words of an address's path name ("/news/kirklees-childrens-services-
    rated-good"), or None when they name none or several."""
    if not url:
        return None
    path = unquote(urlparse(url.strip()).path)
    words = " ".join(w.capitalize() for w in re.split(r"[^A-Za-z]+", path) if w)
    names = {m.name for m in find_mentions(words)}
    return names.pop() if len(names) == 1 else None


# The four royal boroughs and the words of their names an address may hold (a paper's host, a section).
_ROYAL_BOROUGHS = {"Windsor and Maidenhead": ("windsor", "maidenhead", "rbwm"),
                   "Kensington and Chelsea": ("kensington", "chelsea", "rbkc"),
                   "Kingston upon Thames": ("kingston",),
                   "Greenwich": ("greenwich",)}


def royal_borough_of_address(url: str | None) -> str | None:
    """The one royal borough a word of the address names, in its host or path ("windsorexpress",
    "/news/maidenhead/"): which "the Royal Borough" a page means when its text names no authority.
    None when the address names none of them or two."""
    if not url:
        return None
    parts = urlparse(url.strip())
    words = re.split(r"[^a-z]+", unquote(f"{parts.hostname or ''} {parts.path}").lower())
    found = {name for name, keys in _ROYAL_BOROUGHS.items()
             for word in words for key in keys if word == key or (len(key) >= 6 and word.startswith(key))}
    return found.pop() if len(found) == 1 else None
