"""Hard-wrapped text: which line breaks are only where a line filled up.

E-mail newsletters and old archives store releases wrapped at a fixed width (60, 72, 76,
80 columns). A break there ends a line because the next word did not fit, not because a
paragraph ended; read as lines, every paragraph becomes a handful of sentence fragments
and quotes, leads and headlines split over them. A wrapped text is recognized by its
lines: most lines followed by another line end near one common width. A break is then
a wrap when the next line's first word would not have fitted on the line, and neither
side is a line of its own (a list item, a dash quote opening after a finished sentence).
Lines that end far from the width (contact lines, headings, short paragraph ends) stay
lines whatever the width.
"""

from __future__ import annotations

import re
from itertools import compress, pairwise, repeat

# Fewest filled-up lines followed by another line for the text to be judged wrapped.
WRAP_MIN_LINES = 6
# Lines with a space longer than the width a wrapper may leave (at most one in 20 lines).
WRAP_MAX_OVERRUNS = 2
# Narrowest and widest widths recognized as a fixed wrap width.
WRAP_MIN_WIDTH = 40
WRAP_MAX_WIDTH = 160
# A line within this many characters of the width counts as filled up.
WRAP_FULL_SLACK = 18
# At least this share of the lines followed by another line must be filled up.
WRAP_FULL_SHARE = 0.6
# Widths are measured with this much slack: wrappers differ in whether they count the
# space before the next word.
WRAP_FIT_SLACK = 1

# A list item: "• ", "* ", "+ ", "1. ".
LIST_ITEM_RE = re.compile(r"^(?:[•·▪*+][ \t]|\d{1,2}[.)][ \t])")
# A line that opens an item or a quote of its own: "• ", "* ", "1. ", "– ", "- ", "”".
LINE_OPENER_RE = re.compile(r"^(?:[•·▪*+][ \t]|\d{1,2}[.)][ \t]|[–—\-][ \t]|[”\"«»])")
# A header line that opens with a date and a time or fields: "11.2.2026 13:00:03 CET | Dramaten".
HEADER_LINE_RE = re.compile(
    r"^(?:\d{4}-\d{2}-\d{2}|\d{1,2}[./]\d{1,2}[./]\d{4}),?[ \t]+(?:kl\.?[ \t]*)?\d{1,2}[:.]\d{2}\b"
)
# A line that ends a sentence (or a heading introducing a list): end mark, maybe quoted.
SENTENCE_END_RE = re.compile(r"[.!?:;][”\"»')]?$")


def wrap_width(lines: list[str]) -> int | None:
    """The width ``lines`` (stripped) are hard-wrapped at, or None when they are not.

    The width is the longest line with a space in it but WRAP_MAX_OVERRUNS (a wrapper
    leaves a word longer than the width alone on its line; a few let a long word run
    over). A "continued" line is followed by another non-blank line and is not a list
    item; in a wrapped text most continued lines longer than half the width end within
    WRAP_FULL_SLACK characters of the width (shorter ones are contact lines, headings).
    A text whose paragraphs are long lines has its width far above any wrap width; a
    contact block or a list alone has too few continued lines that fill up.
    """
    # (The lengths of the lines with a space, picked in C: most texts are no wrapped ones.)
    spaced = sorted(map(len, compress(lines, map(str.__contains__, lines, repeat(" ")))))
    if not spaced:
        return None
    width = spaced[len(spaced) - 1 - min(WRAP_MAX_OVERRUNS, len(spaced) // 20)]
    if not WRAP_MIN_WIDTH <= width <= WRAP_MAX_WIDTH:
        return None
    cont = [
        len(a)
        for a, b in pairwise(lines)
        if a and b and " " in a and not LIST_ITEM_RE.match(a) and len(a) * 2 >= width
    ]
    if len(cont) < WRAP_MIN_LINES:
        return None
    full = sum(1 for n in cont if n >= width - WRAP_FULL_SLACK)
    if full < WRAP_FULL_SHARE * len(cont) or full < WRAP_MIN_LINES:
        return None
    return width


def wrapped_breaks(lines: list[str]) -> list[bool]:
    """For each line of ``lines`` (stripped), whether the next line continues it.

    Without a wrap width (a short text), a Markdown heading still continues on a next line
    that opens in lower case: a heading is one line, a paragraph does not open so.
    """
    joins = [False] * len(lines)
    width = wrap_width(lines)
    if width is None:
        # (The headings found in C: most texts have none.)
        headings = list(map(str.startswith, lines, repeat("# ")))
        if True in headings:
            for i in compress(range(len(lines) - 1), headings):
                a, b = lines[i], lines[i + 1]
                joins[i] = b[:1].islower() and not SENTENCE_END_RE.search(a)
        return joins
    for i in range(len(lines) - 1):
        a, b = lines[i], lines[i + 1]
        if a and b and _is_wrap(a, b, width):
            joins[i] = True
    return joins


def unwrap_lines(lines: list[str]) -> list[str]:
    """``lines`` (stripped) with every wrapped line joined to the line it continues."""
    joins = wrapped_breaks(lines)
    if not any(joins):
        return lines
    out: list[str] = []
    pending: list[str] = []
    for line, join in zip(lines, joins, strict=True):
        if join:
            pending.append(line)
            continue
        if pending:
            pending.append(line)
            out.append(" ".join(pending))
            pending = []
        else:
            out.append(line)
    return out


def _is_wrap(line: str, nxt: str, width: int) -> bool:
    first = nxt.split(" ", 1)[0]
    if len(line) + 1 + len(first) <= width - WRAP_FIT_SLACK:
        return False  # the next word would have fitted: the line ended here
    if nxt[0] == "#" or HEADER_LINE_RE.match(nxt):
        return False  # a Markdown heading, a date-and-time header: lines of their own
    if SENTENCE_END_RE.search(line) and LINE_OPENER_RE.match(nxt):
        return False  # a finished sentence, then an item or a quote of its own
    return not LIST_ITEM_RE.match(nxt)
