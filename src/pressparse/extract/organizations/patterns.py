"""The named patterns of the organization rules and the fragments they are built from.

Each ``*_RE`` is compiled once, at import. A ``*_REACH`` is the longest text its pattern can
match, so that the scans (:mod:`.scan`) look only that far before an anchor word.
"""

from __future__ import annotations

import re

from pressparse.extract.organizations.vocabulary import (
    ROLE_CUE_WORDS,
    ROLE_PREPOSITIONS,
    SEAT_WORDS,
)
from pressparse.lexicon.about import ABOUT_WORDS
from pressparse.lexicon.common import alt, alt_trie
from pressparse.lexicon.names import PERSON_NAME
from pressparse.lexicon.orgs import (
    BODY_ENDINGS,
    COMPANY_SUFFIX,
    ENGLISH_BODY_HEADS,
    INSTITUTIONS,
    IS_A_VERBS,
    LISTING_VERBS,
    LOWER_HEADS,
    NAME_ABBREVIATIONS,
    NAME_END_WORDS,
    NAME_HEAD_NOUNS,
    NAME_PREFIXES,
    OBJECT_CUES,
    ORG_NOUNS,
    SUBJECT_VERBS,
)

# One capitalized word of a name: "Gränges", "MyNewsdesk", "L’Oréal", "NHST", "Hitta.se".
WORD_FIRST = r"[A-ZÅÄÖÉÈÜÆØ]"
WORD_REST = r"[\w’'-]{0,40}(?:\.(?:se|com|no|nu|dk|fi|net|org)(?!\w))?"
WORD = WORD_FIRST + WORD_REST
# The characters WORD_FIRST matches: a quick test before trying a name pattern at a position.
WORD_FIRST_CHARS = frozenset(c for c in map(chr, range(0x300)) if re.fullmatch(WORD_FIRST, c))
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
# (the scan checks that a space or tab comes before it); a genitive "s" may follow ("Newsdesk
# ABs styrelse"), outside the match.
LEGAL_FORM_RE = re.compile(rf"{COMPANY_SUFFIX}(?=s?(?![\w/]))")
# "AB Volvo", "AB SARDUS": the legal form before the name (scanned from word starts).
AB_FIRST_RE = re.compile(rf"AB[ \t]+(?={WORD})")
# "Trafikverket", "Arvsfondsdelegationen", "Hälso- och sjukvårdsstyrelsen", "Sparbankernas Riksförbund",
# "Karolinska Universitetssjukhuset";
# a foreign name joined to a Swedish head by a hyphen ("Tsinghua-universitetet", "Jiao
# Tong-universitetet"); a genitive is a mention of the name ("Utrikesdepartementets" names
# Utrikesdepartementet); whole words are taken possessively where only a whole word can match.
BODY_RE = re.compile(
    r"[A-ZÅÄÖ](?<![\w-].)(?:[a-zåäö]{2,31}+(?<=[sa])[ \t]{1,10}[A-ZÅÄÖ]|[a-z]{1,20}+[ \t][A-Z](?=[a-z]{1,30}-))?"
    r"(?:[a-zåäö]{1,20}+-[ \t]{1,10}och[ \t]{1,10}[a-zåäö]{2,30}|[a-z]{1,30}+-|[a-zåäö]{1,30}?)"
    r"(?:" + alt_trie(BODY_ENDINGS) + r")(?=s?(?![\w-]))"
)
# The longest text BODY_RE can match.
BODY_REACH = 1 + 30 + 1 + 10 + 1 + 20 + 1 + 10 + 3 + 10 + 30 + max(map(len, BODY_ENDINGS))
# The endings alone (a genitive "s" may follow): only text just before one is scanned with BODY_RE.
BODY_END_RE = re.compile(r"(?:" + alt_trie(BODY_ENDINGS) + r")(?=s?(?![\w-]))")
# The heads that follow a place as a word of their own ("Malmö stad"), never as a compound
# ("miljöhuvudstad" is a capital city).
PLACE_HEADS = frozenset(["kommun", "stad", "landsting"])
# A capitalized adjective or genitive, at most one lower-case adjective (an owner's
# genitive between would name the owner's organ: "Svenska kyrkans styrelse"), and a lower-case
# word ending in an organization head: "Nordiska ministerrådet", "Svenska kyrkan", "Högsta
# domstolen", "Statens institutionsstyrelse", "Kungliga tekniska högskolan" (a genitive
# "s" may follow the head). Not "Regeringen ger styrelsen" (a verb between). A word is taken
# whole (possessively) and its last letter checked after: no backtracking through it.
LOWER_HEAD_RE = re.compile(
    r"[A-ZÅÄÖ](?<![\w’'.-].)[a-zåäö]{2,31}+(?<=[as])[ \t]+(?:[a-zåäö]{3,31}+(?<=a)[ \t]+)?[a-zåäö]{0,30}(?:"
    + alt_trie((*BODY_ENDINGS, *LOWER_HEADS, *(w for w in NAME_HEAD_NOUNS if w not in PLACE_HEADS)))
    + r")(?=s?(?![\w-]))"
)
# "Stockholms universitet", "Uppsala kommun", "Västerbottens läns landsting".
HEAD_NOUN_RE = re.compile(
    rf"(?<![\w-])(?:{WORD}[ \t]{{1,10}}){{0,2}}[A-ZÅÄÖ][\w-]{{1,30}}(?:[ \t]{{1,10}}läns)?"
    r"[ \t]{1,10}(?:" + alt_trie(NAME_HEAD_NOUNS) + r")(?![\w-])"
)
# The longest text HEAD_NOUN_RE can match (a WORD is at most 45 characters).
HEAD_NOUN_REACH = 2 * (45 + 10) + 31 + 14 + 10 + max(map(len, NAME_HEAD_NOUNS))
# The head nouns alone: only text just before one is scanned with HEAD_NOUN_RE.
HEAD_NOUN_END_RE = re.compile(r"[ \t](?:" + alt_trie(NAME_HEAD_NOUNS) + r")(?![\w-])")
# "Sveriges Hembygdsförbund", "Svensk Insamlingskontroll", "stiftelsen Friends".
PREFIX_RE = re.compile(
    rf"(?:{alt_trie(NAME_PREFIXES, blanks=False)})[ \t]+{WORD}(?:[ \t]+&[ \t]+{WORD})?(?![\w-])"
)
# "Atriakoncernen", "ÅF-koncernen": the group named by its company.
GROUP_RE = re.compile(r"([A-ZÅÄÖ](?<![\w-].)[\wåäö]{1,30}?)-?koncernen(?![\w-])")
# The word GROUP_RE ends in, and the longest text it can match.
GROUP_WORD = "koncernen"
GROUP_REACH = 1 + 30 + 1 + len(GROUP_WORD)
# "region Västernorrland" written in lower case (the organization, when the gazetteer knows it).
REGION_LOWER_RE = re.compile(r"region[ \t]+[A-ZÅÄÖ][a-zåäö]+")
# An acronym: "LO", "SVT", "KTH", "NHST"; not a party tag "(S)", not "EU-fonder".
ACRONYM_RE = re.compile(r"([A-ZÅÄÖ](?<![\w(/@.’'-].)[A-ZÅÄÖ]{1,5})(?:s|:s)?(?![\w)/@’'-])")
# The letter classes of a text (scan.letter_classes), one byte a character: the capitals
# of ACRONYM_RE and LOWER_HEAD_RE ("X"), the two letters LOWER_HEAD_RE's first word may end
# in ("a"), the other lower-case letters ("l"), a blank (" "), anything else (".").
CLASS_LETTERS: dict[str, str] = {
    "X": "ABCDEFGHIJKLMNOPQRSTUVWXYZÅÄÖ",
    "a": "as",
    "l": "bcdefghijklmnopqrtuvwxyzåäö",
    " ": " \t",
}
# Two or more capitals in a row, in the letter classes: where ACRONYM_RE can start.
ACRONYM_START_RE = re.compile(rb"XX+")
# A capital, one to 30 lower-case letters and an "a" or "s", then a blank, in the letter
# classes: where LOWER_HEAD_RE can start ("Svenska kyrkan", "Statens institutionsstyrelse").
LOWER_HEAD_START_RE = re.compile(rb"X[la]{1,30}a ")
# The organization nouns, and their "X som" phrases also opening a sentence ("Kunder som
# Scania, Husqvarna och Sandvik").
ORG_NOUN_CUES: tuple[str, ...] = (
    *ORG_NOUNS,
    *(w[:1].upper() + w[1:] for w in ORG_NOUNS if w.endswith(" som")),
)
# "och" inside a name of capitalized common nouns: "Sveriges Kommuner och Regioner" (not
# "Vinnova och Visit Sweden": two names); group 1 the words before "och", 2 the word after.
JOINED_NAME_RE = re.compile(
    r"(?<![\w’'-])([A-ZÅÄÖ][a-zåäö]{1,30}(?:[ \t]+[A-ZÅÄÖ][a-zåäö]{1,30}){1,3})[ \t]+och[ \t]+"
    r"([A-ZÅÄÖ][a-zåäö]{1,30})(?![\w-])"
)
# A printed abbreviation that opens a name: "Kungl. Tekniska högskolan".
NAME_ABBREVIATION_RE = re.compile(rf"(?<![\w-])(?:{alt(NAME_ABBREVIATIONS)})[ \t]+$")
# The first words of the cue patterns above, by pattern: only where one of them stands
# is the pattern tried.
CUE_FIRST_WORDS: dict[str, tuple[str, ...]] = {
    "prefix": NAME_PREFIXES,
    "role_prep": (*ROLE_CUE_WORDS, *SEAT_WORDS),
    "org_noun": ORG_NOUN_CUES,
    "object": (*OBJECT_CUES, "känd som", "known as"),
    "joins": ("till", "joins", "join"),
    "worked_at": ("arbetat", "arbetar", "jobbat", "jobbar", "anställd", "anställning", "bland"),
    "role_bare": ROLE_CUE_WORDS,
    "subject": SUBJECT_VERBS,
}
# Swedish institutions named by one common noun, as whole words: "Regeringen", "Polisen".
INSTITUTION_RE = re.compile(
    "(?:" + "|".join(sorted(INSTITUTIONS, key=len, reverse=True)) + r")(?![\w-])"
)
# A line mostly in capitals ("AB SARDUS", "PRESSMEDDELANDE"): its acronyms are just shouting.
# The boundary before the word is checked after its first capital, so that the engine can
# skip to capitals.
CAPS_WORD_RE = re.compile(r"[A-ZÅÄÖ](?<!\w.)[A-ZÅÄÖ]+\b")
# Role words before an organization: "vd för RLS Global AB", "CEO of VSM Group", "VD på Remium".
ROLE_PREP_RE = re.compile(
    rf"(?:{alt_trie((*ROLE_CUE_WORDS, *SEAT_WORDS), blanks=False)})[ \t]+(?:för|på|i|of|at|vid|hos|av)[ \t]+"
)
# A preposition between a compound role and a name: "säljchef för HP Software", "koncernchef
# på Ovako" (the scan checks the role word before it).
ROLE_PREPOSITION_RE = re.compile(rf" (?:{alt(ROLE_PREPOSITIONS)}) (?={WORD_FIRST})")
# Work at an organization: "arbetat sex år på Vattenfall", "bland annat från NovoNordisk".
WORKED_AT_RE = re.compile(
    r"(?:(?:arbetat|arbetar|jobbat|jobbar|anställd|anställning)(?:[ \t]+[a-zåäö0-9]{1,15}){0,3}?"
    r"[ \t]+(?:på|hos|vid)|bland[ \t]+annat[ \t]+(?:från|på|hos))[ \t]+"
)
# A role word directly before a one-word organization: "VD Atria", "vVD Gränges".
ROLE_BARE_RE = re.compile(rf"(?:{alt_trie(ROLE_CUE_WORDS, blanks=False)}),?[ \t]+")
# A compound organization noun, or a nationality, just before a name: "elektronikföretaget
# Foxconn", "mjukvarubolaget Imint", "svenska Scalado", "taiwanesiska Foxconn".
ORG_NOUN_COMPOUND_RE = re.compile(
    r"(?<![\w-])(?:[a-zåäö]{2,30}(?:företaget|bolaget|koncernen|kedjan|gruppen)|[a-zåäö]{2,20}ska)"
    r",?[ \t]+(?=[A-ZÅÄÖ])"
)
# The endings of ORG_NOUN_COMPOUND_RE's words; none overlaps another, so each occurrence
# found with ``str.find`` is a place ORG_NOUN_TAIL_RE's scan would try.
ORG_NOUN_TAILS = ("företaget", "bolaget", "koncernen", "kedjan", "gruppen", "ska")
# The ends of ORG_NOUN_COMPOUND_RE's words: where it is tried (a literal start is found
# faster than a lower-case run at every word).
ORG_NOUN_TAIL_RE = re.compile(r"(?:" + "|".join(ORG_NOUN_TAILS) + r"),?[ \t]+(?=[A-ZÅÄÖ])")
# Organization nouns before a name: "mediekoncernen NHST", "varumärken som Google, Viasat".
ORG_NOUN_RE = re.compile(
    rf"(?:{alt_trie(ORG_NOUN_CUES, blanks=False)}),?[ \t]+(?:(?:t\.ex\.|bland annat)[ \t]+)?"
)
# Cues whose object is an organization: "ägs av NHST", "noterades på Nasdaq First North".
OBJECT_RE = re.compile(
    rf"(?:{alt_trie((*OBJECT_CUES, 'känd som', 'known as'), blanks=False)})[ \t]+"
    r"(?:(?:bland[ \t]+annat|även|också|redan|nu)[ \t]+){0,3}"
)
# A share's marketplace: "handlas på Aktietorget", "noterades på Nasdaq First North".
LISTED_ON_RE = re.compile(
    rf"(?:{alt_trie(LISTING_VERBS, blanks=False)})[ \t]+på[ \t]+(?={WORD_FIRST})"
)
# Verbs whose subject is an organization: "Gränges byter namn", "Hövding noterades".
SUBJECT_RE = re.compile(rf"(?:{alt_trie(SUBJECT_VERBS, blanks=False)})(?![\w-])")
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
CONTACT_HEAD_WORD = "Kontakt"
CONTACT_HEAD_RE = re.compile(rf"^{CONTACT_HEAD_WORD}(?:person)?[ \t]+({NAME}):", re.M)
# The channel after a contact's organization: only lines with one are scanned with CONTACT_ORG_RE.
CONTACT_CHANNEL_RE = re.compile(r",[ \t]+(?:tel|telefon|mobil|e-post|mail)")
# "Om Newsdesk", "About Sweco": the boilerplate heading names the organization.
ABOUT_RE = re.compile(rf"^(?:{alt(ABOUT_WORDS)})[ \t]+({NAME})[ \t]*$")
# "Gränges är en ...", "MyNewsdesk.com är ...", "Kungliga Dramatiska Teatern, mer känd som Dramaten, är".
IS_A_RE = re.compile(
    rf"(?:^|(?<=[.!?][ \t]))({NAME})(?:\.com|\.se)?(?:,[^,\n]{{1,60}},)?[ \t]+{IS_A_VERBS}[ \t]",
    re.M,
)
# The verb of IS_A_RE with its blanks (" är "): a line without one holds no IS_A_RE match.
# The blank after is only looked at, so that " är är " gives both.
IS_A_VERB_RE = re.compile(rf"[ \t]{IS_A_VERBS}(?=[ \t])")
# Where IS_A_RE can start: after a line break or a sentence's end and a blank.
# (One class first, so that the engine can skip to those characters.)
SENTENCE_START_RE = re.compile(r"[\n.!?](?:(?<=\n)|(?<=[.!?])[ \t])")
# A printed organisationsnummer: "556677-8899", "org.nr 202100-6297".
ORG_NUMBER_RE = re.compile(r"\d(?<![\d-]\d)\d{5}-\d{4}(?![\d-])")
# A hyphen with six digits before it and four after: a text without one holds no ORG_NUMBER_RE
# match (the hyphen first, so that the engine searches for it as a literal).
ORG_NUMBER_HINT_RE = re.compile(r"-(?<=\d{6}-)\d{4}")
# Words between a name and its organisationsnummer: "Balco Group AB (publ), org.nr 556677-8899".
ORG_NUMBER_GAP_RE = re.compile(
    r"^[ \t,(]{0,3}(?:org(?:anisations)?\.?[ \t]?nr\.?:?|organisationsnummer:?)?[ \t]{0,2}$", re.I
)
# An abbreviation printed in brackets right after a name: " (SST)".
PAREN_ACRONYM_RE = re.compile(r"[ \t]\([A-ZÅÄÖ]{2,6}\)")
# "Ministry of Defence", "Embassy of Sweden", "University of Oxford": an English body name.
ENGLISH_BODY_RE = re.compile(
    rf"(?:{alt_trie(ENGLISH_BODY_HEADS, blanks=False)})[ \t]+of[ \t]+(?:the[ \t]+)?{WORD}(?:[ \t]+(?:and[ \t]+)?{WORD}){{0,2}}"
)
# "Skoda liksom tusentals andra företag": a name set beside "other companies" is one of them
# (the boundary before the name checked after its first capital, as in NAME_BEFORE_RE).
OTHERS_RE = re.compile(
    rf"({WORD_FIRST}(?<![\w’'-].){WORD_REST}{NAME_TAIL}),?[ \t]+(?:och|liksom|samt)(?:[ \t]+[a-zåäö]{{1,15}}){{0,2}}?[ \t]+andra"
    r"[ \t]+(?:företag|bolag|organisationer|myndigheter|föreningar|kommuner)(?![\w-])"
)
# The longest text OTHERS_RE can match before its word "andra" (a NAME is at most 6 words).
OTHERS_REACH = 6 * 46 + 2 * 16 + 20
# The words that end a name and their genitives ("Groups"), looked up in the text's words.
COMPANY_NAME_FORMS = NAME_END_WORDS | {w + "s" for w in NAME_END_WORDS}
# One item of a list of people: a person and the organization they come from, the item
# ending at the line's end or at the next item's comma ("Anders Eriksson, Bonnier News",
# "Victoria Svanberg (ordf.), NWT Gruppen", "Marie Sten, Funktionsrätt Sverige": boards,
# juries, delegations); group 1 the person, group 2 the organization (with the next item's
# person when the items share a line). The names are atomic: a shorter run of words cannot
# end the item either, so the engine does not retry them.
PERSON_ORG_ITEM_RE = re.compile(
    rf"(?>({PERSON_NAME}))(?:[ \t]+\([^()\n]{{1,15}}\))?,[ \t]+(?>({NAME}))(?:[ \t]+\([A-ZÅÄÖ]{{2,8}}\))?"
    r"(?=[ \t]*(?:$|,))",
    re.M,
)
# Where such an item may start: a line, or the word after a colon, opening with two to four
# words, the first capitalized, a bracketed note and ", " ("Victoria Svanberg (ordf.), ");
# the words are matched possessively: giving back letters of a word never lets a blank follow.
ITEM_HEAD = r"(?=[A-ZÅÄÖ][\w-]*+(?: [\w.-]++){1,3}(?: \([^()\n]{1,15}\))?, )"
ITEM_LINE_START_RE = re.compile(r"\n" + ITEM_HEAD)
ITEM_COLON_START_RE = re.compile(r": " + ITEM_HEAD)
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
# The characters a LIST_NEXT_RE match starts with.
LIST_NEXT_FIRST_CHARS = frozenset(", \t")
# The words of a list join: "Vinnova och Visit Sweden", "Sweco and Ramboll".
LIST_JOIN_WORDS = ("och", "and", "samt")
# A name and a join ending a window: what list_prev finds ("Region Skåne och ").
LIST_PREV_RE = re.compile(rf"(?<![\w’'-])({NAME})(?:,[ \t]*|[ \t]+(?:och|and|samt)[ \t]+)$")
