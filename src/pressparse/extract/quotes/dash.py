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


def dash_content_start(line: str) -> int | None:
    """Where the quoted words of a dash paragraph start, or None if it is not one."""
    m = DASH_QUOTE_RE.match(line)
    return m.end() if m else None


def ends_sentence(line: str) -> bool:
    """True when ``line`` ends a sentence (so a wrapped paragraph does not continue)."""
    return ENDS_SENTENCE_RE.search(line) is not None


def sentence_like(words: str) -> bool:
    """True for "Vi har gjort det enklare att komma igång." and False for "Skola"."""
    return len(words.split()) >= SENTENCE_MIN_WORDS and ends_sentence(words)


def is_page_number(line: str) -> bool:
    """True for a stray page number line: "(2)"."""
    return PAGE_NUMBER_RE.match(line) is not None
