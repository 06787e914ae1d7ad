"""The paragraphs quotations are read from, whatever the layout of the lines.

A release may come with one line per paragraph, hard-wrapped at a fixed width (e-mail
newsletters, old archives), or as one line (database exports). Quotations are read from
paragraphs, so the lines of the lead and body are rejoined and split here, for quotations
only:

- a line of a hard-wrapped text continues on the next when the next line's first word
  would not have fitted on it (how a text is wrapped: a line ends early only at a paragraph
  end); any line that does not end a sentence continues on a next one that starts in lower
  case;
- a line holding a dash paragraph after a sentence ("... i höst. – Vi är glada, säger X.")
  is split there: the dash starts a paragraph of direct speech;
- the sentences of a run-on line stay units of their own, marked ``glued``: a dash
  paragraph goes on over the glued units after it until its attribution.

A unit's text has the length of the text it covers (a line break inside it reads as a
blank), so offsets into it are offsets into the document.
"""

from __future__ import annotations

import re
from typing import NamedTuple

from pressparse.document import Document
from pressparse.extract.quotes.dash import dash_content_start, ends_sentence

# Roles of the blocks quotations are read from (never the contact block or boilerplate).
QUOTE_ROLES = frozenset({"lead", "body", "unknown"})
# A "title" longer than this is a release run on into one line, read for its quotations.
MAX_TITLE_CHARS = 400
# A dash that opens direct speech inside a line, after the end of a sentence: "... i höst.
# – Vi är glada". A dash after a word is a parenthesis or a range ("idag – återsamlas").
# (The dash first, so the scan jumps from dash to dash.)
INLINE_DASH_RE = re.compile(r"[–—-](?<=[.!?…”\"] [–—-])[ \t]{0,3}(?=[A-ZÅÄÖÉ])")
# A Markdown block-quote marker opening a line: "> ", ">> ".
BLOCK_QUOTE_RE = re.compile(r"[ \t]{0,3}(?:>[ \t]?){1,4}")
# A bullet or list item opens its own line: "• Orderstocken", "1. Förvärvet".
ITEM_START_RE = re.compile(r"^[ \t]*(?:[•·*▪●○◦‣]|\d{1,2}[.)][ \t])")


class Unit(NamedTuple):
    """A paragraph of the lead or body: its offset in the text and its words; ``glued`` when
    it goes on the line the unit before it ends on (a sentence of a run-on line)."""

    start: int
    text: str
    glued: bool = False


def reading_units(doc: Document) -> list[Unit]:
    """The paragraphs of the lead and body, in document order."""
    text = doc.text
    lines: list[Unit] = []
    for b in doc.blocks:
        role = b.role
        if role in QUOTE_ROLES or (role == "title" and b.end - b.start > MAX_TITLE_CHARS):
            u = _unquoted_line(text, b.start, b.end)
            if u.text:  # (rstripped: empty when the line is blank)
                lines.append(u)
    return [part for u in _join(text, lines) for part in _split(u)]


def _unquoted_line(text: str, start: int, end: int) -> Unit:
    """The line without a Markdown block-quote marker ("> – Vi är glada, ..."), rstripped."""
    if text[start : start + 1] in (" ", "\t", ">"):  # how BLOCK_QUOTE_RE can begin
        m = BLOCK_QUOTE_RE.match(text, start, end)
        if m is not None:
            start = m.end()
    return Unit(start, text[start:end].rstrip())


def _join(text: str, lines: list[Unit]) -> list[Unit]:
    """Lines of one paragraph joined (the reader has already joined hard-wrapped text)."""
    out: list[Unit] = []
    for u in lines:
        if out:
            prev = out[-1]
            gap = text[prev.start + len(prev.text) : u.start]
            if _continues(gap, prev, u):
                joined = text[prev.start : u.start + len(u.text)].replace("\n", " ")
                out[-1] = Unit(prev.start, joined, prev.glued)
                continue
            if "\n" not in gap:
                out.append(Unit(u.start, u.text, glued=True))
                continue
        out.append(u)
    return out


def _continues(gap: str, prev: Unit, nxt: Unit) -> bool:
    """True when ``nxt`` is the next line of the paragraph ``prev`` (``gap`` the text
    between them): one line end between, and ``prev`` stops inside a sentence that ``nxt``
    goes on with in lower case."""
    if gap.count("\n") != 1 or gap.strip(" \t\n>"):
        return False  # a blank line (or something else) between: a new paragraph
    first = nxt.text[:1]
    if not (nxt.text.lstrip()[:1] if first.isspace() else first).islower():
        return False  # the first word does not start in lower case
    if dash_content_start(nxt.text) is not None or ITEM_START_RE.match(nxt.text):
        return False
    return not ends_sentence(prev.text)


def _split(u: Unit) -> list[Unit]:
    """``u`` cut before each dash paragraph that starts inside it."""
    if " –" not in u.text and " —" not in u.text and " -" not in u.text:
        return [u]  # INLINE_DASH_RE needs a blank before its dash: most units have none
    cuts = [m.start() for m in INLINE_DASH_RE.finditer(u.text)]
    if not cuts:
        return [u]
    out: list[Unit] = []
    prev = 0
    for c in cuts:
        if u.text[prev:c].strip():
            out.append(Unit(u.start + prev, u.text[prev:c].rstrip(), u.glued or bool(out)))
        prev = c
    out.append(Unit(u.start + prev, u.text[prev:], True))
    return out
