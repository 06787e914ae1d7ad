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
def cabinet_members() -> frozenset[str]:
    """The names of the table, as printed ("Carl-Oskar Bohlin")."""
    path = resources.files("pressparse") / "data" / CABINET_FILE
    names: list[str] = []
    header = True
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line or line.startswith("#"):
            continue
        if header:
            header = False
            continue
        names.append(line.split("\t", 1)[0].strip())
    return frozenset(n for n in names if n)


def cabinet_member_opening(line: str) -> str | None:
    """The government member whose name opens ``line``, if any.

    >>> cabinet_member_opening("Pål Jonson deltar på JEF-möte i Norge")
    'Pål Jonson'
    >>> cabinet_member_opening("Pål Jonsson Bygg AB förvärvar") is None
    True
    """
    words = line.split(None, 4)
    members = cabinet_members()
    # Names of two to four words, longest first ("Camilla Waltersson Grönvall").
    for n in (4, 3, 2):
        if len(words) >= n:
            name = " ".join(words[:n]).rstrip(",:;")
            if name in members:
                return name
    return None
