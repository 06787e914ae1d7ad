"""The publication moment.

Every date form Swedish and English releases print is read by :func:`find_dates`; the
candidates are then ranked by where they stand:

1. the MAR disclosure sentence (``... för offentliggörande den 18 januari 2016 kl. 08:30 CET``),
2. page metadata (JSON-LD ``datePublished``, ``article:published_time``, front matter ``date``),
3. the dateline or label at the top (``Pressmeddelande • Jan 18, 2016 10:43 CET``,
   ``11.2.2026 13:00:03 CET | Dramaten | Pressmeddelande``, ``Publicerad: 18 januari 2016``),
4. a place-and-date signature line (``Helsingborg 2007-04-24``),
5. a numeric date closing the title, then the first ``<time datetime>`` of the page.

A lower-ranked candidate for the same day replaces a higher-ranked one when it is more
precise (metadata with seconds for a label with minutes, a label with a time for a date-only
metadata value). Dates inside the boilerplate, after ``Uppdaterad``, or after an event cue
(``Tid:``, ``hålls den``) are never chosen; when no candidate remains the result is None.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, datetime, timedelta, timezone, tzinfo
from itertools import islice
from zoneinfo import ZoneInfo

from pressparse.document import Block, Document, Finding, Published, Span
from pressparse.lexicon.dates import (
    EVENT_CUES,
    INVITATION_CUES,
    MONTHS,
    PUBLISHED_CUES,
    REGULATORY_CUES,
    REGULATORY_STEMS,
    UPDATED_CUES,
    WEEKDAYS,
    ZONES,
)
from pressparse.lexicon.structure import KIND_LABELS
from pressparse.rule_ids import PublishedRule


def _alt(words: tuple[str, ...] | list[str]) -> str:
    return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))


_MONTH = rf"(?P<mon>{_alt(list(MONTHS))})\.?(?![a-zåäö])"
_YEAR = r"(?P<year>(?:19|20)\d\d)(?!\d)"
# Compact ISO 8601 in page metadata: "20160118", "20160118T104300", "20160118T104300+0100".
COMPACT_ISO_RE = re.compile(r"(?:19|20)\d{6}(?:T\d{4}(?:\d{2})?(?:Z|[+-]\d{4})?)?")
# A month name (lexicon.dates.MONTHS) in a metadata value: "Monday, January 18, 2016".
META_MONTH_WORD_RE = re.compile(rf"\b{_MONTH}", re.I)
# A clock time in a metadata value: "10:43", "10:43:00".
META_TIME_RE = re.compile(r"\b\d{1,2}:\d{2}\b")

# Time after a date: " 10:43", ", kl. 10.43", " klockan 10.43", "T10:43:00.000+01:00",
# " 13:00:03 CET", " 10:43 AM", " 08:30 (CEST)", " 10:43 UTC+1".
_TIME = (
    r"(?:(?:T|,?[ \t]{0,3}(?:kl\.?|klockan|at)?[ \t]{0,3})"
    r"(?P<h>[01]?\d|2[0-3])[:.](?P<m>[0-5]\d)(?![\d])(?:[:.](?P<s>[0-5]\d)(?:[.,]\d{1,9})?)?"
    r"(?:[ \t]?(?P<ampm>[AaPp]\.?[Mm]\.?)(?![a-z]))?"
    r"(?:[ \t]{0,3}\(?(?P<tz>CEST|CET|UTC|GMT)(?P<tzoff>[+-](?:0?\d|1[0-4])(?::?\d\d)?)?\)?"
    r"|(?P<off>Z(?![\w])|[ \t]{0,3}[+-](?:0\d|1[0-4]):?\d\d(?!\d)))?)?"
)

# "2016-01-18", "2016-01-18 10:43", "2016-01-18T10:43:00+01:00", "2010-03-16 09:15Pressmeddelande";
# not "2016-2018" nor a longer digit run.
ISO_RE = re.compile(
    r"(?<![\d-])(?P<year>(?:19|20)\d\d)-(?P<mon>0?[1-9]|1[0-2])-(?P<day>[0-3]?\d)(?!\d)" + _TIME
)
# "18/1 2016", "18/1/2016", "11.2.2026 13:00:03 CET", "18.01.2016"; not "v1.2.2016" nor
# "1.2.2016.3", nor a phone number (no four-digit year after a day and month).
NUMERIC_DMY_RE = re.compile(
    r"(?<![\w.,/-])(?P<day>[0-3]?\d)(?P<sep>[./])(?P<mon>[01]?\d)(?:(?P=sep)|[ \t])"
    r"(?P<year>(?:19|20)\d\d)(?![\d]|[.,]\d)" + _TIME
)
# "18 januari 2016", "18 jan. 2016", "måndag den 18 januari 2016 kl. 10.43", "18 January, 2016";
# the year may be missing ("18 januari"), then only a reference date can place it.
DAY_FIRST_RE = re.compile(
    rf"(?<![\w.,/-])(?P<day>[0-3]?\d)(?::e|:a|st|nd|rd|th)?\.?[ \t]{{1,3}}{_MONTH}"
    rf"(?:,?[ \t]{{1,3}}{_YEAR})?" + _TIME,
    re.I,
)
# "Jan 18, 2016 10:43 CET", "Maj 31, 2016 21:17 CEST", "January 18, 2016", "Jan 18 10:43 CET".
MONTH_FIRST_RE = re.compile(
    rf"(?<![\w])(?:{_MONTH})[ \t]{{1,3}}(?P<day>[0-3]?\d)(?:st|nd|rd|th)?(?![\d])"
    rf"(?:,?[ \t]{{1,3}}{_YEAR})?" + _TIME,
    re.I,
)
_DATE_RES = (ISO_RE, NUMERIC_DMY_RE, DAY_FIRST_RE, MONTH_FIRST_RE)

# A bare time with its zone, for the English MAR sentence that prints the time first:
# "... for publication ... at 08:30 CET on 18 January 2016".
TIME_RE = re.compile(
    r"(?:\bkl\.?|\bklockan|\bat)[ \t]{1,3}(?P<h>[01]?\d|2[0-3])[:.](?P<m>[0-5]\d)(?!\d)"
    r"(?:[:.](?P<s>[0-5]\d))?(?:[ \t]{0,3}\(?(?P<tz>CEST|CET|UTC|GMT)\)?)?",
    re.I,
)


def _first_letter_either_case(words: tuple[str, ...]) -> str:
    # Case-sensitive search is many times faster than re.I over a whole release; the cues
    # are printed in lower case or with a capital first letter.
    return "|".join(
        f"[{w[0].upper()}{w[0]}]{re.escape(w[1:])}" for w in sorted(words, key=len, reverse=True)
    )


# The MAR disclosure cue: "Informationen lämnades ... för offentliggörande den ...".
REGULATORY_RE = re.compile(rf"(?:{_first_letter_either_case(REGULATORY_CUES)})")
# "Publicerad:", "Published" just before a date on the same line.
PUBLISHED_CUE_RE = re.compile(rf"\b(?:{_alt(PUBLISHED_CUES)})\b", re.I)
# "Uppdaterad", "Updated" before a date: that date is a later change, not the publication.
UPDATED_CUE_RE = re.compile(rf"\b(?:{_alt(UPDATED_CUES)})\b", re.I)
# "Tid:", "hålls den", "since" before a date on the same line: the date of an event.
EVENT_CUE_RE = re.compile(rf"(?<![\w])(?:{_alt(EVENT_CUES)})(?![\w])", re.I)
# A title that announces an invitation: "Inbjudan till pressträff ...".
INVITATION_RE = re.compile(rf"(?<![\w])(?:{_alt(INVITATION_CUES)})", re.I)
# A weekday name before a date: "Måndag 13 april kl 12.30" (event lines in invitations).
WEEKDAY_RE = re.compile(rf"(?<![\w])(?:{_alt(WEEKDAYS)})(?![\w])", re.I)
# Label words that may stand beside a dateline: "Pressmeddelande • Jan 18, 2016".
KIND_WORD_RE = re.compile(rf"(?<![\w])(?:{_alt(KIND_LABELS)})(?![\w])", re.I)
# A place, optionally "den", before a date: "Helsingborg 2007-04-24", "STOCKHOLM, Jan. 18, 2016",
# "Stockholm den 18 januari 2016".
PLACE_PREFIX_RE = re.compile(
    r"^[ \t]{0,5}(?:[A-ZÅÄÖ][a-zåäöéü]{1,30}(?:[ -][A-ZÅÄÖ][a-zåäöéü]{1,30})?|[A-ZÅÄÖ]{2,30})"
    r"[ \t]{0,3},?[ \t]{1,3}(?:den[ \t]{1,3})?$"
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
_PROSE_WORDS = 20
_DATELINE_MAX_LEN = 160
_DATELINE_MAX_WORDS = 6
_SIGNATURE_MAX_LEN = 60
_LEAD_DATELINE_LEN = 80

# Ranks of the candidates: lower wins, a lower rank with more precision wins on the same day.
_RANK_REGULATORY = 0
_RANK_METADATA = 1
_RANK_DATELINE = 2
_RANK_SIGNATURE = 3
_RANK_TITLE = 4
_RANK_TIME_ELEMENT = 5


@dataclass(frozen=True, slots=True)
class DateHit:
    """One date read from a string: its value, offsets and how precise it is."""

    value: Published
    start: int
    end: int
    precision: int  # 0 date, 1 minute, 2 second
    zoned: bool  # a zone or offset was printed
    has_year: bool


@dataclass(frozen=True, slots=True)
class _Candidate:
    value: Published
    span: Span | None
    rule: PublishedRule
    rank: int
    precision: int


def extract_published(
    doc: Document, tz: ZoneInfo, *, reference_date: date | None = None
) -> Finding[Published] | None:
    """The publication moment of ``doc``, or None when it states none.

    ``tz`` is the zone of times printed without one; ``reference_date`` places dates printed
    without a year (the latest such day not after it), which are otherwise ignored.
    """
    cands: list[_Candidate] = []
    _regulatory(doc, tz, cands)
    _metadata(doc, tz, cands)
    _visible(doc, tz, reference_date, cands)
    if not cands:
        return None
    best = min(cands, key=lambda c: c.rank)
    for c in cands:
        if c.precision > best.precision and _same_moment(c.value, best.value, tz):
            best = c
    return Finding(best.value, best.span, best.rule)


def find_dates(text: str, tz: tzinfo, reference_date: date | None = None) -> list[DateHit]:
    """Every date in ``text`` (with its time and zone when printed), in text order.

    Overlapping readings keep the earliest, longest one. A date without a year is kept only
    when ``reference_date`` is given.
    """
    if reference_date is None and YEAR_HINT_RE.search(text) is None:
        return []
    hits: list[DateHit] = []
    for rx in _DATE_RES:
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


def find_moment(text: str, tz: ZoneInfo) -> tuple[Published, int, int] | None:
    """First date (with time when printed) in ``text``, with its offsets."""
    hits = find_dates(text, tz)
    return (hits[0].value, hits[0].start, hits[0].end) if hits else None


# --- candidates ---------------------------------------------------------------------------


def _regulatory(doc: Document, tz: ZoneInfo, out: list[_Candidate]) -> None:
    text = doc.text
    for cue in _regulatory_cues(text):
        end = text.find("\n", cue.end())
        line_start = text.rfind("\n", 0, cue.start()) + 1
        # The MAR sentence is about "the information" (Informationen, The information).
        if text.find("nformation", line_start, cue.start()) < 0:
            continue
        window_end = min(cue.end() + 250, len(text) if end < 0 else end)
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
        a = cue.end() + h.start
        out.append(
            _Candidate(value, Span(a, cue.end() + h.end), "published.regulatory", 0, precision)
        )
        return


def _regulatory_cues(text: str) -> list[re.Match[str]]:
    """The MAR cues of ``text``: found by their stems with plain string search (fast), then
    confirmed by :data:`REGULATORY_RE` around each stem."""
    found: list[re.Match[str]] = []
    last_end = -1
    for stem in REGULATORY_STEMS:
        pos = text.find(stem)
        while pos >= 0:
            m = REGULATORY_RE.search(text, max(0, pos - 12, last_end), pos + 30)
            if m is not None and m.start() >= last_end:
                found.append(m)
                last_end = m.end()
            pos = text.find(stem, pos + len(stem))
    found.sort(key=lambda m: m.start())
    return found


def _metadata(doc: Document, tz: ZoneInfo, out: list[_Candidate]) -> None:
    raw = doc.meta.get("published")
    if raw:
        hit = _meta_hit(raw, tz)
        if hit is not None:
            rule: PublishedRule = (
                "published.front_matter" if doc.source_format == "text" else "published.metadata"
            )
            out.append(_Candidate(hit.value, None, rule, _RANK_METADATA, hit.precision))
    raw = doc.meta.get("time")
    if raw:
        hit = _meta_hit(raw, tz)
        if hit is not None:
            out.append(
                _Candidate(
                    hit.value, None, "published.metadata_time", _RANK_TIME_ELEMENT, hit.precision
                )
            )


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


def _visible(
    doc: Document, tz: ZoneInfo, reference_date: date | None, out: list[_Candidate]
) -> None:
    blocks = doc.blocks
    header_end = _header_end(doc)
    invitation = _is_invitation(doc)
    found_header = False
    for i, b in enumerate(blocks):
        if b.role == "boilerplate":
            continue
        in_header = i <= header_end
        if i == header_end:
            # Only the opening of the first prose paragraph can hold a dateline.
            line = doc.text[b.start : min(b.end, b.start + _LEAD_DATELINE_LEN)]
        elif in_header or b.end - b.start <= _SIGNATURE_MAX_LEN:
            line = doc.text[b.start : b.end]
        else:
            continue
        if not _may_hold_date(line):
            continue
        ref = reference_date if in_header and b.role in ("label", "dateline") else None
        hits = find_dates(line, tz, ref)
        if not hits:
            continue
        if in_header and not found_header:
            cand = _header_candidate(b, line, hits, invitation, i == header_end)
            if cand is not None:
                out.append(cand)
                found_header = cand.rank == _RANK_DATELINE
                continue
        if b.role in ("title", "chrome"):
            continue
        if i and doc.text[blocks[i - 1].start : blocks[i - 1].end].rstrip().endswith(":"):
            continue  # the value of a field: "Datum:" / "18 januari 2016"
        sig = _signature(b, line, hits, invitation)
        if sig is not None:
            out.append(sig)


def _header_candidate(
    b: Block, line: str, hits: list[DateHit], invitation: bool, first_prose: bool
) -> _Candidate | None:
    prev = 0
    for h in hits:
        before = line[prev : h.start]
        prev = h.end
        if UPDATED_CUE_RE.search(before) or (b.role == "title" and EVENT_CUE_RE.search(before)):
            continue
        cued = PUBLISHED_CUE_RE.search(before) is not None
        if cued and h.has_year:
            return _cand(b, h, "published.published_line", _RANK_DATELINE)
        if first_prose:
            # Only a place dateline opening the lead: "STOCKHOLM, Jan. 18, 2016 /PRNewswire/ --".
            if (
                h.has_year
                and PLACE_PREFIX_RE.match(line[: h.start])
                and LEAD_DATELINE_TAIL_RE.match(line[h.end :])
            ):
                return _cand(b, h, "published.place_dateline", _RANK_DATELINE)
            return None
        if b.role == "title":
            # "ÅF AB: Förtydligande 2013-11-12": a numeric date closing a headline.
            if (
                h.has_year
                and not invitation
                and _is_numeric(line, h)
                and not line[h.end :].strip(" .)")
            ):
                return _cand(b, h, "published.title", _RANK_TITLE)
            return None
        if b.role in ("label", "dateline"):
            if invitation and not (h.zoned or _is_numeric(line, h)) and b.role == "dateline":
                continue
            return _cand(
                b,
                h,
                "published.label" if b.role == "label" else "published.dateline",
                _RANK_DATELINE,
            )
        if EVENT_CUE_RE.search(before):
            continue
        if not h.has_year or len(line) > _DATELINE_MAX_LEN:
            continue
        if invitation and not h.zoned:
            continue
        if _residual_words(line, hits) <= _DATELINE_MAX_WORDS:
            return _cand(b, h, "published.dateline", _RANK_DATELINE)
    return None


def _signature(b: Block, line: str, hits: list[DateHit], invitation: bool) -> _Candidate | None:
    """A line that is only a date, or a place and a date: "Helsingborg 2007-04-24"."""
    if len(hits) != 1 or invitation:
        return None
    h = hits[0]
    if not h.has_year or line[h.end :].strip(" .") or WEEKDAY_RE.search(line):
        return None
    head = line[: h.start]
    if head.strip() and (
        not PLACE_PREFIX_RE.match(head) or UPDATED_CUE_RE.search(head) or EVENT_CUE_RE.search(head)
    ):
        return None
    return _cand(b, h, "published.signature", _RANK_SIGNATURE)


def _cand(b: Block, h: DateHit, rule: PublishedRule, rank: int) -> _Candidate:
    return _Candidate(h.value, Span(b.start + h.start, b.start + h.end), rule, rank, h.precision)


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
        if b.role in ("title", "label") and INVITATION_RE.search(doc.text, b.start, b.end):
            return True
    return False


def _may_hold_date(line: str) -> bool:
    # Cheap guard: every date form has a digit.
    return DIGIT_RE.search(line) is not None


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
    mon_raw = m.group("mon")
    mon = int(mon_raw) if mon_raw.isdigit() else MONTHS.get(mon_raw.lower())
    if mon is None:
        return None
    year_raw = m.group("year")
    day_n = int(m.group("day"))
    try:
        if year_raw:
            day = date(int(year_raw), mon, day_n)
        elif reference_date is not None:
            day = date(reference_date.year, mon, day_n)
            if day > reference_date + timedelta(days=1):
                day = date(reference_date.year - 1, mon, day_n)
        else:
            return None
    except ValueError:
        return None
    if not m.group("h"):
        return DateHit(day, m.start(), m.end(), 0, False, bool(year_raw))
    value = _with_time(day, m, tz)
    if isinstance(value, datetime):
        precision = 2 if m.group("s") else 1
        zoned = bool(m.group("tz") or m.group("off"))
        return DateHit(value, m.start(), m.end(), precision, zoned, bool(year_raw))
    # An impossible time ("25:61"): keep the date, drop what was read as a time.
    return DateHit(day, m.start(), m.start("h"), 0, False, bool(year_raw))


def _with_time(day: date, m: re.Match[str], tz: tzinfo) -> Published:
    groups = m.groupdict()
    hour = int(m.group("h"))
    ampm = (groups.get("ampm") or "").lower()[:1]
    if ampm:
        if not 1 <= hour <= 12:
            return day
        hour = hour % 12 + (12 if ampm == "p" else 0)
    try:
        naive = datetime(
            day.year, day.month, day.day, hour, int(m.group("m")), int(m.group("s") or 0)
        )
    except ValueError:
        return day
    zone = _zone(groups.get("off"), groups.get("tz"), groups.get("tzoff"))
    if zone is not None:
        return naive.replace(tzinfo=zone)
    local = naive.replace(tzinfo=tz)
    # A wall time skipped by the spring change (02:30 on the last Sunday of March) is
    # read as the same instant the clock showed: normalize through UTC.
    return local.astimezone(timezone.utc).astimezone(tz)


def _zone(off: str | None, abbr: str | None, abbr_off: str | None) -> tzinfo | None:
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
