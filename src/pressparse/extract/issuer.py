"""The issuer: who sends the release, decided in one place by reliability."""

from __future__ import annotations

import re
from collections import Counter

from pressparse.document import ContactValue, Document, Finding, OrganizationValue
from pressparse.extract.organizations import org_key
from pressparse.lexicon.orgs import INSTITUTION_WORDS, gazetteer

# A newsroom line of Via TT / Cision: "11.2.2026 13:00:03 CET | Dramaten | Pressmeddelande".
NEWSROOM_LINE_RE = re.compile(
    r"^\d{1,2}\.\d{1,2}\.\d{4}[ \t]+\d{1,2}:\d{2}(?::\d{2})?[ \t]*[A-Z]{0,4}[ \t]*\|[ \t]*"
    r"([^|\n]{2,80}?)[ \t]*\|",
    re.M,
)
# A sender line near the top: "Från Regionkansliet".
FROM_LINE_RE = re.compile(r"^Från[ \t]+([A-ZÅÄÖ][^\n.,]{1,60})$", re.M)
# A boilerplate heading: "Om Newsdesk", "About Sweco" ("Om oss" names nobody).
ABOUT_RE = re.compile(r"^(?:Om|About)[ \t]+(\S[^\n.!?]{0,80})$")
# The web domain of an e-mail address: "peter.g.jonsson@trafikverket.se" -> "trafikverket".
EMAIL_DOMAIN_RE = re.compile(r"@(?:[\w-]+\.)*?([\w-]+)\.[a-z]{2,6}$")
# A sign-off line that is only a company name: "AB SARDUS", "Exempel AB (publ)".
SIGN_OFF_RE = re.compile(
    r"^(?:AB[ \t]+[A-ZÅÄÖ][\w-]{1,40}|[A-ZÅÄÖ][\w-]{1,30}(?:[ \t]+[A-ZÅÄÖ][\w-]{1,30}){0,3}[ \t]+"
    r"(?:AB|ASA|Oyj)(?:[ \t]+\(publ\))?)[ \t]*$",
    re.M,
)
# A web-domain tail on a name: "MyNewsdesk.com" is the issuer "MyNewsdesk".
DOMAIN_TAIL_RE = re.compile(r"\.(?:se|com|no|nu|dk|fi|net|org)$")
# How many lines from the top a sender line may stand.
FROM_LINE_MAX_POS = 400


def _match(
    organizations: list[Finding[OrganizationValue]], name: str, rule: str
) -> Finding[OrganizationValue]:
    key = org_key(name)
    for f in organizations:
        if org_key(f.value.name) == key:
            return Finding(f.value, f.span, rule)
    return Finding(OrganizationValue(name.strip()), None, rule)


def _named(f: Finding[OrganizationValue], rule: str) -> Finding[OrganizationValue]:
    name = DOMAIN_TAIL_RE.sub("", f.value.name)
    return Finding(OrganizationValue(name, f.value.spans, f.value.org_number), f.span, rule)


def _mentions(f: Finding[OrganizationValue]) -> int:
    return len(f.value.spans)


def decide_issuer(
    doc: Document,
    organizations: list[Finding[OrganizationValue]],
    contacts: list[Finding[ContactValue]],
) -> Finding[OrganizationValue] | None:
    """Publisher metadata and newsroom line, then the boilerplate, then contacts, then prominence."""
    publisher = doc.meta.get("publisher") or doc.meta.get("site_name") or doc.meta.get("author")
    if publisher:
        return _match(organizations, publisher, "issuer.metadata")
    m = NEWSROOM_LINE_RE.search(doc.text)
    if m:
        return _match(organizations, m.group(1), "issuer.newsroom")
    m = FROM_LINE_RE.search(doc.text, 0, FROM_LINE_MAX_POS)
    if m:
        return _match(organizations, m.group(1), "issuer.sender_line")
    by_key = {org_key(f.value.name): f for f in organizations}
    # The boilerplate: its "Om X" headings, else the organizations it names first.
    about: list[Finding[OrganizationValue]] = []
    boiler_orgs: list[Finding[OrganizationValue]] = []
    for b in doc.blocks:
        if b.role != "boilerplate":
            continue
        a = ABOUT_RE.match(doc.block_text(b).strip())
        if a and a.group(1).casefold() not in ("oss", "us"):
            f = by_key.get(org_key(a.group(1)))
            if f:
                about.append(f)
    for f in organizations:
        if any(doc.role_at(s.start) == "boilerplate" for s in f.value.spans):
            boiler_orgs.append(f)
    if about:
        best = max(about, key=_mentions)  # max keeps the first of equals
        # "Om Länsstyrelsen" stands for the fuller name the release uses elsewhere.
        for f in organizations:
            if f.value.name.startswith(best.value.name + " "):
                best = f
                break
        return _named(best, "issuer.boilerplate")
    half = len(doc.text) // 2
    for m in SIGN_OFF_RE.finditer(doc.text, half):
        return Finding(OrganizationValue(m.group(0).strip()), None, "issuer.sign_off")
    # Contacts: the organization they name, or their e-mail domain.
    for c in contacts:
        if c.value.organization and org_key(c.value.organization) in by_key:
            f = by_key[org_key(c.value.organization)]
            return Finding(f.value, f.span, "issuer.contacts")
    domains = gazetteer().domains
    for c in contacts:
        for email in c.value.emails:
            d = EMAIL_DOMAIN_RE.search(email)
            if not d:
                continue
            label = d.group(1).casefold()
            for f in organizations:
                if org_key(f.value.name).replace(" ", "").startswith(label):
                    return Finding(f.value, f.span, "issuer.email_domain")
            full = email.split("@", 1)[1].casefold()
            if full in domains:
                return _match(organizations, domains[full], "issuer.email_domain")
    if boiler_orgs:
        best = max(boiler_orgs, key=_mentions)
        return _named(best, "issuer.boilerplate")
    return _prominent(doc, organizations)


def _prominent(
    doc: Document, organizations: list[Finding[OrganizationValue]]
) -> Finding[OrganizationValue] | None:
    """The organization named most often; the government and the police count lower-case too."""
    counts: Counter[str] = Counter()
    for word in re.findall(r"\b(?:regeringen|regeringens|polisen|polisens)\b", doc.text):
        counts[INSTITUTION_WORDS[word]] += 1
    # A release naming a ministry (and no other sender cue) comes from the government offices.
    for f in organizations:
        if f.value.name.endswith("departementet"):
            return Finding(f.value, f.span, "issuer.ministry")
    best: Finding[OrganizationValue] | None = None
    best_n = 0
    for f in organizations:
        n = _mentions(f) + counts.pop(f.value.name, 0)
        if n > best_n:
            best, best_n = f, n
    for name, n in counts.items():
        if n > best_n:
            return Finding(OrganizationValue(name), None, "issuer.prominence")
    if best is None:
        return None
    return Finding(best.value, best.span, "issuer.prominence")
