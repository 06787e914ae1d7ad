"""E-mail addresses, also the obfuscated "namn[at]bolag.se" / "namn (at) bolag.se" forms."""

from __future__ import annotations

import re

# An e-mail address as printed: "anna.berg@bolag.se", "namn[at]bolag.se",
# "namn (at) bolag.se", "namn(at)bolag(punkt)se". The domain ends in letters, so a
# sentence's full stop or a closing bracket is never part of it.
EMAIL_RE = re.compile(
    r"(?<![\w.+%-])(?P<local>[A-Za-z0-9][A-Za-z0-9._%+-]{0,63})"
    r"(?:@|[ \t]?[\[(]at[\])][ \t]?|[ \t]?[\[(]snabel-a[\])][ \t]?)"
    r"(?P<domain>[A-Za-z0-9åäöÅÄÖ](?:[A-Za-z0-9åäöÅÄÖ-]{0,62}(?:\.|[ \t]?[\[(](?:dot|punkt)[\])][ \t]?)){1,4}"
    r"[A-Za-z]{2,12})(?![\w-])",
    re.I,
)
# The obfuscated dot inside a domain: "(dot)", "[punkt]".
DOT_WORD_RE = re.compile(r"[ \t]?[\[(](?:dot|punkt)[\])][ \t]?", re.I)
# Two dots in a row or a dot at either end of the local part: not a valid address.
BAD_LOCAL_RE = re.compile(r"^\.|\.\.|\.$")


def find_emails(text: str) -> list[tuple[str, int, int]]:
    """Every e-mail address in ``text``: (lowercased address, start, end).

    >>> find_emails("E-post: Anna.Berg[at]bolag.se.")
    [('anna.berg@bolag.se', 8, 29)]
    """
    found: list[tuple[str, int, int]] = []
    if "@" not in text and "[" not in text and "(" not in text:
        # Every address holds "@" or a bracketed "at": most lines are skipped without the
        # pattern, whose leading lookbehind makes ``re`` try every offset.
        return found
    for m in EMAIL_RE.finditer(text):
        local = m.group("local")
        if BAD_LOCAL_RE.search(local):
            continue
        domain = DOT_WORD_RE.sub(".", m.group("domain"))
        found.append((f"{local}@{domain}".lower(), m.start(), m.end()))
    return found
