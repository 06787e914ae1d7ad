"""Named organizations: shapes, gazetteers and contexts a Swedish reader recognises.

The extractor is pluggable: :class:`OrganizationRecognizer` is the interface, and
:class:`RuleBasedRecognizer` (rules plus the shipped gazetteers) is the default. An NER
backend can implement the same protocol and be passed to :func:`extract_organizations`.

Speed: the vocabulary (cue words, legal forms, head nouns, gazetteer names) is looked up
in the set of the text's words, and each pattern is tried only where its first word
stands or just before its ending, instead of scanning the whole text once per pattern.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Iterator
from functools import cache, lru_cache
from typing import Protocol

from pressparse.document import Document, Finding, OrganizationValue, Span
from pressparse.lexicon.names import NOT_FIRST_NAMES, PERSON_NAME, ROLE_ENDINGS, is_person_name
from pressparse.lexicon.orgs import (
    ADDRESS_ENDINGS,
    BODY_ENDINGS,
    BUILDING_WORDS,
    COMPANY_NAME_WORDS,
    COMPANY_SUFFIX,
    COMPANY_SUFFIX_FIRST_WORDS,
    COMPANY_SUFFIX_LETTER_FORMS,
    ENGLISH_BODY_HEADS,
    INSTITUTIONS,
    LEGAL_FORM_HEAD_RE,
    LEGAL_FORM_TAIL_RE,
    NAME_HEAD_NOUNS,
    NAME_PREFIXES,
    NOT_ACRONYMS,
    OBJECT_CUES,
    ORG_NOUNS,
    ROLE_WORDS,
    SUBJECT_VERBS,
    gazetteer,
)


def _alt(words: tuple[str, ...]) -> str:
    return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))


Trie = dict[str, "Trie"]


def _trie(words: Iterable[str]) -> str:
    """An alternation of ``words`` factored by common prefixes ("vd|vice" -> "v(?:d|ice)").

    The regex engine tries alternatives one by one at every position; factored, it tries
    about one per character instead of one per word.
    """
    root: Trie = {}
    for w in words:
        node = root
        for ch in w:
            node = node.setdefault(ch, {})
        node[""] = {}

    def emit(node: Trie) -> str:
        alts = [re.escape(ch) + emit(sub) for ch, sub in sorted(node.items()) if ch]
        if not alts:
            return ""
        body = alts[0] if len(alts) == 1 else "(?:" + "|".join(alts) + ")"
        return "(?:" + body + ")?" if "" in node else body

    return emit(root)


# One capitalized word of a name: "Gränges", "MyNewsdesk", "L’Oréal", "NHST", "Hitta.se".
WORD_FIRST = r"[A-ZÅÄÖÉÈÜÆØ]"
WORD_REST = r"[\w’'-]{0,40}(?:\.(?:se|com|no|nu|dk|fi|net|org)(?!\w))?"
WORD = WORD_FIRST + WORD_REST
# A run of capitalized words, "&" allowed between them: "Johan & Nyström", "CMC Markets".
NAME_TAIL = rf"(?:[ \t]+(?:&[ \t]+)?{WORD}){{0,5}}"
NAME = WORD + NAME_TAIL
NAME_AT_RE = re.compile(rf"(?<![\w’'-]){NAME}")
# The same run ending exactly at the end of a short window (for names before a cue). The
# boundary check sits after the first capital so that the engine can skip to capitals.
NAME_BEFORE_RE = re.compile(rf"({WORD_FIRST}(?<![\w’'-].){WORD_REST}{NAME_TAIL})[ \t]*$")
# A run of word characters: the text's words, looked up in the vocabulary as a set.
WORD_RUN_RE = re.compile(r"\w+")
# Where a name can start: a capital not right after a word character (see NAME_BEFORE_RE).
NAME_START_RE = re.compile(rf"{WORD_FIRST}(?<![\w’'-].)")
# Capitalized word starts, where gazetteer names are tried: "Trafikverket", "Region Skåne".
WORD_START_RE = re.compile(r"[A-ZÅÄÖÉ](?<![\w’'-].)[\w-]{0,40}")
# "Balco Group AB (publ)", "Observe Medical ASA", "ddp direct GmbH": a legal form after a name
# (the scan checks that a space or tab comes before it).
LEGAL_FORM_RE = re.compile(rf"{COMPANY_SUFFIX}(?![\w/])")
# "AB Volvo", "AB SARDUS": the legal form before the name (scanned from word starts).
AB_FIRST_RE = re.compile(rf"AB[ \t]+(?={WORD})")
# "Trafikverket", "Arvsfondsdelegationen", "Hälso- och sjukvårdsstyrelsen", "Sparbankernas Riksförbund".
BODY_RE = re.compile(
    r"[A-ZÅÄÖ](?<![\w-].)(?:[a-zåäö]{1,30}s[ \t]{1,10}[A-ZÅÄÖ])?(?:[a-zåäö]{1,20}-[ \t]{1,10}och"
    r"[ \t]{1,10}[a-zåäö]{2,30}|[a-zåäö]{1,30}?)(?:" + _trie(BODY_ENDINGS) + r")(?![\w-])"
)
# The longest text BODY_RE can match.
BODY_REACH = 1 + 30 + 1 + 10 + 1 + 20 + 1 + 10 + 3 + 10 + 30 + max(map(len, BODY_ENDINGS))
# The endings alone: only text just before one is scanned with BODY_RE.
BODY_END_RE = re.compile(r"(?:" + _trie(BODY_ENDINGS) + r")(?![\w-])")
# "Stockholms universitet", "Uppsala kommun", "Västerbottens läns landsting".
HEAD_NOUN_RE = re.compile(
    rf"(?<![\w-])(?:{WORD}[ \t]{{1,10}}){{0,2}}[A-ZÅÄÖ][\w-]{{1,30}}(?:[ \t]{{1,10}}läns)?"
    r"[ \t]{1,10}(?:" + _trie(NAME_HEAD_NOUNS) + r")(?![\w-])"
)
# The longest text HEAD_NOUN_RE can match (a WORD is at most 45 characters).
HEAD_NOUN_REACH = 2 * (45 + 10) + 31 + 14 + 10 + max(map(len, NAME_HEAD_NOUNS))
# The head nouns alone: only text just before one is scanned with HEAD_NOUN_RE.
HEAD_NOUN_END_RE = re.compile(r"[ \t](?:" + _trie(NAME_HEAD_NOUNS) + r")(?![\w-])")
# "Sveriges Hembygdsförbund", "Svensk Insamlingskontroll", "stiftelsen Friends".
PREFIX_RE = re.compile(rf"(?:{_alt(NAME_PREFIXES)})[ \t]+{WORD}(?:[ \t]+&[ \t]+{WORD})?(?![\w-])")
# "Atriakoncernen", "ÅF-koncernen": the group named by its company.
GROUP_RE = re.compile(r"([A-ZÅÄÖ](?<![\w-].)[\wåäö]{1,30}?)-?koncernen(?![\w-])")
# "region Västernorrland" written in lower case (the organization, when the gazetteer knows it).
REGION_LOWER_RE = re.compile(r"region[ \t]+[A-ZÅÄÖ][a-zåäö]+")
# An acronym: "LO", "SVT", "KTH", "NHST"; not a party tag "(S)", not "EU-fonder".
ACRONYM_RE = re.compile(r"([A-ZÅÄÖ](?<![\w(/@.’'-].)[A-ZÅÄÖ]{1,5})(?:s|:s)?(?![\w)/@’'-])")
# The first words of the cue patterns above, by pattern: only where one of them stands
# is the pattern tried.
CUE_FIRST_WORDS: dict[str, tuple[str, ...]] = {
    "prefix": NAME_PREFIXES,
    "role_prep": ROLE_WORDS,
    "org_noun": ORG_NOUNS,
    "object": (*OBJECT_CUES, "känd som", "known as"),
    "joins": ("till", "joins", "join"),
    "worked_at": ("arbetat", "arbetar", "jobbat", "jobbar", "anställd", "anställning", "bland"),
    "role_bare": ROLE_WORDS,
    "subject": SUBJECT_VERBS,
}
# Each cue pattern and the check on the character before its start.
CUE_PATTERNS: dict[str, tuple[re.Pattern[str], Callable[[str, int], bool]]] = {}
# Swedish institutions named by one common noun, as whole words: "Regeringen", "Polisen".
INSTITUTION_RE = re.compile(
    "(?:" + "|".join(sorted(INSTITUTIONS, key=len, reverse=True)) + r")(?![\w-])"
)
# A line mostly in capitals ("AB SARDUS", "PRESSMEDDELANDE"): its acronyms are just shouting.
CAPS_WORD_RE = re.compile(r"\b[A-ZÅÄÖ]{2,}\b")
# Role words before an organization: "vd för RLS Global AB", "CEO of VSM Group", "VD på Remium".
ROLE_PREP_RE = re.compile(rf"(?:{_alt(ROLE_WORDS)})[ \t]+(?:för|på|i|of|at|vid|hos|av)[ \t]+")
# Work at an organization: "arbetat sex år på Vattenfall", "bland annat från NovoNordisk".
WORKED_AT_RE = re.compile(
    r"(?:(?:arbetat|arbetar|jobbat|jobbar|anställd|anställning)(?:[ \t]+[a-zåäö0-9]{1,15}){0,3}?"
    r"[ \t]+(?:på|hos|vid)|bland[ \t]+annat[ \t]+(?:från|på|hos))[ \t]+"
)
# A role word directly before a one-word organization: "VD Atria", "vVD Gränges".
ROLE_BARE_RE = re.compile(rf"(?:{_alt(ROLE_WORDS)}),?[ \t]+")
# Organization nouns before a name: "mediekoncernen NHST", "varumärken som Google, Viasat".
ORG_NOUN_RE = re.compile(rf"(?:{_alt(ORG_NOUNS)}),?[ \t]+(?:(?:t\.ex\.|bland annat)[ \t]+)?")
# Cues whose object is an organization: "ägs av NHST", "noterades på Nasdaq First North".
OBJECT_RE = re.compile(
    rf"(?:{_alt(OBJECT_CUES)}|känd som|known as)[ \t]+"
    r"(?:(?:bland[ \t]+annat|även|också|redan|nu)[ \t]+){0,3}"
)
# Verbs whose subject is an organization: "Gränges byter namn", "Hövding noterades".
SUBJECT_RE = re.compile(rf"(?:{_alt(SUBJECT_VERBS)})(?![\w-])")
# "går till Lantmännen som ny VD": an organization one joins in a role.
TILL_SOM_RE = re.compile(
    r"(?:till|joins|join)[ \t]+(?=[A-ZÅÄÖ][^\n]{0,60}?[ \t]som[ \t]+(?:ny|nya|new)[ \t])"
)
# "Charlotte Ulvros från Interflora", "X kommer senast från Y": a person from an organization
# (places filtered out).
PERSON_FROM_RE = re.compile(
    rf"(?<![\w-]){PERSON_NAME}[ \t]+(?:kommer[ \t]+(?:senast[ \t]+|närmast[ \t]+)?)?från[ \t]+"
)
# The word "från": only lines that contain it are scanned with PERSON_FROM_RE.
FROM_WORD_RE = re.compile(r"från[ \t]")
# Contact lines: "Nicholas Rundbom, AxiCom, tel. 070-..." and "Kontakt MyNewsdesk:".
CONTACT_ORG_RE = re.compile(
    rf"^{PERSON_NAME},[ \t]+({NAME}),[ \t]+(?:tel|telefon|mobil|e-post|mail)", re.M
)
CONTACT_HEAD_RE = re.compile(rf"^Kontakt(?:person)?[ \t]+({NAME}):", re.M)
# The channel after a contact's organization: only lines with one are scanned with CONTACT_ORG_RE.
CONTACT_CHANNEL_RE = re.compile(r",[ \t]+(?:tel|telefon|mobil|e-post|mail)")
# "Om Newsdesk", "About Sweco": the boilerplate heading names the organization.
ABOUT_RE = re.compile(rf"^(?:Om|About)[ \t]+({NAME})[ \t]*$")
# "Gränges är en ...", "MyNewsdesk.com är ...", "Kungliga Dramatiska Teatern, mer känd som Dramaten, är".
IS_A_RE = re.compile(
    rf"(?:^|(?<=[.!?][ \t]))({NAME})(?:\.com|\.se)?(?:,[^,\n]{{1,60}},)?[ \t]+"
    r"(?:är|is|has been|hjälper|ansvarar|grundades|startades|har[ \t]+till[ \t]+uppgift)[ \t]",
    re.M,
)
# Where IS_A_RE can start: after a line break or a sentence's end and a blank.
SENTENCE_START_RE = re.compile(r"\n|[.!?][ \t]")
# A printed organisationsnummer: "556677-8899", "org.nr 202100-6297".
ORG_NUMBER_RE = re.compile(r"\d(?<![\d-]\d)\d{5}-\d{4}(?![\d-])")
# Words between a name and its organisationsnummer: "Balco Group AB (publ), org.nr 556677-8899".
ORG_NUMBER_GAP_RE = re.compile(
    r"^[ \t,(]{0,3}(?:org(?:anisations)?\.?[ \t]?nr\.?:?|organisationsnummer:?)?[ \t]{0,2}$", re.I
)
# An abbreviation printed in brackets right after a name: " (SST)".
PAREN_ACRONYM_RE = re.compile(r"[ \t]\([A-ZÅÄÖ]{2,6}\)")
# "Ministry of Defence", "Embassy of Sweden", "University of Oxford": an English body name.
ENGLISH_BODY_RE = re.compile(
    rf"(?:{_alt(ENGLISH_BODY_HEADS)})[ \t]+of[ \t]+(?:the[ \t]+)?{WORD}(?:[ \t]+(?:and[ \t]+)?{WORD}){{0,2}}"
)
# "Skoda liksom tusentals andra företag": a name set beside "other companies" is one of them.
OTHERS_RE = re.compile(
    rf"(?<![\w’'-])({NAME}),?[ \t]+(?:och|liksom|samt)(?:[ \t]+[a-zåäö]{{1,15}}){{0,2}}?[ \t]+andra"
    r"[ \t]+(?:företag|bolag|organisationer|myndigheter|föreningar|kommuner)(?![\w-])"
)
# The longest text OTHERS_RE can match before its word "andra" (a NAME is at most 6 words).
OTHERS_REACH = 6 * 46 + 2 * 16 + 20
# A genitive before a role word: "MyNewsdesk's VD", "Atria Groups vd" (the owner of the role).
GENITIVE_ROLE_WORDS: tuple[str, ...] = (
    "vd",
    "VD",
    "Vd",
    "CEO",
    "koncernchef",
    "ordförande",
    "styrelseordförande",
    "grundare",
    "generalsekreterare",
    "generaldirektör",
    "presschef",
    "kommunikationschef",
    "marknadsdirektör",
)
# The company words and their genitives ("Groups"), looked up in the text's words.
_COMPANY_NAME_FORMS = COMPANY_NAME_WORDS | {w + "s" for w in COMPANY_NAME_WORDS}
# A line that opens with a person's name and a comma: a contact or speaker line, where the
# words between the name and the organization are the person's role ("Anna Berg, vd, X").
PERSON_LINE_RE = re.compile(rf"{PERSON_NAME},")
# What follows a person's name and a comma: a role in lower case, a role after an
# organization's genitive or a phone number ("Andreaz Strömgren, stadsbyggnadsdirektör",
# "Tobias Baudin, LOs förste vice ordförande", "Anna Ekberg, UD Press 0709-28 08 55").
PERSON_TAIL_RE = re.compile(
    r",[ \t]+(?:[a-zåäö]|[A-ZÅÄÖ][\w’'-]{0,30}s[ \t]+[a-zåäö]|[^,\n]{0,40}?\d)"
)
# Joins between names in a list: ", ", " och ", " samt ", " and ".
LIST_NEXT_RE = re.compile(r"(?:,[ \t]*|[ \t]+(?:och|and|samt|&)[ \t]+)(?=[A-ZÅÄÖÉ])")
# The words of a list join: "Vinnova och Visit Sweden", "Sweco and Ramboll".
LIST_JOIN_WORDS = ("och", "and", "samt")
# A name and a join ending a window: what _list_prev finds ("Region Skåne och ").
LIST_PREV_RE = re.compile(rf"(?<![\w’'-])({NAME})(?:,[ \t]*|[ \t]+(?:och|and|samt)[ \t]+)$")

# Capitalized words that begin sentences or titles and are never part of a name (also
# nationality adjectives: "Norska NHST Media Group" is NHST Media Group).
STOP_WORDS: frozenset[str] = frozenset(
    [
        "Det",
        "Den",
        "Detta",
        "Dessa",
        "De",
        "Vi",
        "Jag",
        "Han",
        "Hon",
        "Du",
        "Ni",
        "Man",
        "Nu",
        "Idag",
        "I",
        "Och",
        "Men",
        "Som",
        "Att",
        "Efter",
        "Från",
        "Med",
        "Om",
        "Under",
        "Enligt",
        "Nya",
        "Ny",
        "Nytt",
        "Här",
        "Där",
        "Även",
        "Sedan",
        "Samtliga",
        "Alla",
        "Genom",
        "Vid",
        "För",
        "Till",
        "Av",
        "På",
        "Inte",
        "När",
        "Kontakt",
        "Kontakta",
        "Presskontakt",
        "Pressmeddelande",
        "Pressinbjudan",
        "Tel",
        "Telefon",
        "Mobil",
        "Mail",
        "E-post",
        "The",
        "A",
        "An",
        "This",
        "That",
        "Today",
        "We",
        "Our",
        "In",
        "At",
        "Of",
        "For",
        "And",
        "Läs",
        "Se",
        "Mer",
        "Bilder",
        "Bild",
        "Foto",
        "Välkommen",
        "Tid",
        "Plats",
        "Adress",
        "Datum",
        "Dag",
        "Måndag",
        "Tisdag",
        "Onsdag",
        "Torsdag",
        "Fredag",
        "Lördag",
        "Söndag",
        "Januari",
        "Februari",
        "Mars",
        "April",
        "Maj",
        "Juni",
        "Juli",
        "Augusti",
        "September",
        "Oktober",
        "November",
        "December",
        "VD",
        "CEO",
        "Styrelsen",
        "Ordförande",
        "Dela",
        "Följ",
        "Källa",
        "Anmälan",
        "Medverkande",
        "Program",
        "En",
        "Ett",
        "Landshövdingen",
        "Bolaget",
        "Företaget",
        "Koncernen",
        "Myndigheten",
        "Föreningen",
        "Kommunen",
        "Regionen",
        "Stiftelsen",
        "Förbundet",
        "Nämnden",
        "Gruppen",
        "Landstinget",
        "Nationella",
        "Norska",
        "Danska",
        "Finska",
        "Tyska",
        "Franska",
        "Brittiska",
        "Amerikanska",
        "Nederländska",
        "Kinesiska",
        "Japanska",
    ]
)
# Countries and continents that context rules may catch ("ambassadörer från Polen"); common
# Swedish exonyms (Språkrådet's list "Länder och huvudstäder" spelling).
NOT_ORG_PLACES: frozenset[str] = frozenset(
    [
        "Sverige",
        "Norge",
        "Danmark",
        "Finland",
        "Island",
        "Tyskland",
        "Frankrike",
        "Storbritannien",
        "England",
        "Polen",
        "Ryssland",
        "Ukraina",
        "Estland",
        "Lettland",
        "Litauen",
        "Kina",
        "Japan",
        "Indien",
        "Singapore",
        "Europa",
        "Asien",
        "Afrika",
        "Amerika",
        "USA",
        "Skandinavien",
        "Norden",
        "Stockholm",
        "Göteborg",
        "Malmö",
        "Uppsala",
        "London",
        "Paris",
        "Berlin",
    ]
)


class OrganizationRecognizer(Protocol):
    """Finds organization mentions: yields ``(start, end, rule)`` for each one in ``doc``."""

    def mentions(self, doc: Document) -> Iterator[tuple[int, int, str]]: ...


def _trim(text: str, start: int, end: int) -> tuple[int, int] | None:
    """Drop leading stop words from ``text[start:end]``; None when nothing is left."""
    while start < end:
        word_end = text.find(" ", start, end)
        word = text[start : end if word_end < 0 else word_end]
        if word not in STOP_WORDS and word not in ROLE_WORDS:
            break
        if word_end < 0:
            return None
        start = word_end + 1
        while start < end and text[start] in " \t&":
            start += 1
    while True:
        cut = text.rfind(" ", start, end)
        if cut < 0 or text[cut + 1 : end] not in STOP_WORDS:
            break
        end = cut
    # A trailing genitive or possessive: "Balcos", "Sweco’s" keep their stem for the span.
    while end > start and text[end - 1] in ".,:;’'-":
        end -= 1
    return (start, end) if end > start else None


def _word_start(text: str, pos: int) -> bool:
    """True when no word character or hyphen stands right before ``pos``."""
    if pos == 0:
        return True
    c = text[pos - 1]
    return not (c.isalnum() or c in "_-")


def _name_start(text: str, pos: int) -> bool:
    """True when no word character, hyphen or apostrophe stands right before ``pos``."""
    if pos == 0:
        return True
    c = text[pos - 1]
    return not (c.isalnum() or c in "_-’'")


def _after_blank(text: str, pos: int) -> bool:
    """True when a space or tab stands right before ``pos``."""
    return pos > 0 and text[pos - 1] in " \t"


def _lines_with(anchor: re.Pattern[str], text: str) -> Iterator[tuple[int, int]]:
    """``(start, end)`` of each line that contains a match of ``anchor``, in order, once each.

    A pattern whose matches stay on one line and always contain ``anchor`` only needs
    those lines scanned.
    """
    pos = 0
    n = len(text)
    while pos < n:
        m = anchor.search(text, pos)
        if m is None:
            return
        start = text.rfind("\n", 0, m.start()) + 1
        end = text.find("\n", m.end())
        end = n if end < 0 else end
        yield start, end
        pos = end + 1


def _in_lines(rx: re.Pattern[str], anchor: re.Pattern[str], text: str) -> Iterator[re.Match[str]]:
    """``rx.finditer(text)`` run only over the lines that contain ``anchor``."""
    for start, end in _lines_with(anchor, text):
        yield from rx.finditer(text, start, end)


def _ending_at(
    rx: re.Pattern[str], ends: list[int], text: str, reach: int
) -> Iterator[re.Match[str]]:
    """``rx.finditer(text)`` run only just before the anchor ``ends`` (ascending).

    Every match of ``rx`` ends at one of ``ends`` and is at most ``reach`` characters long,
    so only the ``reach`` characters before each end need scanning. Overlapping windows
    are merged, so a match never starts inside an earlier one.
    """
    i = 0
    while i < len(ends):
        start = max(0, ends[i] - reach)
        end = ends[i]
        i += 1
        while i < len(ends) and ends[i] - reach <= end:
            end = ends[i]
            i += 1
        yield from rx.finditer(text, start, end)


def _body_ends(text: str, words: set[str]) -> list[int]:
    """Where a body ending ends a word: the ends of BODY_END_RE's matches, from the words
    that end with one ("Trafikverket"), not followed by a hyphen."""
    ending = [w for w in words if w.endswith(BODY_ENDINGS)]
    return [p + len(w) for p, w in _at(text, ending) if text[p + len(w) : p + len(w) + 1] != "-"]


def _head_noun_ends(text: str, words: set[str]) -> list[int]:
    """Where a head noun ends that follows a blank: the ends of HEAD_NOUN_END_RE's matches."""
    return [
        p + len(w)
        for p, w in _at(text, words.intersection(NAME_HEAD_NOUNS))
        if _after_blank(text, p) and text[p + len(w) : p + len(w) + 1] != "-"
    ]


@cache
def _gazetteer_lead_words() -> frozenset[str]:
    """The first run of word characters of each gazetteer index word ("Dals" of "Dals-Eds")."""
    lead: set[str] = set()
    for key in gazetteer().by_first_word:
        m = WORD_RUN_RE.match(key)
        if m:
            lead.add(m.group(0))
    return frozenset(lead)


@cache
def _gazetteer_group_rx(first: str) -> re.Pattern[str]:
    """The gazetteer names that start with ``first``, longest first, each not followed by a
    letter or digit: the first that matches is the one the loop over the names takes."""
    names = gazetteer().by_first_word[first]
    return re.compile("(?:" + "|".join(map(re.escape, names)) + r")(?![^\W_])")


def _name_before(text: str, lo: int, hi: int) -> tuple[int, int] | None:
    """The span of the capitalized name that ends at ``hi`` (blanks allowed), starting at ``lo`` or later.

    The same span as ``NAME_BEFORE_RE.search(text, lo, hi)`` gives: the leftmost name start
    whose longest name run reaches ``hi``. Trying the few capitals in the window one by one
    avoids the regex retrying every word length at every start.
    """
    # Like "$", the window may end with one line break.
    j = hi - 1 if hi > lo and text[hi - 1] == "\n" else hi
    while j > lo and text[j - 1] in " \t":
        j -= 1
    # The name's last character is a word character, an apostrophe, a hyphen or a domain.
    if j <= lo or not (text[j - 1].isalnum() or text[j - 1] in "_’'-"):
        return None
    for start in NAME_START_RE.finditer(text, lo, j):
        m = NAME_AT_RE.match(text, start.start(), hi)
        if m and m.end() == j:
            return (m.start(), j)
    return None


def _list_prev(text: str, start: int) -> tuple[int, int] | None:
    """A name listed just before ``start``: "Region Skåne och " or "Vinnova, ".

    The same as ``LIST_PREV_RE.search(text, start - 60, start)``: the join is read off the
    end of the window and the name must end right before it.
    """
    lo = max(0, start - 60)
    # Like "$", the window may end with one line break.
    end = start - 1 if start > lo and text[start - 1] == "\n" else start
    j = end
    while j > lo and text[j - 1] in " \t":
        j -= 1
    if j <= lo:
        return None
    if text[j - 1] == ",":
        # The name ends right at the comma.
        return None if text[j - 2] in " \t\n" else _name_before(text, lo, j - 1)
    if j == end:
        return None
    for word in LIST_JOIN_WORDS:
        k = j - len(word)
        if k > lo and text.startswith(word, k) and text[k - 1] in " \t":
            while k > lo and text[k - 1] in " \t":
                k -= 1
            return None if text[k - 1] == "\n" else _name_before(text, lo, k)
    return None


CUE_PATTERNS.update(
    {
        "prefix": (PREFIX_RE, _word_start),
        "role_prep": (ROLE_PREP_RE, _word_start),
        "org_noun": (ORG_NOUN_RE, _word_start),
        "object": (OBJECT_RE, _word_start),
        "joins": (TILL_SOM_RE, _word_start),
        "worked_at": (WORKED_AT_RE, _word_start),
        "role_bare": (ROLE_BARE_RE, _word_start),
        "subject": (SUBJECT_RE, _after_blank),
    }
)
# Which cue patterns can start with a given word.
_CUE_KINDS_BY_WORD: dict[str, tuple[str, ...]] = {}
for _kind, _words in CUE_FIRST_WORDS.items():
    for _w in _words:
        _first = _w.split()[0]
        if _kind not in _CUE_KINDS_BY_WORD.get(_first, ()):
            _CUE_KINDS_BY_WORD[_first] = (*_CUE_KINDS_BY_WORD.get(_first, ()), _kind)


# The other words of each cue phrase, by first word and kind ("utsett" of "har utsett").
_CUE_REST: dict[tuple[str, str], list[frozenset[str]]] = {}
for _kind, _words in CUE_FIRST_WORDS.items():
    for _w in _words:
        _parts = _w.split()
        _CUE_REST.setdefault((_parts[0], _kind), []).append(frozenset(_parts[1:]))
# TILL_SOM_RE needs "som" and one of these after the name ("till X som ny vd").
_JOINS_NEW_WORDS = frozenset(["ny", "nya", "new"])


def _at(text: str, words: Iterable[str]) -> list[tuple[int, str]]:
    """``(position, word)`` of each of ``words`` standing as a whole run of word characters.

    The words come from the text's own runs (:data:`WORD_RUN_RE`), so only words that
    occur are searched for, with ``str.find``.
    """
    found: list[tuple[int, str]] = []
    n = len(text)
    for w in words:
        size = len(w)
        p = text.find(w)
        while p >= 0:
            e = p + size
            # Inline checks (this loop runs for every occurrence): no word character around.
            if (p == 0 or not (text[p - 1].isalnum() or text[p - 1] == "_")) and (
                e == n or not (text[e].isalnum() or text[e] == "_")
            ):
                found.append((p, w))
            # Another whole-word occurrence cannot start inside this one.
            p = text.find(w, e)
    found.sort()
    return found


def _matches_at(
    rx: re.Pattern[str],
    text: str,
    starts: Iterable[int],
    before: Callable[[str, int], bool] = _word_start,
) -> Iterator[re.Match[str]]:
    """``rx.finditer(text)`` when every match must start at one of ``starts`` (in order)."""
    last_end = 0
    for pos in starts:
        if pos < last_end or not before(text, pos):
            continue
        m = rx.match(text, pos)
        if m:
            yield m
            last_end = max(m.end(), pos + 1)


def _cues(text: str, words: set[str]) -> dict[str, list[re.Match[str]]]:
    """Each cue pattern's matches, as ``finditer`` would give them, from the text's words."""
    found: dict[str, list[re.Match[str]]] = {kind: [] for kind in CUE_FIRST_WORDS}
    last_end = dict.fromkeys(CUE_FIRST_WORDS, 0)
    # A cue is tried only where all of its words occur in the text ("har" of "har utsett"
    # only when "utsett" does too); frequent first words then cost nothing.
    joins = "som" in words and not words.isdisjoint(_JOINS_NEW_WORDS)
    kinds_by_word: dict[str, tuple[str, ...]] = {}
    for word in words.intersection(_CUE_KINDS_BY_WORD):
        kinds = tuple(
            kind
            for kind in _CUE_KINDS_BY_WORD[word]
            if (joins or kind != "joins") and any(rest <= words for rest in _CUE_REST[word, kind])
        )
        if kinds:
            kinds_by_word[word] = kinds
    for pos, word in _at(text, kinds_by_word):
        for kind in kinds_by_word[word]:
            rx, before = CUE_PATTERNS[kind]
            if pos < last_end[kind] or not before(text, pos):
                continue
            hit = rx.match(text, pos)
            if hit:
                found[kind].append(hit)
                last_end[kind] = max(hit.end(), pos + 1)
    return found


class RuleBasedRecognizer:
    """The default recognizer: organization shapes, the gazetteers and Swedish contexts."""

    def mentions(self, doc: Document) -> Iterator[tuple[int, int, str]]:
        text = doc.text
        words = set(WORD_RUN_RE.findall(text))
        cues = _cues(text, words)
        yield from self._shapes(text, words, cues)
        yield from self._gazetteer(text, words)
        yield from self._contexts(doc, cues)
        yield from self._name_words(text, words)

    def _shapes(
        self, text: str, words: set[str], cues: dict[str, list[re.Match[str]]]
    ) -> Iterator[tuple[int, int, str]]:
        legal_words = words.intersection(COMPANY_SUFFIX_FIRST_WORDS)
        legal_words.update(w for form, w in COMPANY_SUFFIX_LETTER_FORMS.items() if form in text)
        legal_starts = [p for p, _ in _at(text, legal_words)]
        for m in _matches_at(LEGAL_FORM_RE, text, legal_starts, _after_blank):
            before = _name_before(text, max(0, m.start() - 80), m.start())
            if before:
                span = _trim(text, before[0], m.end())
                if span and span[0] < m.start() - 1:
                    yield (*span, "company.legal_form")
        ab_starts = [p for p, _ in _at(text, ("AB",))] if "AB" in words else []
        for m in _matches_at(AB_FIRST_RE, text, ab_starts):
            n = NAME_AT_RE.match(text, m.end())
            if n:
                yield (m.start(), n.end(), "company.legal_form_first")
        for matches, rule in (
            (
                _ending_at(BODY_RE, _body_ends(text, words), text, BODY_REACH),
                "public_body.ending",
            ),
            (
                _ending_at(HEAD_NOUN_RE, _head_noun_ends(text, words), text, HEAD_NOUN_REACH),
                "organization.head_noun",
            ),
            (iter(cues["prefix"]), "organization.prefix"),
        ):
            for m in matches:
                span = _trim(text, m.start(), m.end())
                if span:
                    yield (*span, rule)
        if "koncernen" in text:
            for m in GROUP_RE.finditer(text):
                yield (m.start(1), m.end(1), "company.group")
        inst_starts = [p for p, _ in _at(text, words.intersection(INSTITUTIONS))]
        for m in _matches_at(INSTITUTION_RE, text, inst_starts, _name_start):
            yield (m.start(), m.end(), "public_body.institution")
        caps_by_line: dict[int, bool] = {}
        for m in ACRONYM_RE.finditer(text):
            if m.group(1) in NOT_ACRONYMS:
                continue
            line = text.rfind("\n", 0, m.start()) + 1
            quiet = caps_by_line.get(line)
            if quiet is None:
                end = text.find("\n", m.end())
                end = len(text) if end < 0 else end
                # A line mostly in capitals ("AB SARDUS") is shouting, not naming.
                quiet = len(CAPS_WORD_RE.findall(text, line, end)) < 3
                caps_by_line[line] = quiet
            if quiet:
                yield (m.start(1), m.end(1), "organization.acronym")

    def _gazetteer(self, text: str, words: set[str]) -> Iterator[tuple[int, int, str]]:
        gaz = gazetteer()
        by_first = gaz.by_first_word
        lead = _gazetteer_lead_words()
        for pos, _ in _at(text, words.intersection(lead)):
            m = WORD_START_RE.match(text, pos)
            if not m:
                continue
            names = by_first.get(m.group(0))
            if not names:
                continue
            if len(names) > 2:
                # Many names share this first word ("Region ...", "Länsstyrelsen i ..."): one
                # regex tries them all, longest first, as the loop below does.
                g = _gazetteer_group_rx(m.group(0)).match(text, m.start())
                if g:
                    yield (m.start(), g.end(), "gazetteer")
                continue
            for name in names:
                end = m.start() + len(name)
                if text.startswith(name, m.start()) and not text[end : end + 1].isalnum():
                    yield (m.start(), end, "gazetteer")
                    break
        region_starts = [p for p, _ in _at(text, ("region",))] if "region" in words else []
        for m in _matches_at(REGION_LOWER_RE, text, region_starts):
            if "R" + m.group(0)[1:] in gaz.names:
                yield (m.start(), m.end(), "gazetteer.region")

    def _contexts(
        self, doc: Document, cues: dict[str, list[re.Match[str]]]
    ) -> Iterator[tuple[int, int, str]]:
        text = doc.text
        for kind, rule in (
            ("role_prep", "context.role"),
            ("org_noun", "context.org_noun"),
            ("object", "context.object"),
            ("joins", "context.joins"),
            ("worked_at", "context.worked_at"),
        ):
            for m in cues[kind]:
                yield from self._list_from(text, m.end(), rule)
        for m in _in_lines(PERSON_FROM_RE, FROM_WORD_RE, text):
            yield from self._list_from(text, m.end(), "context.person_from")
        for m in cues["role_bare"]:
            n = NAME_AT_RE.match(text, m.end())
            if n and " " not in n.group(0) and n.group(0) not in STOP_WORDS:
                yield (n.start(), n.end(), "context.role_bare")
        for m in cues["subject"]:
            # The cue starts at the first blank before the verb.
            cue = m.start() - 1
            while cue > 0 and text[cue - 1] in " \t":
                cue -= 1
            before = _name_before(text, max(0, cue - 60), cue)
            if before:
                span = _trim(text, before[0], before[1])
                if span:
                    yield (*span, "context.subject")
                    prev = _list_prev(text, before[0])
                    if prev:
                        yield (*prev, "context.subject")
        for m in _in_lines(CONTACT_ORG_RE, CONTACT_CHANNEL_RE, text):
            yield (m.start(1), m.end(1), "context.contact")
        if "Kontakt" in text:
            for m in CONTACT_HEAD_RE.finditer(text):
                yield (m.start(1), m.end(1), "context.contact")
        for b in doc.blocks:
            if b.role != "boilerplate":
                continue
            line = doc.block_text(b)
            about = ABOUT_RE.match(line)
            if about and about.group(1) not in ("Oss", "Us"):
                yield (b.start + about.start(1), b.start + about.end(1), "boilerplate.about")
        # Only the lines of the boilerplate can hold its "X är ..." sentence.
        for start, end in _boilerplate_lines(doc):
            for m in _is_a_matches(text, start, end):
                span = _trim(text, m.start(1), m.end(1))
                if span and _in_role(doc, span[0], "boilerplate"):
                    yield (*span, "boilerplate.is_a")

    def _name_words(self, text: str, words: set[str]) -> Iterator[tuple[int, int, str]]:
        """Names recognised by one word in or around them: English legal words and bodies,
        "& Co", "och andra företag" and a genitive before a role."""
        # The word itself or its genitive ("NHST Media Groups och ...").
        name_words = words.intersection(_COMPANY_NAME_FORMS)
        ends = [
            (p + len(w), p + len(w) - (w not in COMPANY_NAME_WORDS))
            for p, w in _at(text, name_words)
        ]
        if "Co" in words:
            ends += [(p + 2, p + 2) for p, _ in _at(text, ("Co",)) if text.endswith("& ", 0, p)]
        for run_end, end in sorted(ends):
            before = _name_before(text, max(0, run_end - 80), run_end)
            # The whole capitalized run, not its first words: "NHST Media" of "NHST Media Group".
            whole = before and NAME_AT_RE.match(text, before[0]).end() == run_end  # type: ignore[union-attr]
            if before and whole and " " in text[before[0] : end]:
                span = _trim(text, before[0], end)
                if span and " " in text[span[0] : span[1]]:
                    yield (*span, "company.name_word")
        heads = words.intersection(ENGLISH_BODY_HEADS)
        for m in _matches_at(ENGLISH_BODY_RE, text, [p for p, _ in _at(text, heads)]):
            end = m.end()
            while True:
                cut = text.rfind(" ", m.start(), end)
                if cut < 0 or text[cut + 1 : end] not in BUILDING_WORDS:
                    break
                end = cut
            yield (m.start(), end, "public_body.english")
        if "andra" in words:
            last = 0
            for p, _ in _at(text, ("andra",)):
                # The window reaches the noun after "andra"; the match must end a word.
                for m in OTHERS_RE.finditer(text, max(last, p - OTHERS_REACH), p + 30):
                    after = text[m.end() : m.end() + 1]
                    if not (after.isalnum() or after in ("_", "-")):
                        span = _trim(text, m.start(1), m.end(1))
                        if span:
                            yield (*span, "context.others")
                        last = m.end()
        for pos, _ in _at(text, words.intersection(GENITIVE_ROLE_WORDS)):
            j = pos
            while j > 0 and text[j - 1] in " \t":
                j -= 1
            if j == pos or j < 2 or text[j - 1] != "s":
                continue
            before = _name_before(text, max(0, j - 60), j)
            if not before:
                continue
            s0, e0 = before
            e0 -= 2 if text[e0 - 2] in "’'" else 1
            span = _trim(text, s0, e0)
            if span and span[1] - span[0] > 1:
                yield (*span, "context.genitive_role")

    def _list_from(self, text: str, pos: int, rule: str) -> Iterator[tuple[int, int, str]]:
        for _ in range(12):
            n = NAME_AT_RE.match(text, pos)
            if not n:
                return
            span = _trim(text, n.start(), n.end())
            if span:
                yield (*span, rule)
            nxt = LIST_NEXT_RE.match(text, n.end())
            if not nxt:
                return
            pos = nxt.end()


def _is_a_matches(text: str, start: int, end: int) -> Iterator[re.Match[str]]:
    """``IS_A_RE.finditer(text, start, end)``, tried only where a line or a sentence starts
    (the only places IS_A_RE can match) instead of at every character."""
    last_end = start
    starts = [start, *(m.end() for m in SENTENCE_START_RE.finditer(text, start, end))]
    for pos in starts:
        if pos < last_end:
            continue
        m = IS_A_RE.match(text, pos, end)
        if m:
            yield m
            last_end = m.end()


def _boilerplate_lines(doc: Document) -> list[tuple[int, int]]:
    """The text ranges, in whole lines, that the boilerplate blocks touch (merged, in order)."""
    text = doc.text
    ranges: list[tuple[int, int]] = []
    for b in doc.blocks:
        if b.role != "boilerplate":
            continue
        start = text.rfind("\n", 0, b.start) + 1
        end = text.find("\n", b.end)
        end = len(text) if end < 0 else end
        if ranges and start <= ranges[-1][1]:
            ranges[-1] = (ranges[-1][0], max(end, ranges[-1][1]))
        else:
            ranges.append((start, end))
    return ranges


def _in_role(doc: Document, pos: int, role: str) -> bool:
    return doc.role_at(pos) == role


# Rules strong enough to name an organization on their own, even as the first word of a sentence.
STRONG_RULES = frozenset(
    [
        "company.legal_form",
        "company.legal_form_first",
        "public_body.ending",
        "organization.head_noun",
        "organization.prefix",
        "company.group",
        "public_body.institution",
        "gazetteer",
        "gazetteer.region",
        "public_body.english",
    ]
)


# A web-domain tail dropped from a one-word name's key: "Hitta.se" -> "hitta".
KEY_DOMAIN_RE = re.compile(r"\.(?:se|com|no|nu|dk|fi|net|org)$")
# Punctuation runs in a name's key: "Johan & Nyström", "L’Oréal" compare without it.
KEY_PUNCT_RE = re.compile(r"[^\w&]+")


@lru_cache(maxsize=4096)
def org_key(name: str) -> str:
    """The comparison key of an organization name: no legal form, case or punctuation."""
    s = LEGAL_FORM_TAIL_RE.sub("", name.strip())
    s = LEGAL_FORM_HEAD_RE.sub("", s)
    s = KEY_DOMAIN_RE.sub("", s) if " " not in s else s
    return KEY_PUNCT_RE.sub(" ", s.casefold()).strip()


_ROLE_ENDINGS_CF = tuple(e.casefold() for e in ROLE_ENDINGS)


def _acceptable(name: str, rule: str) -> bool:
    if not name or name in STOP_WORDS:
        return False
    # "Utvecklingsdirektör, Region Skåne": a role title listed next to an organization.
    if rule == "context.list" and name.casefold().endswith(_ROLE_ENDINGS_CF):
        return False
    if rule in STRONG_RULES:
        return True
    # "Malmtorgsgatan", "Bankhallen": a street, square or hall is an address.
    if name.endswith(ADDRESS_ENDINGS):
        return False
    places = gazetteer().places
    stem = name[:-1] if name.endswith("s") else name
    return not (
        name in places or stem in places or name in NOT_ORG_PLACES or stem in NOT_ORG_PLACES
    )


def extract_organizations(
    doc: Document, recognizer: OrganizationRecognizer | None = None
) -> list[Finding[OrganizationValue]]:
    """Organizations in order of first mention, each once, with all its mention spans."""
    rec = recognizer or _DEFAULT
    text = doc.text
    raw = [(s, e, r) for s, e, r in rec.mentions(doc) if _acceptable(text[s:e], r)]
    raw += list(_list_neighbours(text, raw))
    # Where mentions overlap, the longest wins: "NHST Media Group" over "NHST".
    # On the same span a named rule wins over the bare acronym shape (which needs repeats).
    raw.sort(key=lambda m: (m[0], -(m[1] - m[0]), m[2] == "organization.acronym"))
    kept: list[tuple[int, int, str]] = []
    for m in raw:
        if kept and m[0] < kept[-1][1]:
            continue
        kept.append(m)
    acronym_counts: dict[str, int] = {}
    for s, e, r in kept:
        if r == "organization.acronym":
            acronym_counts[text[s:e]] = acronym_counts.get(text[s:e], 0) + 1
    accepted: dict[str, tuple[int, int, str]] = {}
    strong_keys: set[str] = set()
    for start, end, rule in kept:
        name = text[start:end]
        # A lone acronym is an organization only when the release repeats it.
        if rule == "organization.acronym" and acronym_counts.get(name, 0) < 2:
            continue
        key = org_key(name)
        if not key:
            continue
        if rule != "organization.acronym":
            strong_keys.add(key)
        prev = accepted.get(key)
        if prev is None or start < prev[0]:
            accepted[key] = (start, end, rule)
    # A genitive "Balcos" is a mention of "Balco" when both were found.
    for key in list(accepted):
        if key.endswith("s") and key[:-1] in accepted:
            s0, _, _ = accepted.pop(key)
            a = accepted[key[:-1]]
            if s0 < a[0]:
                accepted[key[:-1]] = (s0, s0 + (a[1] - a[0]), a[2])
    found: list[Finding[OrganizationValue]] = []
    numbers = _may_have_org_number(text)
    for start, end, rule in accepted.values():
        # "Myndigheten för stöd till trossamfund (SST)": the printed abbreviation belongs to it.
        ab = PAREN_ACRONYM_RE.match(text, end)
        stop = ab.end() if ab and rule.startswith(("gazetteer", "public_body")) else end
        name = text[start:stop]
        spans = _all_mentions(text, name)
        first = spans[0] if spans else Span(start, stop)
        number = _org_number(text, spans) if numbers else None
        value = OrganizationValue(name, tuple(spans) or (first,), number)
        found.append(Finding(value, first, rule))
    found.sort(key=lambda f: f.span.start if f.span else 0)
    return found


def _may_have_org_number(text: str) -> bool:
    """False when no ORG_NUMBER_RE match can occur: no hyphen with six digits before it and
    four after (a few ``str.find`` calls instead of a regex pass over every character)."""
    p = text.find("-", 6)
    while p >= 0:
        if text[p - 6 : p].isdigit() and text[p + 1 : p + 5].isdigit():
            return True
        p = text.find("-", p + 1)
    return False


def _list_neighbours(
    text: str, mentions: list[tuple[int, int, str]]
) -> Iterator[tuple[int, int, str]]:
    """Names listed next to an organization: "Riksidrottsförbundet och SISU Idrottsutbildarna"."""
    # A span found by several rules has the same neighbours: look once.
    for start, end in dict.fromkeys((s, e) for s, e, _ in mentions):
        pos = end
        for _ in range(12):
            nxt = LIST_NEXT_RE.match(text, pos)
            n = NAME_AT_RE.match(text, nxt.end()) if nxt else None
            if not n:
                break
            span = _trim(text, n.start(), n.end())
            if span and _listed_org(text, span):
                yield (*span, "context.list")
            pos = n.end()
        # In "Anna Berg, vd, X" the words before X are the person and the role.
        prev = None if _in_person_line(text, start) else _list_prev(text, start)
        if prev:
            span = _trim(text, prev[0], prev[1])
            if span and _listed_org(text, span):
                yield (*span, "context.list")


def _in_person_line(text: str, pos: int) -> bool:
    """True when the line of ``pos`` opens with a person's name and a comma."""
    line = text.rfind("\n", 0, pos) + 1
    m = PERSON_LINE_RE.match(text, line)
    return m is not None and text[line : text.find(" ", line)] not in NOT_FIRST_NAMES


def _listed_org(text: str, span: tuple[int, int]) -> bool:
    """True when a name listed next to an organization may be one too: not a person
    ("Andreaz Strömgren, stadsbyggnadsdirektör") and not an address."""
    name = text[span[0] : span[1]]
    if not _acceptable(name, "context.list"):
        return False
    return not (is_person_name(name) and PERSON_TAIL_RE.match(text, span[1]))


def _all_mentions(text: str, name: str) -> list[Span]:
    spans: list[Span] = []
    pos = text.find(name)
    while pos >= 0:
        end = pos + len(name)
        before_ok = pos == 0 or not (text[pos - 1].isalnum() or text[pos - 1] in "-’'")
        after = text[end : end + 1]
        after_ok = not after.isalnum() or (after == "s" and not text[end + 1 : end + 2].isalnum())
        if before_ok and after_ok:
            spans.append(Span(pos, end))
        pos = text.find(name, pos + 1)
    return spans


def _org_number(text: str, spans: list[Span]) -> str | None:
    for sp in spans:
        window_end = min(len(text), sp.end + 40)
        m = ORG_NUMBER_RE.search(text, sp.end, window_end)
        if m and ORG_NUMBER_GAP_RE.match(text[sp.end : m.start()]):
            return m.group(0)
    return None


_DEFAULT = RuleBasedRecognizer()
