"""Press contacts: people (or functions) listed for press contact, with their phones and e-mails.

Contacts are read from the contact block (blocks with role ``contact``, and short lines
after a contact heading elsewhere), and from inline contact sentences in any block
("För vidare information kontakta koncernchef Staffan Bohman, tel 08-459 5910, ...",
"(kontaktperson: Sigrid Böe, pressekreterare LO, 070 – 620 12 07)").

A contact region is read as a stream of pieces (split at commas, line ends and "eller"
before a name) and details (phones, e-mails) in text order: a piece that is a name opens
a contact, and every detail belongs to the contact opened last before it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from operator import itemgetter

from pressparse.document import ContactValue, Document, Finding, Span, fold, search_from_literals
from pressparse.extract.emails import find_emails
from pressparse.extract.phones import find_phones
from pressparse.extract.urls import BARE_DOMAIN_RE, URL_RE
from pressparse.lexicon.contacts import (
    EMAIL_PREFIXES,
    FUNCTION_WORDS,
    NOT_SURNAMES,
    PHONE_PREFIXES,
    ROLE_WORD_ENDINGS,
)
from pressparse.lexicon.names import NOT_FIRST_NAMES
from pressparse.lexicon.orgs import is_organization_name
from pressparse.lexicon.structure import CONTACT_HEADINGS

_HEADINGS = "|".join(re.escape(h) for h in sorted(CONTACT_HEADINGS, key=len, reverse=True))
# A line that opens a contact region: "För mer information, vänligen kontakta:",
# "Kontaktpersoner för mer information:", "Kontakter", "Presskontakt".
REGION_HEADING_RE = re.compile(
    rf"^(?:{_HEADINGS})\b(?:[^\n:]{{0,60}}:|[ \t,]{{0,3}}(?:(?:vänligen|var[ \t]+vänlig)[ \t]+)?"
    r"(?:kontakta)?)[ \t]*$",
    re.I,
)
# The words that introduce contacts inside a line; the contacts follow the match:
# "(kontaktperson: ", "För vidare information kontakta ", "Kontakt MyNewsdesk: ",
# "Frågor besvaras av ", "Föranmälan görs till ".
CONTACT_LEAD_RE = re.compile(
    r"(?:(?:\b|(?<=[a-zåäö]))kontaktperson(?:er)?[ \t]*(?:[^:\n]{0,40}?)?:"
    r"|\b(?:för|vid)[ \t]+(?:mer|ytterligare|vidare)[ \t]+(?:information|info|upplysningar)"
    r"[^.:\n]{0,40}?(?:\bkontakta\b:?|:)"
    r"|\b(?:press|media|medie)?kontakt(?:er)?(?:[ \t]+[A-ZÅÄÖ][\w&.-]{0,30}){0,3}[ \t]*:"
    r"|\bkontakta(?:[ \t]+gärna)?\b:?"
    r"|\bfrågor[ \t]+besvaras[ \t]+av\b:?"
    r"|\bföranmälan[ \t]+(?:görs[ \t]+)?(?:till|hos)\b"
    r"|\b(?:for[ \t]+(?:more|further)[ \t]+information|media[ \t]+contacts?|press[ \t]+contacts?)"
    r"[^.:\n]{0,40}?(?:\bcontact\b:?|:))",
    re.I,
)
# Registration for a press event, naming who takes it: "Anmäl dig till brittiska
# försvarsministeriet genom att skicka ... till: x@y", "Anmälan görs till Anna Berg, 070-...".
REGISTRATION_RE = re.compile(
    r"\b(?:[Aa]nmäl[ \t]+dig|[Aa]nmälan(?:[ \t]+görs)?|[Ff]öranmälan(?:[ \t]+görs)?)[ \t]+(?:till|hos)[ \t]+"
    r"(?!(?:press(?:träff|konferens|visning|möte|lunch|frukost)|event|seminar|konferens|möte|lunch|frukost|visning|invigning|evenemang)\w{0,12}\b)"
    r"(?P<name>[^\s,:;@()\[\]][^,:;@()\[\]\n]{1,60}?)"
    r"(?=[ \t]+(?:genom|via|på|per|senast|med|innan|före|by)\b|[ \t]*[,:;(\[])"
)
# Lower-case words one of which every CONTACT_LEAD_RE match contains: lines without any of
# them are not searched.
CONTACT_LEAD_WORDS = ("kontakt", "info", "upplysningar", "frågor", "föranmälan", "contact")
# Lower-case literals every CONTACT_LEAD_RE match begins with: it is tried only there.
CONTACT_LEAD_STARTS = ("kontakt", "för", "vid", "press", "medi", "frågor", "föranmälan", "for")
# Leads that name a contact even without a number or address ("Kontaktperson: X").
EXPLICIT_LEAD_RE = re.compile(r"kontaktperson|frågor", re.I)
# A phone label ("Tfn/mobil:", "Tel.", "telefon:") left after the number is taken out.
PHONE_PREFIX_RE = re.compile(
    r"\b(?:" + "|".join(re.escape(p) for p in PHONE_PREFIXES) + r")\b\.?"
    r"(?:[ \t]?/[ \t]?(?:" + "|".join(re.escape(p) for p in PHONE_PREFIXES) + r")\b\.?)?"
    r"[ \t]{0,3}[:;]?",
    re.I,
)
# An e-mail label ("E-post:", "mail", "E-post;").
EMAIL_PREFIX_RE = re.compile(
    r"(?<![\w-])(?:" + "|".join(re.escape(p) for p in EMAIL_PREFIXES) + r")\b\.?[ \t]{0,3}[:;]?",
    re.I,
)
# An address hidden by the page's e-mail protection: "[email protected]".
PROTECTED_EMAIL_RE = re.compile(r"\[[ \t]?email[ \t]?protected\]", re.I)
# Where the pieces of a contact line split: commas, semicolons, brackets, line ends.
PIECE_SPLIT_RE = re.compile(r"[,;()\n|]+")
# "eller"/"och"/"samt" before a capitalized name also separates two contacts.
NAME_JOIN_RE = re.compile(
    r"[ \t]+(?:eller|och|samt|or|and)[ \t]+(?=[A-ZÅÄÖ][a-zåäö]+[ \t]+[A-ZÅÄÖ])"
)
# The end of a sentence inside a line: a full stop after a lower-case word or a digit,
# then a capital ("... tel 08-459 5941. Gränges är ..."); "Claes-R. Simonson" is not one.
SENTENCE_END_RE = re.compile(r"(?<=[a-zåäö0-9)])\.(?=[ \t]+[A-ZÅÄÖ])")
# A political party tag after a name: "Jonas Andersson (FP)", "(S)".
PARTY_TAG_RE = re.compile(r"[ \t]*\((?:[A-ZÅÄÖ]{1,3}|[A-ZÅÄÖ][a-zåäö]{0,2})\)")
# One part of a personal name: "Anna", "Anne-Lie", "Claes-R.", "Bjørkavåg", "R.".
NAME_PART = (
    r"(?:[A-ZÅÄÖÉØÆÜ][a-zåäöéèüøæáíóúñç']{1,30}(?:-[A-ZÅÄÖÉ](?:[a-zåäöéèüøæ]{1,30}|\.))?"
    r"|[A-ZÅÄÖ]\.)"
)
# A name: two to four parts, particles ("de", "von", "af") allowed between them.
NAME = rf"{NAME_PART}(?:[ \t]+(?:(?:af|von|de|van|der|den|la|du|di)[ \t]+)?{NAME_PART}){{1,3}}"
# A piece that holds a person: optional lower-case role words, the name, an optional role:
# "Staffan Bohman", "koncernchef Staffan Bohman", "Mikael Stamming Utvecklingsdirektör".
PERSON_PIECE_RE = re.compile(
    rf"^(?P<pre>(?:[a-zåäö][\w.-]{{0,40}}[ \t]+){{0,3}})(?P<name>{NAME})(?:[ \t]+(?P<post>\S.{{0,150}}))?$"
)
# A role glued to the name without a space: "Lena TörnerPressansvarig/Head of press".
GLUED_RE = re.compile(r"(?<=[a-zåäöéü])(?=[A-ZÅÄÖ][a-zåäö]{2,40})")
# A role followed by the organization: "presschef Stockholm Business Region",
# "generalsekreterare för Sveriges Hembygdsförbund", "VD på hitta.se".
ROLE_ORG_RE = re.compile(
    r"^(?P<role>.{1,80}?)[ \t]+(?:(?:för|på|vid|at|i)[ \t]+)?"
    r"(?P<org>[A-ZÅÄÖ0-9][\w.&/-]{0,40}(?:[ \t]+(?:[A-ZÅÄÖ0-9&][\w.&/-]{0,40}|och|and|kommun|stad|län)){0,5})$"
)
# Where the word glued to a name ends: "Pressansvarig/Head of press".
WORD_END_RE = re.compile(r"[ \t/]")
# Characters stripped from both ends of a piece.
PIECE_STRIP = " \t.:;,–—-/"
# Words left of an inline contact sentence once its numbers and addresses are taken out
# ("på telefon 070-... eller via e-post ..."): a piece of nothing else is no role.
CONNECTOR_WORDS = frozenset(
    [
        "på",
        "eller",
        "via",
        "och",
        "samt",
        "nås",
        "kan",
        "även",
        "också",
        "or",
        "and",
        "at",
        "by",
        "on",
        "tel",
        "telefon",
        "mobil",
        "e-post",
    ]
)
# A line longer than this after a contact heading is prose: the contact region ends.
REGION_MAX_LINE = 150
# At most this many lines after a contact heading belong to its region.
REGION_MAX_LINES = 25
_FUNCTION_WORDS = tuple(FUNCTION_WORDS)


@dataclass
class _Draft:
    name: str
    start: int
    end: int
    role_parts: list[str] = field(default_factory=list)
    organization: str | None = None
    phones: list[str] = field(default_factory=list)
    emails: list[str] = field(default_factory=list)


@dataclass
class _Stream:
    """State while reading one contact region."""

    drafts: list[_Draft]
    current: _Draft | None = None
    pending_org: str | None = None


def extract_contacts(doc: Document) -> list[Finding[ContactValue]]:
    """Contacts in the contact block(s) and inline contact sentences, in document order."""
    region = _region_lines(doc)
    drafts: list[_Draft] = []
    stream = _Stream(drafts)
    prev_in_region = False
    leads = doc.blocks_containing(CONTACT_LEAD_WORDS)
    # What this document's lines were read into, kept for this document only: a contact
    # block repeated on a page (or in a long archive file) is read once.
    seen = _Seen()
    for i, b in enumerate(doc.blocks):
        in_region = i in region
        if not in_region and i not in leads:
            prev_in_region = False
            continue
        line = doc.block_text(b)
        if in_region and not prev_in_region:
            stream = _Stream(drafts)
        prev_in_region = in_region
        lead = (
            search_from_literals(CONTACT_LEAD_RE, line, CONTACT_LEAD_STARTS) if i in leads else None
        )
        if in_region:
            start = lead.end() if lead else 0
            _read(b.start + start, line[start:], stream, seen, inline=False)
            continue
        if lead is None or b.role == "title":
            continue
        rest = line[lead.end() :]
        m = SENTENCE_END_RE.search(rest)
        if m:
            rest = rest[: m.start()]
        inline = _Stream([])
        _read(b.start + lead.end(), rest, inline, seen, inline=True)
        explicit = EXPLICIT_LEAD_RE.search(lead.group(0)) is not None
        drafts.extend(d for d in inline.drafts if explicit or d.phones or d.emails)
    known = {d.name.casefold() for d in drafts} | {e for d in drafts for e in d.emails}
    drafts.extend(
        d
        for d in _registrations(doc, seen.phones)
        if d.name.casefold() not in known and not set(d.emails) & known
    )
    drafts.sort(key=lambda d: d.start)
    return [_finding(d) for d in _merge(drafts)]


def _registrations(doc: Document, seen: dict[str, str | None]) -> list[_Draft]:
    """Whoever takes registrations for a press event, when the line gives their address
    or number (a press invitation's "Anmäl dig till X ... till: x@y")."""
    out: list[_Draft] = []
    for i in sorted(doc.blocks_containing(("anmäl",))):
        b = doc.blocks[i]
        line = doc.block_text(b)
        m = REGISTRATION_RE.search(line)
        if not m or find_emails(m.group("name")):
            continue  # "Anmälan till pressträffen:" names the event, not who takes it
        rest = line[m.end() :]
        # Each number or address once, in order ("[x@y](mailto:x@y)" prints it twice).
        phones = list(dict.fromkeys(p for p, _, _ in find_phones(rest, seen)))
        emails = list(dict.fromkeys(e for e, _, _ in find_emails(rest)))
        if phones or emails:
            out.append(
                _Draft(
                    m.group("name").strip(),
                    b.start + m.start("name"),
                    b.end,
                    phones=phones,
                    emails=emails,
                )
            )
    return out


def _region_lines(doc: Document) -> set[int]:
    """Indices of blocks read as contact lines: the contact block, and the short lines
    after a contact heading that the structure step left in the body or boilerplate."""
    out: set[int] = {i for i, b in enumerate(doc.blocks) if b.role == "contact"}
    blocks = doc.blocks
    i = 0
    while i < len(blocks):
        if blocks[i].role in ("body", "boilerplate") and REGION_HEADING_RE.match(
            doc.block_text(blocks[i]).strip()
        ):
            j = i + 1
            while j < len(blocks) and j - i <= REGION_MAX_LINES:
                t = doc.block_text(blocks[j])
                if len(t) > REGION_MAX_LINE or blocks[j].kind == "heading":
                    break
                out.add(j)
                j += 1
            out.add(i)
            i = j
        else:
            i += 1
    return out


# A detail or a piece of a contact line: (start, end, kind, value), kind "phone", "email" or
# "piece".
_Event = tuple[int, int, str, str]


@dataclass
class _Seen:
    """Results of the pure steps of reading, by input, for one document."""

    phones: dict[str, str | None] = field(default_factory=dict)  # printed -> E.164
    events: dict[str, list[_Event]] = field(default_factory=dict)  # line -> its events
    persons: dict[str, tuple[str, str, str] | None] = field(default_factory=dict)


def _only_connectors(piece: str) -> bool:
    return all(w in CONNECTOR_WORDS for w in piece.lower().split())


def _read(base: int, text: str, st: _Stream, seen: _Seen, *, inline: bool) -> None:
    """Read one line (or the inline part of one) into the stream."""
    if not text.strip():
        return
    events = seen.events.get(text)
    if events is None:
        events = seen.events[text] = _line_events(text, seen.phones)
    first_piece = True
    after_detail = inline
    for a, z, kind, value in events:
        if kind in ("phone", "email"):
            after_detail = True
            cur = st.current
            if cur is None:
                continue
            target = cur.phones if kind == "phone" else cur.emails
            if value not in target:
                target.append(value)
            cur.end = base + z
            continue
        can_start = first_piece or after_detail
        first_piece = False
        after_detail = False
        person: tuple[str, str, str] | None = None
        if can_start:
            if value in seen.persons:
                person = seen.persons[value]
            else:
                person = seen.persons[value] = _person(value)
        if person is None and can_start and _is_function(value):
            person = (value, "", "")
        if person is not None:
            name, pre, post = person
            d = _Draft(name, base + a, base + z)
            for r in (pre, post):
                if r:
                    d.role_parts.append(r)
            if st.pending_org and not inline:
                d.organization = st.pending_org
            st.pending_org = None
            st.drafts.append(d)
            st.current = d
            continue
        cur = st.current
        if cur is None:
            continue
        # A role is printed before the details, or on its own line after them.
        before_details = not cur.phones and not cur.emails
        if before_details or (can_start and not cur.role_parts and _is_role_line(value)):
            cur.role_parts.append(value)
        elif can_start and _is_org_line(value):
            # An organization heading between two people opens the next one.
            st.pending_org = value


def _line_events(text: str, phones: dict[str, str | None]) -> list[_Event]:
    """The phones, e-mails and pieces of one contact line, in text order (a pure function
    of the line: the same line always gives the same events)."""
    events: list[_Event] = []
    details: list[tuple[int, int]] = []
    for e164, a, z in find_phones(text, phones):
        events.append((a, z, "phone", e164))
        details.append((a, z))
    for addr, a, z in find_emails(text):
        events.append((a, z, "email", addr))
        details.append((a, z))
    rest = _blank_spans(text, details)
    low = fold(rest)
    if _WIPED_ANY.search(low):
        for rx, needles in _WIPED:
            # Each pattern needs one of its words; most lines hold none, so most are skipped.
            if needles.search(low):
                rest = rx.sub(_spaces, rest)
    if "(" in rest:
        rest = PARTY_TAG_RE.sub(_spaces, rest)
    rest = NAME_JOIN_RE.sub(lambda m: "," + " " * (len(m.group(0)) - 1), rest)
    pos = 0
    for part in PIECE_SPLIT_RE.split(rest):
        a = rest.index(part, pos) if part else pos
        pos = a + len(part)
        piece = part.strip(PIECE_STRIP)
        if piece and not _only_connectors(piece):
            start = a + part.index(piece[0])
            events.append((start, start + len(piece), "piece", " ".join(piece.split())))
    events.sort(key=itemgetter(0))
    return events


def _spaces(m: re.Match[str]) -> str:
    return " " * (m.end() - m.start())


def _blank_spans(text: str, spans: list[tuple[int, int]]) -> str:
    """``text`` with every span overwritten by spaces (offsets kept)."""
    if not spans:
        return text
    chars = list(text)
    for a, z in spans:
        chars[a:z] = " " * (z - a)
    return "".join(chars)


def _needles(words: tuple[str, ...]) -> re.Pattern[str]:
    """A pattern finding any of ``words`` (lower-case literals) in one scan."""
    return re.compile("|".join(re.escape(w) for w in sorted(set(words), key=len, reverse=True)))


# Patterns whose matches are blanked out of a contact line before it is cut into pieces, in
# order, each with the lower-case words one of which every match contains.
_WIPED: tuple[tuple[re.Pattern[str], re.Pattern[str]], ...] = (
    (URL_RE, _needles(("http", "www."))),
    (BARE_DOMAIN_RE, _needles((".",))),
    (PROTECTED_EMAIL_RE, _needles(("protected",))),
    (PHONE_PREFIX_RE, _needles(tuple(p.lower() for p in PHONE_PREFIXES))),
    (EMAIL_PREFIX_RE, _needles(tuple(p.lower() for p in EMAIL_PREFIXES))),
)
# Any word of any _WIPED pattern: a line without one (a name, a role) skips them all.
_WIPED_ANY = re.compile("|".join(n.pattern for _, n in _WIPED))


def _person(piece: str) -> tuple[str, str, str] | None:
    """(name, role before, role after) when the piece holds a person's name."""
    if "(" in piece:
        piece = PARTY_TAG_RE.sub("", piece)
    piece = piece.strip(PIECE_STRIP)
    piece = _unglue(piece)
    m = PERSON_PIECE_RE.match(piece)
    if not m:
        return None
    pre = m.group("pre").strip()
    if pre and not _is_role_word(pre.split()[-1]):
        return None
    parts = m.group("name").split()
    post = (m.group("post") or "").strip()
    # Role words swallowed by the name ("Mikael Stamming Utvecklingsdirektör").
    while len(parts) > 2 and _is_role_word(parts[-1]):
        post = f"{parts.pop()} {post}".strip()
    if post and not (post[0].isupper() or _is_role_word(post.split()[0])):
        return None
    if parts[0] in NOT_FIRST_NAMES or any(p in NOT_SURNAMES for p in parts):
        return None
    name = " ".join(parts)
    if is_organization_name(name):
        return None
    return name, pre, post


def _unglue(piece: str) -> str:
    """Put a space between a name and a role printed against it ("TörnerPressansvarig")."""
    for m in GLUED_RE.finditer(piece):
        word = WORD_END_RE.split(piece[m.start() :], maxsplit=1)[0]
        if _is_role_word(word):
            return piece[: m.start()] + " " + piece[m.start() :]
    return piece


def _is_role_word(word: str) -> bool:
    return word.lower().rstrip(".,:").endswith(ROLE_WORD_ENDINGS)


def _is_function(piece: str) -> bool:
    """True for a press function listed as contact: "Presstjänst", "LOs pressjour"."""
    words = piece.split()
    return 0 < len(words) <= 4 and piece.lower().endswith(_FUNCTION_WORDS)


def _is_org_line(piece: str) -> bool:
    words = piece.split()
    return 0 < len(words) <= 4 and all(w[0].isupper() for w in words) and piece[-1] != ":"


def _is_role_line(piece: str) -> bool:
    words = piece.split()
    return 0 < len(words) <= 12 and piece[-1] not in ":." and _is_role_word(words[0])


def _merge(drafts: list[_Draft]) -> list[_Draft]:
    """One contact per name, in order of first listing; repeated listings add details."""
    out: list[_Draft] = []
    by_name: dict[str, _Draft] = {}
    for d in drafts:
        key = d.name.casefold()
        prev = by_name.get(key)
        if prev is None:
            by_name[key] = d
            out.append(d)
            continue
        prev.phones.extend(p for p in d.phones if p not in prev.phones)
        prev.emails.extend(e for e in d.emails if e not in prev.emails)
        if not prev.role_parts:
            prev.role_parts = d.role_parts
        prev.organization = prev.organization or d.organization
    return out


def _finding(d: _Draft) -> Finding[ContactValue]:
    role, org = _role_and_org(d.role_parts)
    return Finding(
        ContactValue(d.name, role, d.organization or org, tuple(d.phones), tuple(d.emails)),
        Span(d.start, d.end),
        "contact.block",
    )


def _role_and_org(parts: list[str]) -> tuple[str | None, str | None]:
    """Split the pieces after a name into the role as printed and the organization."""
    parts = [p for p in parts if p]
    if not parts:
        return None, None
    org: str | None = None
    if len(parts) >= 2 and (is_organization_name(parts[-1]) or _is_org_line(parts[-1])):
        org = parts.pop()
    role = ", ".join(parts)
    if org is None:
        m = ROLE_ORG_RE.match(role)
        if m and _is_role_word(m.group("role").split()[-1]):
            role, org = m.group("role"), m.group("org")
    return role or None, org
