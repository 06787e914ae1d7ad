"""The publication moment.

Every date form Swedish and English releases print is read by :func:`find_dates`; the
rules of :data:`RULES` read candidates by where they stand, and the policy
:func:`~pressparse.rules.strongest_rule` picks the one read by the most reliable rule
(weights act as ranks):

1. the MAR disclosure sentence (``... för offentliggörande den 18 januari 2016 kl. 08:30 CET``),
2. page metadata (JSON-LD ``datePublished``, ``article:published_time``, front matter ``date``),
3. the dateline or label at the top (``Pressmeddelande • Jan 18, 2016 10:43 CET``,
   ``11.2.2026 13:00:03 CET | Dramaten | Pressmeddelande``, ``Publicerad: 18 januari 2016``),
4. a place-and-date signature line (``Helsingborg 2007-04-24``, ``Stockholm den 31 maj 2010``),
5. a numeric date closing the title, then the first ``<time datetime>`` of the page.

Readings of the same moment are one candidate; the winner gives way to a more precise
candidate of its moment (metadata with seconds for a label with minutes, a label with a time for
a date-only metadata value). Dates inside the boilerplate, after ``Uppdaterad``, or after an
event cue (``Tid:``, ``hålls den``) are never read; when no rule reads a date the result is
None.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta, timezone, tzinfo
from functools import lru_cache
from itertools import islice
from operator import methodcaller
from typing import Literal, NamedTuple
from zoneinfo import ZoneInfo

from pressparse.document import Block, Document, Finding, Published, Span, fold, new_span
from pressparse.lexicon.common import alt
from pressparse.lexicon.dates import (
    EVENT_CUES,
    INVITATION_CUES,
    MONTHS,
    PUBLISHED_CUES,
    REGULATORY_CUES,
    REGULATORY_STEMS,
    UPDATED_CUES,
    WEEKDAYS,
    WINDOWS_ZONES,
    ZONES,
)
from pressparse.lexicon.structure import KIND_LABELS
from pressparse.rule_ids import PublishedRule
from pressparse.rules import Reading, Rule, collect, strongest_rule

_MONTH = rf"(?P<mon>{alt(MONTHS)})\.?(?![a-zåäö])"
_YEAR = r"(?P<year>(?:19|20)\d\d)(?!\d)"
# Compact ISO 8601 in page metadata: "20160118", "20160118T104300", "20160118T104300+0100".
COMPACT_ISO_RE = re.compile(r"(?:19|20)\d{6}(?:T\d{4}(?:\d{2})?(?:Z|[+-]\d{4})?)?")
# A month name (lexicon.dates.MONTHS) in a metadata value: "Monday, January 18, 2016".
META_MONTH_WORD_RE = re.compile(rf"\b{_MONTH}", re.I)
# A clock time in a metadata value: "10:43", "10:43:00".
META_TIME_RE = re.compile(r"\b\d{1,2}:\d{2}\b")

_ZONE_ABBR = alt([z for z in ZONES if z != "Z"])
_ZONE_NAME = alt(list(WINDOWS_ZONES)).replace(r"\ ", r"[ \t]")
# Time after a date: " 10:43", ", kl. 10.43", " klockan 10.43", "T10:43:00.000+01:00",
# " 13:00:03 CET", " 10:43 AM", " 08:30 (CEST)", " 10:43 UTC+1", " | 14:06" (a category
# line), " 10:00 W. Europe Standard Time" (lexicon.dates.WINDOWS_ZONES), "10:43 Z".
_TIME = (
    r"(?:(?:T|[ \t]{0,3}[,|]?[ \t]{0,3}(?:kl\.?|klockan|at)?[ \t]{0,3})"
    r"(?P<h>[01]?\d|2[0-3])[:.](?P<m>[0-5]\d)(?![\d])(?:[:.](?P<s>[0-5]\d)(?:[.,]\d{1,9})?)?"
    r"(?:[ \t]?(?P<ampm>[AaPp]\.?[Mm]\.?)(?![a-z]))?"
    rf"(?:[ \t]{{0,3}}\(?(?:(?P<tzname>{_ZONE_NAME})|(?P<tz>{_ZONE_ABBR})"
    r"(?P<tzoff>[+-](?:0?\d|1[0-4])(?::?\d\d)?)?)(?![\w])\)?"
    r"|(?P<off>[ \t]?Z(?![\w])|[ \t]{0,3}[+-](?:0\d|1[0-4]):?\d\d(?!\d)))?)?"
)

# A day of one or two digits not preceded by a word character, "." "," "/" or "-": the
# same as ``(?<![\w.,/-])[0-3]?\d``, with the digit first (see ISO_RE).
_DAY = r"(?P<day>\d(?<![\w.,/-]\d)(?:(?<=[0-3])\d)?)"
# A month name (lexicon.dates.MONTHS) not preceded by a word character: the same as
# ``(?<![\w])`` + _MONTH under re.I, with its first letter matched first (case-sensitively,
# by a class holding every letter re.I pairs with it) and its rest chosen by that letter.
_MONTH_FIRSTS = sorted({w[0] for w in MONTHS})
_IGNORECASE_PEERS = {"s": "\u017f", "k": "\u212a", "i": "\u0130\u0131"}
_MONTH_AT_WORD = (
    "(?P<mon>(?-i:["
    + "".join(c + c.upper() + _IGNORECASE_PEERS.get(c, "") for c in _MONTH_FIRSTS)
    + r"])(?<![\w].)(?:"
    + "|".join(f"(?<={c})(?:{alt([w[1:] for w in MONTHS if w[0] == c])})" for c in _MONTH_FIRSTS)
    + r"))\.?(?![a-zåäö])"
)
# "2016-01-18", "2016-01-18 10:43", "2016-01-18T10:43:00+01:00", "2010-03-16 09:15Pressmeddelande",
# "2018.03.05"; not "2016-2018", a longer digit run nor a dotted number "2018.03.05.1".
# Every date pattern opens with what its first character must be ("19"/"20", a digit, a
# month's first letter) and checks the character before it by a lookbehind after that:
# the regex engine then skips ahead to such a character instead of trying every offset.
ISO_RE = re.compile(
    r"(?P<year>(?:19|20)(?<![\d.-]\d\d)\d\d)(?P<isep>[-.])(?P<mon>0?[1-9]|1[0-2])(?P=isep)"
    r"(?P<day>[0-3]?\d)(?!\d|\.\d)" + _TIME
)
# "18/1 2016", "18/1/2016", "11.2.2026 13:00:03 CET", "18.01.2016"; not "v1.2.2016" nor
# "1.2.2016.3", nor a phone number (no four-digit year after a day and month).
NUMERIC_DMY_RE = re.compile(
    _DAY + r"(?P<sep>[./])(?P<mon>[01]?\d)(?:(?P=sep)|[ \t])"
    r"(?P<year>(?:19|20)\d\d)(?![\d]|[.,]\d)" + _TIME
)
# "18 januari 2016", "18 jan. 2016", "måndag den 18 januari 2016 kl. 10.43", "18 January, 2016";
# the year may be missing ("18 januari"), then only a reference date can place it.
DAY_FIRST_RE = re.compile(
    _DAY + rf"(?::e|:a|st|nd|rd|th)?\.?[ \t]{{1,3}}{_MONTH}"
    rf"(?:,?[ \t]{{1,3}}{_YEAR})?" + _TIME,
    re.I,
)
# "Jan 18, 2016 10:43 CET", "Maj 31, 2016 21:17 CEST", "January 18, 2016", "Jan 18 10:43 CET".
MONTH_FIRST_RE = re.compile(
    rf"{_MONTH_AT_WORD}[ \t]{{1,3}}(?P<day>[0-3]?\d)(?:st|nd|rd|th)?(?![\d])"
    rf"(?:,?[ \t]{{1,3}}{_YEAR})?" + _TIME,
    re.I,
)
_DATE_RES = (ISO_RE, NUMERIC_DMY_RE, DAY_FIRST_RE, MONTH_FIRST_RE)
# The patterns that read a month name, and the first three letters of every month name
# (lexicon.dates.MONTHS): where the folded text holds none of them, those patterns cannot
# match and are not run.
_MONTH_NAME_RES = (DAY_FIRST_RE, MONTH_FIRST_RE)
MONTH_STEMS = tuple(sorted({m[:3] for m in MONTHS}))
# Any of MONTH_STEMS in the folded text: one scan instead of one per stem.
MONTH_STEM_RE = re.compile("|".join(MONTH_STEMS))
# A day, month and two-digit year: "03.03.22", "03.03.22 08:00". Ambiguous (it reads as a
# decimal or a version number too): read only on a label or dateline line, never in prose.
SHORT_DMY_RE = re.compile(
    r"(?P<day>[0-3]\d(?<![\w.,/-]\d\d))\.(?P<mon>[01]\d)\.(?P<year>\d\d)(?![\d]|[.,]\d)" + _TIME
)

# A bare time with its zone, for the English MAR sentence that prints the time first:
# "... for publication ... at 08:30 CET on 18 January 2016".
TIME_RE = re.compile(
    r"(?:\bkl\.?|\bklockan|\bat)[ \t]{1,3}(?P<h>[01]?\d|2[0-3])[:.](?P<m>[0-5]\d)(?!\d)"
    r"(?:[:.](?P<s>[0-5]\d))?(?:[ \t]{0,3}\(?(?P<tz>CEST|CET|UTC|GMT)\)?)?",
    re.I,
)


def _first_letter_either_case(words: tuple[str, ...], *, wrapped: bool = False) -> str:
    # Case-sensitive search is many times faster than re.I over a whole release; the cues
    # are printed in lower case or with a capital first letter. ``wrapped``: a blank inside a
    # cue may be a line break (a hard-wrapped text).
    blank = r"(?:[ \t]+|[ \t]*\n[ \t]*)" if wrapped else r"\ "
    return "|".join(
        f"[{w[0].upper()}{w[0]}]{re.escape(w[1:]).replace(chr(92) + ' ', blank)}"
        for w in sorted(words, key=len, reverse=True)
    )


# The MAR disclosure cue: "Informationen lämnades ... för offentliggörande den ...".
REGULATORY_RE = re.compile(rf"(?:{_first_letter_either_case(REGULATORY_CUES, wrapped=True)})")
# "Publicerad:", "Published" just before a date on the same line.
PUBLISHED_CUE_RE = re.compile(rf"\b(?:{alt(PUBLISHED_CUES)})\b", re.I)
# "Uppdaterad", "Updated" before a date: that date is a later change, not the publication.
UPDATED_CUE_RE = re.compile(rf"\b(?:{alt(UPDATED_CUES)})\b", re.I)
# "Tid:", "hålls den", "since" before a date on the same line: the date of an event.
EVENT_CUE_RE = re.compile(rf"(?<![\w])(?:{alt(EVENT_CUES)})(?![\w])", re.I)
# A title that announces an invitation: "Inbjudan till pressträff ...".
INVITATION_RE = re.compile(rf"(?<![\w])(?:{alt(INVITATION_CUES)})", re.I)
# One of the same words as printed in the folded text (lower case): one scan, no re.I.
INVITATION_WORD_RE = re.compile(alt(INVITATION_CUES))
# A weekday name before a date: "Måndag 13 april kl 12.30" (event lines in invitations).
WEEKDAY_RE = re.compile(rf"(?<![\w])(?:{alt(WEEKDAYS)})(?![\w])", re.I)
# Label words that may stand beside a dateline: "Pressmeddelande • Jan 18, 2016".
KIND_WORD_RE = re.compile(rf"(?<![\w])(?:{alt(KIND_LABELS)})(?![\w])", re.I)
# A place, optionally "den", before a date: "Helsingborg 2007-04-24", "STOCKHOLM, Jan. 18, 2016",
# "Stockholm den 18 januari 2016".
PLACE_PREFIX_RE = re.compile(
    r"^[ \t]{0,5}(?:[A-ZÅÄÖ][a-zåäöéü]{1,30}(?:[ -][A-ZÅÄÖ][a-zåäöéü]{1,30})?|[A-ZÅÄÖ]{2,30})"
    r"[ \t]{0,3},?[ \t]{1,3}(?:den[ \t]{1,3})?$"
)
# A place and "den" opening a sentence, then the date that closes a release inside a run-on
# paragraph: "... projektet. Stockholm den 28 februari 2000 Styrelsen"; not "i Stockholm den".
PLACE_DEN_RE = re.compile(
    r"(?:^|(?<=[.!?] ))[A-ZÅÄÖ][a-zåäöéü]{1,30}(?:[ -][A-ZÅÄÖ][a-zåäöéü]{1,30})?,?[ \t]den[ \t]"
)
# What may follow a date that opens a lead: "STOCKHOLM, Jan. 18, 2016 /PRNewswire/ --",
# "Stockholm den 18 januari 2016 – Bolaget meddelar ...".
LEAD_DATELINE_TAIL_RE = re.compile(r"^[ \t]{0,3}(?:[-–—/(]|\|)")
# A year from 1900 to 2099: without one, only a reference date can make a date.
YEAR_HINT_RE = re.compile(r"(?:19|20)\d\d")
# Any digit: lines without one hold no date.
DIGIT_RE = re.compile(r"\d")
# Words of a line, for telling a dateline (few words) from a sentence.
WORD_RE = re.compile(r"[^\W\d_]{2,}")

_HEADER_MAX_BLOCKS = 12
# A run-on release: a text of this many characters or more on one line; its dateline
# stands within its first RUN_ON_OPENING characters, at most RUN_ON_START from the start
# or within RUN_ON_CUE_SPAN characters after a label word.
RUN_ON_MIN_CHARS = 400
RUN_ON_OPENING = 240
RUN_ON_START = 5
RUN_ON_CUE_SPAN = 25
# A line this long that ends in a word was hard-wrapped (a signature line is shorter).
_WRAPPED_MIN = 40
# A hard-wrapped sentence is read back over at most this many lines.
WRAPPED_LINES = 3
_PROSE_WORDS = 20
_DATELINE_MAX_LEN = 160
_DATELINE_MAX_WORDS = 6
_SIGNATURE_MAX_LEN = 60
_LEAD_DATELINE_LEN = 80

# Weights of the rules, used as ranks (strongest_rule): the higher, the more reliable.
# The MAR sentence states the legal publication moment.
W_REGULATORY = 7.0
# Page metadata is written by the publishing system.
W_METADATA = 6.0
# A dateline or label at the top is printed by the newsroom for this release.
W_DATELINE = 5.0
# A place-and-date line closing the text signs the release, but may date an annex.
W_SIGNATURE = 4.0
# The same, found inside a run-on paragraph (no line of its own): weaker evidence.
W_SIGNATURE_INLINE = 3.5
# The same read from the opening of a run-on release, where the dateline's line is lost.
W_RUN_ON_DATELINE = 4.5
# A numeric date closing the headline is usually the release's, sometimes a report's.
W_TITLE = 3.0
# The first <time> element of a page may date a related article.
W_TIME_ELEMENT = 2.0


class DateHit(NamedTuple):
    """One date read from a string: its value, offsets and how precise it is (a named
    tuple: made for every date read, it is built several times faster than a frozen
    dataclass)."""

    value: Published
    start: int
    end: int
    precision: int  # 0 date, 1 minute, 2 second
    zoned: bool  # a zone or offset was printed
    has_year: bool


@dataclass(frozen=True, slots=True)
class Moment:
    """What a rule read: the moment and how precise it is (0 date, 1 minute, 2 second)."""

    value: Published
    precision: int


@dataclass(slots=True)
class PublishedInputs:
    """What the rules read: the document, the zone of unzoned times, the reference date
    for year-less dates; the visible scan is made once and shared by its rules."""

    doc: Document
    tz: ZoneInfo
    reference_date: date | None
    # The readings of the visible scan by rule, in the order found.
    _visible: dict[PublishedRule, list[Reading[Moment]]] | None = field(default=None)

    def visible(self, rule: PublishedRule) -> Sequence[Reading[Moment]]:
        if self._visible is None:
            by_rule: dict[PublishedRule, list[Reading[Moment]]] = {}
            for rid, r in _visible(self):
                by_rule.setdefault(rid, []).append(r)
            self._visible = by_rule
        return self._visible.get(rule, ())


def _visible_rule(rule: PublishedRule) -> Rule[PublishedRule, PublishedInputs, Moment]:
    # ``x.visible(rule)``, called from C (no Python frame per rule).
    finds: Callable[[PublishedInputs], Sequence[Reading[Moment]]] = methodcaller("visible", rule)
    return Rule(rule, _WEIGHTS[rule], finds, _MATCHES[rule])


_WEIGHTS: dict[PublishedRule, float] = {
    "published.published_line": W_DATELINE,
    "published.label": W_DATELINE,
    "published.dateline": W_DATELINE,
    "published.place_dateline": W_DATELINE,
    "published.signature": W_SIGNATURE,
    "published.signature_inline": W_SIGNATURE_INLINE,
    "published.title": W_TITLE,
}
_MATCHES: dict[PublishedRule, str] = {
    "published.published_line": "'Publicerad: 18 januari 2016' at the top",
    "published.label": "a label line with a date: 'Pressmeddelande • Jan 18, 2016 10:43 CET'",
    "published.dateline": "a short line at the top that is mostly a date: '2016-01-18'",
    "published.place_dateline": "a place dateline opening the lead: 'STOCKHOLM, Jan. 18, 2016 /PRNewswire/ --'",
    "published.signature": "a line of a place and a date: 'Helsingborg 2007-04-24'",
    "published.signature_inline": "'Stockholm den 28 februari 2000' opening a sentence of a run-on text",
    "published.title": "a numeric date closing the headline: 'ÅF AB: Förtydligande 2013-11-12'",
}


def _page_metadata(x: PublishedInputs) -> list[Reading[Moment]]:
    if x.doc.source_format != "text":
        return _meta_reading(x.doc.meta.get("published"), x.tz)
    return []


def _front_matter(x: PublishedInputs) -> list[Reading[Moment]]:
    if x.doc.source_format == "text":
        return _meta_reading(x.doc.meta.get("published"), x.tz)
    return []


def _time_element(x: PublishedInputs) -> list[Reading[Moment]]:
    return _meta_reading(x.doc.meta.get("time"), x.tz)


def extract_published(
    doc: Document, tz: ZoneInfo, *, reference_date: date | None = None
) -> Finding[Published] | None:
    """The publication moment of ``doc``, or None when it states none.

    ``tz`` is the zone of times printed without one; ``reference_date`` places dates printed
    without a year (the latest such day not after it), which are otherwise ignored.
    """
    candidates = collect(PublishedInputs(doc, tz, reference_date), RULES)
    best = strongest_rule(candidates).winner
    if best is None:
        return None
    # The most precise reading of the winner's moment, whichever rule read it.
    for c in candidates:
        if c.value.precision > best.value.precision and _same_moment(
            c.value.value, best.value.value, tz
        ):
            best = c
    return Finding(best.value.value, best.span, best.rule)


def _moment_key(value: Published, precision: int, tz: tzinfo) -> str:
    """Readings of one moment as printed to the same precision are one candidate."""
    if isinstance(value, datetime):
        return f"{value.astimezone(tz).isoformat()}/{precision}"
    return value.isoformat()


def _reading(value: Published, precision: int, span: Span | None, tz: tzinfo) -> Reading[Moment]:
    return Reading(_moment_key(value, precision, tz), Moment(value, precision), span)


def find_dates(
    text: str, tz: tzinfo, reference_date: date | None = None, *, short_years: bool = False
) -> list[DateHit]:
    """Every date in ``text`` (with its time and zone when printed), in text order.

    Overlapping readings keep the earliest, longest one. A date without a year is kept only
    when ``reference_date`` is given; a two-digit year ("03.03.22") only with
    ``short_years`` (for label and dateline lines, where nothing else reads so).
    """
    if reference_date is None and not short_years and YEAR_HINT_RE.search(text) is None:
        return []
    hits: list[DateHit] = []
    for rx in _date_patterns(text, short_years=short_years):
        for m in rx.finditer(text):
            hit = _hit(m, tz, reference_date)
            if hit is not None:
                hits.append(hit)
    if len(hits) < 2:
        return hits
    hits.sort(key=lambda h: (h.start, -h.end))
    out: list[DateHit] = []
    for h in hits:
        if out and h.start < out[-1].end:
            continue
        out.append(h)
    return out


def _date_patterns(text: str, *, short_years: bool) -> list[re.Pattern[str]]:
    """The date patterns that can match in ``text``, in the order of _DATE_RES: each needs a
    character the others may not (ISO_RE "-" or ".", NUMERIC_DMY_RE "/" or ".",
    SHORT_DMY_RE "."), the month-name patterns a month stem in the folded text."""
    dot = "." in text
    out: list[re.Pattern[str]] = []
    if dot or "-" in text:
        out.append(ISO_RE)
    if dot or "/" in text:
        out.append(NUMERIC_DMY_RE)
    if MONTH_STEM_RE.search(fold(text)) is not None:
        out.extend(_MONTH_NAME_RES)
    if short_years and dot:
        out.append(SHORT_DMY_RE)
    return out


def find_moment(text: str, tz: ZoneInfo) -> tuple[Published, int, int] | None:
    """First date (with time when printed) in ``text``, with its offsets."""
    hits = find_dates(text, tz)
    return (hits[0].value, hits[0].start, hits[0].end) if hits else None


# --- what the rules read --------------------------------------------------------------------


def _regulatory(x: PublishedInputs) -> Iterator[Reading[Moment]]:
    text, tz = x.doc.text, x.tz
    for cue in _regulatory_cues(text):
        # The MAR sentence is about "the information" (Informationen, The information); a
        # hard-wrapped sentence goes on over the lines that end with no sentence end.
        if text.find("nformation", _sentence_start(text, cue.start()), cue.start()) < 0:
            continue
        window_end = min(cue.end() + 250, _sentence_end(text, cue.end()))
        window = text[cue.end() : window_end]
        hits = [h for h in find_dates(window, tz) if h.has_year]
        if not hits:
            continue
        h = hits[0]
        value = h.value
        precision = h.precision
        if precision == 0 and isinstance(value, date):
            # "... at 08:30 CET on 18 January 2016": the time printed before the date.
            tm = TIME_RE.search(window, 0, h.start) or TIME_RE.search(window, h.end)
            if tm is not None and (tm.start() < h.start or tm.start() - h.end < 40):
                value = _with_time(value, tm, tz)
                precision = 2 if tm.group("s") else 1
        span = Span(cue.end() + h.start, cue.end() + h.end)
        yield _reading(value, precision, span, tz)
        return


def _sentence_start(text: str, pos: int) -> int:
    """The start of the line holding ``pos``, or of the lines before it that it continues
    (a line ending with no sentence end, at most WRAPPED_LINES back)."""
    start = text.rfind("\n", 0, pos) + 1
    # Where the text's first non-blank character is: no line before it holds words (the
    # same as ``not text[:prev_end].strip()``, without copying the text).
    first = 0
    while first < len(text) and text[first].isspace():
        first += 1
    for _ in range(WRAPPED_LINES):
        prev_end = start - 1
        if prev_end <= first or text[prev_end - 1 : prev_end] in ".!?:\n":
            break
        start = text.rfind("\n", 0, prev_end) + 1
    return start


def _sentence_end(text: str, pos: int) -> int:
    """The end of the line holding ``pos``, or of the next line when this one ends with no
    sentence end (a hard-wrapped sentence)."""
    end = text.find("\n", pos)
    if end < 0:
        return len(text)
    if text[max(pos, end - 1) : end] not in (".", "!", "?", ""):
        nxt = text.find("\n", end + 1)
        return len(text) if nxt < 0 else nxt
    return end


_ENGLISH_STEM = "public"


def _regulatory_cues(text: str) -> list[re.Match[str]]:
    """The MAR cues of ``text``: found by their stems with plain string search (fast), then
    confirmed by :data:`REGULATORY_RE` around each stem."""
    found: list[re.Match[str]] = []
    last_end = -1
    # The English stems share "public": where it is absent, they are not searched one by one.
    english = _ENGLISH_STEM in text
    for stem in REGULATORY_STEMS:
        if not english and _ENGLISH_STEM in stem:
            continue
        pos = text.find(stem)
        while pos >= 0:
            m = REGULATORY_RE.search(text, max(0, pos - 12, last_end), pos + 30)
            if m is not None and m.start() >= last_end:
                found.append(m)
                last_end = m.end()
            pos = text.find(stem, pos + len(stem))
    found.sort(key=lambda m: m.start())
    return found


def _meta_reading(raw: str | None, tz: ZoneInfo) -> list[Reading[Moment]]:
    hit = _meta_hit(raw, tz) if raw else None
    return [] if hit is None else [_reading(hit.value, hit.precision, None, tz)]


def _meta_hit(raw: str, tz: ZoneInfo) -> DateHit | None:
    hits = find_dates(raw[:200], tz)
    # The value must start with its date: "2016-01-18T10:43", "Mon, 18 Jan 2016 10:43 +0100".
    if hits and hits[0].start <= 5 and hits[0].has_year:
        return hits[0]
    return _meta_hit_dateutil(raw[:200], tz)


def _meta_hit_dateutil(raw: str, tz: ZoneInfo) -> DateHit | None:
    """Machine-written metadata in the forms python-dateutil reads well: compact ISO 8601
    ("20160118T104300") and English long forms ("Monday, January 18, 2016 10:43 AM").
    Numeric day/month orders are not guessed: "01/02/2016" is ambiguous."""
    value = raw.strip()
    compact = COMPACT_ISO_RE.fullmatch(value)
    if not compact and not META_MONTH_WORD_RE.search(value):
        return None
    from dateutil import parser as date_parser  # imported on this rare path only

    try:
        parsed = date_parser.isoparse(value) if compact else date_parser.parse(value)
    except (ValueError, OverflowError):
        return None
    if not 1990 <= parsed.year <= 2100:
        return None
    has_time = bool(compact and "T" in value) or bool(META_TIME_RE.search(value))
    if not has_time:
        return DateHit(parsed.date(), 0, len(value), 0, False, True)
    zoned = parsed.tzinfo is not None
    aware = parsed if zoned else parsed.replace(tzinfo=tz)
    return DateHit(aware, 0, len(value), 2 if parsed.second else 1, zoned, True)


_Found = tuple[PublishedRule, Reading[Moment]]


def _visible(x: PublishedInputs) -> list[_Found]:
    """The dates of the visible text, each with the rule that reads it: at most one from
    the top of the release, then every signature line."""
    doc, tz = x.doc, x.tz
    blocks = doc.blocks
    header_end = _header_end(doc)
    invitation = _is_invitation(doc)
    out: list[_Found] = []
    found_header = False
    text = doc.text
    for i, b in enumerate(blocks):
        if b.role == "boilerplate":
            continue
        if (
            (i >= _HEADER_MAX_BLOCKS or b.role not in ("label", "dateline"))
            and text.find("20", b.start, b.end) < 0
            and text.find("19", b.start, b.end) < 0
        ):
            continue  # no year in a block off a label line: no date (_may_hold_date)
        # A label or dateline line stays one where the lead was recognized early.
        labelled = (
            b.role in ("label", "dateline")
            and i < _HEADER_MAX_BLOCKS
            and not (i and _ends_with_colon(doc, blocks[i - 1]))
            and not (i and _wrapped_after(doc, blocks[i - 1], b))
        )
        in_header = i <= header_end or labelled
        line, run_on = _readable(
            doc, b, first_prose=i == header_end and not labelled, in_header=in_header
        )
        if run_on:
            out.extend(_inline_signatures(doc, b, tz, invitation))
        if line is None or not _may_hold_date(line, labelled=labelled):
            continue
        ref = x.reference_date if labelled else None
        hits = find_dates(line, tz, ref, short_years=labelled)
        if not hits:
            continue
        if in_header and not found_header:
            found = _header_candidate(b, line, hits, invitation, i == header_end and not labelled)
            if found is not None:
                out.append(_found(b, found[1], found[0], tz))
                found_header = found[0] != "published.title"
                continue
        if b.role in ("title", "chrome"):
            continue
        if i and _ends_with_colon(doc, blocks[i - 1]):
            continue  # the value of a field: "Datum:" / "18 januari 2016"
        if i and _wrapped_after(doc, blocks[i - 1], b):
            continue  # the end of a hard-wrapped sentence: "... tillträder den" / "1 februari 2024."
        sig = _signature(line, hits, invitation)
        if sig is not None:
            out.append(_found(b, sig, "published.signature", tz))
    return out


def _run_on_dateline(x: PublishedInputs) -> Iterator[Reading[Moment]]:
    """A release run on into one line (no line break in the whole text): the first date
    of its opening that is stamped as a dateline is: at the very start, with a time, or
    after a label word or "Publicerad" ("Rubrik Pressmeddelande • Jul 27, 2018 14:50 CEST
    Text ...")."""
    doc = x.doc
    text = doc.text.strip()
    if len(text) < RUN_ON_MIN_CHARS or "\n" in text or _is_invitation(doc):
        return
    start = doc.text.find(text[:1])
    opening = doc.text[start : start + RUN_ON_OPENING]
    for h in find_dates(opening, x.tz):
        before = opening[max(0, h.start - RUN_ON_CUE_SPAN) : h.start]
        if not h.has_year or UPDATED_CUE_RE.search(before) or EVENT_CUE_RE.search(before):
            continue
        # A label prints its word capitalized; "i pressmeddelande 2011-10-04" cites another.
        label = KIND_WORD_RE.search(before)
        cued = (label is not None and label.group()[:1].isupper()) or PUBLISHED_CUE_RE.search(
            before
        )
        if h.start <= RUN_ON_START or h.precision > 0 or cued:
            yield _reading(h.value, h.precision, Span(start + h.start, start + h.end), x.tz)
        return


def _readable(
    doc: Document, b: Block, *, first_prose: bool, in_header: bool
) -> tuple[str | None, bool]:
    """The text of ``b`` a dateline or signature may be read from (None: none), and whether
    a place dateline may stand inside it (a long paragraph: a run-on text)."""
    long_block = b.end - b.start > _SIGNATURE_MAX_LEN
    if first_prose:
        # Only the opening of the first prose paragraph can hold a dateline.
        return doc.text[b.start : min(b.end, b.start + _LEAD_DATELINE_LEN)], long_block
    if in_header or not long_block:
        return doc.text[b.start : b.end], False
    return None, True


def _wrapped_after(doc: Document, prev: Block, b: Block) -> bool:
    """True when ``b`` goes on the sentence of the line before it (no blank line between,
    and that line ends in a word)."""
    gap = doc.text[prev.end : b.start]
    line = doc.text[prev.start : prev.end].rstrip()
    # A wrapped line is long and ends in a lower-case word ("Styrelsen" signs, it is short).
    ends_in_word = line[-1:].islower() or line.endswith(",")
    return gap.count("\n") == 1 and not gap.strip() and ends_in_word and len(line) >= _WRAPPED_MIN


def _ends_with_colon(doc: Document, b: Block) -> bool:
    return doc.text[b.start : b.end].rstrip().endswith(":")


def _found(b: Block, h: DateHit, rule: PublishedRule, tz: tzinfo) -> _Found:
    return rule, _reading(h.value, h.precision, new_span(b.start + h.start, b.start + h.end), tz)


def _header_candidate(
    b: Block, line: str, hits: list[DateHit], invitation: bool, first_prose: bool
) -> tuple[PublishedRule, DateHit] | None:
    prev = 0
    for h in hits:
        before = line[prev : h.start]
        prev = h.end
        if UPDATED_CUE_RE.search(before) or (b.role == "title" and EVENT_CUE_RE.search(before)):
            continue
        rule = _header_rule(
            b, line, hits, h, before=before, invitation=invitation, first_prose=first_prose
        )
        if rule is not None:
            return (rule, h) if rule != "-" else None
    return None


def _header_rule(
    b: Block,
    line: str,
    hits: list[DateHit],
    h: DateHit,
    *,
    before: str,
    invitation: bool,
    first_prose: bool,
) -> PublishedRule | Literal["-"] | None:
    """The rule that reads ``h`` on a line at the top; "-" when the line can hold none,
    None to try the line's next date."""
    if PUBLISHED_CUE_RE.search(before) is not None and h.has_year:
        return "published.published_line"
    if h.has_year and _pipe_field(line, h):
        # "Delårsrapport | Ekonomi | 24 apr, 2014 | 14:06 | Regulatoriska": a header line.
        return "published.dateline"
    if first_prose:
        # Only a place dateline opening the lead: "STOCKHOLM, Jan. 18, 2016 /PRNewswire/ --".
        if (
            h.has_year
            and PLACE_PREFIX_RE.match(line[: h.start])
            and LEAD_DATELINE_TAIL_RE.match(line[h.end :])
        ):
            return "published.place_dateline"
        return "-"
    if b.role == "title":
        # "ÅF AB: Förtydligande 2013-11-12": a numeric date closing a headline.
        if (
            h.has_year
            and not invitation
            and _is_numeric(line, h)
            and not line[h.end :].strip(" .)")
        ):
            return "published.title"
        return "-"
    if b.role in ("label", "dateline"):
        if invitation and not (h.zoned or _is_numeric(line, h)) and b.role == "dateline":
            return None
        return "published.label" if b.role == "label" else "published.dateline"
    if EVENT_CUE_RE.search(before) or not h.has_year or len(line) > _DATELINE_MAX_LEN:
        return None
    if invitation and not h.zoned:
        return None
    if _residual_words(line, hits) <= _DATELINE_MAX_WORDS:
        return "published.dateline"
    return None


def _pipe_field(line: str, h: DateHit) -> bool:
    """True when the date (and its time) fills fields of a line of three or more fields
    separated by "|"."""
    if line.count("|") < 2:
        return False
    before, after = line[: h.start].rstrip(), line[h.end :].lstrip()
    return (not before or before.endswith("|")) and (not after or after.startswith("|"))


def _signature(line: str, hits: list[DateHit], invitation: bool) -> DateHit | None:
    """A line that is only a date, or a place and a date: "Helsingborg 2007-04-24",
    "Stockholm den 31 maj 2010" (a place signs the release, in an invitation too)."""
    if len(hits) != 1:
        return None
    h = hits[0]
    if not h.has_year or line[h.end :].strip(" .") or WEEKDAY_RE.search(line):
        return None
    head = line[: h.start]
    if not head.strip():
        return None if invitation else h
    if (
        not PLACE_PREFIX_RE.match(head)
        or UPDATED_CUE_RE.search(head)
        or EVENT_CUE_RE.search(head)
        or INVITATION_RE.search(head)
    ):
        return None
    return h


def _inline_signatures(doc: Document, b: Block, tz: tzinfo, invitation: bool) -> Iterator[_Found]:
    """ "... projektet. Stockholm den 28 februari 2000 Styrelsen För ytterligare ...": a place
    dateline inside a run-on paragraph, followed by a capitalized word or the end."""
    text = doc.text
    if text.find("20", b.start, b.end) < 0 and text.find("19", b.start, b.end) < 0:
        return  # no year (YEAR_HINT_RE) in the paragraph: no date find_dates would read
    pos = text.find(" den ", b.start, b.end)
    while pos >= 0:
        if not _place_word_before(text, pos):
            pos = text.find(" den ", pos + 5, b.end)
            continue
        m = PLACE_DEN_RE.search(text, max(b.start, pos - 64), min(b.end, pos + 5))
        if m is not None and m.end() == pos + 5:
            hits = find_dates(text[m.end() : min(b.end, m.end() + 40)], tz)
            if hits and hits[0].start == 0 and hits[0].has_year:
                h = hits[0]
                after = text[m.end() + h.end : m.end() + h.end + 2]
                head = text[m.start() : m.end()]
                if (not after.strip() or after[1:].isupper()) and not INVITATION_RE.search(head):
                    yield _found(b, _shift(h, m.end() - b.start), "published.signature_inline", tz)
        pos = text.find(" den ", pos + 5, b.end)


# The letters after the capital of a place's word (PLACE_DEN_RE).
_PLACE_LETTERS = frozenset("abcdefghijklmnopqrstuvwxyzåäöéü")


def _place_word_before(text: str, pos: int) -> bool:
    """True when a word PLACE_DEN_RE reads as a place ends right before the " den " at
    ``pos`` (a capital, then 1 to 30 small letters, then perhaps a comma): else no match
    of it can end with this " den ", and it is not searched for."""
    end = pos - 1 if text[pos - 1 : pos] == "," else pos
    start = end
    while start > 0 and text[start - 1] in _PLACE_LETTERS:
        start -= 1
    return (
        1 <= end - start <= 30 and start > 0 and text[start - 1] in "ABCDEFGHIJKLMNOPQRSTUVWXYZÅÄÖ"
    )


def _shift(h: DateHit, by: int) -> DateHit:
    return DateHit(h.value, h.start + by, h.end + by, h.precision, h.zoned, h.has_year)


def _header_end(doc: Document) -> int:
    """Index of the first prose block: the lead, or a body paragraph of many words."""
    limit = min(len(doc.blocks), _HEADER_MAX_BLOCKS)
    for i in range(limit):
        b = doc.blocks[i]
        if b.role == "lead" or (
            b.role == "body"
            and b.end - b.start > 80
            and _more_words(doc.text, b.start, min(b.end, b.start + 400), _PROSE_WORDS)
        ):
            return i
    return limit


def _more_words(text: str, start: int, end: int, n: int) -> bool:
    """True when ``text[start:end]`` has more than ``n`` words (stops counting at n + 1)."""
    return next(islice(WORD_RE.finditer(text, start, end), n, None), None) is not None


def _is_invitation(doc: Document) -> bool:
    for b in doc.blocks[:_HEADER_MAX_BLOCKS]:
        if b.role in ("title", "label") and _has_invitation_cue(doc, b):
            return True
    return False


def _has_invitation_cue(doc: Document, b: Block) -> bool:
    # A match of the case-insensitive INVITATION_RE holds one of its lower-case words in
    # the folded text: without one, the pattern is not searched.
    if INVITATION_WORD_RE.search(doc.folded(), b.start, b.end) is None:
        return False
    return INVITATION_RE.search(doc.text, b.start, b.end) is not None


def _may_hold_date(line: str, *, labelled: bool) -> bool:
    """Cheap guard: every date form has a digit, and a date off a label line needs a year
    (find_dates reads none without YEAR_HINT_RE, whose every match holds "19" or "20")."""
    if labelled:
        return DIGIT_RE.search(line) is not None
    return "20" in line or "19" in line


def _is_numeric(line: str, h: DateHit) -> bool:
    return line[h.start].isdigit() and not any(c.isalpha() for c in line[h.start : h.end])


def _residual_words(line: str, hits: list[DateHit]) -> int:
    n = 0
    prev = 0
    for h in hits:
        n += _content_words(line[prev : h.start])
        prev = h.end
    return n + _content_words(line[prev:])


def _content_words(s: str) -> int:
    s = KIND_WORD_RE.sub(" ", s)
    s = WEEKDAY_RE.sub(" ", s)
    return len(WORD_RE.findall(s))


def _same_moment(a: Published, b: Published, tz: ZoneInfo) -> bool:
    """True when ``a`` and ``b`` name the same day, and the same minute if both have times."""
    if isinstance(a, datetime) and isinstance(b, datetime):
        return abs(a - b) < timedelta(minutes=1)
    da = a.astimezone(tz).date() if isinstance(a, datetime) else a
    db = b.astimezone(tz).date() if isinstance(b, datetime) else b
    return da == db


# --- reading one match --------------------------------------------------------------------


def _hit(m: re.Match[str], tz: tzinfo, reference_date: date | None) -> DateHit | None:
    mon_raw, year_raw, day_raw, hour_raw = m.group("mon", "year", "day", "h")
    mon = int(mon_raw) if mon_raw.isdigit() else MONTHS.get(mon_raw.lower())
    if mon is None:
        return None
    day_n = int(day_raw)
    try:
        if year_raw:
            # A two-digit year (SHORT_DMY_RE) is of this century: releases are not older.
            day = date(int(year_raw) + (2000 if len(year_raw) == 2 else 0), mon, day_n)
        elif reference_date is not None:
            day = date(reference_date.year, mon, day_n)
            if day > reference_date + timedelta(days=1):
                day = date(reference_date.year - 1, mon, day_n)
        else:
            return None
    except ValueError:
        return None
    if not hour_raw:
        return DateHit(day, m.start(), m.end(), 0, False, bool(year_raw))
    value = _with_time(day, m, tz)
    if isinstance(value, datetime):
        precision = 2 if m.group("s") else 1
        zoned = bool(m.group("tz") or m.group("off"))
        return DateHit(value, m.start(), m.end(), precision, zoned, bool(year_raw))
    # An impossible time ("25:61"): keep the date, drop what was read as a time.
    return DateHit(day, m.start(), m.start("h"), 0, False, bool(year_raw))


def _with_time(day: date, m: re.Match[str], tz: tzinfo) -> Published:
    ampm, off, abbr, abbr_off, tzname = _zone_groups(m)
    hour = int(m.group("h"))
    if ampm:
        if not 1 <= hour <= 12:
            return day
        hour = hour % 12 + (12 if ampm[0] in "pP" else 0)
    minute, second = m.group("m", "s")
    zone = _zone(off, abbr, abbr_off)
    if zone is None and tzname:
        tz = _named_zone(tzname)
    try:
        moment = datetime(
            day.year, day.month, day.day, hour, int(minute), int(second or 0), tzinfo=zone or tz
        )
    except ValueError:
        return day
    if zone is not None:
        return moment
    # A wall time skipped by the spring change (02:30 on the last Sunday of March) is
    # read as the same instant the clock showed: normalize through UTC.
    return moment.astimezone(timezone.utc).astimezone(tz)


# The groups of a time's hour, zone and offset, in the order _with_time reads them.
_ZONE_GROUPS = ("ampm", "off", "tz", "tzoff", "tzname")


def _zone_groups(
    m: re.Match[str],
) -> tuple[str | None, str | None, str | None, str | None, str | None]:
    """The groups of _ZONE_GROUPS of a date or time match, None for those its pattern lacks
    (TIME_RE has only ``tz``)."""
    names = _present_groups(m.re)
    ampm, off, abbr, abbr_off, tzname = (m.group(n) if n in names else None for n in _ZONE_GROUPS)
    return ampm, off, abbr, abbr_off, tzname


@lru_cache(maxsize=32)
def _present_groups(rx: re.Pattern[str]) -> frozenset[str]:
    """The names of _ZONE_GROUPS that ``rx`` has."""
    return frozenset(_ZONE_GROUPS).intersection(rx.groupindex)


@lru_cache(maxsize=32)
def _named_zone(name: str) -> ZoneInfo:
    """The IANA zone of a zone written out ("W. Europe Standard Time")."""
    return ZoneInfo(WINDOWS_ZONES[" ".join(name.split())])


@lru_cache(maxsize=64)
def _zone(off: str | None, abbr: str | None, abbr_off: str | None) -> tzinfo | None:
    """The zone of a printed offset or abbreviation (cached: releases print few)."""
    if off:
        return _offset(off.strip())
    if not abbr:
        return None
    base = timedelta(hours=ZONES[abbr.upper()])
    if abbr_off:
        extra = _offset(abbr_off)
        return timezone(base + extra.utcoffset(None))
    return timezone.utc if not base else timezone(base)


def _offset(raw: str) -> timezone:
    if raw == "Z":
        return timezone.utc
    sign = -1 if raw[0] == "-" else 1
    digits = raw[1:].replace(":", "")
    if len(digits) <= 2:
        hours, minutes = int(digits), 0
    else:
        hours, minutes = int(digits[:-2]), int(digits[-2:])
    return timezone(sign * timedelta(hours=hours, minutes=minutes))


# --- the rule table (after the functions it names) ------------------------------------------

RULES: tuple[Rule[PublishedRule, PublishedInputs, Moment], ...] = (
    Rule("published.regulatory", W_REGULATORY, _regulatory,
         "the MAR sentence: 'Informationen lämnades ... för offentliggörande den ...'"),
    Rule("published.metadata", W_METADATA, _page_metadata,
         "page metadata: JSON-LD datePublished, article:published_time"),
    Rule("published.front_matter", W_METADATA, _front_matter, "front matter 'date:'"),
    _visible_rule("published.published_line"),
    _visible_rule("published.label"),
    _visible_rule("published.dateline"),
    _visible_rule("published.place_dateline"),
    _visible_rule("published.signature"),
    _visible_rule("published.signature_inline"),
    Rule(
        "published.run_on_dateline",
        W_RUN_ON_DATELINE,
        _run_on_dateline,
        "the dateline at the opening of a release run on into one line: "
        "'... Pressmeddelande • Jul 27, 2018 14:50 CEST För information ...'",
    ),
    _visible_rule("published.title"),
    Rule("published.metadata_time", W_TIME_ELEMENT, _time_element,
         "the first <time datetime> of the page"),
)  # fmt: skip
"""The rules of the publication moment, the most reliable first."""
