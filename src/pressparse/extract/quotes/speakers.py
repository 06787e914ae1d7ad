"""Speakers completed from the rest of the release: the step after the quotations are read.

A speaker's role and organization missing from the attribution are taken from where the
release states them for the same person: the contact block, or another quotation's
attribution. A speaker that is one of the release's organizations is no speaker (a
quotation is a person's words), unless the name starts with a given name.
"""

from __future__ import annotations

from collections.abc import Sequence

from pressparse.document import ContactValue, Finding, OrganizationValue, PersonValue, QuoteValue
from pressparse.extract.quotes.attribution import organization_keys
from pressparse.lexicon.firstnames import is_first_name


def fill_speakers(
    quotes: list[Finding[QuoteValue]],
    contacts: Sequence[Finding[ContactValue]],
    organizations: Sequence[Finding[OrganizationValue]] = (),
) -> list[Finding[QuoteValue]]:
    """Give each speaker the role/organization stated elsewhere for the same person; drop
    a speaker that is an organization of the release."""
    orgs = frozenset(k for o in organizations for k in organization_keys(o.value.name))
    known = _stated_roles(quotes, contacts)
    out: list[Finding[QuoteValue]] = []
    for q in quotes:
        sp = q.value.speaker
        if sp is not None and _is_organization(sp.name, orgs):
            out.append(_with_speaker(q, None))
        elif sp and (sp.role is None or sp.organization is None):
            role, org = known.get(sp.name.casefold(), (None, None))
            out.append(
                _with_speaker(q, PersonValue(sp.name, sp.role or role, sp.organization or org))
            )
        else:
            out.append(q)
    return out


def _with_speaker(q: Finding[QuoteValue], speaker: PersonValue | None) -> Finding[QuoteValue]:
    """``q`` with another speaker (built directly: ``dataclasses.replace`` looks at every
    field on each call)."""
    v = q.value
    return Finding(QuoteValue(v.text, speaker, v.pieces), q.span, q.rule)


def _is_organization(name: str, orgs: frozenset[str]) -> bool:
    """A name listed as an organization, unless it starts with a given name (a person
    the organizations stage mistook: "Parisa Liljestrand")."""
    words = name.split()
    return bool(words) and not is_first_name(words[0]) and organization_keys(name)[0] in orgs


def _stated_roles(
    quotes: list[Finding[QuoteValue]], contacts: Sequence[Finding[ContactValue]]
) -> dict[str, tuple[str | None, str | None]]:
    """Role and organization by person (folded name): the contacts', then the quotations'."""
    known: dict[str, tuple[str | None, str | None]] = {}
    for c in contacts:
        if c.value.name:
            known[c.value.name.casefold()] = (c.value.role, c.value.organization)
    for q in quotes:
        sp = q.value.speaker
        if sp and (sp.role or sp.organization):
            prev = known.get(sp.name.casefold(), (None, None))
            known[sp.name.casefold()] = (sp.role or prev[0], sp.organization or prev[1])
    return known
