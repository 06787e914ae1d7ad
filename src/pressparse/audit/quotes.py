"""Gold-free checks of the quotes field (see :mod:`pressparse.audit`).

The patterns here are deliberately simpler than the extractor's and independent of it, so
that the check can disagree with it: a paragraph the check's pattern calls a dash quote
closed by "säger ..." that yields no quotation is flagged, whatever the extractor thought.

Run over the Government Offices archive (``make audit AUDIT_DIRS=../shared/unlabeled/regeringen``).
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from pressparse.audit import Check, Observation, Sample
from pressparse.lexicon.firstnames import is_first_name

# A paragraph of direct speech opened by a dash and closed by "säger" and a word:
# "– Vi är glada över beslutet, säger kulturminister Parisa Liljestrand."
DASH_SAID_RE = re.compile(
    r"^[ \t]*[–—][ \t]?[A-ZÅÄÖ][^\n]{10,}?,[ \t]säger[ \t][^\n]{2,160}$", re.M
)
# Speakers that are no one: a pronoun left unresolved, or a lower-case word.
NOT_A_SPEAKER_RE = re.compile(r"^(?:[Hh]an|[Hh]on|[Hh]en|[Dd]e|[Vv]i|[Jj]ag|[Dd]et|[a-zåäö].*)$")
# Words that end the name of an organization, never of a person ("Utrikesdepartementet",
# "Svenskt Näringsliv", "Exempel AB").
ORG_WORD_RE = re.compile(
    r"(?:departementet|departement|myndigheten|verket|kansliet|förbundet|regeringen|"
    r"kommun|region|näringsliv|näringslivs|AB|ab|Ltd|Inc|ASA|Oyj)$"
)


def dash_said_quoted(sample: Sample) -> Iterator[Observation]:
    """Each dash paragraph closed by "säger ..." yields a quotation overlapping it."""
    text = sample.release.text
    spans = [(q.span.start, q.span.end) for q in sample.release.quotes]
    for m in DASH_SAID_RE.finditer(text):
        hit = any(a < m.end() and b > m.start() for a, b in spans)
        yield (not hit, f"no quote from {m.group().strip()[:120]!r}")


def speaker_is_someone(sample: Sample) -> Iterator[Observation]:
    """Each quotation has a speaker who is a person: not None, a pronoun or an organization."""
    orgs = {o.name.casefold() for o in sample.release.organizations}
    for q in sample.release.quotes:
        sp = q.speaker
        if sp is None:
            yield (True, f"no speaker for {q.text[:80]!r}")
            continue
        name = sp.name.strip()
        words = name.split()
        # A name that starts with a given name is a person's, whatever else says it is an
        # organization; one that does not is an organization's when listed as one, or when
        # a given name follows ("Pensionsgruppen Anna Tenje").
        person = bool(words) and is_first_name(words[0])
        org = not person and (
            name.casefold() in orgs
            or name.casefold().rstrip("s") in orgs
            or any(is_first_name(w) for w in words[1:2])
            or ORG_WORD_RE.search(name) is not None
        )
        bad = org or NOT_A_SPEAKER_RE.match(name) is not None
        yield (bad, f"speaker {name!r} for {q.text[:60]!r}")


CHECKS: tuple[Check, ...] = (
    Check(
        "quotes.dash_said_quoted",
        "dash paragraphs closed by 'säger ...' that give no quote",
        0.001,
        "max",
        dash_said_quoted,
    ),
    Check(
        "quotes.speaker_is_someone",
        "quotes whose speaker is None, a pronoun or an organization",
        0.005,
        "max",
        speaker_is_someone,
    ),
)
