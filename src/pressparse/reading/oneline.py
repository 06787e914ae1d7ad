"""Releases stored on one line: the line breaks recovered from the words.

Scraped archives and database exports often hold a release with its whitespace collapsed:
headline, dateline, lead, quotes, contact block and boilerplate on one line. Every later
stage reads lines (the headline is a line, a contact block is lines), so the reader puts
the breaks back where the words say a part begins:

* the label and the dateline at the start ("Pressmeddelande • Jan 18, 2016 10:43 CET"),
  a page's skip links (kept as the one line a page prints them on), a page counter "(1)",
  and a date with a time anywhere ("2010-03-16 09:15");
* a sender's name above the headline: the headline opens with its first word, the name
  recurs, or an organization's name stands before a capitalized headline and its printed
  stamp ("Rikspolisstyrelsen Åtal väckt ... Pressmeddelande • Jul 30, 2004");
* the end of the headline: the first words before a sentence begins (a capitalized
  common word such as "Det", "Nu", "En"; a repetition of the headline's first word; a
  given name and surname after a capitalized word; a capitalized word and a finite verb,
  "Regeringen har"; a common noun in the definite form after a lower-case word,
  "Ledningen i"; a weekday, also "Onsdagen", or a title capitalized), when no end mark
  comes first, and never on the lead's first word and its comma ("Today,"). How
  the release prints a word elsewhere tells a name ("i Sverige", never "sverige") from a
  common word capitalized because it opens the lead ("Regeringen", also "regeringen");
* a dash or a quotation mark opening a quote after a finished sentence, and the end of
  the attribution that closes it (", säger Anna Berg.");
* a contact heading ("För mer information", "Presskontakt:"), and after each phone
  number or e-mail address in a contact block;
* the boilerplate heading "Om X" where X is repeated as the first words after it;
* a contact reference in parentheses, a place and date signing the release;
* a separator rule ("-----"), a run of page furniture words ("Ämnen Kategorier Regioner"),
  the disclosure sentence of a listed company ("Denna information är sådan som ...").

Only texts with very long lines and almost no line breaks are rewritten.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from itertools import pairwise

from pressparse.document import finditer_from_offsets
from pressparse.lexicon.about import ABOUT_WORDS
from pressparse.lexicon.common import alt, alt_trie
from pressparse.lexicon.contacts import PHONE_SHAPE
from pressparse.lexicon.dates import MONTHS, WEEKDAYS, ZONES
from pressparse.lexicon.disclosure import DISCLOSURE_OPENING_RE, DISCLOSURE_OPENING_WORDS
from pressparse.lexicon.firstnames import is_first_name
from pressparse.lexicon.frequency import is_common_word, zipf
from pressparse.lexicon.grammar import FINITE_AUXILIARIES
from pressparse.lexicon.orgs import BODY_ENDINGS, is_organization_name
from pressparse.lexicon.roles import is_role_word
from pressparse.lexicon.speech import BARE_SAYING_VERBS
from pressparse.lexicon.structure import CHROME_LINES, CONTACT_HEADINGS, KIND_LABELS

# A text is read as one-line when it has at most this many non-blank lines...
ONELINE_MAX_LINES = 3
# ... and one of them is at least this long.
ONELINE_MIN_CHARS = 200
# The headline is looked for in this many words at the start.
HEADLINE_MAX_WORDS = 30
# A capitalized word this common (Zipf) after the first words opens a sentence: "Det"
# (7.4), "Nu" (6.6), "Idag" (5.9), "Under" (6.2); names are rarer ("Stockholm" 5.7 is
# taken only after a word that is not capitalized, see _starts_sentence).
SENTENCE_START_ZIPF = 5.8
# A sentence's subject is followed by its verb within this many words ("Tryggheten i
# svensk skola har").
SUBJECT_MAX_WORDS = 5
# Swedish prints weekday and month names in lower case: capitalized, they open a sentence
# ("... i Berlin Torsdag den 1 december deltar ...", "... Region Örebro län Onsdagen den 28
# januari 2015 håller ...", the weekday in the definite form).
_CALENDAR_WORDS = frozenset(
    [
        *WEEKDAYS,
        *(f"{d}en" for d in WEEKDAYS if d.endswith("dag")),
        *(m for m in MONTHS if len(m) > 3),
    ]
)
# The endings of the adjectives and genitives that open names of several words
# ("Nordiska Mediedagarna", "Årets Nyhetsrum", "Svenska Mässan"); a country name such as
# "Danmark" or "Irland" is a name of its own.
_MODIFIER_ENDINGS = ("a", "s")
# The endings of Swedish nouns in the definite form ("tjänsten", "året", "dagarna").
_DEFINITE_ENDINGS = ("en", "et", "na")
# A common noun in the definite form this common (Zipf) opens a sentence after a
# lower-case word: "Ledningen" (4.35), "Projektet" (4.34); most organizations printed so
# are rarer or end as organizations do ("Försvarsmakten" 4.29, "Migrationsverket" 4.26).
DEFINITE_SUBJECT_ZIPF = 4.3
# Fewest words of a headline.
HEADLINE_MIN_WORDS = 2
# A "!" or "?" within this many words ends the headline ("Välkommen till ...!").
HEADLINE_EXCLAIM_MAX_WORDS = 15
# Most words of a sender's name printed above the headline ("Svenskt Näringsliv").
SENDER_MAX_WORDS = 3
# Fewest words of a sender's name recognized by its recurring later in the text.
SENDER_RECUR_MIN_WORDS = 2
# Letters compared when a word takes up a headline's word ("NOTEs" ... "NOTE").
REPEAT_MIN_CHARS = 4
# Words no sentence ends on: a capitalized word after them is a name ("på Första maj",
# "när Johan Pehrson besöker", "mellan Sverige och Polen"). Not the words that also end a
# headline as a verb's particle ("Bostadspolitiken läggs om", "tar över").
_NO_SENTENCE_END = frozenset(
    [
        *("på", "i", "för", "till", "med", "av", "och", "att", "en", "ett", "den"),
        *("det", "som", "från", "vid", "mot", "efter", "inför", "hos", "när", "där"),
        *("då", "samt", "eller", "men", "mellan", "genom", "inom", "bland", "kring", "än"),
        *("enligt", "utan", "per", "via"),
        *("of", "the", "to", "in", "for", "and", "a", "an", "at", "on", "with", "by", "from"),
        *("as", "when", "between", "into", "about", "or"),
    ]
)
# What a word may carry that is not part of it ("”Vi", "(publ)", "Skåne,").
_WORD_PUNCT = '”"«»()[],.:;!?'

# Words with a full stop that end no sentence ("kl. 09.30", "bl.a.", "t.ex.").
_ABBREVIATIONS = frozenset(["kl", "bl.a", "t.ex", "m.fl", "m.m", "nr", "ca", "tel", "resp", "inkl"])

# Month names as printed, lower-case and capitalized (no inline case flag: slower to scan).
_MONTHS_ALT = alt_trie([*MONTHS, *(m.capitalize() for m in MONTHS)])
_ZONES_ALT = alt(ZONES)
_KINDS_ALT = alt_trie(KIND_LABELS)
_KINDS = frozenset(KIND_LABELS)
# The skip links of a page's top bar, as printed ("Skip to main content", "Gå till innehåll").
_SKIP_ALT = alt_trie(
    [
        *(c[0].upper() + c[1:] for c in CHROME_LINES if c.startswith(("skip", "gå ", "hoppa"))),
        *("Go to main navigation", "Go to language selector", "Go to search"),
    ]
)

# A date: "2010-03-16", "09.12.2015", "24 apr 2014", "Jul 27, 2018", "2017-12-04T10:35:46Z".
_DATE = (
    r"(?:\d{4}-\d{2}-\d{2}(?:T\d{2}:\d{2}(?::\d{2})?Z?)?|\d{1,2}[./]\d{1,2}[./]\d{4}"
    rf"|\d{{1,2}}[ \t]+(?:{_MONTHS_ALT})\.?,?[ \t]+\d{{4}}|(?:{_MONTHS_ALT})\.?[ \t]+\d{{1,2}},?[ \t]+\d{{4}})"
)
# A time, maybe with its zone: "09:15", "14:50 CEST", "kl. 13.00".
_TIME = rf"(?:kl\.?[ \t]*)?\d{{1,2}}[:.]\d{{2}}(?::\d{{2}})?(?:[ \t]+(?:{_ZONES_ALT}))?"
# A date written in figures, as a word of its own: "2023-03-31", "31.03.2023".
DATE_ALONE_RE = re.compile(r"\d{4}-\d{2}-\d{2}|\d{1,2}[./]\d{1,2}[./]\d{4}")
# A date followed by a time: a dateline wherever it stands ("2018-06-19 18:01 CEST").
DATETIME_RE = re.compile(rf"{_DATE},?[ \t]+{_TIME}")
# Where a DATETIME_RE match can start: a digit or a capital opening a word (a month name).
DATETIME_START_RE = re.compile(r"(?<![\w.])[0-9A-ZÅÄÖa-zåäö]")
# A time of day: the rare part of a date and time, searched first ("18:01", "kl. 13.00").
# (No word character before the first digit, checked after it: a pattern that opens with
# a digit is scanned for digits only.)
TIME_RE = re.compile(r"\d(?<!\w\d)\d?[:.]\d{2}\b")
# How far before a time its date can start ("September 24, 2010 " is 19 characters).
DATE_BEFORE_TIME_CHARS = 32
# What opens a release before its headline: a printed kind with its separator and date,
# a date with or without a time, "Publicerad den <date>", a page's skip links (one line, as
# the page prints them: "Skip to content Go to main navigation"), a counter "(1)",
# a byline "Från Regionkansliet".
LEADING_FURNITURE_RE = re.compile(
    rf"(?=[0-9A-ZÅÄÖ(])(?:(?:{_KINDS_ALT})\b(?=[ \t]*(?:[•|·–—\-]|[A-ZÅÄÖ0-9]|$))(?:[ \t]*[•|·–—\-][ \t]*|[ \t]+)?"
    rf"(?:{_DATE}(?:,?[ \t]+{_TIME})?)?"
    rf"|(?:Publicerad|Publicerat|Published)(?:[ \t]+den)?:?[ \t]+{_DATE}(?:,?[ \t]+{_TIME})?"
    rf"|{_DATE}(?:,?[ \t]+{_TIME})?|(?:{_SKIP_ALT})\b(?:[ \t](?:{_SKIP_ALT})\b){{0,4}}|\(\d{{1,2}}\)"
    r"|(?:Från|From)[ \t]+[A-ZÅÄÖ][\w-]{1,40}(?=[ \t]+[0-9A-ZÅÄÖ]))[ \t]*"
)
# The start of a category line: fields separated by pipes ("Delårsrapport | Ekonomi | ").
PIPE_HEADER_RE = re.compile(r"(?:[^|\n]{1,40}?[ \t]\|[ \t]){2,6}")
# A printed label after the headline: "Pressmeddelande • Jul 27, 2018 14:50 CEST".
LABEL_CUT_RE = re.compile(
    rf"\b(?:{_KINDS_ALT})[ \t]*[•|·–—\-][ \t]*{_DATE}(?:,?[ \t]+{_TIME})?"
    rf"|\b(?:Publicerad|Publicerat|Published)(?:[ \t]+den)?:?[ \t]+{_DATE}(?:,?[ \t]+{_TIME})?"
)
# Contact headings of the lexicon as printed at the start of a line: the phrases ("För mer
# information"), the words naming a contact ("Presskontakt") before a colon or a name, the
# other words ("Frågor", "Media") only before a colon.
_CONTACT_PHRASES = sorted(
    (h[0].upper() + h[1:] for h in CONTACT_HEADINGS if " " in h), key=len, reverse=True
)
_CONTACT_NAMING = [
    h[0].upper() + h[1:] for h in CONTACT_HEADINGS if " " not in h and "kontakt" in h
]
_CONTACT_OTHER = [
    h[0].upper() + h[1:] for h in CONTACT_HEADINGS if " " not in h and "kontakt" not in h
]
# A contact heading inside the line: "För mer information:", "Presskontakt Anna", "Frågor:"
# (a phrase followed by a colon, a comma, "kontakta", "om" or a name; not "Mer information
# finns ...").
CONTACT_CUE_RE = re.compile(
    rf"\b(?:(?:{alt_trie(_CONTACT_PHRASES)})\b(?=[ \t]*(?:[:,]|(?:kontakta|om|lämnas|ges|fås|besvaras)\b|[A-ZÅÄÖ]))"
    rf"|(?:{alt_trie(_CONTACT_NAMING)})(?:[ \t]*:|(?=[ \t]+[A-ZÅÄÖ]))"
    rf"|(?:{alt_trie(_CONTACT_OTHER)})[ \t]*:)"
)
# The end of a contact heading: its colon, or "kontakta" ("För mer information kontakta").
CONTACT_CUE_END_RE = re.compile(r"[^:\n]{0,60}?(?:\bkontakta\b[ \t]*:?|:(?!//))[ \t]*")
# A phone number or an e-mail address ending a contact line, a capital letter after it.
# (The e-mail address from its "@" on: the cut falls after it, its local part is not needed.)
CONTACT_LINE_END_RE = re.compile(
    r"(?:" + PHONE_SHAPE + r"|@[\w-]{1,63}(?:\.[\w-]{1,63}){0,4}\.[A-Za-z]{2,24})"
    r"(?=[ \t]+[A-ZÅÄÖ])"
)
# A quote opening after a finished sentence: ". – Vi", ". ”Vi", "! - Det".
QUOTE_CUT_RE = re.compile(r"[.!?][”\"»]?[ \t]+(?=(?:[–—\-][ \t]|[”\"«“„])[ \t]?[A-ZÅÄÖ])")
# The end of an attribution after a quote: ", säger Jan Nordwall." then a new sentence; a
# full stop or nothing before the verb when a title or a name follows it ("...
# rymdnation säger försvarsminister Pål Jonson.").
# (The mark or blank before the verb is matched first, its kind told by a lookbehind: a
# pattern that opens with one class is scanned for that class only.)
ATTRIBUTION_END_RE = re.compile(
    rf"[,.”\" \t](?:(?<=[,.”\"])[ \t]+(?:{alt_trie(BARE_SAYING_VERBS)})[ \t]+"
    rf"|(?<=[ \t])(?:{alt_trie(BARE_SAYING_VERBS)})[ \t]+(?:[a-zåäö][\w-]{{0,40}}[ \t]+){{0,4}}(?=[A-ZÅÄÖ]))"
    r"[^.!?\n]{1,120}?[.!?](?=[ \t]+[A-ZÅÄÖ])"
)
# The end of an attribution after a quotation in marks, another opening mark after it:
# "” says Sten Nordin, Stockholm’s mayor. “The".
ATTRIBUTION_MARK_END_RE = re.compile(
    rf"[”\"][ \t]+(?:{alt(BARE_SAYING_VERBS)})[ \t]+[^.!?\n”\"“]{{1,120}}?[.!?](?=[ \t]+[”\"“])"
)
# An attribution whose clause ends without a mark, before the next sentence: ", säger
# socialminister Nina Larsson Bakgrund ..." (the verb and the words up to the name; the
# name's end is found in code).
ATTRIBUTION_NAME_RE = re.compile(
    rf"[,”\"][ \t]+(?:{alt(BARE_SAYING_VERBS)})[ \t]+(?:[a-zåäö][\w-]{{0,40}}[ \t]+){{0,4}}(?=[A-ZÅÄÖ])"
)
# Most words of a speaker's name in an attribution ("Camilla Waltersson Grönvall").
SPEAKER_MAX_WORDS = 3
# A boilerplate heading: "Om" or "About" and capitalized words.
ABOUT_CUT_RE = re.compile(
    r"\b(?:" + alt(ABOUT_WORDS) + r")[ \t]+"
    r"(?P<subject>[A-ZÅÄÖ0-9][\w&.\-]{0,40}(?:[ \t]+[A-ZÅÄÖ0-9&][\w&.\-]{0,40}){0,5})"
)
# A contact reference in parentheses: "(kontaktperson: Sigrid Böe, pressekreterare LO, 070 – 620 12 07)".
PAREN_CONTACT_RE = re.compile(
    r"\((?:[Kk]ontaktperson|[Kk]ontakt|[Pp]resskontakt|[Cc]ontact|[Pp]ress contact)[^:()\n]{0,30}:[^()\n]{1,300}\)"
)
# A place and date signing the release after its last sentence: ". Helsingborg 2007-04-24",
# ". Stockholm den 28 februari 2000".
# (The end mark before the place is checked after its capital: a pattern that opens with a
# class is scanned for that class only.)
PLACE_DATE_RE = re.compile(
    rf"(?P<place>[A-ZÅÄÖ](?<=[.!?”\"] [A-ZÅÄÖ])[a-zåäö]{{2,20}})(?:[ \t]+den)?,?[ \t]+{_DATE}(?=$|[ \t]+[A-ZÅÄÖ])"
)
# A separator rule inside the line: "------------", "______", "=====". (Each branch opens
# with a literal character: the line is scanned for those four only.)
RULE_RUN_RE = re.compile(r"-----+|_____+|=====+|\*\*\*\*\*+")
# Site furniture that stands on lines of its own on a page ("Ämnen", "Kategorier",
# "Regioner", "Prenumerera"): one-word chrome lines of the lexicon, as printed.
_CHROME_WORDS = sorted(c[0].upper() + c[1:] for c in CHROME_LINES if c.isalpha())
# Two or more of them in a row: a page's furniture run into the text.
CHROME_RUN_RE = re.compile(
    rf"\b(?:{alt_trie(_CHROME_WORDS)})(?:[ \t]+(?:{alt_trie(_CHROME_WORDS)}))+\b"
)
# A word with what sticks to it ("AB:", "(publ)", "”Vi").
WORD_RE = re.compile(r"\S+")


def _opening_words(words: Iterable[str]) -> str:
    """An alternation of the first words of ``words`` (up to a blank): where a match of a
    pattern opening with a word boundary and an alternation of ``words`` can begin.

    The words must be letters only: then no such match begins inside one, and the matches
    of the alternation, which do not overlap, leave out none of the places (see _scan).
    """
    firsts = {w.split(" ", 1)[0] for w in words}
    if not all(w.isalpha() for w in firsts):
        raise ValueError("opening words must be letters only")
    return alt_trie(firsts)


# The first words of the patterns below that open with a word boundary, as printed (the
# patterns are case-sensitive): ``re`` tries such a pattern at every offset of a long line,
# but scans for the first letters of a pattern that opens with a letter.
# A printed kind or "Publicerad" opening a LABEL_CUT_RE match: "Pressmeddelande", "Nyhet".
LABEL_CUT_START_RE = re.compile(
    _opening_words([*KIND_LABELS, "Publicerad", "Publicerat", "Published"])
)
# A chrome word opening a CHROME_RUN_RE match: "Ämnen", "Dela".
CHROME_RUN_START_RE = re.compile(_opening_words(_CHROME_WORDS))
# The first word of a contact heading opening a CONTACT_CUE_RE match: "För", "Presskontakt".
CONTACT_CUE_START_RE = re.compile(
    _opening_words([*_CONTACT_PHRASES, *_CONTACT_NAMING, *_CONTACT_OTHER])
)
# "Om" or "About" opening an ABOUT_CUT_RE match.
ABOUT_CUT_START_RE = re.compile(_opening_words(ABOUT_WORDS))
# The first word of the lexicon's disclosure sentence: "Denna", "Informationen", "This".
DISCLOSURE_OPENING_START_RE = re.compile(_opening_words(list(DISCLOSURE_OPENING_WORDS)))
# Each pattern with the pattern of its first words.
_STARTS: dict[re.Pattern[str], re.Pattern[str]] = {
    LABEL_CUT_RE: LABEL_CUT_START_RE,
    CHROME_RUN_RE: CHROME_RUN_START_RE,
    CONTACT_CUE_RE: CONTACT_CUE_START_RE,
    ABOUT_CUT_RE: ABOUT_CUT_START_RE,
    DISCLOSURE_OPENING_RE: DISCLOSURE_OPENING_START_RE,
}


def _scan(rx: re.Pattern[str], line: str, pos: int = 0) -> Iterator[re.Match[str]]:
    """``rx.finditer(line, pos)`` for a pattern of _STARTS: ``rx.match`` tried only where
    one of its first words begins."""
    return finditer_from_offsets(rx, line, (m.start() for m in _STARTS[rx].finditer(line, pos)))


def resegment(text: str) -> str:
    """``text`` with its line breaks recovered when it is a release stored on one line."""
    pieces = text.split("\n")
    if len(pieces) > ONELINE_MAX_LINES and _more_lines_than(pieces, ONELINE_MAX_LINES):
        return text  # most texts: decided after a few lines, without stripping them all
    lines = [line.strip() for line in pieces if line.strip()]
    if not lines or len(lines) > ONELINE_MAX_LINES:
        return text
    if max(len(line) for line in lines) < ONELINE_MIN_CHARS:
        return text
    return _segmented(lines)


def resegment_lines(lines: list[str]) -> list[str]:
    """``[line.strip() for line in resegment(text).split("\n")]``, from the stripped lines of
    ``text`` (``lines`` itself when the text is not one-line): for a reader that has them."""
    n = len(lines) - lines.count("")
    if n == 0 or n > ONELINE_MAX_LINES:
        return lines  # most texts: counted in C
    full = [line for line in lines if line]
    if max(map(len, full)) < ONELINE_MIN_CHARS:
        return lines
    return [line.strip() for line in _segmented(full).split("\n")]


def _segmented(lines: list[str]) -> str:
    """The non-blank, stripped ``lines`` of a one-line text, the long ones cut into lines."""
    out = []
    for i, line in enumerate(lines):
        if len(line) < ONELINE_MIN_CHARS:
            out.append(line)
            continue
        out.append(_segment(line, headline=i == 0))
    return "\n\n".join(out)


def _more_lines_than(pieces: list[str], n: int) -> bool:
    """True when more than ``n`` of ``pieces`` are not blank."""
    seen = 0
    for piece in pieces:
        if piece and not piece.isspace():
            seen += 1
            if seen > n:
                return True
    return False


def _segment(line: str, *, headline: bool) -> str:
    cuts: dict[int, str] = {}
    for a, b in _datetimes(line):
        cuts.setdefault(a, "\n\n")
        cuts.setdefault(b, "\n\n")
    for m in _scan(DISCLOSURE_OPENING_RE, line):
        cuts.setdefault(m.start(), "\n\n")
    for m in (*_scan(LABEL_CUT_RE, line), *RULE_RUN_RE.finditer(line), *_scan(CHROME_RUN_RE, line)):
        cuts.setdefault(m.start(), "\n\n")
        cuts.setdefault(m.end(), "\n\n")
    for m in PLACE_DATE_RE.finditer(line):
        if not _common(m.group("place")):  # a place, not "Den 1 mars 2025 tillträder ..."
            cuts.setdefault(m.start(), "\n\n")
            cuts.setdefault(m.end(), "\n\n")
    body_start = 0
    if headline:
        body_start = _cut_head(line, cuts)
    said = {m.end() for m in ATTRIBUTION_MARK_END_RE.finditer(line, body_start)}
    for m in QUOTE_CUT_RE.finditer(line, body_start):
        if m.start() + 1 in said and line[m.end()] not in "–—-":
            continue  # "”A,” says X. ”B”": the quotation goes on in marks after its attribution
        cuts.setdefault(m.end(), "\n\n")
    for m in ATTRIBUTION_END_RE.finditer(line, body_start):
        cuts.setdefault(m.end(), "\n\n")
    for m in ATTRIBUTION_NAME_RE.finditer(line, body_start):
        end = _speaker_name_end(line, m.end())
        if end is not None:
            cuts.setdefault(end, "\n\n")
    _cut_contacts(line, cuts, body_start)
    _cut_about(line, cuts, body_start)
    return _apply(line, cuts)


def _speaker_name_end(line: str, start: int) -> int | None:
    """Where a speaker's name starting at ``start`` ends when the next sentence follows it
    without a full stop: a given name and surname, then a capitalized word that opens a
    sentence ("Nina Larsson Bakgrund", "Pål Jonson Den") or another person's given name
    ("Elisabeth Svantesson Johan Norrman är")."""
    words = [
        m for _, m in zip(range(SPEAKER_MAX_WORDS + 2), WORD_RE.finditer(line, start), strict=False)
    ]
    if len(words) < 3 or not is_first_name(words[0].group()):
        return None
    for k in range(1, min(len(words) - 1, SPEAKER_MAX_WORDS)):
        w = words[k].group()
        if not _name_word(w) and not (w[:1].isupper() and w[-1].isalpha()):
            return None  # a comma, a role or an end mark: the clause goes on as printed
        nxt = words[k + 1].group().strip(_WORD_PUNCT)
        if not nxt[:1].isupper():
            return None
        if is_first_name(nxt) or _common(nxt) or (is_common_word(nxt) and not is_first_name(w)):
            return words[k].end()
    return None


def _datetimes(line: str) -> list[tuple[int, int]]:
    """Spans of the dates with a time in ``line``: each time found, then its date tried at
    the word starts just before it (DATETIME_RE alone would be tried at every offset)."""
    out: list[tuple[int, int]] = []
    for t in TIME_RE.finditer(line):
        lo = max(0, t.start() - DATE_BEFORE_TIME_CHARS)
        if out and out[-1][1] > lo:
            continue
        for s in DATETIME_START_RE.finditer(line, lo, t.start()):
            m = DATETIME_RE.match(line, s.start())
            if m is not None and m.end() >= t.end():
                if not _inside_sentence(line, m.start(), m.end()):
                    out.append((m.start(), m.end()))
                break
    return out


def _inside_sentence(line: str, start: int, end: int) -> bool:
    """True when the date and time belong to a sentence: a full stop or comma right after
    them ("för offentliggörande 2024-01-09 17:28 CET."), or a word no sentence ends on
    before them ("hålls den 3 juni 2016 kl. 10.00")."""
    if line[end : end + 1] in (".", ","):
        return True
    before = line[max(0, start - 40) : start].rstrip()
    word = before.rsplit(" ", 1)[-1] if before else ""
    return word.lower() in _NO_SENTENCE_END


class _Casing:
    """How the release itself writes its words (a truecasing test over its text): the
    words it prints in lower case, and the capitalized words it prints inside sentences,
    as names are printed: after a preposition or conjunction, where no sentence begins
    ("i Finland", "med Polen", "och Regeringskansliet"), or twice after a lower-case word
    ("stärka Sveriges", "i norra Sverige"; a heading's last word before a sentence is seen
    once)."""

    def __init__(self, line: str) -> None:
        self._line = line
        # The words (WORD_RE's, split in C); a word bare of punctuation opens with the
        # word's first character unless that is punctuation.
        words = line.split()
        distinct = set(words)
        self.lower: set[str] = {w.rstrip(_WORD_PUNCT) for w in distinct if w[0].islower()}
        self.lower.update(
            bare
            for bare in (w.strip(_WORD_PUNCT) for w in distinct if w[0] in _WORD_PUNCT)
            if bare[:1].islower()
        )
        # The capitalized words printed after a word inside a sentence (lower case, no end
        # mark): inside a sentence too after a function word, or when printed so twice.
        after: list[tuple[str, str]] = [
            (prev, w.rstrip(_WORD_PUNCT))
            for prev, w in pairwise(words)
            if w[0].isupper() and prev[0].islower() and prev[-1] not in ".!?:;"
        ]
        once: set[str] = set()
        self.inside: set[str] = set()
        for prev, bare in after:
            if prev in _NO_SENTENCE_END or bare in once:
                self.inside.add(bare)
            once.add(bare)

    def pair_elsewhere(self, first: str, second: str) -> bool:
        """The two words printed together more than once ("Sahlgrenska Universitetssjukhuset")."""
        return self._line.count(f"{first} {second}") > 1

    def is_name(self, bare: str) -> bool:
        """Printed capitalized after a preposition or conjunction, never in lower case."""
        return bare.lower() not in self.lower and bare in self.inside

    def is_common(self, bare: str) -> bool:
        """Printed in lower case elsewhere, never capitalized after a preposition."""
        return bare.lower() in self.lower and bare not in self.inside


def _cut_head(line: str, cuts: dict[int, str]) -> int:
    """Cut the label/dateline furniture and the headline off the start; the offset after."""
    pos = 0
    while True:
        m = LEADING_FURNITURE_RE.match(line, pos)
        if m is None or m.end() == pos:
            break
        pos = m.end()
        cuts[pos] = "\n\n"
    stop = min((c for c in cuts if c > pos), default=len(line))
    sender = _sender_end(line, pos)
    if sender is None and LABEL_CUT_RE.match(line, stop) is not None:
        sender = _stamped_sender_end(line, pos, stop)
    if sender is not None:
        pos = sender
        cuts[pos] = "\n\n"
    casing = _Casing(line)
    end = _headline_end(line, pos, stop, casing)
    m = PIPE_HEADER_RE.match(line, pos)
    if end is not None and m is not None and m.end() < end:
        # A category line ("Delårsrapport | Ekonomi | 24 apr, 2014 | 14:06 |
        # Regulatoriska"): furniture; the headline comes after it.
        cuts[end] = "\n\n"
        pos = end
        end = _headline_end(line, pos, _after_cut(line, cuts, pos), casing)
    if end is not None:
        cuts[end] = "\n\n"
        # A label or a dateline right after the headline, a line of its own as printed
        # ("Rubrik Pressmeddelande • date", "... en 12-årig flicka 2023-03-31 Domen ...").
        at = end
        while line[at : at + 1] in (" ", "\t"):
            at += 1
        m = LEADING_FURNITURE_RE.match(line, at)
        while m is not None and m.end() > at:
            end = at = m.end()
            cuts[end] = "\n\n"
            m = LEADING_FURNITURE_RE.match(line, end)
        return end
    return pos


def _after_cut(line: str, cuts: dict[int, str], at: int) -> int:
    """The next cut after the one at ``at`` (the end of a date and time cut out)."""
    return min((c for c in cuts if c > at), default=len(line))


def _sender_end(line: str, start: int) -> int | None:
    """The end of a sender's name printed above the headline: one to SENDER_MAX_WORDS
    capitalized words, uncommon as words, then a capitalized word, where the headline opens
    with the name's first word ("Saab Global Saab erbjuder ...") or the name recurs later
    in the release ("Svenskt Näringsliv Kommentar till valresultatet ... Svenskt
    Näringsliv ...")."""
    words = [
        m for _, m in zip(range(SENDER_MAX_WORDS + 1), WORD_RE.finditer(line, start), strict=False)
    ]
    for k in range(1, len(words)):
        run = [w.group() for w in words[:k]]
        nxt = words[k].group()
        if not all(_name_word(w) for w in run) or not nxt[:1].isupper():
            return None
        if is_first_name(nxt) or is_first_name(run[-1]):
            return None  # a person heads the headline: "Försvarsminister Pål Jonson besöker"
        name = " ".join(run)
        after = k + 1 < len(words) and words[k + 1].group()[:1].islower()
        if not after:
            continue  # "Region Skåne Livskraftigt ...": the next word must open a headline
        if nxt[:REPEAT_MIN_CHARS] == run[0][:REPEAT_MIN_CHARS]:
            return words[k - 1].end()
        # A name of two words or more recurring later (one word may be a person's given
        # name or the first word of the headline's subject: "Karolinska Universitets...").
        if k >= SENDER_RECUR_MIN_WORDS and line.find(name, words[k].end()) >= 0:
            return words[k - 1].end()
    return None


def _stamped_sender_end(line: str, start: int, stop: int) -> int | None:
    """The end of an organization's name printed above a headline that the printed label
    follows (at ``stop``), as newsroom exports print them: "Rikspolisstyrelsen Åtal väckt
    mot en kommissarie Pressmeddelande • Jul 30, 2004", "Svenska kyrkan Kyrkomötet slutar
    idag – ... Pressmeddelande • Okt 01, 2010". The headline after it opens with a capital
    (an organization opening its headline as its subject is followed in lower case:
    "Svenska kyrkan väljer ny ärkebiskop")."""
    words = [
        m
        for _, m in zip(
            range(SENDER_MAX_WORDS + HEADLINE_MIN_WORDS),
            WORD_RE.finditer(line, start, stop),
            strict=False,
        )
    ]
    if not words or not words[0].group()[:1].isupper():
        return None
    for n in range(1, min(SENDER_MAX_WORDS, len(words) - HEADLINE_MIN_WORDS) + 1):
        nxt = words[n].group()
        if not nxt[:1].isupper() or is_first_name(nxt) or not nxt[-1].isalnum():
            continue
        if _organization_shape([w.group() for w in words[:n]]):
            return words[n - 1].end()
    return None


def _organization_shape(run: list[str]) -> bool:
    """Words shaped like an organization's name: a public body or company
    (``is_organization_name``: "Rikspolisstyrelsen", "Region Skåne", a gazetteer's name), or
    capitalized words ending in an organization's head ("Svenska kyrkan")."""
    name = " ".join(run)
    if not all(w[-1].isalnum() for w in run) or is_first_name(run[0]):
        return False
    if is_organization_name(name):
        return True
    last = run[-1]
    return (
        len(run) > 1
        and all(w[:1].isupper() for w in run[:-1])
        and last.lower().endswith(BODY_ENDINGS)
    )


def _name_word(word: str) -> bool:
    """A capitalized word of a name, not a common word nor ending in a colon or end mark."""
    return word[:1].isupper() and word[-1].isalnum() and not _common(word)


def _headline_end(line: str, start: int, stop: int, casing: _Casing) -> int | None:
    """Where the headline starting at ``start`` ends: before the first word that opens a
    sentence or at ``stop`` (a label, a dateline). A "!" or "?" after a few words ends it;
    a full stop first means there is no headline to cut (a sentence began the text)."""
    words = [
        m
        for _, m in zip(
            range(HEADLINE_MAX_WORDS), WORD_RE.finditer(line, start, stop), strict=False
        )
    ]
    for k in range(HEADLINE_MIN_WORDS, len(words)):
        prev = words[k - 1].group()
        if prev[-1] in "!?" and k <= HEADLINE_EXCLAIM_MAX_WORDS:
            return words[k - 1].end()  # "Inbjudan till presskonferens hos Malmöfestivalen!"
        if prev[-1] in ".!?" and not _abbreviation(prev):
            return None  # a sentence ended: the headline, if any, ended with it
        if _dateline_at(line, words, k):
            return words[k - 1].end()  # "... en 12-årig flicka 2023-03-31 Domen kommer"
        if _starts_sentence(words, k, casing):
            return _clause_opener_before(words, k).end()
    if stop < len(line) and len(words) < HEADLINE_MAX_WORDS and len(words) >= HEADLINE_MIN_WORDS:
        return words[-1].end()  # the headline runs up to the label or dateline
    return None


def _clause_opener_before(words: list[re.Match[str]], k: int) -> re.Match[str]:
    """The headline's last word before word ``k``: not a capitalized word and a comma,
    which open the lead's first clause ("Sweco moves to Nasdaq Stockholm Large Cap Today,
    Nasdaq announced ...", "... Utredningen, som ...")."""
    last = words[k - 1]
    w = last.group()
    if k - 1 >= HEADLINE_MIN_WORDS and w.endswith(",") and w[:1].isupper():
        return words[k - 2]
    return last


def _abbreviation(word: str) -> bool:
    """A word whose full stop ends no sentence: "kl.", "bl.a.", "H.M.", a time "09.30"."""
    bare = word.rstrip(".").lower()
    return bare in _ABBREVIATIONS or len(bare) <= 1 or "." in bare


def _starts_sentence(words: list[re.Match[str]], k: int, casing: _Casing) -> bool:
    """True when word ``k`` of the head opens a sentence (the lead), so the headline ends
    before it. A capitalized word is weighed by how the release writes it elsewhere
    (``casing``): a name stays in the headline, a common word capitalized opens a
    sentence."""
    w = words[k].group()
    prev = words[k - 1].group()
    if w in ("–", "—", "-") and k + 1 < len(words) and words[k + 1].group()[:1].isupper():
        # "... kärnkraftssamordnare – Samordnaren kommer ..., säger ...", "... läkemedel –
        # Det är avgörande ...": a spaced dash and a capital open the lead or a quote; in a
        # headline the dash is followed in lower case ("Kyrkomötet slutar idag – återsamlas").
        return k >= HEADLINE_MIN_WORDS + 1
    if w.startswith("(") and w.endswith(":"):
        return True  # "... Kuusakoski OY (AktieTorget: EcoRub AB)": a ticker after it
    if not w[:1].isupper() or prev.endswith((":", "–", "-")) or prev in ("–", "-", "—"):
        return False  # lower case, or a headline's own "Klart: Det blir ..."
    if prev.lower() in _NO_SENTENCE_END:
        return False  # "på Första maj": no sentence ends on a preposition
    bare = w.strip(_WORD_PUNCT)
    nxt = words[k + 1].group() if k + 1 < len(words) else ""
    if bare in _KINDS and not _name_word(prev):
        return True  # "... 90-konto Pressmeddelande ..." (not "Dagens Nyheter")
    if w == prev or TIME_RE.fullmatch(prev.rstrip(",")) is not None:
        return True  # "VD VD Per", "kl. 09.30 Avsikts..."
    if _repeats_headline(words, k, bare, nxt) or _opens_with_person(prev, bare, nxt):
        return True
    if _acronym(bare):
        # "... beviljas EU-stöd": a name in the headline; "UD fördömer ... i Iran UD har".
        return bare == words[0].group() and _subject_before_verb(words, k, bare, casing)
    if casing.is_name(bare):
        # "... i norra Sverige", "Sverige ingår ..."; a name before a verb opens the lead
        # ("... tingsrätt Johan Sjöö är ...") unless it names what the word before it
        # names ("nyhetstjänsten Mynewsdesk har").
        return _name_opens_sentence(bare, nxt) or (
            not _apposition(prev) and _subject_before_verb(words, k, bare, casing)
        )
    if _subject_before_verb(words, k, bare, casing):
        return True
    if bare.lower() in _CALENDAR_WORDS or _role_before_name(prev, bare, nxt):
        return True  # "... i Berlin Torsdag den 1 december", "... i Finland Utrikesminister Tobias"
    return (
        _very_common(bare)
        or _subject_after_word(words, k, bare)
        or _common_in_text(words, k, bare, casing)
    )


def _name_opens_sentence(bare: str, nxt: str) -> bool:
    """A very common name as a sentence's subject: a verb after it ("... till Cypern Sverige
    ingår i ..."), not a genitive ("... stärka Sveriges beredskap") nor a list ("Sverige och
    Finland")."""
    return (
        _common(bare)
        and not bare.endswith("s")
        and nxt[:1].islower()
        and nxt.lower() not in _NO_SENTENCE_END
    )


def _apposition(prev: str) -> bool:
    """A noun in the definite form or a common genitive, which a name after it explains:
    "nyhetstjänsten Mynewsdesk", "årets Mynewsday" (not "tingsrätt Johan Sjöö är")."""
    if not _inside(prev):
        return False
    return prev.endswith(_DEFINITE_ENDINGS) or (prev.endswith("s") and is_common_word(prev))


def _inside(prev: str) -> bool:
    """True when a word after ``prev`` stands inside a sentence (``prev`` in lower case,
    no end mark)."""
    return prev[:1].islower() and prev[-1] not in ".!?:;"


def _acronym(bare: str) -> bool:
    """A word opening with two capitals ("EU-stöd", "NATO", "ITF:s"): a name, not a
    sentence's first word."""
    return len(bare) >= 2 and bare[1].isupper()


def _common_in_text(words: list[re.Match[str]], k: int, bare: str, casing: _Casing) -> bool:
    """A capitalized word the release prints in lower case elsewhere, never capitalized
    inside a sentence: a common word opening the lead ("... till Irland Regeringen har
    ...", "... Diagnostics AB Styrelsen har ..."). Not in a headline in title case,
    where every word is capitalized ("Stockholm Business Alliance")."""
    prev = words[k - 1].group()
    if not casing.is_common(bare):
        return False
    if prev[:1].isupper() and not _name_of_its_own(prev.strip(_WORD_PUNCT), casing):
        return False  # part of a name ("Life Science"); "... i Ramstein Mötet som ..."
    nxt = words[k + 1].group() if k + 1 < len(words) else ""
    if _inside(prev) and nxt.lower() in _NO_SENTENCE_END and not _verb_follows(words, k):
        # An object before a preposition ("besöker Länsstyrelsen i Jönköpings län"), not a
        # subject before its verb ("... proposition Tryggheten i svensk skola har ...").
        return False
    return not _name_goes_on(prev, bare, casing) and _sentence_case(words, k)


def _name_goes_on(prev: str, bare: str, casing: _Casing) -> bool:
    """``bare`` continues a name of several words: after a capitalized common word
    ("Nordiska Mediedagarna", "Årets Nyhetsrum"), or printed with ``prev`` again elsewhere
    ("Sahlgrenska Universitetssjukhuset")."""
    if not prev[:1].isupper():
        return False
    modifier = prev.endswith(_MODIFIER_ENDINGS) and is_common_word(prev)
    return modifier or casing.pair_elsewhere(prev, bare)


def _name_of_its_own(word: str, casing: _Casing) -> bool:
    """An acronym ("AB"), or a name the release prints alone inside a sentence elsewhere."""
    return _acronym(word) or casing.is_name(word)


def _dateline_at(line: str, words: list[re.Match[str]], k: int) -> bool:
    """A date of its own after the headline, then a sentence: "... flicka 2023-03-31 Domen
    kommer ..." (a date inside a sentence follows "den", "från", ...; a date before the
    contact block closes the headline: "ÅF AB: Förtydligande 2013-11-12 För mer
    information:")."""
    if k + 1 >= len(words) or not words[k + 1].group()[:1].isupper():
        return False
    if words[k - 1].group().lower() in _NO_SENTENCE_END:
        return False
    if DATE_ALONE_RE.fullmatch(words[k].group()) is None:
        return False
    return CONTACT_CUE_RE.match(line, words[k + 1].start()) is None


def _subject_after_word(words: list[re.Match[str]], k: int, bare: str) -> bool:
    """A capitalized common word between lower-case words that are no function words: a
    sentence's subject after the headline's last word ("... i välfärden Syftet med mötet
    är ...", "... transportbranschen Samtalet kommer ...")."""
    prev = words[k - 1].group()
    nxt = words[k + 1].group() if k + 1 < len(words) else ""
    if not (prev[:1].islower() or prev.isdigit()) or prev.lower().rstrip(",") in _NO_SENTENCE_END:
        return False  # (after a year: "Delårsrapport januari - mars 2014 Kommentarer av ...")
    if not (nxt[:1].islower() or nxt[:1].isdigit()) or bare.isupper():
        return False
    return is_common_word(bare) or _definite_noun(bare)


def _definite_noun(bare: str) -> bool:
    """A common noun in the definite form, how a sentence's subject opens ("... om
    företagsrekonstruktion Ledningen i Nordic Waterproofing har ..."); not the head of an
    organization's name ("Migrationsverket", "Länsstyrelsen")."""
    return (
        bare.endswith(_DEFINITE_ENDINGS)
        and zipf(bare) >= DEFINITE_SUBJECT_ZIPF
        and not bare.lower().endswith(BODY_ENDINGS)
    )


def _verb_follows(words: list[re.Match[str]], k: int) -> bool:
    """A finite auxiliary among the few lower-case words after word ``k``: "Mötet är",
    "Syftet med mötet är", "Ministrarna kommer"."""
    for m in words[k + 1 : k + 1 + SUBJECT_MAX_WORDS]:
        w = m.group()
        if w.lower() in FINITE_AUXILIARIES:
            return True
        if not w[:1].islower():
            return False
    return False


def _subject_before_verb(words: list[re.Match[str]], k: int, bare: str, casing: _Casing) -> bool:
    """A capitalized word (or a name of two) then a finite auxiliary, after a headline in
    sentence case: "Ny ambassadör till Irland Regeringen har idag utsett ...", "... COP 27
    Anmälan är endast ...", "... i Japan Pereric Högberg är ..." (not after a given name:
    "Försvarsminister Pål Jonson har ...", nor inside a name: "Nordiska Mediedagarna får")."""
    prev = words[k - 1].group()
    j = k + 1
    if j + 1 < len(words) and _two_word_name(prev, bare, words[j].group()):
        j += 1  # a name of two words: "Pereric Högberg är"
    if j >= len(words) or words[j].group() not in FINITE_AUXILIARIES:
        return False
    if is_first_name(prev) or _name_goes_on(prev, bare, casing):
        return False
    if _inside(prev) and prev.endswith(_MODIFIER_ENDINGS[0]) and is_common_word(prev):
        return False  # an adjective before its noun: "Den parlamentariska Trygghetsberedningen får"
    if j == k + 1 and is_first_name(bare):
        return False
    return _sentence_case(words, k)


def _two_word_name(prev: str, bare: str, nxt: str) -> bool:
    """``bare`` and ``nxt`` a person's name (a given name first), or a name after the
    headline's last name ("... i Japan Pereric Högberg är ...")."""
    if not _name_word(nxt) or nxt == bare or _acronym(bare):
        return False
    return is_first_name(bare) or not _inside(prev)


def _sentence_case(words: list[re.Match[str]], k: int) -> bool:
    """The headline before word ``k`` has a lower-case word that is no function word (it is
    not in title case, where every word is capitalized: "Stockholm Business Alliance")."""
    return any(
        m.group()[:1].islower() and m.group().lower() not in _NO_SENTENCE_END for m in words[1:k]
    )


def _role_before_name(prev: str, bare: str, nxt: str) -> bool:
    """A capitalized title and a given name: a sentence about a person begins ("...
    Finland Utrikesminister Tobias Billström ..."); inside a headline the title is in
    lower case ("med minister för civilt försvar Carl-Oskar Bohlin"), and a title after an
    abbreviation is part of a name ("H.M. Drottning Silvias")."""
    return is_role_word(bare) and is_first_name(nxt.strip(_WORD_PUNCT)) and "." not in prev


def _very_common(bare: str) -> bool:
    """A capitalized word so common it opens a sentence ("Det", "Nu", "Under"); an
    acronym is a name ("EU")."""
    return _common(bare) and (len(bare) == 1 or not bare.isupper())


def _common(word: str) -> bool:
    """A word common enough to open a sentence, in Swedish or English ("Det", "A")."""
    return zipf(word) >= SENTENCE_START_ZIPF or zipf(word, "en") >= SENTENCE_START_ZIPF


def _repeats_headline(words: list[re.Match[str]], k: int, bare: str, nxt: str) -> bool:
    """The lead taking up the headline's words: its first word again ("Gränges byter namn
    ... Gränges beslutade"), or an earlier word again before a lower-case word ("NOTEs
    fabrik ... NOTE fortsätter", "coronaviruset Coronaviruset, covid-19 sprids"), or a
    pair of its words again ("LOs ledning på Första maj LOs ledning deltar")."""
    if k < HEADLINE_MIN_WORDS + 1:
        return False
    w, after = words[k].group(), nxt
    if any(words[j].group() == w and words[j + 1].group() == after for j in range(k - 1)):
        return True  # a pair of words again: "på Första maj LOs ledning deltar"
    if len(bare) < REPEAT_MIN_CHARS:
        return False
    key = bare[:REPEAT_MIN_CHARS].lower()
    first = words[0].group().strip('”"«»(')
    if first[:REPEAT_MIN_CHARS].lower() == key:
        return True
    if not nxt[:1].islower():
        return False
    # The second word of names of one pattern in a list is no new sentence: "Ystads
    # Allehanda, Trelleborgs Allehanda, det delägda ..." (not "NOTEs fabrik ... NOTE").
    in_name = words[k - 1].group()[:1].isupper()
    return any(
        m.group().strip('”"«»(),.:')[:REPEAT_MIN_CHARS].lower() == key
        and not (in_name and words[j].group()[:1].isupper())
        for j, m in enumerate(words[1:k])
    )


def _opens_with_person(prev: str, bare: str, nxt: str) -> bool:
    """A given name and a surname after a capitalized word: "ElektronikGruppen Jens Hansson"."""
    return bool(
        prev[:1].isupper()
        and nxt[:1].isupper()
        and not nxt.isupper()
        and is_first_name(bare)
        and not is_role_word(prev)
    )



def _cut_contacts(line: str, cuts: dict[int, str], start: int) -> None:
    for m in PAREN_CONTACT_RE.finditer(line, start):
        cuts.setdefault(m.start(), "\n")
        cuts.setdefault(m.end(), "\n")
    for m in _scan(CONTACT_CUE_RE, line, start):
        cuts.setdefault(m.start(), "\n\n")
        end = CONTACT_CUE_END_RE.match(line, m.end()) if not m.group().endswith(":") else None
        stop = end.end() if end is not None else m.end()
        cuts.setdefault(stop, "\n")
        # The lines of the block: a break after each phone number or e-mail address.
        for c in CONTACT_LINE_END_RE.finditer(line, stop, min(len(line), stop + 600)):
            cuts.setdefault(c.end(), "\n")


def _cut_about(line: str, cuts: dict[int, str], start: int) -> None:
    for m in _scan(ABOUT_CUT_RE, line, start):
        words = m.group("subject").split()
        # The subject is repeated as the first words after the heading: "Om ÅF ÅF är ...",
        # "Om Stockholm Business Region Stockholm Business Region har ...".
        for n in range(1, len(words) // 2 + 1):
            if words[n : 2 * n] == words[:n]:
                cut = m.start("subject") + len(" ".join(words[:n]))
                cuts.setdefault(m.start(), "\n\n")
                cuts.setdefault(cut, "\n")
                break


def _apply(line: str, cuts: dict[int, str]) -> str:
    parts = []
    prev = 0
    for pos in sorted(p for p in cuts if 0 < p < len(line)):
        piece = line[prev:pos].strip()
        if piece:
            parts.append(piece)
            parts.append(cuts[pos])
        prev = pos
    parts.append(line[prev:].strip())
    return "".join(parts).strip()
