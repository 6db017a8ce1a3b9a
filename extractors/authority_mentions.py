"""Finding the local authorities a piece of prose names: "Darlington Borough Council",
"County Durham", "Sunderland's children's services", "Hull City Council".

Only the 153 authorities of the reference list count, each under its reference name. A place
name that is also a word or a surname ("Reading", "Bury", "Jo Sutton said") needs the company
of a council word to count.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from reference import authorities

# Short forms people write for an authority whose reference name is longer.
_EXTRA_FORMS = {
    "Kingston Upon Hull, City of": ("Hull", "Kingston upon Hull", "Kingston-upon-Hull"),
    "Bristol, City of": ("Bristol",),
    "Newcastle upon Tyne": ("Newcastle", "Newcastle-upon-Tyne"),
    "Bedford Borough": ("Bedford",),
    "Bournemouth, Christchurch and Poole": ("BCP",),
    "St. Helens": ("St Helens",),
    "Southend-on-Sea": ("Southend",),
    "Stockton-on-Tees": ("Stockton", "Stockton on Tees"),
    "Stoke-on-Trent": ("Stoke", "Stoke on Trent"),
    "Blackburn with Darwen": ("Blackburn", "Blackburn and Darwen"),
    "Telford and Wrekin": ("Telford",),
    "Brighton and Hove": ("Brighton",),
    "Redcar and Cleveland": ("Redcar",),
    "Richmond upon Thames": ("Richmond", "Richmond-upon-Thames"),
    "Bath and North East Somerset": ("BANES", "Bath", "B&NES"),
    "Windsor and Maidenhead": ("Windsor", "RBWM"),
    "Kensington and Chelsea": ("RBKC",),
    "Barking and Dagenham": ("LBBD",),
    "Kingston upon Thames": ("Kingston", "Kingston-upon-Thames"),
    "North East Lincolnshire": ("North East Lincs", "NE Lincs", "NE Lincolnshire", "NELC"),
    "North Lincolnshire": ("North Lincs",),
    "Cheshire West and Chester": ("Cheshire West", "CWAC"),
    "Central Bedfordshire": ("Central Beds",),
    "North Yorkshire": ("North Yorks County Council", "North Yorks Council", "NYCC"),
    # councils' own abbreviations, each of one council only
    "East Riding of Yorkshire": ("East Riding", "ERYC"),
    "Hammersmith and Fulham": ("LBHF",),
    "Tower Hamlets": ("LBTH",),
    "Milton Keynes": ("MK Council",),
}
# County names shortened in the press ("Notts County Council", "Herts Council"): only with a council word,
# "Notts County" alone being a football club.
for _short, _name in (("Herts", "Hertfordshire"), ("Lincs", "Lincolnshire"), ("Bucks", "Buckinghamshire"),
                      ("Notts", "Nottinghamshire"), ("Leics", "Leicestershire"), ("Staffs", "Staffordshire"),
                      ("Wilts", "Wiltshire"), ("Worcs", "Worcestershire"), ("Cambs", "Cambridgeshire"),
                      ("Gloucs", "Gloucestershire"), ("Oxon", "Oxfordshire")):
    _EXTRA_FORMS[_name] = (*_EXTRA_FORMS.get(_name, ()), f"{_short} County Council", f"{_short} Council")
# Names that are also common words or surnames: counted only beside a council word.
_NEEDS_COUNCIL = frozenset({"Reading", "Bury", "Harrow", "Slough", "Sutton", "Halton", "Dudley", "Kent",
                            "Derby", "Bolton", "Bath", "Windsor", "Richmond", "Stoke", "Brent", "York", "Kingston"})
_COUNCIL_AFTER = re.compile(
    r"^(?:'s\b|s'|\s+(?:Borough|City|County|Metropolitan|District|Council|Unitary|children's\s+services|"
    r"Children's\s+Services|council|children's\s+social\s+care|Children's\s+Social\s+Care|"
    r"Safeguarding\s+Children|Children(?:'s)?\s+(?:First|Trust|Services\s+Trust|and\s+Families\s+Trust)\b))"
)
_COUNCIL_BEFORE = re.compile(r"(?:Borough\s+of|City\s+of|County\s+of|Council\s+of|\bin|\bof|\bfor|\bacross)\s+$")
_TITLES = re.compile(r"(?:\b(?:Cllr|Councillor|Mr|Mrs|Ms|Miss|Dr|Sir|Dame|Lord|Lady|Professor|Prof|Rev)\.?)\s+$")
# Capitalised words that may stand before a place name without making it a surname.
_PLACE_WORDS = frozenset(
    "In At The For From Of And But With By To On As While Unlike Neighbouring Across After Before Both "
    "Meanwhile Like Nearby Including Only However Whereas Where When Since Although Though Until Inside "
    "Outside Around Throughout Within Rural Urban Greater North South East West Central County City "
    "Borough Royal Metropolitan Council London Tees Wear Tyne Northern Southern Eastern Western "
    "A An This That Last Yesterday Today Ofsted Children".split()
)
_SPEECH_AFTER = re.compile(r"^\s+(?:said|says|added|adds|told|explained|commented|stated)\b")


@dataclass(frozen=True)
class Mention:
    start: int
    end: int
    name: str  # the reference name


@lru_cache(maxsize=1)
def _forms() -> tuple[re.Pattern, dict[str, str]]:
    form_to_name: dict[str, str] = {}
    for a in authorities():
        forms = {a.name, *_EXTRA_FORMS.get(a.name, ())}
        for form in forms:
            form_to_name.setdefault(form.lower(), a.name)
    alternatives = sorted(form_to_name, key=len, reverse=True)
    # "Barking & Dagenham", "Brighton & Hove": "&" for "and"
    pattern = re.compile(r"(?<![\w-])(?:" + "|".join(re.escape(f).replace(r"\ ", r"\s+").replace(r"\s+and\s+", r"\s*(?:and|&)\s*")
                                                  for f in alternatives)
                         + r")(?![\w]|-(?:under|upon)\b)", re.IGNORECASE)
    return pattern, form_to_name


def find_mentions(text: str, known: frozenset[str] = frozenset()) -> list[Mention]:
    """Every authority `text` names, in order of appearance. `known`: the names that also need a
    council word which the article names with one elsewhere ("Bury Council ... Bury was rated"):
    there the bare name counts too."""
    pattern, form_to_name = _forms()
    mentions, bare = [], []
    for m in pattern.finditer(text):
        written = m.group()
        if not written[:1].isupper():
            continue
        name = form_to_name.get(" ".join(written.lower().split())) or form_to_name[_key(written)]
        counts = _counts(text, m.start(), m.end(), written, name in known)
        if counts is True:
            mentions.append(Mention(m.start(), m.end(), name))
        elif counts is None:
            bare.append(Mention(m.start(), m.end(), name))
    # "Ofsted said Bolton and Hounslow require improvement": a bare name listed with an authority
    for b in bare:
        if any(_LIST_GAP.fullmatch(text[b.end:m.start]) or _LIST_GAP.fullmatch(text[m.end:b.start])
               for m in mentions):
            mentions.append(b)
    return sorted(mentions, key=lambda m: m.start)


def _key(written: str) -> str:
    return " ".join(re.sub(r"\s*&\s*", " and ", written.lower()).split())


def known_bare(text: str) -> frozenset[str]:
    """The names that need a council word which `text` names with one somewhere."""
    return frozenset(m.name for m in find_mentions(text) if m.name in _NEEDS_COUNCIL_NAMES)


_NEEDS_COUNCIL_NAMES = frozenset({"Reading", "Bury", "Harrow", "Slough", "Sutton", "Halton", "Dudley", "Kent",
                                  "Derby", "Bolton", "Bath and North East Somerset", "Windsor and Maidenhead",
                                  "Richmond upon Thames", "Stoke-on-Trent", "Brent", "York", "Kingston upon Thames"})
_LIST_GAP = re.compile(r"\s*(?:,|,?\s+and|&)\s+")
# a bare name that is graded is the place: "Bury was rated inadequate", "Ofsted judged Harrow good"
_RATED_AFTER = re.compile(r"^\s+(?:has\s+been|have\s+been|had\s+been|was|were|is|are|remains?|stays?)\s+"
                          r"(?:(?:now|also|still|again|previously|currently|once|both|all)\s+)?"
                          r"(?:rated|judged|graded|deemed|assessed\s+as)\b|^\s+(?:requires?|required)\s+improvement\b")
_RATED_BEFORE = re.compile(r"\b(?:ofsted|inspectors|the\s+watchdog|the\s+inspectorate)\s+(?:has\s+|have\s+|had\s+)?"
                           r"(?:rated|judged|graded)\s+$")
# a bare name followed by a determiner or pronoun is a word ("Reading the report", "Harrow it")
_WORD_AFTER = re.compile(r"^\s+(?:the|a|an|this|that|these|those|it|them|his|her|their|our|its|through|of|on|up)\b")


def _counts(text: str, start: int, end: int, written: str, known: bool = False) -> bool | None:
    """True: a mention; False: not one; None: a bare name that needs a council word (counted when
    listed with another authority)."""
    before, after = text[max(0, start - 40):start], text[end:end + 40]
    council_after = bool(_COUNCIL_AFTER.match(after))
    if council_after:
        return True
    if _TITLES.search(before) or _SPEECH_AFTER.match(after):
        return False
    if " ".join(written.split()) in _NEEDS_COUNCIL and not _COUNCIL_BEFORE.search(before):
        previous = re.search(r"([A-Z][\w'-]*)\s+$", before)
        # "Andy Bury was rated ...": a capitalised word before a bare name makes it a surname, even first in the sentence
        if (previous and previous.group(1) not in _PLACE_WORDS) \
                or _WORD_AFTER.match(after.lower()) or re.match(r"^[-\w]", after):
            return False
        if known or _RATED_AFTER.match(after.lower()) or _RATED_BEFORE.search(before.lower()):
            return True  # "Bury was rated inadequate", "Ofsted rated Bolton good": a place, graded
        return None
    previous = re.search(r"([A-Z][\w'-]*)\s+$", before)
    if previous and previous.group(1) not in _PLACE_WORDS and not _sentence_start(before, previous.start(1)):
        return False  # "Claire Vasey Durham" is a person, unless a council word follows
    return True


def _sentence_start(before: str, index: int) -> bool:
    head = before[:index].rstrip()
    return not head or head[-1] in ".!?\n\"'(:"


def written_forms() -> dict[str, str]:
    """Every written form of every authority (lower case) -> its reference name."""
    return dict(_forms()[1])
