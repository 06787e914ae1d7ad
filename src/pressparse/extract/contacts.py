"""Press contacts: people (or functions) listed in the contact block, with phones and e-mails."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from pressparse.document import ContactValue, Document, Finding, Span
from pressparse.extract.emails import find_emails
from pressparse.extract.phones import find_phones
from pressparse.lexicon.names import is_person_name
from pressparse.lexicon.orgs import is_organization_name
from pressparse.structure import CONTACT_HEADING_RE

# Phone prefixes such as "Tfn/mobil:", "Tel.", "Mobil:", "växel".
PHONE_PREFIX_RE = re.compile(
    r"\b(?:tfn|tel|telefon|mobil|mob|mobiltelefon|växel|direkt|phone|mobile|cell)\b\.?(?:/\w+)?[ \t]*:?",
    re.I,
)
# E-mail prefixes such as "E-post:", "Mail:", "e-mail".
EMAIL_PREFIX_RE = re.compile(r"\b(?:e-?post|e-?mail|mail|mejl)\b[ \t]*:?", re.I)


@dataclass
class _Draft:
    name: str
    start: int
    end: int
    role: str | None = None
    organization: str | None = None
    phones: list[str] = field(default_factory=list)
    emails: list[str] = field(default_factory=list)


def extract_contacts(doc: Document) -> list[Finding[ContactValue]]:
    """Contacts in the contact block(s), in document order."""
    drafts: list[_Draft] = []
    for b in doc.blocks:
        if b.role != "contact":
            continue
        line = doc.block_text(b)
        if CONTACT_HEADING_RE.match(line.strip()):
            continue
        phones = find_phones(line)
        emails = find_emails(line)
        rest = line
        for _, a, z in sorted(phones + emails, key=lambda t: t[1], reverse=True):
            rest = rest[:a] + " " + rest[z:]
        rest = EMAIL_PREFIX_RE.sub(" ", PHONE_PREFIX_RE.sub(" ", rest))
        parts = [p.strip(" ,;:–-") for p in rest.split(",")]
        parts = [p for p in parts if p]
        if parts and is_person_name(parts[0]):
            d = _Draft(parts[0], b.start, b.end)
            rest_parts = parts[1:]
            if rest_parts and is_organization_name(rest_parts[-1]):
                d.organization = rest_parts.pop()
            if rest_parts:
                d.role = ", ".join(rest_parts)
            drafts.append(d)
        elif drafts and parts and not phones and not emails and drafts[-1].role is None:
            drafts[-1].role = ", ".join(parts)
            drafts[-1].end = b.end
        if drafts:
            cur = drafts[-1]
            for e164, _, _ in phones:
                if e164 not in cur.phones:
                    cur.phones.append(e164)
            for addr, _, _ in emails:
                if addr not in cur.emails:
                    cur.emails.append(addr)
            if phones or emails:
                cur.end = b.end
    return [
        Finding(
            ContactValue(d.name, d.role, d.organization, tuple(d.phones), tuple(d.emails)),
            Span(d.start, d.end),
            "contact.block",
        )
        for d in drafts
    ]
