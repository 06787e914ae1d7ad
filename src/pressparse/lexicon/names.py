"""Shapes of personal names as Swedish releases print them.

Source: the naming conventions of Swedish press releases: given name(s) and surname(s),
capitalized, with hyphenated parts ("Anne-Lie", "Boman Röding") and nobiliary particles.
"""

from __future__ import annotations

import re

from pressparse.lexicon.roles import ROLE_SUFFIXES

# One capitalized name part: "Anna", "Anne-Lie", "Claes-R.", "Åkesson", "O'Brien", "McDonald".
NAME_PART = r"(?:[A-ZÅÄÖÉÈÜØÆ][a-zåäöéèüøæáíóúñç']+(?:[A-Z][a-zåäöéü]+)?(?:-[A-ZÅÄÖÉ](?:[a-zåäöéèüøæ]+|\.))?|[A-ZÅÄÖ]\.)"
# Particles inside names: "af", "von", "de", "van", "der", "la".
NAME_PARTICLE = r"(?:af|von|de|van|der|den|la|du|di)"
# A full name: two to four parts, particles allowed between them.
PERSON_NAME = rf"{NAME_PART}(?:[ \t]+(?:{NAME_PARTICLE}[ \t]+)?{NAME_PART}){{1,3}}"
# A name as a quotation's attribution prints it: like PERSON_NAME, but a middle initial may
# lack its period ("Mats G Ringesten").
MIDDLE_INITIAL = r"[A-ZÅÄÖ](?=[ \t])"
# (Each part is atomic and each blank run possessive: a part is followed by a blank or by no
# word character, which no shorter reading of it is, so giving back characters never helps;
# not retrying them keeps the search fast.)
_PART = rf"(?>{NAME_PART})"
SPEAKER_NAME = (
    rf"{_PART}(?:[ \t]++(?:{NAME_PARTICLE}[ \t]++)?(?:{_PART}|{MIDDLE_INITIAL})){{0,2}}"
    rf"[ \t]++(?:{NAME_PARTICLE}[ \t]++)?{_PART}"
)
# A whole string that is a person's name.
PERSON_NAME_RE = re.compile(rf"^{PERSON_NAME}$")

# Capitalized words that start name-shaped phrases which are not people.
NOT_FIRST_NAMES: frozenset[str] = frozenset(
    [
        "Region",
        "Länsstyrelsen",
        "Kommun",
        "Stiftelsen",
        "Föreningen",
        "För",
        "Om",
        "Med",
        "Vid",
        "Kontakt",
        "Pressmeddelande",
        "Sveriges",
        "Svenska",
        "Stockholms",
        "Göteborgs",
        "Malmö",
        "Tel",
        "Telefon",
        "Mobil",
        "Mail",
        "Epost",
        "E-post",
    ]
)


def is_person_name(s: str) -> bool:
    """True for "Anne-Lie Mårtensson", False for "Region Skåne" or "Regional utveckling"."""
    s = s.strip()
    if not PERSON_NAME_RE.match(s):
        return False
    return s.split()[0] not in NOT_FIRST_NAMES


# Endings of Swedish and English job titles (the one role table, lexicon/roles.py); a
# capitalized word with one of these endings after a name is the role, not a surname
# ("Mikael Stamming Utvecklingsdirektör").
ROLE_ENDINGS: tuple[str, ...] = ROLE_SUFFIXES


def split_trailing_role(name: str) -> tuple[str, str]:
    """Split "Mikael Stamming Utvecklingsdirektör" into ("Mikael Stamming", "Utvecklingsdirektör")."""
    parts = name.split()
    role: list[str] = []
    while len(parts) > 2 and parts[-1].lower().endswith(ROLE_ENDINGS):
        role.insert(0, parts.pop())
    return " ".join(parts), " ".join(role)
