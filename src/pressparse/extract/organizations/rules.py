"""The default recognizer: organization shapes, the gazetteers and Swedish contexts."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass

from pressparse.document import Document
from pressparse.extract.organizations.filters import (
    is_common_word,
    is_person,
    is_swedish_word,
    sentence_start,
)
from pressparse.extract.organizations.patterns import (
    AB_FIRST_RE,
    ABOUT_RE,
    ACRONYM_RE,
    ACRONYM_START_RE,
    BODY_RE,
    BODY_REACH,
    CAPS_WORD_RE,
    COMPANY_NAME_FORMS,
    CONTACT_CHANNEL_RE,
    CONTACT_HEAD_RE,
    CONTACT_HEAD_WORD,
    CONTACT_ORG_RE,
    ENGLISH_BODY_RE,
    GROUP_RE,
    GROUP_REACH,
    GROUP_WORD,
    HEAD_NOUN_RE,
    HEAD_NOUN_REACH,
    INSTITUTION_RE,
    IS_A_RE,
    IS_A_VERB_RE,
    ITEM_COLON_START_RE,
    ITEM_LINE_START_RE,
    JOINED_NAME_RE,
    LEGAL_FORM_RE,
    LISTED_ON_RE,
    LOWER_HEAD_RE,
    LOWER_HEAD_START_RE,
    NAME_AT_RE,
    ORG_NOUN_COMPOUND_RE,
    ORG_NOUN_TAIL_RE,
    ORG_NOUN_TAILS,
    OTHERS_RE,
    OTHERS_REACH,
    PERSON_ORG_ITEM_RE,
    REGION_LOWER_RE,
    ROLE_PREPOSITION_RE,
    SENTENCE_START_RE,
    WORD_FIRST_CHARS,
    WORD_START_RE,
)
from pressparse.extract.organizations.scan import (
    WordIndex,
    after_blank,
    body_ends,
    ending_at,
    find_cues,
    gazetteer_group_rx,
    gazetteer_lead_words,
    head_noun_ends,
    in_lines,
    letter_classes,
    list_next,
    list_prev,
    matches_at,
    name_before,
    name_start,
    person_from_matches,
    trim,
    words_at,
)
from pressparse.extract.organizations.vocabulary import (
    FIELD_ROLE_WORDS,
    GENITIVE_ROLE_WORDS,
    ROLE_CUE_WORDS,
    STOP_WORDS,
)
from pressparse.lexicon.frequency import zipf
from pressparse.lexicon.orgs import (
    BUILDING_WORDS,
    COMPANY_SUFFIX_FIRST_WORDS,
    COMPANY_SUFFIX_LETTER_FORMS,
    ENGLISH_BODY_HEADS,
    INSTITUTIONS,
    LISTING_VERBS,
    NAME_END_WORDS,
    NAME_START_WORDS,
    NEWSPAPER_HEADS,
    NOT_ACRONYMS,
    ORGAN_WORD_RE,
    TICKER_TAG_RE,
    gazetteer,
)
from pressparse.lexicon.roles import ROLE_SUFFIXES, is_role_word
from pressparse.rule_ids import OrganizationRule

Mention = tuple[int, int, OrganizationRule]

# The endings of Swedish plural nouns in the indefinite ("kommuner", "regioner", "bilar").
PLURAL_ENDINGS = ("ar", "er", "or")
# Zipf frequency from which such a plural is an everyday noun ("regioner" 4.03).
PLURAL_ZIPF = 3.5


@dataclass(frozen=True, slots=True)
class Scan:
    """What every strategy reads: the document, its text, the word index and the cues."""

    doc: Document
    text: str
    index: WordIndex
    cues: dict[str, list[re.Match[str]]]
    # The text's letter classes (scan.letter_classes).
    classes: bytes


def legal_form_after(x: Scan) -> Iterator[Mention]:
    """A legal form after a capitalized name: "Balco Group AB (publ)", "Sharp Corporation"."""
    text, index = x.text, x.index
    legal_words = set(COMPANY_SUFFIX_FIRST_WORDS.intersection(index.words))
    # A letter form ("A/S") is looked for only when its first letter stands as a word.
    legal_words.update(
        w for form, w in COMPANY_SUFFIX_LETTER_FORMS.items() if w in index.words and form in text
    )
    legal_starts = [p for p, _ in words_at(index, legal_words)]
    for m in matches_at(LEGAL_FORM_RE, text, legal_starts, after_blank):
        before = name_before(text, max(0, m.start() - 80), m.start())
        if before:
            span = trim(text, before[0], m.end())
            if span and span[0] < m.start() - 1:
                yield (*span, "company.legal_form")


def legal_form_first(x: Scan) -> Iterator[Mention]:
    """The legal form written first: "AB Volvo", "AB SARDUS"."""
    for m in matches_at(AB_FIRST_RE, x.text, x.index.at("AB")):
        n = NAME_AT_RE.match(x.text, m.end())
        if n:
            yield (m.start(), n.end(), "company.legal_form_first")


def _trimmed(
    text: str, matches: Iterable[re.Match[str]], rule: OrganizationRule
) -> Iterator[Mention]:
    for m in matches:
        span = trim(text, m.start(), m.end())
        if span:
            yield (*span, rule)


def body_ending(x: Scan) -> Iterator[Mention]:
    """One word ending in a body's head: "Trafikverket", "Mark- och miljödomstolen"."""
    matches = ending_at(BODY_RE, body_ends(x.text), x.text, BODY_REACH)
    # An organization's organ is a common noun: "Förbundsstyrelsens möte".
    named = (m for m in matches if not ORGAN_WORD_RE.match(m.group(0)))
    yield from _trimmed(x.text, named, "public_body.ending")


def head_noun(x: Scan) -> Iterator[Mention]:
    """Capitalized words and a lower-case head of their own: "Stockholms universitet"."""
    text = x.text
    ends = head_noun_ends(text, x.index)
    for m in ending_at(HEAD_NOUN_RE, ends, text, HEAD_NOUN_REACH):
        span = trim(text, m.start(), m.end())
        # The head alone is a common noun: "Det Institutet" trimmed is no name.
        if span and " " in text[span[0] : span[1]]:
            yield (*span, "organization.head_noun")


def prefix(x: Scan) -> Iterator[Mention]:
    """A name after a word that opens names: "Sveriges Hembygdsförbund", "stiftelsen Friends"."""
    yield from _trimmed(x.text, x.cues["prefix"], "organization.prefix")


def _plural_noun(word: str) -> bool:
    """A capitalized Swedish plural of an everyday noun ("Kommuner", "Regioner")."""
    return word.endswith(PLURAL_ENDINGS) and zipf(word) >= PLURAL_ZIPF and is_swedish_word(word)


def joined_name(x: Scan) -> Iterator[Mention]:
    """A name with "och" between capitalized common nouns: "Sveriges Kommuner och Regioner".
    Such a name opens with a name-start word: JOINED_NAME_RE is tried only there."""
    text = x.text
    if " och " not in text:
        return
    words = x.index.words
    starts = sorted(p for w in NAME_START_WORDS.intersection(words) for p in x.index.at(w))
    last = 0
    for start in starts:
        m = JOINED_NAME_RE.match(text, start) if start >= last else None
        if m and all(_plural_noun(w) for w in (m.group(1).rsplit(maxsplit=1)[-1], m.group(2))):
            last = m.end()
            yield (m.start(), m.end(), "organization.joined")


def lower_head(x: Scan) -> Iterator[Mention]:
    """Swedish names with only their first word capitalized: "Nordiska ministerrådet",
    "Svenska kyrkan", "Högsta domstolen" (see LOWER_HEAD_RE)."""
    text = x.text
    places = gazetteer().places
    for m in _lower_heads(text, x.classes):
        first = text[m.start() : text.find(" ", m.start())]
        # An owner's genitive names the owner's body ("Volvos styrelse"), unless a place's
        # ("Stockholms stadsmuseum"); at a sentence's start an everyday word opens a name
        # only when names open so ("Hela styrelsen" is no name).
        if first.endswith("s") and first not in NAME_START_WORDS and first[:-1] not in places:
            continue
        if first in STOP_WORDS or (
            first not in NAME_START_WORDS
            and sentence_start(text, m.start())
            and is_common_word(first)
        ):
            continue
        yield (m.start(), m.end(), "organization.head_noun")


def _lower_heads(text: str, classes: bytes) -> Iterator[re.Match[str]]:
    """``LOWER_HEAD_RE.finditer(text)``, tried only where LOWER_HEAD_START_RE finds its first
    word in the letter classes (the matches' order and overlaps as finditer's)."""
    last = 0
    for start in LOWER_HEAD_START_RE.finditer(classes):
        m = LOWER_HEAD_RE.match(text, start.start()) if start.start() >= last else None
        if m:
            last = m.end()
            yield m


def group(x: Scan) -> Iterator[Mention]:
    """The group named by its company: "Atriakoncernen", "ÅF-koncernen"."""
    for m in _groups(x.text):
        yield (m.start(1), m.end(1), "company.group")


def _groups(text: str) -> Iterator[re.Match[str]]:
    """``GROUP_RE.finditer(text)``, scanned only just before where GROUP_WORD ends a word (no
    word character or hyphen after it): the only places a match can end."""
    ends: list[int] = []
    p = text.find(GROUP_WORD)
    while p >= 0:
        e = p + len(GROUP_WORD)
        after = text[e : e + 1]
        if not (after.isalnum() or after in ("_", "-")):
            ends.append(e)
        p = text.find(GROUP_WORD, e)
    return ending_at(GROUP_RE, ends, text, GROUP_REACH) if ends else iter(())


def institution(x: Scan) -> Iterator[Mention]:
    """A Swedish institution named by one common noun: "Regeringen", "Polisen"."""
    index = x.index
    starts = [p for p, _ in words_at(index, INSTITUTIONS.intersection(index.words))]
    for m in matches_at(INSTITUTION_RE, x.text, starts, name_start):
        yield (m.start(), m.end(), "public_body.institution")


def acronym(x: Scan) -> Iterator[Mention]:
    """An acronym ("LO", "SVT"), not on a line mostly in capitals ("AB SARDUS")."""
    text = x.text
    caps_by_line: dict[int, bool] = {}
    for m in _acronyms(text, x.classes):
        if m.group(1) in NOT_ACRONYMS:
            continue
        line = text.rfind("\n", 0, m.start()) + 1
        quiet = caps_by_line.get(line)
        if quiet is None:
            end = text.find("\n", m.end())
            end = len(text) if end < 0 else end
            quiet = _caps_words(text, x.classes, line, end) < 3
            caps_by_line[line] = quiet
        if quiet:
            yield (m.start(1), m.end(1), "organization.acronym")


def _acronyms(text: str, classes: bytes) -> Iterator[re.Match[str]]:
    """``ACRONYM_RE.finditer(text)``, tried only at the start of each run of capitals
    (ACRONYM_START_RE in the letter classes): a match starts a run and ends before the next."""
    for run in ACRONYM_START_RE.finditer(classes):
        m = ACRONYM_RE.match(text, run.start())
        if m:
            yield m


def _caps_words(text: str, classes: bytes, start: int, end: int) -> int:
    """``len(CAPS_WORD_RE.findall(text, start, end))``, tried only at the start of each run of
    capitals (ACRONYM_START_RE in the letter classes): a word in capitals is a whole run."""
    return sum(
        CAPS_WORD_RE.match(text, run.start(), end) is not None
        for run in ACRONYM_START_RE.finditer(classes, start, end)
    )


def gazetteer_names(x: Scan) -> Iterator[Mention]:
    """A name of the shipped gazetteers: "Trafikverket", "Region Skåne", "Liberalerna"."""
    text = x.text
    by_first = gazetteer().by_first_word
    for pos, lead in words_at(x.index, gazetteer_lead_words().intersection(x.index.words)):
        first = _capitalized_word(text, pos, lead)
        names = by_first.get(first) if first else None
        if not first or not names:
            continue
        if len(names) > 2:
            # Many names share this first word ("Region ...", "Länsstyrelsen i ..."): one
            # regex tries them all, longest first, as the loop below does.
            g = gazetteer_group_rx(first).match(text, pos)
            if g:
                yield (pos, g.end(), "gazetteer")
            continue
        for name in names:
            end = pos + len(name)
            if text.startswith(name, pos) and not text[end : end + 1].isalnum():
                yield (pos, end, "gazetteer")
                break


# The capitals WORD_START_RE opens with.
_WORD_START_CAPITALS = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZÅÄÖÉ")
# The longest word run WORD_START_RE takes whole: its first character and 40 more.
_WORD_START_MAX = 41


def _capitalized_word(text: str, pos: int, run: str) -> str | None:
    """``WORD_START_RE.match(text, pos)``'s word, where ``run`` is the whole run of word
    characters at ``pos``: the run itself when no hyphen joins it to more (read without the
    regex), None when it opens with no capital or follows an apostrophe or a hyphen."""
    if text.startswith("-", pos + len(run)) or len(run) > _WORD_START_MAX:
        m = WORD_START_RE.match(text, pos)
        return m.group(0) if m else None
    if run[0] not in _WORD_START_CAPITALS or (pos and text[pos - 1] in "’'-"):
        return None
    return run


def gazetteer_region(x: Scan) -> Iterator[Mention]:
    """A region written in lower case: "region Västernorrland" (when the gazetteer knows it)."""
    names = gazetteer().names
    for m in matches_at(REGION_LOWER_RE, x.text, x.index.at("region")):
        if "R" + m.group(0)[1:] in names:
            yield (m.start(), m.end(), "gazetteer.region")


# The cue kinds whose object is a list of names, and their rule.
LIST_CUES: tuple[tuple[str, OrganizationRule], ...] = (
    ("role_prep", "context.role"),
    ("org_noun", "context.org_noun"),
    ("object", "context.object"),
    ("joins", "context.joins"),
    ("worked_at", "context.worked_at"),
)


def cue_lists(x: Scan) -> Iterator[Mention]:
    """Names after a cue: "vd för X", "bolag som X, Y och Z", "ägs av X", "arbetat på X",
    "elektronikföretaget Foxconn", "Anna Berg från X"."""
    text = x.text
    for kind, rule in LIST_CUES:
        for m in x.cues[kind]:
            yield from _list_from(text, m.end(), rule)
    for m in _compound_nouns(text):
        yield from _list_from(text, m.end(), "context.org_noun")
    for m in person_from_matches(text):
        yield from _list_from(text, m.end(), "context.person_from")
    for pos in _compound_roles(x):
        yield from _list_from(text, pos, "context.role")


# The role cue words, each tried by ROLE_PREP_RE already.
_ROLE_CUES = frozenset(ROLE_CUE_WORDS)
_FIELD_ROLE_ENDINGS = tuple(FIELD_ROLE_WORDS)
# The role nouns and their definite forms ("chef", "chefen", "ordföranden").
_ROLE_TAILS = tuple(w for e in ROLE_SUFFIXES for w in (e, e + "en", e + "n"))


def _compound_roles(x: Scan) -> Iterator[int]:
    """Where a name follows a compound role and its preposition, "säljchef för HP Software",
    "koncernchef på Ovako" (the role words of ROLE_PREP_RE are matched there)."""
    text = x.text
    for m in ROLE_PREPOSITION_RE.finditer(text):
        p = m.start()
        # A compound role ends in a role noun: its ending is read first.
        if not text.endswith(_ROLE_TAILS, 0, p):
            continue
        role = text[text.rfind(" ", 0, p) + 1 : p]
        if role in _ROLE_CUES or not role.islower() or not is_role_word(role):
            continue
        # "ansvarig för Nya Medier": a field of work, not an organization.
        if not role.endswith(_FIELD_ROLE_ENDINGS):
            yield m.end()


def _compound_nouns(text: str) -> Iterator[re.Match[str]]:
    """``ORG_NOUN_COMPOUND_RE.finditer(text)``, tried only at the words that end as it does."""
    last = 0
    for tail in _noun_tails(text):
        start = tail.start()
        while start > 0 and "a" <= text[start - 1] <= "ö" and text[start - 1].islower():
            start -= 1
        if start < last:
            continue
        m = ORG_NOUN_COMPOUND_RE.match(text, start)
        if m:
            last = m.end()
            yield m


def _noun_tails(text: str) -> Iterator[re.Match[str]]:
    """``ORG_NOUN_TAIL_RE.finditer(text)``, tried only where one of its words stands (found
    with ``str.find``, cheaper than the regex at every character); its words do not overlap,
    so neither do the matches."""
    starts: list[int] = []
    for word in ORG_NOUN_TAILS:
        p = text.find(word)
        while p >= 0:
            starts.append(p)
            p = text.find(word, p + len(word))
    starts.sort()
    for p in starts:
        m = ORG_NOUN_TAIL_RE.match(text, p)
        if m:
            yield m


def role_bare(x: Scan) -> Iterator[Mention]:
    """A one-word name right after a role word: "VD Atria", "vVD Gränges"."""
    for m in x.cues["role_bare"]:
        n = NAME_AT_RE.match(x.text, m.end())
        if n and " " not in n.group(0) and n.group(0) not in STOP_WORDS:
            yield (n.start(), n.end(), "context.role_bare")


def subject(x: Scan) -> Iterator[Mention]:
    """The subject of a verb organizations do: "Gränges byter namn", "NHST köper"."""
    text = x.text
    for m in x.cues["subject"]:
        # The cue starts at the first blank before the verb.
        cue = m.start() - 1
        while cue > 0 and text[cue - 1] in " \t":
            cue -= 1
        before = name_before(text, max(0, cue - 60), cue)
        span = trim(text, before[0], before[1]) if before else None
        if before and span:
            yield (*span, "context.subject")
            prev = list_prev(text, before[0])
            if prev:
                yield (*prev, "context.subject")


def contact(x: Scan) -> Iterator[Mention]:
    """A contact line's organization: "Nicholas Rundbom, AxiCom, tel.", "Kontakt MyNewsdesk:"."""
    for m in in_lines(CONTACT_ORG_RE, CONTACT_CHANNEL_RE, x.text):
        yield (m.start(1), m.end(1), "context.contact")
    for m in _contact_heads(x.text):
        yield (m.start(1), m.end(1), "context.contact")


def boilerplate(x: Scan) -> Iterator[Mention]:
    """The boilerplate's subject: "Om Newsdesk", "Gränges är en ..."."""
    doc, text = x.doc, x.text
    for b in doc.blocks:
        about = ABOUT_RE.match(doc.block_text(b)) if b.role == "boilerplate" else None
        if about and about.group(1) not in ("Oss", "Us"):
            yield (b.start + about.start(1), b.start + about.end(1), "boilerplate.about")
    # Only the lines of the boilerplate can hold its "X är ..." sentence.
    for start, end in _boilerplate_lines(doc):
        for m in _is_a_matches(text, start, end):
            span = trim(text, m.start(1), m.end(1))
            if span and _in_role(doc, span[0], "boilerplate"):
                yield (*span, "boilerplate.is_a")


def company_name_word(x: Scan) -> Iterator[Mention]:
    """Capitalized words ending in a word that ends names: "NHST Media Group", "Johan & Co",
    "Guangzhou University", "Dagens Nyheter"."""
    text, index = x.text, x.index
    # The word itself or its genitive ("NHST Media Groups och ...").
    name_words = COMPANY_NAME_FORMS.intersection(index.words)
    ends = [
        (p + len(w), p + len(w) - (w not in NAME_END_WORDS))
        for p, w in words_at(index, name_words)
        if _title_head(text, p, w)
    ]
    ends += [(p + 2, p + 2) for p in index.at("Co") if text.endswith("& ", 0, p)]
    for run_end, end in sorted(ends):
        before = name_before(text, max(0, run_end - 80), run_end)
        # The whole capitalized run, not its first words: "NHST Media" of "NHST Media Group".
        whole = before and NAME_AT_RE.match(text, before[0]).end() == run_end  # type: ignore[union-attr]
        span = (
            trim(text, before[0], end)
            if before and whole and " " in text[before[0] : end]
            else None
        )
        if span and " " in text[span[0] : span[1]]:
            yield (*span, "company.name_word")


def _title_head(text: str, pos: int, word: str) -> bool:
    """A newspaper's head follows a place's genitive or an adjective ("Dagens Nyheter",
    "Sydsvenska Dagbladet", "Göteborgs-Posten"), not a heading's word ("Senaste Nyheter")."""
    return word.removesuffix("s") not in NEWSPAPER_HEADS or text[pos - 2 : pos - 1] in ("s", "a")


def english_body(x: Scan) -> Iterator[Mention]:
    """An English body "X of Y": "Ministry of Defence" (not its "Main Building")."""
    text, index = x.text, x.index
    heads = [w for w in ENGLISH_BODY_HEADS if w in index.words]
    for m in matches_at(ENGLISH_BODY_RE, text, [p for p, _ in words_at(index, heads)]):
        end = m.end()
        while True:
            cut = text.rfind(" ", m.start(), end)
            if cut < 0 or text[cut + 1 : end] not in BUILDING_WORDS:
                break
            end = cut
        yield (m.start(), end, "public_body.english")


def others(x: Scan) -> Iterator[Mention]:
    """A name set beside "other companies": "Skoda liksom tusentals andra företag"."""
    text = x.text
    last = 0
    for p in x.index.at("andra") if "andra" in x.index.words else ():
        # The window reaches the noun after "andra"; the match must end a word.
        for m in OTHERS_RE.finditer(text, max(last, p - OTHERS_REACH), p + 30):
            after = text[m.end() : m.end() + 1]
            if after.isalnum() or after in ("_", "-"):
                continue
            span = trim(text, m.start(1), m.end(1))
            if span:
                yield (*span, "context.others")
            last = m.end()


# The genitive role words as a set, intersected with a text's words (the table has hundreds).
_GENITIVE_ROLE_SET = frozenset(GENITIVE_ROLE_WORDS)


def genitive_role(x: Scan) -> Iterator[Mention]:
    """An owner's genitive before a role: "MyNewsdesk's VD", "Atria Groups vd"."""
    text, index = x.text, x.index
    for pos, _ in words_at(index, _GENITIVE_ROLE_SET.intersection(index.words)):
        j = pos
        while j > 0 and text[j - 1] in " \t":
            j -= 1
        if j == pos or j < 2 or text[j - 1] != "s":
            continue
        before = name_before(text, max(0, j - 60), j)
        if not before:
            continue
        s0, e0 = before
        if _english_plural(text[s0:e0]):
            continue
        e0 -= 2 if text[e0 - 2] in "’'" else 1
        span = trim(text, s0, e0)
        # "Regionstyrelsens ordförande": the chair of an organ, a common noun of every region.
        if span and span[1] - span[0] > 1 and not ORGAN_WORD_RE.match(text[span[0] : span[1]]):
            yield (*span, "context.genitive_role")


# Zipf frequency in English from which a word is an everyday English word ("sales" 5.1).
ENGLISH_WORD_ZIPF = 3.5


def _english_plural(word: str) -> bool:
    """An English title's first word is no Swedish genitive: "Communications Manager",
    "Sales Director" (English marks its genitive with an apostrophe; "Volvos vd" stays)."""
    w = word.casefold()
    return " " not in w and zipf(w, "en") >= ENGLISH_WORD_ZIPF and not is_swedish_word(w)


def listed_on(x: Scan) -> Iterator[Mention]:
    """A share's marketplace: "handlas på Aktietorget", "(AktieTorget: BOTX)"."""
    text, index = x.text, x.index
    starts = [p for p, _ in words_at(index, [w for w in LISTING_VERBS if w in index.words])]
    for m in matches_at(LISTED_ON_RE, text, starts):
        n = NAME_AT_RE.match(text, m.end())
        span = trim(text, n.start(), n.end()) if n else None
        if span:
            yield (*span, "context.listed")
    p = text.find("(")
    while p >= 0:
        t = TICKER_TAG_RE.match(text, p)
        # A caption's label is an everyday word: "(Foto: Anna Berg)".
        span = trim(text, t.start(1), t.end(1)) if t and not is_common_word(t[1]) else None
        if span:
            yield (*span, "context.listed")
        p = text.find("(", p + 1)


# How many "person, organization" lines make a list: one such line may be a contact's
# "Anna Berg, Kommunikation"; a board or a delegation prints several.
PERSON_LIST_MIN = 2


def person_lines(x: Scan) -> Iterator[Mention]:
    """The organizations of a list of people, "person, organization" an item: "Anders
    Eriksson, Bonnier News", "Lise Lidbäck, Neuroförbundet" (a board, a jury). A list starts
    a line or follows a colon ("valdes följande styrelse: Victoria Svanberg (ordf.), NWT
    Gruppen Sture Bergman, ..."), its items one a line or run together."""
    text = x.text
    found: list[Mention] = []
    last = 0
    for start in _list_starts(text):
        if start < last:
            continue
        for item in _person_items(text, start):
            found.append(item)
            last = item[1]
    if len(found) >= PERSON_LIST_MIN:
        yield from found


def _list_starts(text: str) -> list[int]:
    """Where a list item may start, in order: a line, or the word after a colon, that opens
    with a capital and has ", " within a person's name's reach."""
    starts = [m.end() for m in ITEM_LINE_START_RE.finditer(text)]
    starts += [m.end() for m in ITEM_COLON_START_RE.finditer(text)]
    starts.sort()
    return starts


def _person_items(text: str, pos: int) -> Iterator[Mention]:
    """The organizations of the items chained from ``pos``: each item's organization ends at
    the line's end, or before the next item's person ("NWT Gruppen Sture Bergman, ...")."""
    while True:
        m = PERSON_ORG_ITEM_RE.match(text, pos)
        if not m or not is_person(m.group(1)):
            return
        org_start, org_end = m.span(2)
        nxt = None
        if text[m.end() : m.end() + 1] == ",":
            nxt = _next_person(text, org_start, org_end)
            if nxt is None:
                return
            org_end = text.rfind(" ", org_start, nxt)
        org = text[org_start:org_end]
        if not any(map(is_role_word, org.split())):
            yield (org_start, org_end, "context.person_line")
        if nxt is None:
            return
        pos = nxt


def _next_person(text: str, start: int, end: int) -> int | None:
    """Where the next item's person starts in a run of capitalized words: its last two or
    three words when they are a person's name and at least one word stays before them."""
    cut = text.rfind(" ", start, end)
    for _ in range(2):
        cut = text.rfind(" ", start, cut)
        if cut < 0:
            return None
        if is_person(text[cut + 1 : end]):
            return cut + 1
    return None


Strategy = Callable[[Scan], Iterator[Mention]]

STRATEGIES: tuple[tuple[str, Strategy], ...] = (
    ("legal form after a name", legal_form_after),
    ("legal form first", legal_form_first),
    ("one word ending in a body's head", body_ending),
    ("a lower-case head of its own", head_noun),
    ("a word that opens names", prefix),
    ("'och' between a name's nouns", joined_name),
    ("only the first word capitalized", lower_head),
    ("the group of a company", group),
    ("an institution's common noun", institution),
    ("an acronym", acronym),
    ("a gazetteer name", gazetteer_names),
    ("a region in lower case", gazetteer_region),
    ("names after a cue", cue_lists),
    ("a name after a role word", role_bare),
    ("the subject of an organization's verb", subject),
    ("a contact line's organization", contact),
    ("the boilerplate's subject", boilerplate),
    ("an English company word", company_name_word),
    ("an English body 'X of Y'", english_body),
    ("a name beside 'other companies'", others),
    ("a genitive before a role", genitive_role),
    ("the organizations of a list of people", person_lines),
    ("a share's marketplace", listed_on),
)
"""The organizations' table of named strategies, each yielding mentions with its rule id;
the overlap policy of :func:`pressparse.extract.organizations.extract_organizations`
decides between them (the longest mention first)."""


class RuleBasedRecognizer:
    """The default recognizer: every strategy of :data:`STRATEGIES` over one shared scan."""

    def mentions(self, doc: Document) -> Iterator[Mention]:
        text = doc.text
        index = WordIndex(text)
        x = Scan(doc, text, index, find_cues(text, index), letter_classes(text))
        for _, strategy in STRATEGIES:
            yield from strategy(x)


def _list_from(text: str, pos: int, rule: OrganizationRule) -> Iterator[Mention]:
    for _ in range(12):
        # Quick tests of the first character before each regex.
        n = NAME_AT_RE.match(text, pos) if text[pos : pos + 1] in WORD_FIRST_CHARS else None
        if not n:
            return
        span = trim(text, n.start(), n.end())
        if span:
            yield (*span, rule)
        e = n.end()
        nxt = list_next(text, e)
        if not nxt:
            return
        pos = nxt.end()


def _is_a_matches(text: str, start: int, end: int) -> Iterator[re.Match[str]]:
    """``IS_A_RE.finditer(text, start, end)``, tried only where a line or a sentence starts
    (the only places IS_A_RE can match) instead of at every character."""
    verbs = [m.start() for m in IS_A_VERB_RE.finditer(text, start, end)]
    if not verbs:
        return
    last_end = start
    starts = [start, *(m.end() for m in SENTENCE_START_RE.finditer(text, start, end))]
    i = 0
    for pos in starts:
        # The name starts with a capital: elsewhere the regex would fail at once.
        if pos < last_end or pos >= end or text[pos] not in WORD_FIRST_CHARS:
            continue
        # The first verb from here must stand on the same line.
        while i < len(verbs) and verbs[i] < pos:
            i += 1
        if i == len(verbs):
            return
        if text.find("\n", pos, verbs[i]) >= 0:
            continue
        m = IS_A_RE.match(text, pos, end)
        if m:
            yield m
            last_end = m.end()


def _contact_heads(text: str) -> Iterator[re.Match[str]]:
    """``CONTACT_HEAD_RE.finditer(text)``, tried only at the lines that start with its word
    (each match is one line that starts "Kontakt")."""
    starts = [0] if text.startswith(CONTACT_HEAD_WORD) else []
    key = "\n" + CONTACT_HEAD_WORD
    p = text.find(key)
    while p >= 0:
        starts.append(p + 1)
        p = text.find(key, p + 1)
    for start in starts:
        m = CONTACT_HEAD_RE.match(text, start)
        if m:
            yield m


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
