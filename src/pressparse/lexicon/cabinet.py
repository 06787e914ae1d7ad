"""Members of the Swedish government since 2014, to tell a Government Offices release that
names its minister without a title ("Pål Jonson deltar i försvarsministermöte").

Source: ``data/sv_ministers.tsv`` (regeringen.se's lists of statsråd; see its header).
Loaded on first use, not at import.
"""

from __future__ import annotations

from functools import cache
from importlib import resources

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
    members = cabinet_members(year)
    # Names of two to four words, longest first ("Camilla Waltersson Grönvall").
    for n in (4, 3, 2):
        if len(words) >= n:
            name = " ".join(words[:n]).rstrip(",:;")
            if name in members:
                return name
    return None


def cabinet_member_starts(text: str, start: int, end: int, year: int | None = None) -> list[int]:
    """Where a government member's name (in ``year``, when known) is printed whole in
    ``text[start:end]``.

    >>> cabinet_member_starts("Pressträff med Johan Pehrson om läget", 0, 37)
    [15]
    >>> cabinet_member_starts("Pressträff med Johan Pehrsons kansli", 0, 36)
    []
    """
    found: list[int] = []
    for name in cabinet_members(year):
        at = text.find(name, start, end)
        while at != -1:
            after = at + len(name)
            whole = (at == 0 or not text[at - 1].isalnum()) and (
                after >= len(text) or not (text[after].isalnum() or text[after] == "-")
            )
            if whole:
                found.append(at)
                break
            at = text.find(name, after, end)
    return sorted(found)
