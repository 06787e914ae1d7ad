"""Gold-free checks of the organizations field and the issuer (see :mod:`pressparse.audit`).

The checks define "surely wrong" on their own, from the lexicons and not from the
extractor's rules, so that the extractor cannot pass them by agreeing with itself:

- a common word: one word printed capitalized that wordfreq knows as an everyday Swedish
  word (Zipf >= :data:`COMMON_WORD_ZIPF`, clearly more frequent than in English), in no
  gazetteer and not an acronym;
- a person: a given name (Faker's lists) followed by one to three capitalized words, the
  last no organization head ("Stefan Löfven", "Jan Eliassons"; not "Henrik Group AB");
- a government release sent by someone else than a ministry, "Regeringen",
  "Regeringskansliet" or "Statsrådsberedningen".
"""

from __future__ import annotations

from collections.abc import Iterator

from pressparse.audit import Check, Observation, Sample
from pressparse.lexicon.firstnames import is_first_name
from pressparse.lexicon.frequency import zipf
from pressparse.lexicon.orgs import (
    BODY_ENDINGS,
    INSTITUTIONS,
    LEGAL_FORM_TAIL_RE,
    NAME_END_WORDS,
    NAME_HEAD_NOUNS,
    gazetteer,
)

# Zipf frequency from which a word is an everyday Swedish word ("flera" 5.7, "målet" 4.9);
# a little above the lexicon's own threshold, so that only clear cases are flagged
# (famous names such as "volvo" 4.43 stay below).
COMMON_WORD_ZIPF = 4.5
# How much more frequent in Swedish than in English an everyday Swedish word is ("flera"
# 5.7 against 1.3; "google" is as frequent in both).
SWEDISH_MARGIN = 1.0
# The senders a Government Offices release may have besides its ministries (any name
# ending in "departementet": "Näringsdepartementet" of earlier governments too).
GOVERNMENT_SENDERS: frozenset[str] = frozenset(
    ["Regeringen", "Regeringskansliet", "Statsrådsberedningen"]
)
# Last words that make a capitalized run an organization, not a person's name.
_ORG_HEADS = tuple(w.casefold() for w in (*BODY_ENDINGS, *NAME_HEAD_NOUNS, *NAME_END_WORDS))


def common_word(name: str) -> bool:
    """One capitalized everyday Swedish word, in no gazetteer: "Flera", "Precis", "Svenska";
    not an international name that Swedish text also uses every day ("Google", "Twitter":
    as frequent in English), not the government or the police ("Regeringen")."""
    if " " in name or "-" in name or name.isupper() or not name[:1].isupper():
        return False
    if name in gazetteer().names or name in INSTITUTIONS:
        return False
    sv = zipf(name)
    return sv >= COMMON_WORD_ZIPF and sv - zipf(name, "en") >= SWEDISH_MARGIN


def person_name(name: str) -> bool:
    """A given name and capitalized words, the last no organization head."""
    if LEGAL_FORM_TAIL_RE.search(name):
        return False
    words = name.split()
    if not 2 <= len(words) <= 4 or not is_first_name(words[0]):
        return False
    if not all(w[:1].isupper() and w[1:].islower() for w in words[1:]):
        return False
    return not words[-1].casefold().rstrip("s").endswith(_ORG_HEADS)


def organizations_common_words(sample: Sample) -> Iterator[Observation]:
    """Every organization found; flagged when it is an everyday word."""
    for o in sample.release.organizations:
        yield (common_word(o.name), o.name)


def organizations_persons(sample: Sample) -> Iterator[Observation]:
    """Every organization found; flagged when it is a person's name."""
    for o in sample.release.organizations:
        yield (person_name(o.name), o.name)


def issuer_common_word_or_person(sample: Sample) -> Iterator[Observation]:
    """Every release with an issuer; flagged when the issuer is a common word or a person."""
    issuer = sample.release.issuer
    if issuer is not None:
        yield (common_word(issuer.name) or person_name(issuer.name), issuer.name)


def government_issuer(sample: Sample) -> Iterator[Observation]:
    """Every Government Offices release; flagged when its issuer is not the government's."""
    if not sample.is_government:
        return
    issuer = sample.release.issuer
    name = issuer.name if issuer else None
    ministry = name is not None and name[:1].isupper() and name.endswith("departementet")
    yield (not ministry and name not in GOVERNMENT_SENDERS, f"issuer {name!r}")


CHECKS: tuple[Check, ...] = (
    Check(
        "organizations.common_word",
        "organizations that are one everyday Swedish word",
        0.002,
        "max",
        organizations_common_words,
    ),
    Check(
        "organizations.person",
        "organizations that are a person's name",
        0.002,
        "max",
        organizations_persons,
    ),
    Check(
        "issuer.common_word_or_person",
        "issuers that are an everyday word or a person's name",
        0.002,
        "max",
        issuer_common_word_or_person,
    ),
    Check(
        "issuer.government",
        "government releases whose issuer is not a ministry or the government (>= 95% are)",
        0.05,
        "max",
        government_issuer,
    ),
)
