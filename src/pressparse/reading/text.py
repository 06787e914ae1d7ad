"""Plain text (and the markdown that mirrors store releases in) -> Document."""

from __future__ import annotations

import re
from collections.abc import Mapping

from pressparse.document import EMPTY_META, Document
from pressparse.reading.lines import LineBuilder
from pressparse.reading.oneline import resegment_lines
from pressparse.reading.wrap import unwrap_lines

# Markdown heading: "# Title", "## Subheading".
MD_HEADING_RE = re.compile(r"^(#{1,6})[ \t]+(.*?)[ \t#]*$")
# Markdown bullet: "* item" or "+ item" ("- " is left alone: it starts Swedish dash quotes).
MD_BULLET_RE = re.compile(r"^[*+][ \t]+")
# Markdown link or image: "[text](target)" / "![alt](target)"; no nesting, bounded lengths.
MD_LINK_RE = re.compile(
    r"!?\[([^\[\]\n]{0,500})\]\(([^()\s]{1,2000})(?:[ \t]+\"[^\"\n]{0,200}\")?\)"
)
# Markdown emphasis markers: "**bold**", "__bold__" around words.
MD_EMPHASIS_RE = re.compile(r"(\*\*|__)(?=\S)([^*_\n]{1,500}?)(?<=\S)\1")
# Markdown single emphasis: "*i dag*", "_Pressmeddelande_" (not inside a word: "a*b", "snake_case").
MD_EM_RE = re.compile(r"(?<![*\w])([*_])(?=[^\s*_])([^*_\n]{1,500}?)(?<=[^\s*_])\1(?![*\w])")
# A Markdown block quote marker: "> – Jag ser fram emot ...", ">> citat".
MD_BLOCKQUOTE_RE = re.compile(r"^(?:>[ \t]?){1,6}")
# A markdown horizontal rule or setext underline.
MD_RULE_RE = re.compile(r"^(?:[-*_=][ \t]*){3,}$")
# The characters an MD_RULE_RE line can start with (the other lines skip the pattern).
_RULE_FIRST = frozenset("-*_=")
# The first characters of a line that markdown reads (a block quote, a rule, a heading, a
# list item): other lines without inline markdown are read as they stand.
_MARKDOWN_FIRST = frozenset(">-*_=#+")
# Markdown backslash escapes: "\-", "\*", "\[".
MD_ESCAPE_RE = re.compile(r"\\([\\`*_{}\[\]()#+\-.!>])")


def read_text(
    text: str, *, meta: Mapping[str, str] = EMPTY_META, url: str | None = None
) -> Document:
    """Read normalized plain text into a Document, one block per non-empty line.

    Hard-wrapped paragraphs are joined back into one line (see :mod:`.wrap`); a release
    stored on one line gets its line breaks back (see :mod:`.oneline`).
    """
    lines = resegment_lines([raw.strip() for raw in text.split("\n")])
    out = LineBuilder()
    run: list[str] = []  # plain and empty lines, added together
    for logical in unwrap_lines(lines):
        line = logical
        if not line or (line[0] not in _MARKDOWN_FIRST and _plain(line)):
            run.append(line)
            continue
        if run:
            out.add_lines(run)
            run = []
        first = line[0]
        if first == ">":
            # A block quote is the quoted paragraph itself (a dash quote in it is a quote).
            line = line[MD_BLOCKQUOTE_RE.match(line).end() :].strip()  # type: ignore[union-attr]
            if not line:
                out.paragraph()
                continue
            first = line[0]
        if first in _RULE_FIRST and MD_RULE_RE.match(line):
            out.paragraph()
            continue
        m = MD_HEADING_RE.match(line) if first == "#" else None
        if m:
            out.paragraph()
            out.set_kind("heading", len(m.group(1)))
            _add_inline(out, m.group(2))
            out.paragraph()
            continue
        m = MD_BULLET_RE.match(line) if first in "*+" else None
        if m:
            out.set_kind("item")
            line = line[m.end() :]
        if _plain(line):
            out.add_line(line)
            continue
        _add_inline(out, line)
        out.flush()
    if run:
        out.add_lines(run)
    full = out.text()
    return Document(
        text=full,
        blocks=tuple(out.blocks),
        source_format="text",
        links=tuple(out.links),
        meta=meta,
        url=url,
    )


def _plain(line: str) -> bool:
    """True when ``line`` holds no inline markdown (links, emphasis, escapes)."""
    return "](" not in line and "*" not in line and "_" not in line and "\\" not in line


def _add_inline(out: LineBuilder, line: str) -> None:
    """Add one line, turning markdown links into anchor text plus a link record."""
    if _plain(line):
        out.add(line)
        return
    line = MD_EM_RE.sub(r"\2", MD_EMPHASIS_RE.sub(r"\2", line))
    pos = 0
    for m in MD_LINK_RE.finditer(line):
        out.add(MD_ESCAPE_RE.sub(r"\1", line[pos : m.start()]))
        anchor = " ".join(MD_ESCAPE_RE.sub(r"\1", m.group(1)).split())
        out.add(anchor)
        start = max(out.line_pos - len(anchor), 0)
        out.add_link(m.group(2), start, out.line_pos)
        pos = m.end()
    out.add(MD_ESCAPE_RE.sub(r"\1", line[pos:]))
