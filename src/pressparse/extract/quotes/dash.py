"""Dash quotes: paragraphs of direct speech opened by a dash, the Swedish standard."""

from __future__ import annotations

import re

# A paragraph that opens with a dash and then quoted words: "– Det här är viktigt, säger ...",
# "-Mediemarknaden håller ..." (no space after a hyphen is common in pasted text; a digit
# straight after the dash is a minus sign); inside a Markdown block quote too ("> – ...").
DASH_QUOTE_RE = re.compile(
    r"^[ \t]{0,3}(?:>[ \t]{0,3}){0,3}[–—-](?:[ \t]{1,3}(?=[A-ZÅÄÖÉ0-9”\"“»«])|(?=[A-ZÅÄÖÉ”\"“»«]))"
)
# A page number left between the lines of text copied from a PDF: "(2)", "2", "- 2 -".
PAGE_NUMBER_RE = re.compile(
    r"^[ \t]*(?:\(\d{1,3}\)|\d{1,3}|-[ \t]?\d{1,3}[ \t]?-|\d{1,3}[ \t]?\(\d{1,3}\))[ \t]*$"
)
# The end of a sentence at the end of a line (a closing quotation mark may follow).
ENDS_SENTENCE_RE = re.compile(r"[.!?…:][”\"“»']?[ \t]*$")
# Quoted words read as speech, not as a bullet, from this many words with a sentence end.
SENTENCE_MIN_WORDS = 4


# The characters a DASH_QUOTE_RE match can begin with.
DASH_QUOTE_FIRST = frozenset(" \t>–—-")
# ENDS_SENTENCE_RE's marks, and the closing marks that may follow them.
SENTENCE_MARKS = frozenset(".!?…:")
SENTENCE_CLOSERS = frozenset("”\"“»'")


def dash_content_start(line: str) -> int | None:
    """Where the quoted words of a dash paragraph start, or None if it is not one."""
    if not line or line[0] not in DASH_QUOTE_FIRST:
        return None  # most lines: no match can begin there
    m = DASH_QUOTE_RE.match(line)
    return m.end() if m else None


def ends_sentence(line: str) -> bool:
    """True when ``line`` ends a sentence (so a wrapped paragraph does not continue).

    What ENDS_SENTENCE_RE finds, read from the end of the line instead of searched for
    (``$`` also matches before a final line end)."""
    end = len(line) - 1 if line.endswith("\n") else len(line)
    while end > 0 and line[end - 1] in " \t":
        end -= 1
    if end > 1 and line[end - 1] in SENTENCE_CLOSERS:
        end -= 1
    return end > 0 and line[end - 1] in SENTENCE_MARKS


def sentence_like(words: str) -> bool:
    """True for "Vi har gjort det enklare att komma igång." and False for "Skola"."""
    return ends_sentence(words) and len(words.split()) >= SENTENCE_MIN_WORDS


def is_page_number(line: str) -> bool:
    """True for a stray page number line: "(2)"."""
    return PAGE_NUMBER_RE.match(line) is not None
