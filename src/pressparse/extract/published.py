"""The publication moment."""

from __future__ import annotations

import re
from datetime import date, datetime, timedelta, timezone
from zoneinfo import ZoneInfo

from pressparse.document import Document, Finding, Published, Span
from pressparse.lexicon.dates import MONTHS, ZONES

_MONTH_ALT = "|".join(sorted(MONTHS, key=len, reverse=True))
# "Jan 18, 2016 10:43 CET" as Mynewsdesk prints it under the title.
MONTH_FIRST_RE = re.compile(
    rf"\b(?P<mon>{_MONTH_ALT})\.?[ \t]+(?P<day>\d{{1,2}}),?[ \t]+(?P<year>(?:19|20)\d\d)"
    r"(?:[ \t]+(?:kl\.?[ \t]*)?(?P<h>\d{1,2})[:.](?P<m>\d\d)(?:[ \t]+(?P<tz>CEST|CET|UTC|GMT))?)?",
    re.I,
)
# "18 januari 2016 kl. 10.43"
DAY_FIRST_RE = re.compile(
    rf"\b(?P<day>\d{{1,2}})\.?[ \t]+(?P<mon>{_MONTH_ALT})\.?[ \t]+(?P<year>(?:19|20)\d\d)"
    r"(?:,?[ \t]+(?:kl\.?[ \t]*)?(?P<h>\d{1,2})[:.](?P<m>\d\d)(?:[ \t]+(?P<tz>CEST|CET|UTC|GMT))?)?",
    re.I,
)
# "2016-01-18 10:43", "2016-01-18T10:43:00+01:00"
ISO_RE = re.compile(
    r"\b(?P<year>(?:19|20)\d\d)-(?P<mon>\d\d)-(?P<day>\d\d)"
    r"(?:[T \t]+(?P<h>\d\d)[:.](?P<m>\d\d)(?::(?P<s>\d\d))?(?:[ \t]*(?P<off>Z|[+-]\d\d:?\d\d)|[ \t]+(?P<tz>CEST|CET|UTC|GMT))?)?"
)


def extract_published(doc: Document, tz: ZoneInfo) -> Finding[Published] | None:
    """The publication moment from the label/dateline, then from page metadata."""
    for b in doc.blocks:
        if b.role not in ("label", "dateline", "title"):
            continue
        found = find_moment(doc.text[b.start : b.end], tz)
        if found:
            value, a, z = found
            return Finding(value, Span(b.start + a, b.start + z), "published.dateline")
    raw = doc.meta.get("published")
    if raw:
        found = find_moment(raw, tz)
        if found:
            rule = "published.front_matter" if doc.source_format == "text" else "published.metadata"
            return Finding(found[0], None, rule)
    return None


def find_moment(text: str, tz: ZoneInfo) -> tuple[Published, int, int] | None:
    """First date (with time when printed) in ``text``, with its offsets."""
    best: tuple[Published, int, int] | None = None
    for rx in (ISO_RE, MONTH_FIRST_RE, DAY_FIRST_RE):
        m = rx.search(text)
        if not m or (best and best[1] <= m.start()):
            continue
        value = _moment(m, tz)
        if value is not None:
            best = (value, m.start(), m.end())
    return best


def _moment(m: re.Match[str], tz: ZoneInfo) -> Published | None:
    mon_raw = m.group("mon")
    mon = int(mon_raw) if mon_raw.isdigit() else MONTHS.get(mon_raw.lower())
    if mon is None:
        return None
    try:
        day = date(int(m.group("year")), mon, int(m.group("day")))
    except ValueError:
        return None
    if not m.group("h"):
        return day
    try:
        sec = int(m.groupdict().get("s") or 0)
        naive = datetime(day.year, day.month, day.day, int(m.group("h")), int(m.group("m")), sec)
    except ValueError:
        return day
    off = m.groupdict().get("off")
    zone = m.group("tz")
    if off:
        if off == "Z":
            return naive.replace(tzinfo=timezone.utc)
        sign = -1 if off[0] == "-" else 1
        digits = off[1:].replace(":", "")
        delta = timedelta(hours=int(digits[:2]), minutes=int(digits[2:]))
        return naive.replace(tzinfo=timezone(sign * delta))
    if zone:
        return naive.replace(tzinfo=timezone(timedelta(hours=ZONES[zone.upper()])))
    return naive.replace(tzinfo=tz)
