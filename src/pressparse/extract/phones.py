"""Phone numbers -> E.164, through the ``phonenumbers`` library (region SE)."""

from __future__ import annotations

import re

import phonenumbers

# A phone-like run: optional +/00 country part, "(0)", digits with spaces, dashes, slashes.
PHONE_RE = re.compile(r"(?<![\w+])(?:\+|00)?\d[\d \-/()]{5,20}\d(?![\w])")
# "+46(0)40 ..." and "+46 (0) 40 ...": the trunk zero in brackets that must go.
TRUNK_ZERO_RE = re.compile(r"\(0\)")
# Organisationsnummer "556677-8899": six digits, dash, four digits.
ORG_NUMBER_RE = re.compile(r"^\d{6}-\d{4}$")


def to_e164(raw: str) -> str | None:
    """Normalize one printed number to E.164, or None when it is not a valid phone number.

    >>> to_e164("+46(0)40 675 34 26")
    '+46406753426'
    >>> to_e164("556677-8899") is None
    True
    """
    raw = raw.strip()
    if ORG_NUMBER_RE.match(raw):
        return None
    cleaned = TRUNK_ZERO_RE.sub("", raw).replace("–", "-")
    try:
        num = phonenumbers.parse(cleaned, "SE")
    except phonenumbers.NumberParseException:
        return None
    if not phonenumbers.is_valid_number(num):
        return None
    return str(phonenumbers.format_number(num, phonenumbers.PhoneNumberFormat.E164))


def find_phones(text: str) -> list[tuple[str, int, int]]:
    """Every valid phone number in ``text``: (E.164, start, end)."""
    found: list[tuple[str, int, int]] = []
    for m in PHONE_RE.finditer(text):
        e164 = to_e164(m.group(0))
        if e164:
            found.append((e164, m.start(), m.end()))
    return found
