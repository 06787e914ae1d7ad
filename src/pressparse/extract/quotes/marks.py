"""Quotes in quotation marks: ”…”, "…", “…”, »…«, «…»."""

from __future__ import annotations

import re
from bisect import bisect_left

# The closing marks each opening mark takes: Swedish prints ” on both sides, English “…”,
# and guillemets come either way round.
CLOSERS: dict[str, str] = {"”": "”", '"': '"', "“": '”"', "»": "«»", "«": "»"}
# An opening mark: at the line start or after a blank or bracket, then a word.
OPENER_RE = re.compile(r"(?:^|(?<=[ \t(\[]))[”\"“»«](?=[^\s”\"“»«])")
# OPENER_RE without its leading lookbehind, for scanning (the mark comes first, so the
# search jumps from mark to mark); ``openers`` checks the character before.
OPEN_MARK_RE = re.compile(r"[”\"“»«](?=[^\s”\"“»«])")
# What may stand before an opening mark.
BEFORE_OPENER = " \t(["
# A closing mark: right after a word or punctuation, not inside a word ("Charlotte's").
CLOSER_RE = re.compile(r"(?<=\S)[”\"“»«](?!\w)")
# CLOSER_RE without its leading lookbehind, for scanning; ``Closers`` checks the character
# before (not a blank).
CLOSE_MARK_RE = re.compile(r"[”\"“»«](?!\w)")
# Text before an opening mark that lets a quotation start there: nothing, or the end of a
# sentence or a colon ("... lämnar sin post. ”Det har varit ..."). A mark inside a sentence
# is a title or a scare quote (projektet ”Livskraftiga orter”).
QUOTE_MAY_START_RE = re.compile(r"(?:^|[.!?…:][”\"]?)[ \t]*$")


def openers(line: str, pos: int = 0) -> list[int]:
    """Offsets of opening quotation marks in ``line[pos:]``."""
    if (
        "”" not in line
        and '"' not in line
        and "“" not in line
        and "»" not in line
        and "«" not in line
    ):
        return []  # most lines hold no quotation mark at all (the marks of CLOSERS)
    return [
        m.start()
        for m in OPEN_MARK_RE.finditer(line, pos)
        if m.start() == 0 or line[m.start() - 1] in BEFORE_OPENER
    ]


class Closers:
    """The closing marks of one line, found once, so each opening mark finds its pair fast."""

    def __init__(self, line: str) -> None:
        self._at: dict[str, list[int]] = {}
        for m in CLOSE_MARK_RE.finditer(line):
            at = m.start()
            if at > 0 and not line[at - 1].isspace():
                self._at.setdefault(m.group(), []).append(at)

    def after(self, opener: str, pos: int) -> int | None:
        """Offset of the first mark at or after ``pos`` that closes ``opener``."""
        best: int | None = None
        for mark in CLOSERS[opener]:
            at = self._at.get(mark, [])
            k = bisect_left(at, pos)
            if k < len(at) and (best is None or at[k] < best):
                best = at[k]
        return best


def may_start(prefix: str) -> bool:
    """True when a quotation may open after ``prefix`` (the text before the mark)."""
    return QUOTE_MAY_START_RE.search(prefix[-20:]) is not None
