"""Given names, to tell a person ("Anna Berg") from an organization ("Nordic Waterproofing").

Source: the person-name lists of the ``Faker`` package (MIT license), locales sv_SE, nb_NO,
da_DK, fi_FI (the Nordic names Swedish releases print most) and en_US, en_GB, de_DE, fr_FR,
es_ES, it_IT, nl_NL, pl_PL (the foreign names of spokespeople and partners). Loaded on first
use, not at import.
"""

from __future__ import annotations

import importlib
from functools import lru_cache

# The Faker locales whose given names are read, Nordic first.
NAME_LOCALES: tuple[str, ...] = (
    "sv_SE", "no_NO", "da_DK", "fi_FI", "en_US", "en_GB", "de_DE", "fr_FR", "es_ES",
    "it_IT", "nl_NL", "pl_PL",
)  # fmt: skip
# The attributes of a Faker person provider that hold given names.
_NAME_ATTRIBUTES = ("first_names", "first_names_female", "first_names_male")


def _names_of(provider: object, attributes: tuple[str, ...]) -> set[str]:
    out: set[str] = set()
    for attr in attributes:
        names = getattr(provider, attr, ())
        # Some locales weight their names: a dict of name -> frequency.
        out.update(str(n) for n in (names.keys() if isinstance(names, dict) else names))
    return out


@lru_cache(maxsize=1)
def first_names() -> frozenset[str]:
    """Every given name of :data:`NAME_LOCALES`, as printed ("Anna", "Anne-Lie", "Björn")."""
    out: set[str] = set()
    for locale in NAME_LOCALES:
        try:
            module = importlib.import_module(f"faker.providers.person.{locale}")
        except ImportError:  # a locale missing from the installed Faker: use the others
            continue
        out |= _names_of(module.Provider, _NAME_ATTRIBUTES)
    return frozenset(n for n in out if n[:1].isupper())


@lru_cache(maxsize=1)
def last_names() -> frozenset[str]:
    """The Swedish surnames of Faker's sv_SE list ("Andersson", "Lindqvist")."""
    module = importlib.import_module("faker.providers.person.sv_SE")
    return frozenset(_names_of(module.Provider, ("last_names",)))


def is_first_name(word: str) -> bool:
    """True for a given name; a double name counts by its first part ("Anne-Lie").

    >>> is_first_name("Anna"), is_first_name("Anne-Lie"), is_first_name("Trafikverket")
    (True, True, False)
    """
    names = first_names()
    if word in names:
        return True
    parts = word.split("-")
    return len(parts) > 1 and parts[0] in names and all(p[:1].isupper() for p in parts[1:])
