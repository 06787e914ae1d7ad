"""Quotes in quotation marks: ”…”, "…", “…”, »…«, «…»."""

from __future__ import annotations

import re

# The closing marks each opening mark takes: Swedish prints ” on both sides, English “…”,
# and guillemets come either way round.
CLOSERS: dict[str, str] = {"”": "”", '"': '"', "“": '”"', "»": "«»", "«": "»"}
# An opening mark: at the line start or after a blank or bracket, then a word.
OPENER_RE = re.compile(r"(?:^|(?<=[ \t(\[]))[”\"“»«](?=[^\s”\"“»«])")
# Text before an opening mark that lets a quotation start there: nothing, or the end of a
# sentence or a colon ("... lämnar sin post. ”Det har varit ..."). A mark inside a sentence
# is a title or a scare quote (projektet ”Livskraftiga orter”).
QUOTE_MAY_START_RE = re.compile(r"(?:^|[.!?…:][”\"]?)[ \t]*$")


def openers(line: str, pos: int = 0) -> list[int]:
    """Offsets of opening quotation marks in ``line[pos:]``."""
    return [m.start() for m in OPENER_RE.finditer(line, pos)]


def closer(line: str, opener: str, pos: int) -> int | None:
    """Offset of the mark closing ``opener`` in ``line[pos:]``: a closer right after a word."""
    ends = CLOSERS[opener]
    for i in range(pos, len(line)):
        if line[i] in ends and i > 0 and not line[i - 1].isspace():
            nxt = line[i + 1 : i + 2]
            if not nxt or not (nxt.isalnum()):
                return i
    return None


def may_start(prefix: str) -> bool:
    """True when a quotation may open after ``prefix`` (the text before the mark)."""
    return QUOTE_MAY_START_RE.search(prefix[-20:]) is not None
