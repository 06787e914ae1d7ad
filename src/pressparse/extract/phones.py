"""Phone numbers -> E.164, through the ``phonenumbers`` library (region SE)."""

from __future__ import annotations

import re
from functools import lru_cache

import phonenumbers

from pressparse.document import finditer_from_offsets
from pressparse.lexicon.common import alt
from pressparse.lexicon.contacts import NOT_PHONE_PREFIXES

# A printed phone number: "+46(0)40 675 34 26", "0046 8 123 45", "08-459 59 10",
# "070 – 620 12 07". A Swedish national number starts with its trunk 0; others with + or 00.
# A letter may touch a leading "+" ("Informationschef+46 70 ..."), never a leading digit.
# "46 (0)18 410 88 80" is an international number whose "+" was lost: the bracketed trunk
# zero says so.
PHONE_RE = re.compile(
    r"(?:(?<![\d+])\+|(?<![\w+])0|(?<![\w+])(?=46[ \t]?\(0\)))\d?[ \t]{0,2}(?:\(0\)[ \t]{0,2})?\d[\d \t\-–()]{4,20}\d(?!\d)"
)
# Where a PHONE_RE match may begin: a "+", a trunk "0", or the "46" of "46 (0)18 ...";
# PHONE_RE (whose lookbehinds ``re`` would try at every offset) is tried only there (found
# with ``str.find``, faster than a pattern's scan), and only where its lookbehind holds.
PHONE_STARTS = ("+", "0", "46")
# "+46(0)40 ..." and "+46 (0) 40 ...": the trunk zero in brackets that must go.
TRUNK_ZERO_RE = re.compile(r"\([ \t]?0[ \t]?\)")
# Organisationsnummer "556677-8899": six digits, dash, four digits.
ORG_NUMBER_RE = re.compile(r"^\d{6}[ \t]?-[ \t]?\d{4}$")
# Dates printed with dashes, dots or slashes: "2016-01-18", "08-04-2010", "18.01.16".
DATE_SHAPE_RE = re.compile(r"^(?:\d{4}-\d{1,2}-\d{1,2}|\d{1,2}[-./]\d{1,2}[-./]\d{2,4})$")
# The end of a giro, account or organisation number label just before a number
# ("plusgiro: ", "Org.nr ", "fax: ").
NOT_PHONE_BEFORE_RE = re.compile(
    r"(?:^|[^\w])(?:"
    + alt(NOT_PHONE_PREFIXES)
    + r")\.?[ \t]{0,3}:?[ \t]{0,3}$",
    re.I,
)
# How far before a number to look for such a label.
LABEL_LOOKBACK = 24
# How many printed numbers :func:`to_e164` remembers across documents: ``phonenumbers``
# takes some 100 µs per number, and a newsroom prints the same press numbers in release
# after release; a few thousand short strings keep memory small.
E164_CACHE_SIZE = 4096


@lru_cache(maxsize=E164_CACHE_SIZE)
def to_e164(raw: str) -> str | None:
    """Normalize one printed number to E.164, or None when it is not a valid phone number.

    >>> to_e164("+46(0)40 675 34 26")
    '+46406753426'
    >>> to_e164("46 (0)18 410 88 80")
    '+46184108880'
    >>> to_e164("556677-8899") is None
    True
    """
    raw = raw.strip()
    if ORG_NUMBER_RE.match(raw) or DATE_SHAPE_RE.match(raw):
        return None
    cleaned = TRUNK_ZERO_RE.sub("", raw).replace("–", "-")
    if TRUNK_ZERO_RE.search(raw) and raw.startswith("46"):
        cleaned = "+" + cleaned
    if not cleaned.startswith(("+", "0")):
        return None
    try:
        num = phonenumbers.parse(cleaned, "SE")
    except phonenumbers.NumberParseException:
        return None
    if not phonenumbers.is_valid_number(num):
        return None
    return str(phonenumbers.format_number(num, phonenumbers.PhoneNumberFormat.E164))


def find_phones(
    text: str, cache: dict[str, str | None] | None = None
) -> list[tuple[str, int, int]]:
    """Every valid phone number in ``text``: (E.164, start, end).

    ``cache`` (printed number -> :func:`to_e164` result) may be shared by the calls that read
    one document: a contact block repeated on a page is validated once. It is never kept
    between documents, so memory stays bounded by the input.
    """
    found: list[tuple[str, int, int]] = []
    for raw, start, end in phone_matches(text):
        if not is_labelled(text, start):
            e164 = valid_e164(raw, cache)
            if e164:
                found.append((e164, start, end))
    return found


def phone_matches(text: str) -> list[tuple[str, int, int]]:
    """Every PHONE_RE match of ``text`` (printed number, start, end), before the label and
    validity tests of :func:`find_phones`. No match spans a line end, so the matches of a
    whole text are those of each of its lines."""
    if "0" not in text and "+" not in text:
        return []  # every number starts with "+" or holds a trunk "0"
    return [(m.group(0), m.start(), m.end()) for m in finditer_from_offsets(PHONE_RE, text, _starts(text))]


def is_labelled(text: str, start: int, floor: int = 0) -> bool:
    """Whether the number at ``start`` follows a giro, account or fax label; the label is
    looked for in ``text[floor:start]`` (``floor`` the start of the text :func:`find_phones`
    reads, for a part of a longer text)."""
    return NOT_PHONE_BEFORE_RE.search(text[max(floor, start - LABEL_LOOKBACK) : start]) is not None


def valid_e164(raw: str, cache: dict[str, str | None] | None = None) -> str | None:
    """:func:`to_e164` of ``raw``, through ``cache`` when one is given."""
    if cache is None:
        return to_e164(raw)
    if raw in cache:
        return cache[raw]
    e164 = cache[raw] = to_e164(raw)
    return e164


def _starts(text: str) -> list[int]:
    r"""The offsets of ``text`` where a PHONE_RE match may begin: a "+" after no digit or
    "+", a "0" or a "46" after no word character or "+" (PHONE_RE's lookbehinds; a digit
    inside a year or an amount is none; ``re``'s ``\d`` is a decimal digit, ``\w`` an
    alphanumeric character or "_")."""
    cands: set[int] = set()
    for lit in PHONE_STARTS:
        plus = lit == "+"
        pos = text.find(lit)
        while pos >= 0:
            prev = text[pos - 1] if pos else " "
            if prev != "+" and not (prev.isdecimal() if plus else prev.isalnum() or prev == "_"):
                cands.add(pos)
            pos = text.find(lit, pos + 1)
    return sorted(cands)
