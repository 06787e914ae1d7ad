"""The issuer: who sends the release, decided in one place by reliability."""

from __future__ import annotations

import re
from collections import Counter

from pressparse.document import ContactValue, Document, Finding, OrganizationValue
from pressparse.extract.organizations import IS_A_RE, org_key
from pressparse.lexicon.orgs import INSTITUTION_WORDS, MINISTER_DEPARTMENTS, gazetteer
from pressparse.lexicon.speech import ATTRIBUTION_PREPOSITIONS, SAYING_VERBS_SV
from pressparse.rule_ids import IssuerRule

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
# The government and the police in lower case: "regeringen beslutade", "polisens arbete".
INSTITUTION_WORD_RE = re.compile(r"(?<![\w-])(?:regeringen|regeringens|polisen|polisens)(?![\w-])")
# How many characters from the top a sender line may stand.
FROM_LINE_MAX_POS = 400
# The newsroom words of NEWSROOM_URL_RE, looked for in the lower-cased text first.
NEWSROOM_WORDS = ("pressrum", "nyhetsrum", "newsroom")
# The newsroom a release points to: "besök Newsdesk ABs pressrum på www.newsdesk.se".
NEWSROOM_URL_RE = re.compile(
    r"(?<![\w-])(?:" + "|".join(NEWSROOM_WORDS) + r")[ \t]{0,3}(?:på|at|:)?\s{1,3}(?:https?://)?"
    r"(?:www\.)?([\w-]{2,40})\.(?:se|com|nu|net|org|fi|no|dk)(?![\w-])",
    re.I,
)
# A government minister named by title: "försvarsminister Pål Jonson",
# "energi- och näringsminister Ebba Busch" (group 1 is the last part of the title).
MINISTER_RE = re.compile(
    r"(?<![\w-])(?:[a-zåäö]{2,30}-[ \t]+och[ \t]+)?([a-zåäö]{2,30}minister)[ \t]+(?=[A-ZÅÄÖ])"
)
# A foreign country's genitive before a minister's title: "Storbritanniens försvarsminister".
FOREIGN_GENITIVE_RE = re.compile(r"[A-ZÅÄÖ][a-zåäö]{1,30}s[ \t]+$")
# An attribution verb just before a minister's title: "säger socialminister Jakob Forssmed".
SPEAKS_RE = re.compile(
    r"(?<![\w-])(?:"
    + "|".join(re.escape(w) for w in (*SAYING_VERBS_SV, *ATTRIBUTION_PREPOSITIONS))
    + r")[ \t]+$"
)
# A press event in the title: "Inbjudan till pressträff", "Presskonferens om ...".
PRESS_EVENT_RE = re.compile(r"(?i)(?<![\w-])(?:pressinbjudan|inbjudan|pressträff|presskonferens)")
# How far from the top the title's press-event words are looked for.
TITLE_WINDOW = 300


def _match(
    organizations: list[Finding[OrganizationValue]], name: str, rule: IssuerRule
) -> Finding[OrganizationValue]:
    key = org_key(name)
    for f in organizations:
        if org_key(f.value.name) == key:
            return Finding(f.value, f.span, rule)
    return Finding(OrganizationValue(name.strip()), None, rule)


def _named(f: Finding[OrganizationValue], rule: IssuerRule) -> Finding[OrganizationValue]:
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
    m = NEWSROOM_LINE_RE.search(doc.text) if "|" in doc.text else None
    if m:
        return _match(organizations, m.group(1), "issuer.newsroom")
    m = FROM_LINE_RE.search(doc.text, 0, FROM_LINE_MAX_POS)
    if m:
        return _match(organizations, m.group(1), "issuer.sender_line")
    by_key = {org_key(f.value.name): f for f in organizations}
    # The words are checked first: a scan of every release for them would cost more.
    low = doc.text.lower()
    has_newsroom = any(w in low for w in NEWSROOM_WORDS)
    for m in NEWSROOM_URL_RE.finditer(doc.text) if has_newsroom else ():
        f = by_key.get(m.group(1).casefold())
        if f:
            return Finding(f.value, f.span, "issuer.newsroom_url")
    about = _about(doc, organizations, by_key)
    if about:
        return about
    # Contacts: the organization they name, or their e-mail domain.
    half = len(doc.text) // 2
    for m in SIGN_OFF_RE.finditer(doc.text, half):
        return Finding(OrganizationValue(m.group(0).strip()), None, "issuer.sign_off")
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
    boiler_orgs = [
        f
        for f in organizations
        if any(doc.role_at(s.start) == "boilerplate" for s in f.value.spans)
    ]
    if boiler_orgs:
        best = max(boiler_orgs, key=_mentions)
        return _named(best, "issuer.boilerplate")
    return _government(doc, organizations) or _prominent(doc, organizations)


def _about(
    doc: Document,
    organizations: list[Finding[OrganizationValue]],
    by_key: dict[str, Finding[OrganizationValue]],
) -> Finding[OrganizationValue] | None:
    """The boilerplate: its first "Om X" heading, else its first "X är ..." sentence."""
    boiler = [b for b in doc.blocks if b.role == "boilerplate"]
    for b in boiler:
        a = ABOUT_RE.match(doc.block_text(b).strip())
        if not a or a.group(1).casefold() in ("oss", "us"):
            continue
        best = by_key.get(org_key(a.group(1)))
        if not best:
            continue
        # "Om Länsstyrelsen" stands for "Länsstyrelsen i Dalarnas län" when the release
        # qualifies it so; "Stockholm Business Region Development" is another company.
        for f in organizations:
            rest = f.value.name[len(best.value.name) + 1 :]
            if f.value.name.startswith(best.value.name + " ") and rest[:1].islower():
                best = f
                break
        return _named(best, "issuer.boilerplate")
    for b in boiler:
        for m in IS_A_RE.finditer(doc.block_text(b)):
            subject = by_key.get(org_key(m.group(1)))
            if subject:
                return _named(subject, "issuer.boilerplate_is_a")
    return None


def _government(
    doc: Document, organizations: list[Finding[OrganizationValue]]
) -> Finding[OrganizationValue] | None:
    """A Government Offices release: the ministry it names, else the government.

    A press event held by a minister ("Inbjudan till pressträff med försvarsminister X")
    comes from the minister's ministry; a release where a minister speaks ("säger
    socialminister X") is the government's. A minister only mentioned proves nothing.
    """
    event = bool(PRESS_EVENT_RE.search(doc.text, 0, TITLE_WINDOW))
    for f in organizations:
        if f.value.name.endswith("departementet"):
            return Finding(f.value, f.span, "issuer.ministry")
    for m in MINISTER_RE.finditer(doc.text) if "minister" in doc.text else ():
        if FOREIGN_GENITIVE_RE.search(doc.text, max(0, m.start() - 40), m.start()):
            continue
        ministry = MINISTER_DEPARTMENTS.get(m.group(1))
        if ministry and event and m.start() < TITLE_WINDOW:
            return _match(organizations, ministry, "issuer.ministry")
        if SPEAKS_RE.search(doc.text, max(0, m.start() - 20), m.start()):
            return _match(organizations, "Regeringen", "issuer.government")
    return None


def _prominent(
    doc: Document, organizations: list[Finding[OrganizationValue]]
) -> Finding[OrganizationValue] | None:
    """The organization named clearly most often; None on a tie (nothing stands out).

    The government and the police count lower-case too ("regeringen beslutade").
    """
    counts: Counter[str] = Counter()
    named = "regeringen" in doc.text or "polisen" in doc.text
    for word in INSTITUTION_WORD_RE.findall(doc.text) if named else ():
        counts[INSTITUTION_WORDS[word]] += 1
    scored: list[tuple[int, Finding[OrganizationValue]]] = []
    for f in organizations:
        scored.append((_mentions(f) + counts.pop(f.value.name, 0), f))
    for name, n in counts.items():
        scored.append((n, Finding(OrganizationValue(name), None, "issuer.prominence")))
    if not scored:
        return None
    # A stable sort keeps the earliest of equals first.
    scored.sort(key=lambda t: -t[0])
    if len(scored) > 1 and scored[1][0] == scored[0][0]:
        return None
    best = scored[0][1]
    return Finding(best.value, best.span, "issuer.prominence")
