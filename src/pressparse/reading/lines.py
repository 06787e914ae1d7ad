"""Builds normalized text line by line and records blocks and link spans into it.

Both readers (text and HTML) feed this builder, so both produce the same shape of
``Document``: one block per non-empty line, blank lines between paragraph groups.
"""

from __future__ import annotations

import re

from pressparse.document import Block, BlockKind, LinkRef, new_block

# Runs of whitespace inside a line.
WS_RE = re.compile(r"\s+")


def squeeze_spaces(piece: str) -> str:
    """``WS_RE.sub(" ", piece)``: every run of whitespace one space.

    ``str.split`` splits on exactly the characters ``\\s`` matches in a str pattern, and
    splitting and joining is several times faster than the substitution.
    """
    words = piece.split()
    if not words:
        return " " if piece else ""
    out = " ".join(words)
    if piece[0].isspace():
        out = " " + out
    if piece[-1].isspace():
        out += " "
    return out


class LineBuilder:
    """Accumulates pieces of a line; ``flush`` ends the line, ``paragraph`` ends a group."""

    def __init__(self) -> None:
        # Pieces of the current line, its length, and whether it is empty or ends in a space
        # (a list, not string concatenation: one very long line must stay linear).
        self._parts: list[str] = []
        self._len = 0
        self._at_space = True
        self._out: list[str] = []
        self._pos = 0
        self._group = 0
        self._group_has_lines = False
        self.blocks: list[Block] = []
        self.links: list[LinkRef] = []
        # Links whose anchor lies in the current line: (href, start, end) relative to the line.
        self._line_links: list[tuple[str, int, int]] = []
        self._kind: BlockKind = "paragraph"
        self._level = 0
        # How many lines have been ended, so a caller can tell that a line break fell
        # between two positions (a link whose anchor starts with <br>).
        self.line_no = 0

    def set_kind(self, kind: BlockKind, level: int = 0) -> None:
        self._kind, self._level = kind, level

    def add(self, piece: str) -> None:
        if not piece:
            return
        if "  " in piece or not piece.isprintable():
            # Every whitespace character but the space is unprintable: otherwise the
            # substitution would change nothing.
            piece = squeeze_spaces(piece)
        if self._at_space:
            piece = piece.lstrip(" ")
            if not piece:
                return
        self._parts.append(piece)
        self._len += len(piece)
        self._at_space = piece[-1] == " "

    @property
    def line_pos(self) -> int:
        return self._len

    def add_link(self, href: str, start: int, end: int) -> None:
        self._line_links.append((href, start, end))

    def flush(self) -> None:
        parts = self._parts
        if not parts:
            # Nothing was added since the last line end (a blank line): only the resets.
            self.line_no += 1
            if self._line_links:
                self._line_links = []
            self._kind, self._level = "paragraph", 0
            return
        line = (parts[0] if len(parts) == 1 else "".join(parts)).rstrip(" ")
        # Pieces are added without leading spaces, so the line never starts with one and the
        # link offsets need no shift.
        if line:
            self._emit(line)
        self._parts = []
        self._len = 0
        self._at_space = True
        self.line_no += 1
        self._line_links = []
        self._kind, self._level = "paragraph", 0

    def add_line(self, piece: str) -> None:
        """``add(piece)`` then ``flush()``: a whole line, in one call (most lines of a text)."""
        if self._parts or self._line_links:
            self.add(piece)
            self.flush()
            return
        if "  " in piece or not piece.isprintable():
            piece = squeeze_spaces(piece)
        # What ``add`` and ``flush`` do to a lone piece: no space at either end.
        line = piece.strip(" ")
        if line:
            self._emit(line)
        self.line_no += 1
        self._kind, self._level = "paragraph", 0

    def add_lines(self, lines: list[str]) -> None:
        """``add_line(line)`` for each non-empty line of ``lines`` and ``paragraph()`` for each
        empty one, in one call (the plain lines of a text, most of its lines)."""
        if self._parts or self._line_links or self._kind != "paragraph" or self._level:
            for line in lines:
                if line:
                    self.add_line(line)
                else:
                    self.paragraph()
            return
        # What add_line and paragraph do, on local copies of the builder's state.
        out, blocks = self._out, self.blocks
        pos, group, has_lines = self._pos, self._group, self._group_has_lines
        for piece in lines:
            if not piece:
                if has_lines:
                    group += 1
                    has_lines = False
                continue
            line = piece if "  " not in piece and piece.isprintable() else squeeze_spaces(piece)
            line = line.strip(" ")
            if not line:
                continue
            if has_lines:
                out.append("\n")
                pos += 1
            elif out:
                out.append("\n\n")
                pos += 2
            start = pos
            out.append(line)
            pos += len(line)
            blocks.append(new_block(start, pos, "paragraph", 0, "unknown", group))
            has_lines = True
        self._pos, self._group, self._group_has_lines = pos, group, has_lines
        self.line_no += len(lines)
        self._level = 0

    def _emit(self, line: str) -> None:
        """Append a non-empty line as a block, with the links whose anchors lie in it."""
        if self._group_has_lines:
            self._out.append("\n")
            self._pos += 1
        elif self._out:
            self._out.append("\n\n")
            self._pos += 2
        start = self._pos
        self._out.append(line)
        self._pos += len(line)
        self.blocks.append(new_block(start, self._pos, self._kind, self._level, "unknown", self._group))
        for href, a, b in self._line_links:
            a2 = min(max(a, 0), len(line))
            b2 = min(max(b, 0), len(line))
            if b2 > a2:
                self.links.append(LinkRef(href, start + a2, start + b2))
        self._group_has_lines = True

    def paragraph(self) -> None:
        if self._parts or self._line_links or self._kind != "paragraph":
            self.flush()
        else:
            self.line_no += 1  # what flush does after a blank line
            self._level = 0
        if self._group_has_lines:
            self._group += 1
            self._group_has_lines = False

    def text(self) -> str:
        self.paragraph()
        return "".join(self._out)
