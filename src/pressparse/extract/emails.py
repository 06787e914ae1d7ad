"""E-mail addresses, also the obfuscated "namn[at]bolag.se" / "namn (at) bolag.se" forms."""

from __future__ import annotations

import re

from pressparse.lexicon.contacts import WEB_TLDS
from pressparse.lexicon.firstnames import is_first_name

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
# The bracketed "at" of an obfuscated address: "[at]", "(at)", "[snabel-a]".
OBFUSCATED_AT_RE = re.compile(r"[\[(](?:at|snabel-a)[\])]", re.I)
# Two dots in a row or a dot at either end of the local part: not a valid address.
BAD_LOCAL_RE = re.compile(r"^\.|\.\.|\.$")
# Digits at the start of a local part glued to a phone number printed before it, on a
# flattened page: "08-123 45 67anna.berg@exempel.se" -> "anna.berg@exempel.se".
GLUED_DIGITS_RE = re.compile(r"^\d{1,4}(?=[A-Za-z])")
# The end of a phone number just before an address: "08-123 45 " before "67anna...".
PHONE_TAIL_RE = re.compile(r"\d[ \t\-–]?$")
# A capital inside the top-level domain: the next word glued to the address
# ("exempel.seJohan" of "…exempel.se" + "Johan …" on the next line).
GLUED_CAPITAL_RE = re.compile(r"(?<=[a-z])(?=[A-ZÅÄÖ])")
_TLDS = frozenset(WEB_TLDS)
_TLDS_LONGEST_FIRST = tuple(sorted(WEB_TLDS, key=len, reverse=True))


def find_emails(text: str) -> list[tuple[str, int, int]]:
    """Every e-mail address in ``text``: (lowercased address, start, end).

    >>> find_emails("E-post: Anna.Berg[at]bolag.se.")
    [('anna.berg@bolag.se', 8, 29)]
    >>> find_emails("08-123 45 67anna.berg@exempel.sejohan")
    [('anna.berg@exempel.se', 12, 32)]
    """
    found: list[tuple[str, int, int]] = []
    if "@" not in text and not OBFUSCATED_AT_RE.search(text):
        # Every address holds "@" or a bracketed "at": most lines are skipped without the
        # pattern, whose leading lookbehind makes ``re`` try every offset.
        return found
    for m in EMAIL_RE.finditer(text):
        local, start = m.group("local"), m.start()
        glued = GLUED_DIGITS_RE.match(local)
        if glued and PHONE_TAIL_RE.search(text[max(0, start - 2) : start]):
            local, start = local[glued.end() :], start + glued.end()
        if BAD_LOCAL_RE.search(local):
            continue
        domain = DOT_WORD_RE.sub(".", m.group("domain"))
        cut = _glued_tail(domain)
        found.append((f"{local}@{domain[: len(domain) - cut]}".lower(), start, m.end() - cut))
    return found


def _glued_tail(domain: str) -> int:
    """How many characters at the end of ``domain`` belong to a word glued to it: after a
    capital inside the top-level domain ("exempel.seJohan"), or after a known top-level
    domain when the rest is a given name ("exempel.sejohan"); 0 when none."""
    head, _, tld = domain.rpartition(".")
    if not head or tld.lower() in _TLDS:
        return 0
    m = GLUED_CAPITAL_RE.search(tld)
    if m is not None and tld[: m.start()].lower() in _TLDS:
        return len(tld) - m.start()
    low = tld.lower()
    for known in _TLDS_LONGEST_FIRST:
        rest = low[len(known) :]
        if low.startswith(known) and rest and is_first_name(rest.capitalize()):
            return len(rest)
    return 0
