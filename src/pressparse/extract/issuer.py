"""The issuer: who sends the release, decided in one place by reliability."""

from __future__ import annotations

from collections import Counter

from pressparse.document import ContactValue, Document, Finding, OrganizationValue


def decide_issuer(
    doc: Document,
    organizations: list[Finding[OrganizationValue]],
    contacts: list[Finding[ContactValue]],
) -> Finding[OrganizationValue] | None:
    """Publisher metadata, then the boilerplate's organization, then contacts, then prominence."""
    publisher = doc.meta.get("publisher") or doc.meta.get("site_name")
    if publisher:
        for f in organizations:
            if f.value.name.casefold() == publisher.casefold():
                return Finding(f.value, f.span, "issuer.metadata")
        return Finding(OrganizationValue(publisher), None, "issuer.metadata")
    boiler = [b for b in doc.blocks if b.role == "boilerplate"]
    for f in organizations:
        if f.span and any(b.start <= f.span.start < b.end for b in boiler):
            return Finding(f.value, f.span, "issuer.boilerplate")
    for c in contacts:
        if c.value.organization:
            for f in organizations:
                if f.value.name == c.value.organization:
                    return Finding(f.value, f.span, "issuer.contacts")
    if organizations:
        counts = Counter({f.value.name: len(f.value.spans) for f in organizations})
        name, _ = counts.most_common(1)[0]
        for f in organizations:
            if f.value.name == name:
                return Finding(f.value, f.span, "issuer.prominence")
    return None
