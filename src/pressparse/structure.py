"""The structure step: give every block its role (title, label, lead, body, contact, ...).

This is the one shared step between reading and the extractors: where the title is,
where the contact block starts, which paragraphs are the "Om X" boilerplate. Extractors
read the roles; they do not work them out again.
"""

from __future__ import annotations

import re
from dataclasses import replace

from pressparse.document import Block, Document, Role
from pressparse.lexicon.structure import CHROME_LINES, CONTACT_HEADINGS, KIND_LABELS

# A label line: a printed kind, alone or followed by a separator and a date.
LABEL_RE = re.compile(
    r"^(?P<kind>"
    + "|".join(re.escape(k) for k in sorted(KIND_LABELS, key=len, reverse=True))
    + r")"
    r"\b[ \t]*(?:$|[-•|·–—:,][ \t]*(?P<rest>.{0,80})$)",
    re.I,
)
# A contact heading: "För mer information:", "Kontakt", "För mer information, vänligen kontakta:".
CONTACT_HEADING_RE = re.compile(
    r"^(?:" + "|".join(re.escape(h) for h in sorted(CONTACT_HEADINGS, key=len, reverse=True)) + r")"
    r"\b[^\n]{0,60}?:?$",
    re.I,
)
# A boilerplate heading: "Om Region Skåne", "About Sweco".
ABOUT_HEADING_RE = re.compile(r"^(?:Om|About)[ \t]+\S[^.!?\n]{0,80}$")
# A line that only carries a date/time ("2015-04-14 14:15", "Jan 18, 2016 10:43 CET").
DATELINE_RE = re.compile(
    r"^(?:[A-Za-zåäöÅÄÖ]{2,10}[ \t]+)?(?:\d{4}-\d{2}-\d{2}|\d{1,2}[./][ \t]?\d{1,2}[./][ \t]?\d{4}|"
    r"\d{1,2}[ \t]+[A-Za-zåäöÅÄÖ]{3,10}\.?[ \t]+\d{4}|[A-Za-zåäöÅÄÖ]{3,10}\.?[ \t]+\d{1,2},?[ \t]+\d{4})"
    r"[^\n]{0,40}$"
)
_CHROME = frozenset(CHROME_LINES)
# A paragraph this long inside the contact block is prose (boilerplate), not a contact line.
BOILERPLATE_MIN_CHARS = 150


def assign_roles(doc: Document) -> Document:
    """Return ``doc`` with roles on every block."""
    blocks = list(doc.blocks)
    roles: list[Role] = [b.role for b in blocks]
    texts = [doc.block_text(b) for b in blocks]
    for i, t in enumerate(texts):
        if roles[i] != "unknown":
            continue
        low = t.strip().lower().rstrip(":")
        if low in _CHROME:
            roles[i] = "chrome"
        elif LABEL_RE.match(t):
            roles[i] = "label"
        elif len(t) <= 60 and DATELINE_RE.match(t):
            roles[i] = "dateline"
    _mark_title(blocks, texts, roles, doc)
    _mark_contact_and_boilerplate(texts, roles)
    _mark_lead(texts, roles)
    for i, r in enumerate(roles):
        if r == "unknown":
            roles[i] = "body"
    new = tuple(replace(b, role=r) for b, r in zip(blocks, roles, strict=False))
    return replace(doc, blocks=new)


def _mark_title(blocks: list[Block], texts: list[str], roles: list[Role], doc: Document) -> None:
    for i, b in enumerate(blocks):
        if b.kind == "heading" and b.level <= 2 and roles[i] == "unknown":
            roles[i] = "title"
            return
    meta_title = doc.meta.get("title")
    if meta_title:
        return  # HTML/front matter supply the title; the first line is content
    for i, _ in enumerate(blocks[:8]):
        if roles[i] == "unknown":
            roles[i] = "title"
            return


def _mark_contact_and_boilerplate(texts: list[str], roles: list[Role]) -> None:
    n = len(texts)
    contact_start = None
    for i, t in enumerate(texts):
        if roles[i] in ("unknown", "body") and CONTACT_HEADING_RE.match(t.strip()):
            contact_start = i
            break
    about_start = None
    for i, t in enumerate(texts):
        if roles[i] in ("unknown", "body") and ABOUT_HEADING_RE.match(t.strip()):
            about_start = i
            break
    if about_start is not None:
        for i in range(about_start, n):
            if roles[i] in ("unknown", "body"):
                roles[i] = "boilerplate"
    if contact_start is not None:
        end = about_start if about_start is not None and about_start > contact_start else n
        for i in range(contact_start + 1, end):
            # A long descriptive paragraph after the contacts is the issuer's boilerplate.
            if len(texts[i]) > BOILERPLATE_MIN_CHARS and roles[i] in ("unknown", "body"):
                end = i
                for j in range(i, n):
                    if roles[j] in ("unknown", "body"):
                        roles[j] = "boilerplate"
                break
        for i in range(contact_start, end):
            if roles[i] in ("unknown", "body"):
                roles[i] = "contact"


def _mark_lead(texts: list[str], roles: list[Role]) -> None:
    seen_title = "title" not in roles
    for i, r in enumerate(roles):
        if r == "title":
            seen_title = True
            continue
        if seen_title and r == "unknown" and len(texts[i]) >= 40:
            roles[i] = "lead"
            return
