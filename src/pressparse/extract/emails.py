"""E-mail addresses, also the obfuscated "namn[at]bolag.se" forms."""

from __future__ import annotations

import re

# An e-mail address; "[at]" / "(at)" / " at " obfuscations allowed for the "@".
EMAIL_RE = re.compile(
    r"(?<![\w.+-])(?P<local>[A-Za-z0-9][A-Za-z0-9._%+-]{0,63})"
    r"(?:@|[ \t]?[\[(]at[\])][ \t]?)"
    r"(?P<domain>[A-Za-z0-9åäöÅÄÖ](?:[A-Za-z0-9åäöÅÄÖ-]{0,62}\.){1,4}[A-Za-z]{2,12})(?![\w-])"
)


def find_emails(text: str) -> list[tuple[str, int, int]]:
    """Every e-mail address in ``text``: (lowercased address, start, end)."""
    found: list[tuple[str, int, int]] = []
    for m in EMAIL_RE.finditer(text):
        local = m.group("local").rstrip(".")
        address = f"{local}@{m.group('domain')}".lower()
        found.append((address, m.start(), m.end()))
    return found
