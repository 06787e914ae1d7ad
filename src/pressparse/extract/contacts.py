"""Press contacts: people (or functions) listed for press contact, with their phones and e-mails.

Three strategies, one rule each (:data:`RULES`):

- ``contact.block``: the lines of a contact zone. A zone is found in the text itself, not
  only from the block roles of the structure step: the lines after a contact heading (a
  grammar, not a list: "För intervjuer och bilder kontakta:", "Frågor besvaras av",
  "Media contact"), the blocks the structure step marked ``contact``, a heading cue inside a
  long line ("... Kontakt: Anna Berg, 070-..."; releases flattened to one line), and short
  lines that pair a name or a press function with a phone or an e-mail (the channel says
  it is a contact).
- ``contact.inline``: a contact sentence in prose ("För vidare information kontakta
  koncernchef Staffan Bohman, tel 08-459 5910", "ringa direkt till X på 08-...").
- ``contact.registration``: who takes registrations for a press event ("Föranmälan ... ska
  ske till Julia Wågenberg ... via julia.wagenberg@dom.se").

A zone is read as a stream of pieces (split at commas, line ends, numbers and addresses, and
"eller" before a name) and details (phones, e-mails) in text order: a piece that is a name
opens a contact, and every detail belongs to the contact opened last before it.

Resolution (:func:`resolve_contacts`): every reading keyed by the folded name; one contact
per key, its details merged from every reading, its rule the strongest evidence's
(block over inline over registration: weights act as ranks).
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections import OrderedDict
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from operator import itemgetter
from typing import Literal

from pressparse.document import (
    ContactValue,
    Document,
    Finding,
    LinkValue,
    finditer_from_offsets,
    fold,
    lower_is_fold,
    new_span,
)
from pressparse.extract.emails import email_matches, email_of, find_emails
from pressparse.extract.phones import find_phones, is_labelled, phone_matches, to_e164, valid_e164
from pressparse.lexicon.about import ABOUT_HEADING_RE
from pressparse.lexicon.common import alt, alt_trie
from pressparse.lexicon.contacts import (
    EMAIL_PREFIXES,
    FUNCTION_QUALIFIERS,
    FUNCTION_WORDS,
    HEADING_TOPICS,
    NOT_SURNAMES,
    PHONE_PREFIXES,
    PRESS_ADDRESS_STEMS,
)
from pressparse.lexicon.firstnames import is_first_name
from pressparse.lexicon.frequency import is_common_word
from pressparse.lexicon.names import NOT_FIRST_NAMES
from pressparse.lexicon.orgs import is_organization_name
from pressparse.lexicon.roles import is_role_word
from pressparse.rule_ids import ContactRule
from pressparse.rules import Candidate, Evidence, Reading, Rule, lazy

_TOPICS = alt(HEADING_TOPICS)
# The verb phrase that ends a "För ..." heading: ", vänligen kontakta", "kontakta gärna".
_CONTACT_VERB = (
    r"(?:(?:vänligen|var[ \t]+vänlig|kan[ \t]+du|kan[ \t]+ni|please)[ \t]+)?"
    r"(?:kontakta|kontakt|ring|ta[ \t]+kontakt[ \t]+med|vänd[ \t]+dig[ \t]+till|contact)"
    r"(?:[ \t]+gärna)?"
)
# A whole line that opens a contact zone: "För mer information, vänligen kontakta:",
# "För intervjuer och bilder kontakta:", "Kommentarer lämnas av", "Mer information:",
# "Kontaktpersoner", "Kontakt MyNewsdesk:", "Media contact", "Investor Relations".
# Not "Information om orter för statsrådens presentationer:" (a topic, not a contact).
REGION_HEADING_RE = re.compile(
    r"^(?:"
    rf"(?:för|vid)[ \t]+(?:(?:mer|ytterligare|vidare|fler|eventuella)[ \t]+)?(?:{_TOPICS})\b"
    rf"(?:[^\n:]{{0,60}}?(?:\b{_CONTACT_VERB}|(?=[ \t]*:)))?"
    r"|[^\n:]{0,60}?\bkontakta(?:[ \t]+gärna)?"
    rf"|(?:{_TOPICS})(?:[ \t]+kan)?[ \t]+(?:lämnas|besvaras|ges|ställas|ställs|riktas)"
    r"[ \t]+(?:av|genom|till)"
    r"|(?:(?:mer|ytterligare|vidare)[ \t]+)?(?:information|info|upplysningar)"
    r"|(?:(?:andra|övriga|fler)[ \t]+)?(?:press|media|medie)?kontakt(?:er|en|person|personer|uppgifter)?"
    r"(?:[ \t]+(?:för[ \t]+)?(?:media|press|medier))?"
    r"|(?:press|media|medie)?kontakt\w{0,8}[ \t]+[^\n:]{1,40}?(?=[ \t]*:)"
    r"|pressfrågor|mediefrågor|media"
    r"|(?:media|press|investor)[ \t]+(?:contacts?|relations|enquiries|inquiries)|contacts?"
    r"|(?:for[ \t]+)?(?:more|further)[ \t]+information(?:[^\n:]{0,40}?\bcontact)?"
    r")[ \t]*:?[ \t]*$",
    re.I,
)
# The words of a registration up to where its addressee follows: "görs senast kl. 10.30
# måndag 25 september via e-post till", "ansöker om ... till"; a time's dot is no sentence end.
_UNTIL_ADDRESSEE = (
    r"(?:[^.:\n]|(?<=\d)[.:](?=\d)|(?<=kl)\.){0,80}?\b(?:till|hos|via|maila|mejla)\b:?"
)
# The words that introduce contacts inside a line; the contacts follow the match:
# "(kontaktperson: ", "För vidare information kontakta ", "Kontakt MyNewsdesk: ",
# "Frågor besvaras av ", "ta kontakt med ", "ringa direkt till ", "kontaktas ".
CONTACT_LEAD_RE = re.compile(
    r"(?:(?:\b|(?<=[a-zåäö]))kontaktperson(?:er)?[ \t]*(?:[^:\n]{0,40}?)?:"
    rf"|\b(?:för|vid)[ \t]+(?:(?:mer|ytterligare|vidare|fler|eventuella)[ \t]+)?(?:{_TOPICS})\b"
    r"[^.:\n]{0,60}?(?:\bkontakta(?:s|[ \t]+gärna)?\b:?|\bta[ \t]+kontakt[ \t]+med\b|:(?!\w))"
    r"|\b(?:press|media|medie)?kontakt(?:er|uppgifter|person|personer)?"
    r"(?:[ \t]+[A-ZÅÄÖ][\w&.-]{0,30}){0,3}[ \t]*:"
    r"|\b(?:press|media|medie)?kontakt(?:er|person|personer)?(?=[ \t]+[A-ZÅÄÖ][a-zåäö]+[ \t]+[A-ZÅÄÖ])"
    r"|\bkontakta(?:s|[ \t]+gärna)?\b:?"
    r"|\bta[ \t]+kontakt[ \t]+med\b"
    rf"|\b(?:{_TOPICS})[ \t]+(?:besvaras|lämnas|ges)[ \t]+av\b:?"
    r"|\bringa?[ \t]+(?:direkt[ \t]+)?till\b"
    r"|\b(?:hör[ \t]+av[ \t]+dig|vända?[ \t]+dig)[ \t]+till\b"
    r"|\b(?:maila|mejla)\b"
    r"|\b(?:kan[ \t]+)?nås[ \t]+(?:på|via)\b"
    rf"|\b(?:för)?anmäl(?:an)?\b{_UNTIL_ADDRESSEE}"
    rf"|\backreditering\b{_UNTIL_ADDRESSEE}"
    r"|\b(?:for[ \t]+(?:more|further)[ \t]+information|media[ \t]+contacts?|press[ \t]+contacts?)"
    r"[^.:\n]{0,40}?(?:\bcontact\b:?|:))",
    re.I,
)
# Lower-case words one of which every CONTACT_LEAD_RE match contains: lines without any of
# them are not searched.
CONTACT_LEAD_WORDS = (
    "kontakt", "info", "upplysningar", "frågor", "anmäl", "ackreditering", "contact", "ring",
    "dig till", "maila", "mejla", "nås",
    *HEADING_TOPICS,
)  # fmt: skip
# Lower-case words one of which every REGION_HEADING_RE match contains.
HEADING_WORDS = (*CONTACT_LEAD_WORDS, "media", "medie", "press", "relations")
# Any of HEADING_WORDS in a lower-cased line (one scan instead of a test per word).
HEADING_WORD_RE = re.compile(alt_trie(HEADING_WORDS))
# Any of CONTACT_LEAD_WORDS in a lower-cased line (one scan instead of a test per word).
LEAD_WORD_RE = re.compile(alt_trie(CONTACT_LEAD_WORDS))


# A word test of a line: (word, whether it must begin a word, the words that must follow it
# after blanks). A line passes when it holds one.
_Gate = tuple[str, bool, tuple[str, ...]]


def _gate(words: tuple[str, ...], anywhere: tuple[str, ...]) -> tuple[_Gate, ...]:
    """The tests for ``words``: each must begin a word but those of ``anywhere``; a word
    that begins with another of them (or holds one of ``anywhere``) adds no test."""
    parts = {tuple(w.split()) for w in words}
    # Words that pass alone wherever they are in a word (a word holding one passes too) or
    # at its start (a word beginning with one passes too).
    inside = {p[0] for p in parts if len(p) == 1 and p[0] in anywhere}
    heads = {p[0] for p in parts if len(p) == 1}
    out: list[_Gate] = []
    for first, *rest in sorted(parts):
        if any(o != first and o in first for o in inside):
            continue
        if any(o != first and first.startswith(o) for o in heads):
            continue
        out.append((first, first not in anywhere, tuple(rest)))
    return tuple(out)


# Where a CONTACT_LEAD_RE match can be: every match holds one of CONTACT_LEAD_WORDS (or
# "föranmäl") at the start of a word, but "kontakt" ("Presskontakt:", "kontaktperson" glued
# to the word before). Found per document, not per line.
_LEAD_GATE = _gate((*CONTACT_LEAD_WORDS, "föranmäl"), ("kontakt",))
# The words of _LEAD_GATE that CONTACT_LEAD_RE reads only as a topic (HEADING_TOPICS; not
# "ackreditering", a lead of its own), and the words it reads before or after one.
_TOPIC_WORDS = frozenset(
    w
    for w, _, _ in _LEAD_GATE
    if w != "ackreditering" and any(t.startswith(w) for t in HEADING_TOPICS)
)
_TOPIC_BEFORE = frozenset(
    ("för", "vid", "mer", "ytterligare", "vidare", "fler", "eventuella", "more", "further")
)
_TOPIC_AFTER = ("besvaras", "lämnas", "ges")
# Every REGION_HEADING_RE match holds one of these or one of _LEAD_GATE ("Pressfrågor",
# "Investor relations").
_HEADING_GATE = _gate(
    ("media", "medie", "press", "relations"), ("media", "medie", "press", "relations")
)
# Every REGISTRATION_RE match holds "nmäl" ("Anmälan", "Föranmälan").
_REGISTRATION_GATE = _gate(("nmäl",), ("nmäl",))

# What a word of the gates found in a document's text says of its line.
_WordKind = Literal["lead", "topic", "heading", "registration"]
# Parts that several words of the gates share ("fråg" of "frågor", "förfrågningar" and
# "medieförfrågningar"): one scan of the text for the part finds them all (a scan costs the
# same for any word, and these parts are hardly more frequent than their words).
_SHARED_NEEDLES = ("fråg", "nmäl", "medi", "bilder", "onta")
# A word of the gates looked for through a needle: (word, where the needle is in it, whether
# it must begin a word, the words that must follow it, what it says).
_NeedleWord = tuple[str, int, bool, tuple[str, ...], _WordKind]


def _needle_table(
    gates: Sequence[tuple[tuple[_Gate, ...], _WordKind]],
) -> tuple[tuple[str, tuple[_NeedleWord, ...]], ...]:
    """The words of ``gates``, each under the first of _SHARED_NEEDLES it holds once, or
    else under itself."""
    table: dict[str, list[_NeedleWord]] = {}
    for gate, kind in gates:
        for word, word_start, rest in gate:
            needle = next((n for n in _SHARED_NEEDLES if word.count(n) == 1), word)
            table.setdefault(needle, []).append((word, word.index(needle), word_start, rest, kind))
    return tuple((needle, tuple(words)) for needle, words in table.items())


# The words of the line tests made once per document (:attr:`ContactInputs.word_lines`).
_WORD_NEEDLES = _needle_table(
    (
        (tuple(g for g in _LEAD_GATE if g[0] not in _TOPIC_WORDS), "lead"),
        (tuple(g for g in _LEAD_GATE if g[0] in _TOPIC_WORDS), "topic"),
        (_HEADING_GATE, "heading"),
        (_REGISTRATION_GATE, "registration"),
    )
)
# Lower-case literals every CONTACT_LEAD_RE match begins with: it is tried only there.
CONTACT_LEAD_STARTS = (
    "kontakt", "för", "vid", "press", "medi", "föranmäl", "anmäl", "ackreditering", "for",
    "ta", "ring", "hör", "vänd", "maila", "mejla", "kan", "nås",
    *HEADING_TOPICS,
)  # fmt: skip
# Any of CONTACT_LEAD_STARTS in a lower-cased line, found in one scan (faster than a
# ``str.find`` per word). The words are all letters, so no lead begins inside a match.
LEAD_START_RE = re.compile(alt_trie(CONTACT_LEAD_STARTS))
# Leads that name a contact even without a number or address ("Kontaktperson: X").
EXPLICIT_LEAD_RE = re.compile(r"kontaktperson|frågor|kommentarer", re.I)
# Registration for a press event, naming who takes it: "Anmäl dig till brittiska
# försvarsministeriet genom att skicka ... till: x@y", "Föranmälan med angivande av namn
# ska ske till administrativa juristen Julia Wågenberg senast ...".
REGISTRATION_RE = re.compile(
    r"\b(?:[Aa]nmäl[ \t]+dig|[Aa]nmälan|[Ff]öranmälan)(?:[ \t]+[^.:\n]{0,60}?)??[ \t]+(?:till|hos)[ \t]+"
    r"(?!(?:press(?:träff|konferens|visning|möte|lunch|frukost)|event|seminar|konferens|möte|lunch|frukost|visning|invigning|evenemang)\w{0,12}\b)"
    r"(?P<name>[^\s,:;@()\[\]][^,:;@()\[\]\n]{1,60}?)"
    r"(?=[ \t]+(?:genom|via|på|per|senast|med|innan|före|by)\b|[ \t]*[,:;(\[])"
)
# A phone label ("Tfn/mobil:", "Tel.", "telefon (växel):") left after the number is taken out.
PHONE_PREFIX_RE = re.compile(
    r"\b(?:" + alt(PHONE_PREFIXES) + r")\b\.?"
    r"(?:[ \t]?/[ \t]?(?:" + alt(PHONE_PREFIXES) + r")\b\.?)?"
    r"(?:[ \t]?\((?:" + alt(PHONE_PREFIXES) + r")\))?"
    r"[ \t]{0,3}[:;]?",
    re.I,
)
# An e-mail label ("E-post:", "mail", "E-post;").
EMAIL_PREFIX_RE = re.compile(
    r"(?<![\w-])(?:" + alt(EMAIL_PREFIXES) + r")\b\.?[ \t]{0,3}[:;]?",
    re.I,
)
# An address hidden by the page's e-mail protection: "[email protected]".
PROTECTED_EMAIL_RE = re.compile(r"\[[ \t]?email[ \t]?protected\]", re.I)
# Where the pieces of a contact line split: commas, semicolons, brackets, line ends, and the
# "|" that stands where a number or an address was.
PIECE_SPLIT_RE = re.compile(r"[,;()\n|]+")
# "eller"/"och"/"samt" before a capitalized name also separates two contacts.
_JOIN_WORDS = ("eller", "och", "samt", "or", "and")
NAME_JOIN_RE = re.compile(
    rf"[ \t]+(?:{'|'.join(_JOIN_WORDS)})[ \t]+(?=[A-ZÅÄÖ][a-zåäö]+[ \t]+[A-ZÅÄÖ])"
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
# A name: two to five parts (a title may stand first), particles ("de", "von", "af") allowed.
NAME = rf"{NAME_PART}(?:[ \t]+(?:(?:af|von|de|van|der|den|la|du|di)[ \t]+)?{NAME_PART}){{1,4}}"
# A piece that holds a person: optional lower-case role words, the name, an optional role:
# "Staffan Bohman", "koncernchef Staffan Bohman", "Mikael Stamming Utvecklingsdirektör".
PERSON_PIECE_RE = re.compile(
    rf"^(?P<pre>(?:[a-zåäö][\w.-]{{0,40}}[ \t]+){{0,3}})(?P<name>{NAME})(?:[ \t]+(?P<post>\S.{{0,150}}))?$"
)
# A word glued to the one before without a space: "Lena TörnerPressansvarig/Head of press",
# "SverigedemokraternaPressavdelningen".
GLUED_RE = re.compile(r"(?<=[a-zåäöéü])(?=[A-ZÅÄÖ][a-zåäö]{2,40})")
# A role followed by the organization: "presschef Stockholm Business Region",
# "generalsekreterare för Sveriges Hembygdsförbund", "VD på hitta.se".
ROLE_ORG_RE = re.compile(
    r"^(?P<role>.{1,80}?)[ \t]+(?:(?:för|på|vid|at|i)[ \t]+)?"
    r"(?P<org>[A-ZÅÄÖ0-9][\w.&/-]{0,40}(?:[ \t]+(?:[A-ZÅÄÖ0-9&][\w.&/-]{0,40}|och|and|kommun|stad|län)){0,5})$"
)
# A genitive owner before a role: "PartnerTech:s VD", "LOs" (the organization of the role).
GENITIVE_ROLE_RE = re.compile(r"^(?P<org>[A-ZÅÄÖ][\w&.-]{1,40}?)(?::s|s)[ \t]+(?P<role>\S.{0,60})$")
# Where the word glued to a name ends: "Pressansvarig/Head of press".
WORD_END_RE = re.compile(r"[ \t/]")
# A press function introduced by a colon in running text: "Presstjänsten: 010-...",
# "LOs pressjour:", "Pressjour kvällstid:" (a release flattened to one line).
FUNCTION_CUE_RE = re.compile(
    r"(?<![\w-])(?:[A-ZÅÄÖ][\w-]{1,40}s[ \t]+)?"
    rf"(?i:{alt(FUNCTION_WORDS, blanks=True)})(?:[ \t]+(?i:{alt(FUNCTION_QUALIFIERS, blanks=True)}))?"
    r"[ \t]*:"
)
# A name (and role) printed just before a number or an address in running text: "...
# helikoptrar Kim Sjölund Presschef 072-598 13 88": the end of the text before the detail.
PROSE_NAME_RE = re.compile(
    rf"(?:(?<=[\s,(])|^)(?P<piece>{NAME}(?:,?[ \t]+[\w-]{{2,30}}){{0,2}})[ \t,:]*$"
)
# "nås på"/"kan nås via": the details that follow are of the subject before it.
REACHED_RE = re.compile(r"(?:kan[ \t]+)?nås\b", re.I)
# A person's name anywhere: where "han"/"hon nås på" looks for whom it means.
NAME_RE = re.compile(NAME)
# A press function at the end of the text before "nås": "Presstjänsten", "LOs pressjour".
SUBJECT_FUNCTION_RE = re.compile(
    rf"(?:[A-ZÅÄÖ][\w-]{{1,40}}s[ \t]+)?(?i:{alt(FUNCTION_WORDS, blanks=True)})$"
)
# How far before "nås" its subject may be named.
SUBJECT_BEFORE = 200
# A press function printed just before a number in running text: "... Pressjour 018-16 94
# 75", "Trafikverkets presstjänst, 0771-...".
PROSE_FUNCTION_RE = re.compile(
    r"(?:(?<=[\s,(])|^)(?P<piece>(?:[A-ZÅÄÖ][\w-]{1,40}s[ \t]+)?"
    rf"(?i:{alt(FUNCTION_WORDS, blanks=True)}))[ \t,:]*$"
)
# How far before a number or an address such a name may begin.
PROSE_NAME_BEFORE = 80
# An organization printed before a contact's name: "Newsdesk - Peter Ingman", "MyNewsdesk:
# Pernilla Åström", "Innovationsbron – Dick Eriksson".
ORG_PREFIX_RE = re.compile(
    r"^(?P<org>[A-ZÅÄÖ0-9][^:–—\n]{0,40}?)(?:[ \t]*[:–—]|[ \t]+-)[ \t]+(?P<rest>\S.{0,150})$"
)
# Characters stripped from both ends of a piece.
PIECE_STRIP = " \t.:;,–—-/"
# Words left of a contact sentence once its numbers and addresses are taken out
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
        "han",
        "hon",
        "de",
        "dem",
        "honom",
        "henne",
        "direkt",
        "nummer",
        "numret",
        "adress",
        "adressen",
    ]
)
# The first word of any press function in a lower-cased text: every FUNCTION_END_RE,
# FUNCTION_CUE_RE, PROSE_FUNCTION_RE and SUBJECT_FUNCTION_RE match holds one (a cheap test
# before those searches, which ``re`` tries at every offset).
FUNCTION_STEM_RE = re.compile(alt_trie({w.split()[0] for w in FUNCTION_WORDS}))
# A piece that ends in a press function: "LOs pressjour", "Presskontakt kvällstid".
FUNCTION_END_RE = re.compile(
    rf"(?:{alt(FUNCTION_WORDS, blanks=True)})(?:[ \t]+(?:{alt(FUNCTION_QUALIFIERS, blanks=True)}))?$",
    re.I,
)

# A line longer than this after a contact heading is prose: the contact zone ends.
REGION_MAX_LINE = 150
# At most this many lines after a contact heading belong to its zone.
REGION_MAX_LINES = 25
# Lines of a name-and-channel group ("Kim Sjölund / Presschef / 072-... / kim@..."): at
# most this many short lines before a line with a number or an address.
CHANNEL_LINES_BEFORE = 3
# A line of such a group is at most this long.
CHANNEL_LINE_MAX = 100
# After a contact lead, the first number or address is at most this far away, and each next
# one at most CHAIN_GAP after the one before: beyond, the text is about something else.
FIRST_GAP = 250
CHAIN_GAP = 120
# A chain crosses a sentence end only over this little text ("... 08-1 23. Anna Berg, ...").
CHAIN_GAP_SENTENCE = 60
# Without a number or an address, an inline lead's contact ends at the sentence end or here.
INLINE_MAX = 200

# A contact block without a heading that lists more people than this without a number or
# an address is a list (a board, ministers and their towns), not contacts.
ROLE_ZONE_BARE_MAX = 2
# Weights of the strategies: a contact zone is the most reliable reading of a name (its
# role and organization as the block prints them), a sentence next, a registration last.
W_BLOCK = 3.0
W_INLINE = 2.0
W_REGISTRATION = 1.0
# Words a run-on sentence has at least, before the name that follows it.
SENTENCE_MIN_WORDS = 3
# How many pieces (names, roles, organizations: short strings) :func:`_known_opening`
# remembers across documents, and how long such a piece is at most (a longer one is prose,
# read once).
OPENING_CACHE_SIZE = 4096
OPENING_CACHED_MAX = 100
# How many contact lines :data:`_KNOWN_EVENTS` remembers across documents, and how long
# such a line is at most (a longer one is prose, read once): a few thousand short strings.
PIECES_CACHE_SIZE = 4096
PIECES_CACHED_MAX = 150
# How many lines holding a lead word :func:`_known_leads` remembers across documents, and
# how long such a line is at most (a longer one is prose, read once).
LEADS_CACHE_SIZE = 4096
LEADS_CACHED_MAX = 150
# How many short lines :func:`_heading_match` remembers across documents.
HEADINGS_CACHE_SIZE = 4096


@dataclass(slots=True)
class _Draft:
    name: str | None
    start: int
    end: int
    role_parts: list[str] = field(default_factory=list)
    organization: str | None = None
    phones: list[str] = field(default_factory=list)
    emails: list[str] = field(default_factory=list)
    function: bool = False

    @property
    def key(self) -> str:
        if self.name is not None:
            return self.name.casefold()
        return "\0" + (self.emails[0] if self.emails else self.phones[0] if self.phones else "")


@dataclass
class _Stream:
    """State while reading one contact zone."""

    drafts: list[_Draft]
    current: _Draft | None = None
    pending_org: str | None = None
    # Whether a number or an address read while no contact is open opens one named None:
    # after a contact heading or lead every detail belongs to some contact.
    nameless: bool = False


# A piece that opens a contact: (name, role before, role after, is a function, organization).
_Opening = tuple[str, str, str, bool, str | None]

# A detail or a piece of a contact line: (start, end, kind, value), kind "phone", "email" or
# "piece".
_Event = tuple[int, int, str, str]


@dataclass
class ContactInputs:
    """What the contacts rules read: the document, and the printed web addresses found by
    the URL stage (explicit input: their text is no name or role)."""

    doc: Document
    urls: Sequence[Finding[LinkValue]] = ()
    phones: dict[str, str | None] = field(default_factory=dict)  # printed -> E.164
    _leads: dict[str, list[tuple[re.Match[str], int]]] = field(default_factory=dict)
    details_cache: dict[str, list[tuple[str, int, int]]] = field(default_factory=dict)
    # Phones and e-mails of a line, per line text: zones, leads and press addresses read
    # the same lines.
    phones_cache: dict[str, list[tuple[str, int, int]]] = field(default_factory=dict)
    emails_cache: dict[str, list[tuple[str, int, int]]] = field(default_factory=dict)
    openings: dict[str, _Opening | None] = field(default_factory=dict)
    # The e-mail matches of the document's text and the regions (whole lines) that blanking
    # web addresses touched: set by :attr:`text` when it blanks any.
    _email_scan_before: tuple[list[re.Match[str]], list[tuple[int, int]]] = field(
        default_factory=lambda: ([], []), init=False, repr=False
    )
    # The fold of :attr:`text`, when :attr:`text` could blank the folded text alike.
    _low_blanked: str | None = field(default=None, init=False, repr=False)

    def opening(self, piece: str) -> _Opening | None:
        """:func:`_person_or_function` of ``piece``, computed once per document and piece
        (once across documents for a short piece)."""
        if len(piece) <= OPENING_CACHED_MAX:
            return _known_opening(piece)
        if piece in self.openings:
            return self.openings[piece]
        found = self.openings[piece] = _person_or_function(piece)
        return found

    def phones_in(self, base: int, line: str) -> list[tuple[str, int, int]]:
        """:func:`find_phones` of ``line`` (the text at offset ``base``), computed once per
        document and line (not to be changed by the caller); a whole line's are taken from
        the one scan of the text."""
        found = self.phones_cache.get(line)
        if found is None:
            if self.is_line(base, base + len(line)):
                found = self._line_phones(base, base + len(line))
            else:
                found = find_phones(line, self.phones)
            self.phones_cache[line] = found
        return found

    def emails_in(self, base: int, line: str) -> list[tuple[str, int, int]]:
        """:func:`find_emails` of ``line`` (the text at offset ``base``), computed once per
        document and line; a whole line's are taken from the one scan of the text."""
        found = self.emails_cache.get(line)
        if found is None:
            if self.is_line(base, base + len(line)):
                found = self._line_emails(base, base + len(line))
            else:
                found = find_emails(line)
            self.emails_cache[line] = found
        return found

    @lazy
    def phone_scan(self) -> list[tuple[str, int, int]]:
        """:func:`phone_matches` of the whole text: no number spans a line end."""
        return phone_matches(self.text)

    @lazy
    def email_scan(self) -> list[re.Match[str]]:
        """:func:`email_matches` of the whole text: no address spans a line end. When web
        addresses were blanked, the scan of the document's text that :attr:`text` made
        holds the matches of every line but those the blanking touched, scanned again."""
        text = self.text
        if text is self.doc.text:
            return email_matches(text, self.low)
        matches, regions = self._email_scan_before
        kept = [m for m in matches if not _within(regions, m.start())]
        for a, z in regions:
            kept += email_matches(text, self.low, a, z)
        kept.sort(key=_match_start)
        return kept

    def _line_phones(self, a: int, z: int) -> list[tuple[str, int, int]]:
        """:func:`find_phones` of the line ``text[a:z]`` from :attr:`phone_scan` (its label
        looked for within the line, as a scan of the line alone does)."""
        scan = self.phone_scan
        i = bisect_left(scan, a, key=itemgetter(1))
        found: list[tuple[str, int, int]] = []
        while i < len(scan) and scan[i][1] < z:
            raw, start, end = scan[i]
            i += 1
            if not self.details.labels[start]:
                e164 = valid_e164(raw, self.phones)
                if e164:
                    found.append((e164, start - a, end - a))
        return found

    def _line_emails(self, a: int, z: int) -> list[tuple[str, int, int]]:
        """:func:`find_emails` of the line ``text[a:z]`` from :attr:`email_scan`."""
        found: list[tuple[str, int, int]] = []
        text, scan = self.text, self.email_scan
        i = bisect_left(scan, a, key=_match_start)
        while i < len(scan) and scan[i].start() < z:
            address = email_of(text, scan[i], a)
            i += 1
            if address is not None:
                found.append((address[0], address[1] - a, address[2] - a))
        return found

    @lazy
    def text(self) -> str:
        """The text with web addresses blanked (same offsets; the reader has already joined
        hard-wrapped lines)."""
        text = self.doc.text
        spans = [
            (f.span.start, f.span.end)
            for f in self.urls
            if f.span is not None and f.rule != "url.href"
        ]
        if not spans:
            return text
        # An obfuscated address's domain ("namn[at]bolag.se") may read as a web address.
        matches = email_matches(text, self.doc.folded())
        emails = [(a, z) for m in matches if (found := email_of(text, m)) for _, a, z in [found]]
        folded = self.doc.folded()
        pieces: list[str] = []
        low_pieces: list[str] = []  # the same of the folded text
        regions: list[tuple[int, int]] = []  # the lines blanking touches
        done = 0  # text[:done] is in pieces
        for a, z in sorted(
            s for s in spans if not any(ea < s[1] and s[0] < ez for ea, ez in emails)
        ):
            if z > done:
                start = max(a, done)
                blank = " " * (z - start)
                pieces += (text[done:start], blank)
                low_pieces += (folded[done:start], blank)
                done = z
                _add_region(regions, text, start, z)
        if not regions:
            return text
        pieces.append(text[done:])
        low_pieces.append(folded[done:])
        self._email_scan_before = (matches, regions)
        # Folding is letter by letter but for a capital sigma, whose small form depends
        # on the letter after it: the blanked text is folded anew only when it has one.
        if "\u03a3" not in text:
            self._low_blanked = "".join(low_pieces)
        return "".join(pieces)

    @lazy
    def low(self) -> str:
        """:func:`fold` of :attr:`text` (same offsets), computed once: the word tests of the
        lines read it instead of folding each line."""
        text = self.text
        if text is self.doc.text:
            return self.doc.folded()
        return self._low_blanked if self._low_blanked is not None else fold(text)

    @lazy
    def lower_is_fold(self) -> bool:
        """Whether ``str.lower`` of any part of the text is its :func:`fold` (true unless it
        holds one of the letters that only ``fold`` maps to "i" or "s")."""
        return lower_is_fold(self.text)

    @lazy
    def word_lines(self) -> _WordLines:
        """Where the words of the gates are (:data:`_WORD_NEEDLES`, one scan of the text per
        needle): lead lines pass _LEAD_GATE, a topic of _TOPIC_WORDS counting for a lead only
        where a lead puts it (:func:`_in_topic_context`); heading lines pass _LEAD_GATE or
        _HEADING_GATE; registration lines, _REGISTRATION_GATE."""
        low = self.low
        starts = self.line_starts
        out = _WordLines(set(), set(), {}, set())
        for needle, words in _WORD_NEEDLES:
            pos = low.find(needle)
            while pos >= 0:
                for word, offset, word_start, rest, kind in words:
                    p = pos - offset
                    # Most finds are inside a word ("förändring", "färdig"): tested first.
                    if p < 0 or (word_start and p and (low[p - 1].isalnum() or low[p - 1] == "_")):
                        continue
                    if (word == needle or low.startswith(word, p)) and (
                        not rest or _passes(low, p, len(word), False, rest)
                    ):
                        out.add(bisect_right(starts, p) - 1, low, p, word, kind=kind)
                pos = low.find(needle, pos + 1)
        return out

    @lazy
    def lead_word_lines(self) -> set[int]:
        """Indices of the lines a CONTACT_LEAD_RE match may be in (:attr:`word_lines`)."""
        return self.word_lines.lead

    @lazy
    def heading_word_lines(self) -> set[int]:
        """Indices of the lines that hold one of HEADING_WORDS (folded)."""
        return self.word_lines.heading

    @lazy
    def function_cue_lines(self) -> set[int]:
        """Indices of the long lines that hold a colon and name a press function (a stem of
        FUNCTION_STEM_RE in :attr:`low`): where :func:`_function_cues` looks."""
        text, low, lines, starts = self.text, self.low, self.lines, self.line_starts
        found: set[int] = set()
        pos = text.find(":")
        while pos >= 0:
            k = bisect_right(starts, pos) - 1
            a, z = lines[k]
            if z - a > REGION_MAX_LINE and FUNCTION_STEM_RE.search(low, a, z):
                found.add(k)
            pos = text.find(":", z)
        return found

    @lazy
    def heading_candidates(self) -> list[int] | range:
        """Indices of the lines that may be contact headings, in order: those holding a
        heading word (all lines when ``str.lower`` and ``fold`` differ on the text)."""
        if not self.lower_is_fold:
            return range(len(self.lines))
        return sorted(self.heading_word_lines)

    @lazy
    def line_index(self) -> dict[int, int]:
        """The index of the line that starts at each offset."""
        return dict(zip(self.line_starts, range(len(self.lines)), strict=True))

    def is_heading(self, k: int) -> bool:
        """:func:`_is_heading` of line ``k`` (stripped), its words test from
        :attr:`heading_word_lines`."""
        if self.lower_is_fold and k not in self.heading_word_lines:
            return False
        a, z = self.lines[k]
        line = self.text[a:z].strip()
        if len(line) > REGION_MAX_LINE:
            return False
        if not self.lower_is_fold:
            return _is_heading(line)
        return _heading_match(line)

    def is_line(self, a: int, z: int) -> bool:
        """Whether ``text[a:z]`` is a whole line."""
        k = self.line_index.get(a)
        return k is not None and self.lines[k][1] == z

    def leads_at(self, a: int, z: int) -> list[tuple[re.Match[str], int]]:
        """:meth:`leads` of ``text[a:z]``, from :attr:`line_leads` when it is a whole line."""
        k = self.line_index.get(a)
        if k is not None and self.lines[k][1] == z:
            return self.line_leads[k]
        return self.leads(self.text[a:z])

    @lazy
    def lines(self) -> list[tuple[int, int]]:
        """(start, end) of every non-blank line of :attr:`text`."""
        out: list[tuple[int, int]] = []
        pos = 0
        for line in self.text.split("\n"):
            end = pos + len(line)
            if line and not line.isspace():
                out.append((pos, end))
            pos = end + 1
        return out

    def leads(self, line: str) -> list[tuple[re.Match[str], int]]:
        """:func:`_leads` of ``line``, computed once per document and line."""
        found = self._leads.get(line)
        if found is None:
            found = self._leads[line] = _leads(line)
        return found

    @lazy
    def line_leads(self) -> list[list[tuple[re.Match[str], int]]]:
        """:meth:`leads` of every line, by line index (not to be changed by the caller: the
        lines without a lead word share one empty list)."""
        text, low, cache, hits = self.text, self.low, self._leads, self.word_lines.hits
        none: list[tuple[re.Match[str], int]] = []
        out = [none] * len(self.lines)
        for k in self.lead_word_lines:
            a, z = self.lines[k]
            line = text[a:z]
            found = cache.get(line)
            if found is None:
                at = tuple(sorted([h - a for h in hits[k]]))
                if z - a <= LEADS_CACHED_MAX:
                    found = cache[line] = _known_leads(line, at)
                else:
                    found = cache[line] = _near_leads(line, low[a:z], at)
            out[k] = found
        return out

    @lazy
    def lead_lines(self) -> list[int]:
        """Indices of the lines that hold a contact lead."""
        leads = self.line_leads
        return sorted(k for k in self.lead_word_lines if leads[k])

    @lazy
    def details(self) -> _Details:
        """Where :attr:`phone_scan` and :attr:`email_scan` matched, by line (neither spans a
        line end, so one pass over the text finds them all)."""
        text, starts, line_index = self.text, self.line_starts, self.line_index
        out = _Details({}, set(), set())
        for raw, a, _ in self.phone_scan:
            k = bisect_right(starts, a) - 1
            out.scanned.add(k)
            labelled = out.labels[a] = is_labelled(text, a, starts[k])
            # A number at a line's start: the label test of the whole text also reads the
            # line before (its pattern's "$" matches before a final line end).
            if a in line_index:
                labelled = is_labelled(text, a)
            if not labelled and valid_e164(raw, self.phones):
                out.detail.add(k)
        for m in self.email_scan:
            k = bisect_right(starts, m.start()) - 1
            out.scanned.add(k)
            found = _email_start(text, m)
            if found is not None:
                out.detail.add(bisect_right(starts, found) - 1)
        return out

    @lazy
    def detail_lines(self) -> set[int]:
        """Indices of the lines that hold a phone number or an e-mail address."""
        return self.details.detail

    @lazy
    def link_starts(self) -> list[tuple[int, int]]:
        """(start, index) of every link of the document, in text order."""
        return sorted((link.start, i) for i, link in enumerate(self.doc.links))

    def links_within(self, start: int, end: int) -> bool:
        """Whether a link of the document begins between ``start`` and ``end``."""
        starts = self.link_starts
        i = bisect_left(starts, (start, -1))
        return i < len(starts) and starts[i][0] < end

    @lazy
    def line_starts(self) -> list[int]:
        return [a for a, _ in self.lines]

    @lazy
    def block_starts(self) -> list[int]:
        return [b.start for b in self.doc.blocks]

    def role_at(self, pos: int) -> str | None:
        """The role of the block holding offset ``pos``."""
        i = bisect_right(self.block_starts, pos) - 1
        if i < 0:
            return None
        b = self.doc.blocks[i]
        return b.role if b.start <= pos < max(b.end, b.start + 1) else None

    def kind_at(self, pos: int) -> str | None:
        i = bisect_right(self.block_starts, pos) - 1
        return self.doc.blocks[i].kind if i >= 0 else None

    def blank_before(self, k: int) -> bool:
        """True when a blank line separates line ``k`` from the line before it."""
        if k == 0:
            return True
        return self.text.count("\n", self.lines[k - 1][1], self.lines[k][0]) >= 2

    @lazy
    def zones(self) -> list[tuple[int, int, str]]:
        """Contact zones as (start, end, kind) offsets, in order, not overlapping; kind
        "heading" (after a contact heading or in a contact block) or "channel" (short lines
        pairing a name with a number or an address)."""
        return _zones(self)

    @lazy
    def zone_starts(self) -> list[int]:
        return [a for a, _, _ in self.zones]

    def in_zone(self, pos: int) -> bool:
        i = bisect_right(self.zone_starts, pos) - 1
        return i >= 0 and pos < self.zones[i][1]


@dataclass
class _Details:
    """Where the document's numbers and addresses are (:attr:`ContactInputs.details`)."""

    labels: dict[int, bool]  # by start, whether a number follows a giro or fax label
    detail: set[int]  # the lines that hold a valid number or an address
    scanned: set[int]  # the lines that hold a match of the scans, valid or not


@dataclass
class _WordLines:
    """Lines by the words of the gates they hold (:attr:`ContactInputs.word_lines`)."""

    lead: set[int]  # the lines a lead may be in
    heading: set[int]  # the lines a heading may be in
    hits: dict[int, list[int]]  # by line, the offsets of the words of _LEAD_GATE
    registration: set[int]  # the lines a registration may be in

    def add(self, k: int, low: str, pos: int, word: str, *, kind: _WordKind) -> None:
        """Note the word of the gates found at ``pos`` of ``low``, in line ``k``."""
        if kind == "registration":
            self.registration.add(k)
            return
        self.heading.add(k)
        if kind == "heading":
            return
        self.hits.setdefault(k, []).append(pos)
        if kind == "lead" or _in_topic_context(low, pos, len(word)):
            self.lead.add(k)


def _add_region(regions: list[tuple[int, int]], text: str, start: int, end: int) -> None:
    """Add the lines of ``text`` that ``text[start:end]`` touches to ``regions`` (in order,
    merged)."""
    a, z = text.rfind("\n", 0, start) + 1, text.find("\n", end)
    z = len(text) if z < 0 else z
    if regions and a <= regions[-1][1]:
        regions[-1] = (regions[-1][0], max(z, regions[-1][1]))
    else:
        regions.append((a, z))


def _within(regions: list[tuple[int, int]], pos: int) -> bool:
    """Whether ``pos`` is in one of ``regions``."""
    return any(a <= pos <= z for a, z in regions)


def _match_start(m: re.Match[str]) -> int:
    return m.start()


def _passes(low: str, pos: int, size: int, word_start: bool, rest: tuple[str, ...]) -> bool:
    """Whether the word found at ``pos`` of ``low`` (``size`` long) passes its gate: at the
    start of a word when ``word_start``, followed by the words ``rest`` after blanks."""
    if word_start and pos > 0 and (low[pos - 1].isalnum() or low[pos - 1] == "_"):
        return False
    end = pos + size
    for w in rest:
        after = end
        while low[end : end + 1] in (" ", "\t"):
            end += 1
        if end == after or not low.startswith(w, end):
            return False
        end += len(w)
    return True


def _in_topic_context(low: str, pos: int, size: int) -> bool:
    """Whether the topic word found at ``pos`` of ``low`` (``size`` long, at a word's start)
    stands where CONTACT_LEAD_RE reads one: after "för", "vid" or a word of _TOPIC_BEFORE
    ("för mer information", "for further information"), or before "besvaras", "lämnas" or
    "ges" ("Frågor besvaras av")."""
    q = pos
    while q > 0 and low[q - 1] in " \t":
        q -= 1
    if q < pos:
        o = q
        while o > 0 and (low[o - 1].isalnum() or low[o - 1] == "_"):
            o -= 1
        if low[o:q] in _TOPIC_BEFORE:
            return True
    end = pos + size
    while end < len(low) and (low[end].isalnum() or low[end] == "_"):
        end += 1
    after = end
    while low[end : end + 1] in (" ", "\t"):
        end += 1
    return end > after and low.startswith(_TOPIC_AFTER, end)


def _email_start(text: str, m: re.Match[str]) -> int | None:
    address = email_of(text, m)
    return address[1] if address is not None else None


def _role_zones(inp: ContactInputs) -> list[tuple[int, int]]:
    """The spans of the blocks the structure step marked ``contact``, runs merged."""
    out: list[tuple[int, int]] = []
    for b in inp.doc.blocks:
        if b.role != "contact":
            continue
        if out and inp.text[out[-1][1] : b.start].strip() == "":
            out[-1] = (out[-1][0], b.end)
        else:
            out.append((b.start, b.end))
    return out


def _role_zone_kind(inp: ContactInputs, start: int, end: int) -> str:
    """ "heading" for a contact block that a contact heading or lead announces, else
    "role": a list the structure step took for contacts (board members, ministers and
    towns) gives only the people it prints a number or an address for."""
    for a, z in _lines_in(inp, start, end):
        line = inp.text[a:z]
        return "heading" if _heading_match(line.strip()) or inp.leads_at(a, z) else "role"
    return "role"


def _zones(inp: ContactInputs) -> list[tuple[int, int, str]]:
    lines = inp.lines
    out = [(a, z, _role_zone_kind(inp, a, z)) for a, z in _role_zones(inp)]
    starts = inp.line_starts
    taken = {k for s, e, _ in out for k in range(bisect_left(starts, s), bisect_left(starts, e))}
    free = 0  # lines before this one are in a heading's zone
    for k in inp.heading_candidates:
        if k < free or k in taken or not inp.is_heading(k):
            continue
        j = k + 1
        while j < len(lines) and j - k <= REGION_MAX_LINES and _zone_goes_on(inp, j):
            j += 1
        taken.update(range(k, j))
        out.append((lines[k][0], lines[j - 1][1], "heading"))
        free = j
    out.extend((lines[f][0], lines[t - 1][1], "channel") for f, t in _channel_zones(inp, taken))
    out.sort()
    # Zones do not overlap: a later one starting inside an earlier one is cut to its end.
    kept: list[tuple[int, int, str]] = []
    for a, z, kind in out:
        start = a
        if kept and a < kept[-1][1]:
            if z <= kept[-1][1]:
                continue
            start = kept[-1][1]
        kept.append((start, z, kind))
    return kept


def _is_heading(line: str) -> bool:
    """True for a line that is a contact heading (the words test first: most lines have none)."""
    if len(line) > REGION_MAX_LINE:
        return False
    return (
        HEADING_WORD_RE.search(line.lower()) is not None
        and REGION_HEADING_RE.match(line) is not None
    )


def _heading_match(line: str) -> bool:
    """Whether REGION_HEADING_RE matches ``line`` (stripped), remembered across documents
    for a short line: a newsroom prints the same headings and contact lines in release after
    release."""
    if len(line) > REGION_MAX_LINE:
        return REGION_HEADING_RE.match(line) is not None
    return _known_heading(line)


@lru_cache(maxsize=HEADINGS_CACHE_SIZE)
def _known_heading(line: str) -> bool:
    return REGION_HEADING_RE.match(line) is not None


def _zone_goes_on(inp: ContactInputs, j: int) -> bool:
    a, z = inp.lines[j]
    line = inp.text[a:z].strip()
    if len(line) > REGION_MAX_LINE or inp.kind_at(a) == "heading":
        return False
    return not (ABOUT_HEADING_RE.match(line) or inp.is_heading(j))


def _channel_zones(inp: ContactInputs, taken: set[int]) -> Iterator[tuple[int, int]]:
    """Short lines with a number or an address, with the short lines just before them:
    "Kim Sjölund / Presschef / 072-598 13 88", "Presstjänsten: 010-...", and a contact card
    whose labels and numbers stand in paragraphs of their own ("Olivia Nensén /
    Pressekreterare / (blank) / Telefon (växel) / (blank) / 08-405 10 00")."""
    lines = inp.lines
    used: set[int] = set(taken)
    for k in sorted(inp.detail_lines):
        a, z = lines[k]
        if k in used or z - a > REGION_MAX_LINE:
            continue
        if inp.line_leads[k]:
            continue  # a contact sentence: read as one
        first = _channel_start(inp, k, used)
        last = k + 1
        while last < len(lines) and last not in used and _is_card_line(inp, last):
            if inp.blank_before(last) and not _is_card_line(inp, last - 1):
                break
            last += 1
        used.update(range(first, last))
        yield first, last


def _channel_start(inp: ContactInputs, k: int, used: set[int]) -> int:
    """The first line of the name-and-channel group whose number or address is on line
    ``k``: at most CHANNEL_LINES_BEFORE lines of text before it, and no blank line except
    before a label or a number."""
    first, texts = k, 0
    while first > 0 and first - 1 not in used and _is_short(inp, first - 1):
        if inp.blank_before(first) and not _is_card_line(inp, first):
            break
        if not _is_card_line(inp, first - 1):
            texts += 1
            if texts > CHANNEL_LINES_BEFORE:
                break
        first -= 1
    return first


def _is_short(inp: ContactInputs, k: int) -> bool:
    a, z = inp.lines[k]
    return z - a <= CHANNEL_LINE_MAX


def _is_card_line(inp: ContactInputs, k: int) -> bool:
    """A short line holding a number or an address, or only their labels ("Mobil")."""
    a, z = inp.lines[k]
    line = inp.text[a:z]
    if not _is_short(inp, k):
        return False
    return k in inp.detail_lines or _only_labels(line)


@lru_cache(maxsize=PIECES_CACHE_SIZE)
def _only_labels(line: str) -> bool:
    """Whether a short line holds nothing but labels ("Mobil", "Telefon (växel)"),
    remembered across documents: a newsroom prints the same contact cards in release after
    release."""
    return not _wipe_labels(line).strip(PIECE_STRIP + "()")


def extract_contacts(
    doc: Document, urls: Sequence[Finding[LinkValue]] = ()
) -> list[Finding[ContactValue]]:
    """Contacts in the contact zones, inline contact sentences and registration lines, in
    document order. ``urls`` are the URL stage's findings: their text is not read as names."""
    return resolve_contacts(ContactInputs(doc, urls))


def _block_readings(inp: ContactInputs) -> Iterator[Reading[_Draft]]:
    """Every contact of every contact zone, and press addresses printed without a name."""
    drafts: list[_Draft] = []
    for start, end, kind in inp.zones:
        stream = _Stream([], nameless=kind == "heading")
        for a, z in _lines_in(inp, start, end):
            line = inp.text[a:z]
            leads = inp.leads_at(a, z)
            if not leads and not _heading_match(line.strip()):
                _read(inp, a, line, stream)
            elif leads and leads[0][0].start() > 0:
                # Details before a heading run onto their line: "... anna@x.se För kommentarer:".
                _read(inp, a, line[: leads[0][0].start()], stream)
            # Each lead starts a new part: "(kontaktperson: X, 070-...) För ytterligare
            # information kontakta LOs pressjour 08-...".
            for lead, stop in leads:
                _read(inp, a + lead.end(), line[lead.end() : stop], stream)
        # A list the structure step took for contacts gives only the people with a
        # number or an address; one or two names alone are the contacts.
        bare = [d for d in stream.drafts if not d.phones and not d.emails and not d.function]
        keep_bare = kind == "heading" or (kind == "role" and len(bare) <= ROLE_ZONE_BARE_MAX)
        drafts.extend(d for d in stream.drafts if d.phones or d.emails or (keep_bare and d in bare))
    text, lines = inp.text, inp.lines
    cues = inp.function_cue_lines
    for k in sorted(cues.union(inp.lead_lines)):
        a, z = lines[k]
        if inp.line_leads[k]:
            drafts.extend(_cue_contacts(inp, a, text[a:z], inp.line_leads[k]))
        if k in cues:
            drafts.extend(_function_cues(inp, a, text[a:z]))
    drafts.extend(_press_addresses(inp, drafts))
    for d in drafts:
        yield Reading(d.key, d, new_span(d.start, d.end))


def _lines_in(inp: ContactInputs, start: int, end: int) -> Iterator[tuple[int, int]]:
    """The lines (or parts of lines) of the text between ``start`` and ``end``."""
    i = max(bisect_right(inp.line_starts, start) - 1, 0)
    for a, z in inp.lines[i:]:
        if a >= end:
            return
        if z > start:
            yield max(a, start), min(z, end)


def _cue_contacts(
    inp: ContactInputs, base: int, line: str, leads: list[tuple[re.Match[str], int]]
) -> list[_Draft]:
    """Contacts after a heading cue printed inside a line, "Kontakt: Anna Berg, 070-..."
    (a release flattened to one line, a contact heading run into the text); ``leads`` are
    the line's."""
    out: list[_Draft] = []
    for lead, stop in leads:
        if not lead.group(0).rstrip().endswith(":") or inp.in_zone(base + lead.start()):
            continue
        rest = _chain(inp, base, line, lead.end(), stop)
        stream = _Stream([], nameless=True)
        _read(inp, base + lead.end(), rest, stream)
        out.extend(d for d in stream.drafts if d.phones or d.emails)
    return out


def _ends_function(line: str, end: int) -> bool:
    # Only the last four words are read: split no more of a long line.
    words = line[:end].strip(PIECE_STRIP).rsplit(None, 4)
    if FUNCTION_STEM_RE.search(fold(" ".join(words[-4:]))) is None:
        return False  # no function in the last words, none in any of their ends
    return any(_function(" ".join(words[-k:])) for k in range(2, min(len(words), 4) + 1))


def _function_cues(inp: ContactInputs, base: int, line: str) -> list[_Draft]:
    """A press function and its details in running text ("... Presstjänsten: 010-486 10
    00, press@arbetsformedlingen.se ARBETSFÖRMEDLINGEN ...")."""
    if ":" not in line or len(line) <= REGION_MAX_LINE:
        return []  # a short line is read as a zone
    # Only lines naming a press function (_FUNCTION_GATE) come here: FUNCTION_CUE_RE, tried
    # at every offset, fails on any other.
    out: list[_Draft] = []
    low = inp.low[base : base + len(line)]
    # FUNCTION_CUE_RE, whose lookbehind ``re`` would try at every offset, tried where it may begin.
    for cue in finditer_from_offsets(FUNCTION_CUE_RE, line, _cue_starts(line, low)):
        if inp.in_zone(base + cue.start()):
            continue
        rest = _chain(inp, base, line, cue.end())
        stream = _Stream([])
        _read(inp, base + cue.start(), line[cue.start() : cue.end()] + rest, stream)
        out.extend(d for d in stream.drafts[:1] if d.function and (d.phones or d.emails))
    return out


def _cue_starts(line: str, low: str) -> list[int]:
    """Where a FUNCTION_CUE_RE match may begin in ``line`` (``low`` its :func:`fold`): at a
    press function's first word (a FUNCTION_STEM_RE match), or at the start of the word
    before it and its blanks, its owner ("LOs pressjour:"; the pattern's lookbehind puts an
    owner's start at the start of its run of word characters and "-")."""
    starts: set[int] = set()
    for m in FUNCTION_STEM_RE.finditer(low):
        p = q = m.start()
        starts.add(p)
        while q > 0 and line[q - 1] in " \t":
            q -= 1
        o = q
        while o > 0 and (line[o - 1].isalnum() or line[o - 1] in "_-"):
            o -= 1
        if o < q < p:
            starts.add(o)
    return sorted(starts)


def _leads(line: str) -> list[tuple[re.Match[str], int]]:
    """The contact leads of a line, left to right, not overlapping, each with the offset
    where the next one begins (the end of the line for the last)."""
    low = fold(line)
    if LEAD_WORD_RE.search(low) is None:
        return []
    return _found_leads(line, low)


def _found_leads(
    line: str, low: str, starts: list[int] | None = None
) -> list[tuple[re.Match[str], int]]:
    """:func:`_leads` of a line that holds one of CONTACT_LEAD_WORDS (``low`` its fold);
    ``starts``, where a lead may begin (ascending), when the caller has them."""
    if starts is None:
        starts = _lead_starts(line, low)
    # A lead that ends a press function's name is the name: "Region Kronobergs presskontakt:".
    leads = [
        m
        for m in finditer_from_offsets(CONTACT_LEAD_RE, line, starts)
        if not _ends_function(line, m.end())
    ]
    stops = [m.start() for m in leads[1:]] + [len(line)]
    return list(zip(leads, stops, strict=False))


def _near_leads(line: str, low: str, hits: tuple[int, ...]) -> list[tuple[re.Match[str], int]]:
    """:func:`_found_leads` of ``line`` (``low`` its :func:`fold`) whose words of _LEAD_GATE
    begin at ``hits``."""
    return _found_leads(line, low, _starts_near(line, low, hits))


@lru_cache(maxsize=LEADS_CACHE_SIZE)
def _known_leads(line: str, hits: tuple[int, ...]) -> list[tuple[re.Match[str], int]]:
    """:func:`_near_leads` of a short line, remembered across documents: a newsroom prints
    the same contact headings and leads in release after release (not to be changed by the
    caller)."""
    return _near_leads(line, fold(line), hits)


def _lead_starts(line: str, low: str) -> list[int]:
    """Where a CONTACT_LEAD_RE match may begin in ``line`` (``low`` is its :func:`fold`): one
    of CONTACT_LEAD_STARTS at the start of a word, as every alternative but a glued
    "kontaktperson" begins with a word boundary (``re`` calls a character alphanumeric or
    "_" a word character)."""
    starts: list[int] = []
    for m in LEAD_START_RE.finditer(low):
        pos = m.start()
        word_start = pos == 0 or not (line[pos - 1].isalnum() or line[pos - 1] == "_")
        if word_start or low.startswith("kontaktperson", pos):
            starts.append(pos)
    return starts


def _starts_near(line: str, low: str, hits: Sequence[int]) -> list[int]:
    """Where a CONTACT_LEAD_RE match may begin in ``line`` (``low`` its :func:`fold`) whose
    words of _LEAD_GATE begin at ``hits``: every match holds one, and begins at it, five
    letters before it ("Presskontakt", "Mediekontakt"), or at one of the two words before it,
    blanks between ("för mer information", "ta kontakt med", "hör av dig till"); of those,
    the offsets that :func:`_lead_starts` gives."""
    cands: set[int] = set()
    for h in hits:
        cands.update((h, h - 5))
        p = h
        for _ in range(2):
            q = p
            while q > 0 and line[q - 1] in " \t":
                q -= 1
            o = q
            while o > 0 and (line[o - 1].isalnum() or line[o - 1] == "_"):
                o -= 1
            if q in (o, p):
                break
            cands.add(o)
            p = o
    return [
        p
        for p in sorted(cands)
        if p >= 0
        and low.startswith(CONTACT_LEAD_STARTS, p)
        and (
            p == 0
            or not (line[p - 1].isalnum() or line[p - 1] == "_")
            or low.startswith("kontaktperson", p)
        )
    ]


def _chain(inp: ContactInputs, base: int, line: str, start: int, stop: int | None = None) -> str:
    """The part of ``line`` after a contact lead that holds its contacts: up to the last of
    a chain of numbers and addresses, each near the one before; without one, up to the end
    of the sentence. ``stop`` is where the next lead begins; ``line`` is the text at offset
    ``base``."""
    line = line[:stop]
    spans = sorted((a, z) for _, a, z in _line_details(inp, base, line) if a >= start)
    last, end, gap = start, -1, FIRST_GAP
    for a, z in spans:
        between = line[last:a]
        limit = CHAIN_GAP_SENTENCE if SENTENCE_END_RE.search(between) else gap
        if a - last > limit:
            break
        last, end, gap = z, z, CHAIN_GAP
    if end < 0:
        rest = line[start : start + INLINE_MAX]
        m = SENTENCE_END_RE.search(rest)
        return rest[: m.start()] if m else rest
    return line[start:end]


def _line_details(inp: ContactInputs, base: int, line: str) -> list[tuple[str, int, int]]:
    """The phones and e-mails of ``line`` (the text at offset ``base``), computed once per
    document and line."""
    found = inp.details_cache.get(line)
    if found is None:
        found = inp.details_cache[line] = [*inp.phones_in(base, line), *inp.emails_in(base, line)]
    return found


def _inline_readings(inp: ContactInputs) -> Iterator[Reading[_Draft]]:
    """Contacts named in a contact sentence outside the zones."""
    for k in inp.lead_lines:
        a, z = inp.lines[k]
        line = inp.text[a:z]
        for lead, stop in inp.line_leads[k]:
            if inp.in_zone(a + lead.start()) or inp.role_at(a + lead.start()) == "title":
                continue
            explicit = EXPLICIT_LEAD_RE.search(lead.group(0)) is not None
            if lead.group(0).rstrip().endswith(":") and not explicit:
                continue  # a heading cue: read by the block rule
            rest = _chain(inp, a, line, lead.end(), stop)
            stream = _Stream([], nameless=True)
            if REACHED_RE.match(lead.group(0)):
                stream.current = _subject(line, lead.start(), a)
                if stream.current is None:
                    continue
                stream.drafts.append(stream.current)
            _read(inp, a + lead.end(), rest, stream, inline=True)
            if stop == len(line) and not any(d.phones or d.emails for d in stream.drafts):
                _read_detail_lines(inp, z, stream)
            for d in stream.drafts:
                if d.phones or d.emails or (explicit and not d.function):
                    yield Reading(d.key, d, new_span(d.start, d.end))


def _subject(line: str, lead: int, base: int) -> _Draft | None:
    """Who "nås på ..." is said of: the person or press function just before ("Presstjänsten
    nås via telefon"), or for "han"/"hon" the last person named before in the line."""
    before = line[max(0, lead - SUBJECT_BEFORE) : lead].rstrip()
    words = before.split()
    m: re.Match[str] | None
    if words and words[-1].lower() in ("han", "hon"):
        m = next((n for n in reversed(list(NAME_RE.finditer(before))) if _person(n.group(0))), None)
    else:
        m = PROSE_NAME_RE.search(before) or SUBJECT_FUNCTION_RE.search(before)
    if m is None:
        return None
    person = _person(m.group(0)) or ((m.group(0), "", "") if _function(m.group(0)) else None)
    if person is None:
        return None
    start = base + lead - len(before) + m.start()
    return _Draft(person[0], start, start + len(m.group(0)), [r for r in person[1:] if r])


def _read_detail_lines(inp: ContactInputs, after: int, stream: _Stream) -> None:
    """Read the short lines right after a contact sentence that give its numbers and
    addresses ("... via e-post till Annika Klemming, kommunikatör.\nE-post: annika...")."""
    k = bisect_right(inp.line_starts, after)
    for j in range(k, min(k + CHANNEL_LINES_BEFORE, len(inp.lines))):
        a, z = inp.lines[j]
        line = inp.text[a:z]
        if inp.blank_before(j) or z - a > CHANNEL_LINE_MAX or j not in inp.detail_lines:
            return
        _read(inp, a, line, stream)


def _prose_readings(inp: ContactInputs) -> Iterator[Reading[_Draft]]:
    """A person named just before a number or an address in a long line of prose, outside
    the zones and leads ("... Kim Sjölund Presschef 072-598 13 88 kim.sjolund@sll.se ...")."""
    for k in sorted(inp.details.scanned):
        a, z = inp.lines[k]
        if z - a <= REGION_MAX_LINE:
            continue
        line = inp.text[a:z]
        details = sorted(_line_details(inp, a, line), key=itemgetter(1))
        if not details:
            continue
        covered = [
            (lead.start(), lead.end() + len(_chain(inp, a, line, lead.end(), stop)))
            for lead, stop in inp.line_leads[k]
        ]
        pos = 0
        for _, da, _dz in details:
            if da < pos or inp.in_zone(a + da) or any(s <= da < e for s, e in covered):
                continue
            left = max(pos, da - PROSE_NAME_BEFORE)
            start = _prose_start(line, left, da)
            if start is None:
                continue
            stream = _Stream([])
            _read(inp, a + start, line[start:da] + _chain(inp, a, line, da), stream)
            for d in stream.drafts[:1]:
                pos = d.end - a
                yield Reading(d.key, d, new_span(d.start, d.end))


def _prose_start(line: str, left: int, detail: int) -> int | None:
    """Where the person or press function named just before a detail begins: the first
    word from which the rest is a person whose first name is a given name ("Mittuniversitetet
    Lars Aronsson, forskningsinformatör Tel:" -> "Lars"), else where any person begins;
    None when there is neither."""
    m = PROSE_NAME_RE.search(line, left, detail)
    if m is None:
        f = PROSE_FUNCTION_RE.search(line, left, detail)
        return f.start() if f is not None and _function(f.group("piece")) else None
    piece, start = m.group("piece"), m.start("piece")
    offsets = [0] + [
        i + 1 for i, ch in enumerate(piece) if ch == " " and piece[i + 1 : i + 2].isupper()
    ]
    people = [o for o in offsets if _person(piece[o:].split(",")[0]) is not None]
    named = [o for o in people if is_first_name(piece[o:].split()[0])]
    best = named or people
    return start + best[0] if best else None


def _registration_readings(inp: ContactInputs) -> Iterator[Reading[_Draft]]:
    """Whoever takes registrations for a press event, when the line gives their address
    or number (a press invitation's "Anmäl dig till X ... till: x@y")."""
    for k in sorted(inp.word_lines.registration):
        a, z = inp.lines[k]
        line = inp.text[a:z]
        if "nmäl" not in line:
            continue
        for m in finditer_from_offsets(REGISTRATION_RE, line, _registration_starts(line)):
            d = _registration(inp, a, line, m)
            if d is not None:
                yield Reading(d.key, d, new_span(d.start, d.end))


def _registration_starts(line: str) -> list[int]:
    """Where a REGISTRATION_RE match may begin in ``line``: at the "a" of "anmäl" or the
    "f" of "föranmäl" (every match begins with one of them; ``re`` would try its leading
    word boundary at every offset)."""
    starts: set[int] = set()
    pos = line.find("nmäl")
    while pos >= 0:
        starts.update(p for p in (pos - 4, pos - 1) if p >= 0)
        pos = line.find("nmäl", pos + 1)
    return sorted(starts)


def _registration(inp: ContactInputs, base: int, line: str, m: re.Match[str]) -> _Draft | None:
    raw = m.group("name").strip()
    if find_emails(raw):
        return None  # "Anmälan till pressträffen:" names the event, not who takes it
    rest = _chain(inp, base, line, m.end())
    # Each number or address once, in order ("[x@y](mailto:x@y)" prints it twice).
    phones = list(dict.fromkeys(p for p, _, _ in find_phones(rest, inp.phones)))
    emails = list(dict.fromkeys(e for e, _, _ in find_emails(rest)))
    if not phones and not emails:
        return None
    person = _person(raw)
    name, roles = (person[0], [r for r in person[1:] if r]) if person else (raw, [])
    return _Draft(
        name, base + m.start("name"), base + m.end() + len(rest), roles, None, phones, emails
    )


def _press_addresses(inp: ContactInputs, drafts: list[_Draft]) -> Iterator[_Draft]:
    """A press function's address printed without a name ("Telefon: 08-517 740 10 E-post:
    presstjanst.karolinska@sll.se"): a contact named None with the numbers printed next to
    it."""
    known = {e for d in drafts for e in d.emails}
    starts = inp.line_starts
    # The lines with a match of the address scan that hold an "@".
    for k in sorted({bisect_right(starts, m.start()) - 1 for m in inp.email_scan}):
        a, z = inp.lines[k]
        line = inp.text[a:z]
        if "@" not in line:
            continue
        for addr, ea, ez in inp.emails_in(a, line):
            if addr in known or not addr.startswith(PRESS_ADDRESS_STEMS):
                continue
            known.add(addr)
            phones = [
                p
                for p, pa, pz in inp.phones_in(a, line)
                if ea - CHAIN_GAP <= pz and pa <= ez + CHAIN_GAP
            ]
            yield _Draft(None, a + ea, a + ez, phones=list(dict.fromkeys(phones)), emails=[addr])


RULES: tuple[Rule[ContactRule, ContactInputs, _Draft], ...] = (
    Rule("contact.block", W_BLOCK, _block_readings, "the people and functions of a contact zone"),
    Rule("contact.inline", W_INLINE, _inline_readings, "a contact sentence: 'kontakta X, tel N'"),
    Rule(
        "contact.inline",
        W_INLINE,
        _prose_readings,
        "a name just before a number or an address in prose: '... Kim Sjölund 072-...'",
    ),
    Rule(
        "contact.registration",
        W_REGISTRATION,
        _registration_readings,
        "who takes registrations: 'Föranmälan ... till X via x@y'",
    ),
)


def resolve_contacts(inp: ContactInputs) -> list[Finding[ContactValue]]:
    """The policy "every listed contact once": each key (folded name) is one contact, in
    document order; its details are merged from every reading, its role and organization
    come from the strongest reading, and its rule is the strongest evidence's."""
    merged: dict[str, _Draft] = {}
    evidence: dict[str, list[Evidence[ContactRule]]] = {}
    best: dict[str, float] = {}
    for rule in RULES:
        for reading in rule.finds(inp):
            key, d = reading.key, reading.value
            evidence.setdefault(key, []).append(Evidence(rule.id, rule.weight, reading.span))
            prev = merged.get(key)
            if prev is None:
                merged[key], best[key] = d, rule.weight
            else:
                _absorb(prev, d, replace_role=rule.weight > best[key])
    # A press address read without a name is dropped when a named contact holds it.
    named = {x for d in merged.values() if d.name is not None for x in (*d.emails, *d.phones)}
    candidates = [
        Candidate(k, d, tuple(evidence[k]))
        for k, d in merged.items()
        if d.name is not None or not {*d.emails, *d.phones} <= named
    ]
    candidates.sort(key=lambda c: c.value.start)
    return [_finding(c.value, c.rule) for c in candidates]


def _absorb(prev: _Draft, d: _Draft, *, replace_role: bool) -> None:
    prev.phones.extend(p for p in d.phones if p not in prev.phones)
    prev.emails.extend(e for e in d.emails if e not in prev.emails)
    if d.role_parts and (replace_role or not prev.role_parts):
        prev.role_parts = d.role_parts
    prev.organization = prev.organization or d.organization
    prev.start = min(prev.start, d.start)


def _trim_connectors(piece: str) -> str:
    """``piece`` without the connector words at its end ("Mikael Jonson på" of "Mikael
    Jonson på telefon 040-...")."""
    words = piece.split(" ")
    while len(words) > 1 and words[-1].lower() in CONNECTOR_WORDS:
        words.pop()
    return " ".join(words).strip(PIECE_STRIP)


def _only_connectors(piece: str) -> bool:
    return CONNECTOR_WORDS.issuperset(piece.lower().split())


def _read(inp: ContactInputs, base: int, text: str, st: _Stream, *, inline: bool = False) -> None:
    """Read one line (or the part of one after a lead) into the stream."""
    if not text.strip():
        return
    first_piece = True
    after_detail = inline
    for a, z, kind, value in _line_events(inp, base, text):
        if kind in ("phone", "email"):
            after_detail = True
            if st.current is None and st.nameless:
                st.current = _Draft(None, base + a, base + z)
                st.drafts.append(st.current)
            _add_detail(st.current, kind, value, base + z)
            continue
        # A name opens a contact at the start, after a detail, or while none is open:
        # "Anna Berg, Exempel Kommun" is one person, not two.
        can_start = first_piece or after_detail or st.current is None
        first_piece = after_detail = False
        person = inp.opening(value) if can_start else None
        if person is None and can_start:
            # A sentence run into the line before the name, where line ends were lost
            # ("... har 10 000 invånare. Kristiina Berg, pressekreterare, 018-...").
            tail = _after_last_sentence(value)
            person = inp.opening(tail) if tail else None
        if person is not None:
            _open(st, person, base + a, base + z, inline=inline)
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


def _after_last_sentence(piece: str) -> str | None:
    """What follows the last full sentence of ``piece`` (three words at least, closed by
    a full stop: :data:`SENTENCE_END_RE`), or None when it holds no such sentence."""
    if "." not in piece:
        return None  # no full stop, no sentence end
    last = None
    for m in SENTENCE_END_RE.finditer(piece):
        last = m
    if last is None or len(piece[: last.start()].split()) < SENTENCE_MIN_WORDS:
        return None
    return piece[last.end() :].strip() or None


def _add_detail(cur: _Draft | None, kind: str, value: str, end: int) -> None:
    if cur is None:
        return
    target = cur.phones if kind == "phone" else cur.emails
    if value not in target:
        target.append(value)
    cur.end = end


def _person_or_function(value: str) -> _Opening | None:
    """(name, role before, role after, is a function, organization) of a piece that opens a
    contact: a person, a press function, or either after its organization ("Newsdesk -
    Peter Ingman", "MyNewsdesk: Pernilla Åström")."""
    read = _read_opening(value)
    if read is not None:
        return (*read, None)
    m = ORG_PREFIX_RE.match(value)
    if m is None:
        return None
    read = _read_opening(m.group("rest"))
    return (*read, m.group("org")) if read is not None else None


@lru_cache(maxsize=OPENING_CACHE_SIZE)
def _known_opening(piece: str) -> _Opening | None:
    """:func:`_person_or_function` of a short piece, remembered across documents: a
    newsroom prints the same contact names and roles in release after release."""
    return _person_or_function(piece)


def _read_opening(piece: str) -> tuple[str, str, str, bool] | None:
    person = _person(piece)
    if person is not None:
        return (*person, False)
    function = _function(piece)
    if function is not None:
        return function, "", "", True
    return None


def _open(
    st: _Stream,
    person: _Opening,
    start: int,
    end: int,
    *,
    inline: bool,
) -> None:
    name, pre, post, is_function, org = person
    d = _Draft(name, start, end, [r for r in (pre, post) if r], org, function=is_function)
    if st.pending_org and not inline and org is None:
        d.organization = st.pending_org
    st.pending_org = None
    st.drafts.append(d)
    st.current = d


def _line_events(inp: ContactInputs, base: int, text: str) -> Sequence[_Event]:
    """The phones, e-mails and pieces of one contact line, in text order; a short line's
    remembered across documents (:data:`_KNOWN_EVENTS`)."""
    if len(text) > PIECES_CACHED_MAX:
        return _read_events(inp, base, text, tuple(_link_details(inp, base, text)))
    within = inp.links_within(base, base + len(text))
    key = (text, tuple(_link_details(inp, base, text)) if within else ())
    found = _KNOWN_EVENTS.get(key)
    if found is None:
        found = _KNOWN_EVENTS[key] = _read_events(inp, base, text, key[1])
        if len(_KNOWN_EVENTS) > PIECES_CACHE_SIZE:
            # The oldest line goes; one C call, so threads parsing at once cannot see the
            # table change in the middle of it.
            _KNOWN_EVENTS.popitem(last=False)
    return found


# The events of the short lines read, by (line, its links' events), across documents: a
# newsroom prints the same contact lines in release after release. (A line's numbers and
# addresses are those the scans of the whole text find in it, whatever the document.)
_KNOWN_EVENTS: OrderedDict[tuple[str, tuple[_Event, ...]], tuple[_Event, ...]] = OrderedDict()


def _read_events(
    inp: ContactInputs, base: int, text: str, links: tuple[_Event, ...]
) -> tuple[_Event, ...]:
    """:func:`_line_events` of ``text`` (at offset ``base``) whose links give ``links``."""
    events: list[_Event] = []
    details: list[tuple[int, int]] = []
    for e164, a, z in inp.phones_in(base, text):
        events.append((a, z, "phone", e164))
        details.append((a, z))
    for addr, a, z in inp.emails_in(base, text):
        events.append((a, z, "email", addr))
        details.append((a, z))
    events += links
    events += _pieces(text, details)
    events.sort(key=itemgetter(0))
    return tuple(events)


def _pieces(text: str, details: Sequence[tuple[int, int]]) -> list[_Event]:
    """The pieces of a contact line whose numbers and addresses are at ``details``: the
    text between them, labels blanked, cut at the separators."""
    rest = _wipe_labels(_blank_spans(text, details))
    events: list[_Event] = []
    pos = 0
    for part in PIECE_SPLIT_RE.split(rest):
        a = rest.index(part, pos) if part else pos
        pos = a + len(part)
        piece = _trim_connectors(part.strip(PIECE_STRIP))
        if piece and not _only_connectors(piece):
            start = a + part.index(piece[0])
            events.append((start, start + len(piece), "piece", " ".join(piece.split())))
    return events


def _link_details(inp: ContactInputs, base: int, text: str) -> Iterator[_Event]:
    """``mailto:`` and ``tel:`` link targets whose anchor text (in this line) does not print
    the address or number ("Skicka e-post", "Ring oss")."""
    links, starts = inp.doc.links, inp.link_starts
    for _, i in starts[
        bisect_left(starts, (base, -1)) : bisect_left(starts, (base + len(text), -1))
    ]:
        link = links[i]
        href = link.href.strip()
        anchor = inp.doc.text[link.start : link.end]
        low = href.lower()
        if low.startswith("mailto:") and not find_emails(anchor):
            for addr, _, _ in find_emails(href[7:].split("?")[0]):
                yield link.start - base, link.end - base, "email", addr
        elif low.startswith("tel:") and not find_phones(anchor):
            e164 = to_e164(href[4:])
            if e164:
                yield link.start - base, link.end - base, "phone", e164


def _wipe_labels(rest: str) -> str:
    """Labels and protected addresses blanked, party tags taken out, "eller X" split."""
    low = fold(rest)
    if _WIPED_ANY.search(low):
        for rx, needles in _WIPED:
            # Each pattern needs one of its words; most lines hold none, so most are skipped.
            if needles.search(low):
                rest = rx.sub(_spaces, rest)
    if "(" in rest:
        rest = PARTY_TAG_RE.sub(_spaces, rest)
    if not any(w in rest for w in _JOIN_WORDS):
        return rest
    return NAME_JOIN_RE.sub(lambda m: "," + " " * (len(m.group(0)) - 1), rest)


def _spaces(m: re.Match[str]) -> str:
    return " " * (m.end() - m.start())


def _blank_spans(text: str, spans: Sequence[tuple[int, int]]) -> str:
    """``text`` with every span overwritten by "|", a piece separator (offsets kept)."""
    if not spans:
        return text
    chars = list(text)
    for a, z in spans:
        chars[a:z] = "|" * (z - a)
    return "".join(chars)


def _needles(words: tuple[str, ...]) -> re.Pattern[str]:
    """A pattern finding any of ``words`` (lower-case literals) in one scan."""
    return re.compile(alt(words))


# Patterns whose matches are blanked out of a contact line before it is cut into pieces, in
# order, each with the lower-case words one of which every match contains.
_WIPED: tuple[tuple[re.Pattern[str], re.Pattern[str]], ...] = (
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
    piece = _unglue(piece.strip(PIECE_STRIP))
    m = PERSON_PIECE_RE.match(piece)
    if not m:
        return None
    # Whether any part can be a press function: most pieces name none, and then none of
    # their words does either (each _function test looks for a stem first).
    fn = _function if FUNCTION_STEM_RE.search(fold(piece)) else _no_function
    pre = m.group("pre").strip()
    if pre and not is_role_word(pre.split()[-1]):
        return None
    parts = m.group("name").split()
    post = (m.group("post") or "").strip()
    # A title printed before the name: "Kommunikationsdirektör Eva Lind".
    titles: list[str] = []
    while len(parts) > 2 and is_role_word(parts[0]):
        titles.append(parts.pop(0))
    # Role words swallowed by the name ("Mikael Stamming Utvecklingsdirektör", "Sten
    # Lundberg Presskontakt Pressansvarig Region"): the name ends before the first.
    if fn(" ".join(parts)):
        return None  # "Ericsson Corporate Communications"
    cut = next((i for i in range(2, len(parts)) if _ends_name(parts[i], fn)), len(parts))
    if cut < len(parts):
        post = " ".join([*parts[cut:], post]).strip()
        parts = parts[:cut]
    # A name printed twice, as newsroom pages do under a portrait ("Karin Hovdebo Karin Hovdebo").
    half = len(parts) // 2
    if len(parts) % 2 == 0 and parts[:half] == parts[half:]:
        parts = parts[:half]
    if post and not (post[0].isupper() or is_role_word(post.split()[0])):
        return None
    if not _is_personal_name(parts, fn) or fn(" ".join(parts)):
        return None
    pre = " ".join([pre, *titles]).strip()
    return " ".join(parts), pre, post


def _ends_name(part: str, fn: Callable[[str], str | None]) -> bool:
    """A capitalized word that is no part of a name after the first two: a role or a
    function ("Presskontakt"; ``fn`` is :func:`_function`, or :func:`_no_function` for the
    words of a piece without one), or a word of an organization's name ("Region")."""
    return is_role_word(part) or part in NOT_SURNAMES or fn(part) is not None


def _no_function(piece: str) -> None:
    """:func:`_function` of a word of a piece that names no press function."""
    return None


def _is_personal_name(parts: list[str], fn: Callable[[str], str | None]) -> bool:
    """A name of two or more parts none of which is a role word, a press function (``fn``:
    :func:`_function` when the parts may hold one) or an organization's word; its first
    part a known given name, or else no part a common word ("Föregående Nästa", "Copyright
    Företaget" are not people)."""
    if len(parts) < 2 or len(parts) > 4:
        return False
    if parts[0] in NOT_FIRST_NAMES or any(p in NOT_SURNAMES for p in parts):
        return False
    if any(is_role_word(p) or fn(p) for p in parts):
        return False
    if is_organization_name(" ".join(parts)):
        return False
    if is_first_name(parts[0]):
        return True
    return not any(is_common_word(p) for p in parts if len(p) > 2)


def _unglue(piece: str) -> str:
    """Put a space between a name and a role printed against it ("TörnerPressansvarig")."""
    for m in GLUED_RE.finditer(piece):
        word = WORD_END_RE.split(piece[m.start() :], maxsplit=1)[0]
        if is_role_word(word) or _function(word):
            return piece[: m.start()] + " " + piece[m.start() :]
    return piece


def _function(piece: str) -> str | None:
    """The press function a piece names ("Presstjänst", "LOs pressjour", "Presskontakt
    kvällstid", "Ericsson Corporate Communications"), None for a role phrase ("se
    presskontakt", "respektive pressekreterare": the words before it are not a name)."""
    piece = piece.strip(PIECE_STRIP)
    # Most pieces hold no function word at all (the search of FUNCTION_END_RE tries every
    # offset), and none holds one once a space is put into a glued word: no stem has a space.
    if not 0 < len(piece.split()) <= 5 or FUNCTION_STEM_RE.search(fold(piece)) is None:
        return None
    piece = _unglue(piece)
    words = piece.split()
    if len(words) > 5:
        return None
    m = FUNCTION_END_RE.search(piece) if FUNCTION_STEM_RE.search(fold(piece)) else None
    if m is None or (m.start() > 0 and piece[m.start() - 1] not in " \t"):
        return None
    owner = piece[: m.start()].split()
    if len(owner) > 3 or not all(w[:1].isupper() for w in owner):
        return None
    return piece


def _is_org_line(piece: str) -> bool:
    words = piece.split()
    return 0 < len(words) <= 4 and all(w[0].isupper() for w in words) and piece[-1] != ":"


def _is_role_line(piece: str) -> bool:
    words = piece.split()
    return 0 < len(words) <= 12 and piece[-1] not in ":." and is_role_word(words[0])


def _finding(d: _Draft, rule: ContactRule) -> Finding[ContactValue]:
    role, org = _role_and_org(tuple(d.role_parts))
    return Finding(
        ContactValue(d.name, role, d.organization or org, tuple(d.phones), tuple(d.emails)),
        new_span(d.start, d.end),
        rule,
    )


@lru_cache(maxsize=OPENING_CACHE_SIZE)
def _role_and_org(pieces: tuple[str, ...]) -> tuple[str | None, str | None]:
    """Split the pieces after a name into the role as printed and the organization
    (remembered across documents: a newsroom prints the same roles in release after
    release)."""
    # "se presskontakt", "se kontaktuppgifter nedan": a pointer, not a role.
    parts = [p for p in pieces if p and not p.lower().startswith(("se ", "see "))]
    if not parts:
        return None, None
    org: str | None = None
    if len(parts) >= 2 and (is_organization_name(parts[-1]) or _is_org_line(parts[-1])):
        org = parts.pop()
    role = ", ".join(parts)
    if org is None:
        m = ROLE_ORG_RE.match(role)
        if m and is_role_word(m.group("role").split()[-1]):
            role, org = m.group("role"), m.group("org")
    if org is None:
        g = GENITIVE_ROLE_RE.match(role)
        if g and is_role_word(g.group("role").split()[0]):
            role, org = g.group("role"), g.group("org")
    return role or None, org
