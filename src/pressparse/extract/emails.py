"""E-mail addresses, also the obfuscated "namn[at]bolag.se" / "namn (at) bolag.se" forms."""

from __future__ import annotations

import re
from collections.abc import Iterator

from pressparse.document import finditer_from_offsets, fold
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
# The bracketed "at" of an obfuscated address ("[at]", "(at)", "[snabel-a]"), searched in
# the text lower-cased by ``document.fold`` (without re.I, which slows the scan).
FOLDED_AT_RE = re.compile(r"[\[(](?:at|snabel-a)[\])]")
# How far back from its "@" the start of a local part is looked for: 64 characters and
# margin (a longer run of address characters holds no address that ends there).
LOCAL_REACH = 80
# The characters besides letters and digits of EMAIL_RE's leading lookbehind (``\w.+%-``).
_RUN_EXTRA = "_.+%-"
_TLDS = frozenset(WEB_TLDS)
_TLDS_LONGEST_FIRST = tuple(sorted(WEB_TLDS, key=len, reverse=True))


def find_emails(text: str, folded: str | None = None) -> list[tuple[str, int, int]]:
    """Every e-mail address in ``text``: (lowercased address, start, end); ``folded`` is
    ``fold(text)`` when the caller has it.

    >>> find_emails("E-post: Anna.Berg[at]bolag.se.")
    [('anna.berg@bolag.se', 8, 29)]
    >>> find_emails("08-123 45 67anna.berg@exempel.sejohan")
    [('anna.berg@exempel.se', 12, 32)]
    """
    found: list[tuple[str, int, int]] = []
    for m in _email_matches(text, folded):
        address = email_of(text, m)
        if address is not None:
            found.append(address)
    return found


def email_matches(
    text: str, folded: str | None = None, start: int = 0, end: int | None = None
) -> list[re.Match[str]]:
    """Every EMAIL_RE match of ``text``, before the tests of :func:`find_emails`. No match
    spans a line end, so the matches of a whole text are those of each of its lines.
    ``folded`` is ``fold(text)`` when the caller has it; ``text[start:end]``, whole lines,
    is the part read (its matches are those of a scan of the whole text that begin there)."""
    return list(_email_matches(text, folded, start, end))


def email_of(text: str, m: re.Match[str], floor: int = 0) -> tuple[str, int, int] | None:
    """The address of the EMAIL_RE match ``m`` of ``text`` as :func:`find_emails` gives it,
    or None; only ``text[floor:]`` is read (``floor`` the start of the text
    :func:`find_emails` reads, for a part of a longer text)."""
    local, start = m.group("local"), m.start()
    glued = GLUED_DIGITS_RE.match(local)
    if glued and PHONE_TAIL_RE.search(text[max(floor, start - 2) : start]):
        local, start = local[glued.end() :], start + glued.end()
    if BAD_LOCAL_RE.search(local):
        return None
    domain = DOT_WORD_RE.sub(".", m.group("domain"))
    cut = _glued_tail(domain)
    return f"{local}@{domain[: len(domain) - cut]}".lower(), start, m.end() - cut


def _email_matches(
    text: str, folded: str | None = None, start: int = 0, end: int | None = None
) -> Iterator[re.Match[str]]:
    r"""``EMAIL_RE.finditer(text)``, with ``EMAIL_RE.match`` tried only where a match can
    begin: a match holds one "@" or bracketed "at", and its leading lookbehind puts its start
    at the beginning of the run of word characters (``\w.+%-``) that ends at it; only
    ``text[start:end]`` (whole lines) is read."""
    starts: set[int] = set()
    low = fold(text) if folded is None else folded
    stop = len(text) if end is None else end
    pos = text.find("@", start, stop)
    # Every FOLDED_AT_RE match holds one of these: without them, its scan (far slower
    # than these) is skipped.
    obfuscated = (
        low.find("at]", start, stop) >= 0
        or low.find("at)", start, stop) >= 0
        or low.find("snabel-a", start, stop) >= 0
    )
    if pos < 0 and not obfuscated:
        return iter(())  # most lines: no address, no pattern run
    while pos >= 0:
        starts.add(_run_start(text, pos))
        pos = text.find("@", pos + 1, stop)
    for m in FOLDED_AT_RE.finditer(low, start, stop) if obfuscated else ():
        q = m.start()
        starts.add(_run_start(text, q))
        if q > 0 and text[q - 1] in " \t":  # "namn (at) bolag.se"
            starts.add(_run_start(text, q - 1))
    return finditer_from_offsets(EMAIL_RE, text, sorted(starts))


def _run_start(text: str, end: int) -> int:
    r"""Where the run of ``\w.+%-`` characters that ends at ``end`` begins (at most
    LOCAL_REACH back; a longer run starts no match that ends at ``end``)."""
    start, stop = end, max(0, end - LOCAL_REACH)
    while start > stop and (text[start - 1].isalnum() or text[start - 1] in _RUN_EXTRA):
        start -= 1
    return start


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
