"""Members of the Swedish government since 2014, to tell a Government Offices release that
names its minister without a title ("Pål Jonson deltar i försvarsministermöte").

Source: ``data/sv_ministers.tsv`` (regeringen.se's lists of statsråd; see its header).
Loaded on first use, not at import.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import cache
from importlib import resources

from pressparse.lexicon.common import alt_trie
from pressparse.lexicon.government import GOVERNMENT_TITLE_ENDINGS
from pressparse.lexicon.roles import is_role_word

CABINET_FILE = "sv_ministers.tsv"


@cache
def member_since() -> dict[str, int]:
    """Each name of the table ("Carl-Oskar Bohlin") -> a year no later than their first
    appointment."""
    path = resources.files("pressparse") / "data" / CABINET_FILE
    out: dict[str, int] = {}
    header = True
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line or line.startswith("#"):
            continue
        if header:
            header = False
            continue
        cols = [c.strip() for c in line.split("\t")]
        if cols[0]:
            out[cols[0]] = int(cols[2]) if len(cols) > 2 and cols[2].isdigit() else 0
    return out


@cache
def cabinet_members(year: int | None = None) -> frozenset[str]:
    """The names of the table; with ``year``, of those who could be members then."""
    since = member_since()
    return frozenset(n for n, y in since.items() if year is None or y <= year)


def cabinet_member_opening(line: str, year: int | None = None) -> str | None:
    """The government member whose name opens ``line``, if any (in ``year``, when known).

    >>> cabinet_member_opening("Pål Jonson deltar på JEF-möte i Norge")
    'Pål Jonson'
    >>> cabinet_member_opening("Pål Jonson deltar på JEF-möte i Norge", 2010) is None
    True
    """
    words = line.split(None, 4)
    if not words or words[0] not in _first_words():
        return None
    members = cabinet_members(year)
    # Names of two to four words, longest first ("Camilla Waltersson Grönvall").
    for n in (4, 3, 2):
        if len(words) >= n:
            name = " ".join(words[:n]).rstrip(",:;")
            if name in members:
                return None if in_another_role(line, line.find(name) + len(name)) else name
    return None


@cache
def _first_words() -> frozenset[str]:
    """The first word of each name of the table: a line opening otherwise names no member."""
    return frozenset(n.split()[0] for n in member_since())


def in_another_role(text: str, end: int) -> bool:
    """A name ending at ``end`` followed by another role than a government title: the
    release names its bearer as something else ("Karl-Petter Thorwaldsson, ordförande LO",
    before or after his time in office).

    >>> in_another_role("Karl-Petter Thorwaldsson, ordförande LO", 24)
    True
    >>> in_another_role("Ebba Busch, energi- och näringsminister", 10)
    False
    """
    if not text.startswith(", ", end):
        return False
    words = text[end + 2 : end + 80].split(None, 4)
    if not words or not is_role_word(words[0]):
        return False
    # "energi- och näringsminister": the title may come after a joined first part.
    return not any(w.lower().rstrip(".,:;").endswith(GOVERNMENT_TITLE_ENDINGS) for w in words)


@cache
def _member_re() -> re.Pattern[str]:
    """Any name of the table, not run on into a longer word after it ("Pehrsons",
    "Jonson-Berg"); the start is checked by :func:`_members_in` (a pattern that opens
    with the names' capitals is scanned for fast, one that opens with a look-behind is not)."""
    return re.compile(rf"(?:{alt_trie(member_since())})(?![\w-])")


def _members_in(text: str, start: int, end: int) -> Iterator[re.Match[str]]:
    """The names of the table printed whole in ``text[start:end]``, in text order: a word
    character before a name excludes it, as a look-behind would."""
    rx = _member_re()
    pos = start
    while (m := rx.search(text, pos, end)) is not None:
        at = m.start()
        if at > 0 and (text[at - 1].isalnum() or text[at - 1] == "_"):
            pos = at + 1
            continue
        yield m
        pos = m.end()


def cabinet_member_starts(text: str, start: int, end: int, year: int | None = None) -> list[int]:
    """Where a government member's name (in ``year``, when known) is printed whole in
    ``text[start:end]``.

    >>> cabinet_member_starts("Pressträff med Johan Pehrson om läget", 0, 37)
    [15]
    >>> cabinet_member_starts("Pressträff med Johan Pehrsons kansli", 0, 36)
    []
    >>> cabinet_member_starts("Talare: Karl-Petter Thorwaldsson, ordförande LO", 0, 47)
    []
    """
    since = member_since()
    return [
        m.start()
        for m in _members_in(text, start, end)
        if (year is None or since.get(m.group(), 0) <= year) and not in_another_role(text, m.end())
    ]
