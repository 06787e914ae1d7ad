"""Building blocks every pattern shares: letter classes and word alternations.

Source: the Swedish alphabet (a-ö) plus the letters of Nordic, German and French names
that Swedish releases print (é, è, ü, ø, æ, á, í, ó, ú, ñ, ç).
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import Any

# Capital letters of names printed in Swedish releases ("Åsa", "Örebro", "Émile", "Ødegaard").
UPPER = "A-ZÅÄÖÉÈÜØÆ"
# Lower-case letters of the same.
LOWER = "a-zåäöéèüøæáíóúñç"
# One capital letter / one lower-case letter, as regex classes.
CAP = f"[{UPPER}]"
LOW = f"[{LOWER}]"


def alt(words: Iterable[str], *, blanks: bool = False) -> str:
    """A regex alternation of ``words``: each escaped, the longest first (so a longer word
    wins over its prefix), without duplicates. ``blanks=True`` lets a space inside a word
    match any run of spaces and tabs. Refuses an empty list, which would match everywhere.

    >>> alt(["sa", "sade", "säger"])
    'säger|sade|sa'
    >>> re.fullmatch(alt(["för mer information"], blanks=True), "för  mer information") is not None
    True
    """
    unique = sorted(set(words), key=lambda w: (-len(w), w))
    if not unique or any(not w for w in unique):
        raise ValueError("alt() needs at least one non-empty word")
    escaped = (re.escape(w) for w in unique)
    if blanks:
        escaped = (e.replace(r"\ ", r"[ \t]+") for e in escaped)
    return "|".join(escaped)


def alt_trie(words: Iterable[str], *, blanks: bool = True) -> str:
    """Like :func:`alt` (``blanks`` as there, here on by default), factored by common
    prefixes ("sa(?:de)?|säger").

    ``re`` tries the branches of a flat alternation one by one at every offset; factored,
    it tries one branch per distinct first letter. It matches what :func:`alt` matches,
    with the same preference: the words that match at one offset are prefixes of each
    other, so they lie on one path of the tree, where the longer continuation is tried
    first.

    >>> alt_trie(["sa", "sade", "säger"])
    's(?:a(?:de)?|äger)'
    """
    root: dict[str, dict[str, Any]] = {}
    unique = set(words)
    if not unique or "" in unique:
        raise ValueError("alt_trie() needs at least one non-empty word")
    for w in unique:
        node = root
        for ch in w:
            node = node.setdefault(ch, {})
        node[""] = {}

    def emit(node: dict[str, Any]) -> str:
        branches = [
            (r"[ \t]+" if blanks and ch == " " else re.escape(ch)) + emit(node[ch])
            for ch in sorted(k for k in node if k)
        ]
        if not branches:
            return ""
        group = "(?:" + "|".join(branches) + ")"
        if "" in node:
            return group + "?"
        return branches[0] if len(branches) == 1 else group

    return emit(root)
