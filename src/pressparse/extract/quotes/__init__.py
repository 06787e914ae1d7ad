"""Direct quotations and who said them.

One pass over the lines of the release's lead and body, in order, because a quotation's
speaker often depends on what came before: a pronoun (``säger hon``), a first name
(``säger Mattias``), a dash paragraph that continues the previous speaker, or an
announcement (``..., och tillägger:``). Each kind of quotation has its own module:
:mod:`.dash` (``– Det är viktigt, säger X.``), :mod:`.marks` (``”…”, säger X``,
``"…," says X``), :mod:`.bare` (direct speech whose dash was lost); :mod:`.attribution`
reads the speaker, role and organization.
"""

from __future__ import annotations

from typing import NamedTuple

from pressparse.document import Document, Finding, PersonValue, QuoteValue, Span
from pressparse.extract.quotes.attribution import (
    MAX_PREFIX_CHARS,
    Attribution,
    NameIndex,
    Speaker,
    attribution_at,
    extend,
    find_attribution,
    pre_attribution,
    resolve,
)
from pressparse.extract.quotes.bare import bare_attribution
from pressparse.extract.quotes.dash import (
    dash_content_start,
    ends_sentence,
    is_page_number,
    sentence_like,
)
from pressparse.extract.quotes.marks import OPENER_RE, Closers, may_start, openers
from pressparse.extract.quotes.units import reading_units
from pressparse.rule_ids import QuoteRule

__all__ = ["extract_quotes"]

# How many lines a quotation in marks, or a wrapped dash paragraph, may run on for.
MAX_QUOTE_LINES = 6
# An attribution line continued on the next one is short: "Västerbottens läns landsting."
MAX_CLAUSE_TAIL = 70


class _Line(NamedTuple):
    """A paragraph of the lead or body (see :mod:`.units`): its offset in the text and its
    words (a tuple: cheap to make for every line)."""

    start: int
    text: str
    glued: bool


def extract_quotes(doc: Document) -> list[Finding[QuoteValue]]:
    """Every direct quotation in the lead and body with its speaker, in document order."""
    lines = [_Line(*u) for u in reading_units(doc)]
    return _Reader(doc, lines).run()


class _Reader:
    def __init__(self, doc: Document, lines: list[_Line]) -> None:
        self.doc = doc
        self.lines = lines
        self.names = NameIndex(doc.text)
        self.found: list[Finding[QuoteValue]] = []
        self.last: PersonValue | None = None  # the last named speaker
        self.last_quote_line = -2  # index of the line the last quotation ended on
        self.announced: PersonValue | None = None  # "..., och tillägger:" / "X säger:"
        self.pending: list[tuple[int, int]] = []  # dash paragraphs still waiting for a speaker
        self.pending_line = -2
        self._closers: dict[int, Closers] = {}

    def run(self) -> list[Finding[QuoteValue]]:
        i = 0
        while i < len(self.lines):
            i = self._line(i)
        return self.found

    def _line(self, i: int) -> int:
        announced, self.announced = self.announced, None
        if self.pending_line != i - 1:
            self.pending = []
        text = self.lines[i].text
        cs = dash_content_start(text)
        if cs is None and self.pending and self.lines[i].glued:
            cs = 0  # the next sentence of a dash paragraph in a run-on line
        if cs is not None:
            return self._dash(i, cs, announced)
        nxt = self._marks(i, announced)
        if nxt is not None:
            return nxt
        if announced is not None and sentence_like(text):
            # "X säger:" then the quotation without marks on the next line.
            self._emit([self._piece(i, 0, len(text))], announced, i, "quote.announced")
            return i + 1
        att = bare_attribution(text)
        if att is not None:
            self._emit(
                [self._piece(i, 0, att.start)], self._who(att.speaker, i, att), i, "quote.bare"
            )
        elif text.endswith(":"):
            speaker = pre_attribution(text)
            if speaker is not None:
                self.announced = resolve(speaker, self.lines[i].start, self.names, self.last)
        return i + 1

    # -- dash paragraphs ------------------------------------------------------------------

    def _dash(self, i: int, cs: int, announced: PersonValue | None) -> int:
        text = self.lines[i].text
        att = find_attribution(text, cs)
        if att is not None:
            pieces = [*self.pending, self._piece(i, cs, att.start)]
            self.pending = []
            return self._attributed(i, i, att, pieces, "quote.dash")
        below = self._attribution_below(i)
        if below is not None:
            j, wrapped, att = below
            pieces = [*self.pending, self._piece(i, cs, len(text)), *wrapped]
            pieces.append(self._piece(j, 0, att.start))
            self.pending = []
            return self._attributed(j, j, att, pieces, "quote.dash_attribution_below")
        speaker = announced
        if speaker is None and self.last_quote_line == i - 1 and sentence_like(text[cs:]):
            speaker = self.last  # a further paragraph of the speaker just quoted
        if speaker is not None:
            self._emit([self._piece(i, cs, len(text))], speaker, i, "quote.dash_continued")
        elif sentence_like(text[cs:]):
            self.pending.append(self._piece(i, cs, len(text)))
            self.pending_line = i
        return i + 1

    def _attribution_below(self, i: int) -> tuple[int, list[tuple[int, int]], Attribution] | None:
        """An attribution opening a later line: "– ... struktur," / "(2)" / "säger Erik Berg."."""
        wrapped: list[tuple[int, int]] = []
        ended = ends_sentence(self.lines[i].text)
        for j in range(i + 1, min(len(self.lines), i + MAX_QUOTE_LINES)):
            t = self.lines[j].text
            if is_page_number(t):
                continue
            att = attribution_at(t, 0)
            if att is not None and att.start == 0 and att.speaker.kind != "pronoun":
                return j, wrapped, att
            if ended or not t[:1].islower() or dash_content_start(t) is not None:
                return None
            wrapped.append(self._piece(j, 0, len(t)))  # a hard-wrapped line of the paragraph
            ended = ends_sentence(t)
        return None

    def _attributed(
        self, i: int, last: int, att: Attribution, pieces: list[tuple[int, int]], rule: QuoteRule
    ) -> int:
        """Emit a quotation closed by ``att`` on line ``i``, with what follows the clause."""
        text = self.lines[i].text
        nxt = last + 1
        if not ends_sentence(text[: att.end]) and att.end >= len(text) and nxt < len(self.lines):
            more = self.lines[nxt].text
            if (
                len(more) <= MAX_CLAUSE_TAIL
                and more[:1].isupper()
                and more.endswith(".")
                and dash_content_start(more) is None
            ):
                att = extend(att, text, more)  # the clause goes on: "landstingsråd" / "Region X."
                nxt += 1
        rest = text[att.end :]
        if rest.strip():
            # "– A, säger X. B": the quotation goes on after its attribution.
            tail = find_attribution(text, att.end)
            stop = tail.start if tail is not None and tail.speaker.kind == "pronoun" else len(text)
            pieces.append(self._piece(i, att.end, stop))
        speaker = self._who(att.speaker, i, att)
        self._emit(pieces, speaker, i, rule)
        if att.continues and not rest.strip():
            self.announced = speaker
        return nxt

    # -- quotation marks ------------------------------------------------------------------

    def _marks(self, i: int, announced: PersonValue | None) -> int | None:
        """Quotations in marks on line ``i``; the next line to read, or None if there were none."""
        text = self.lines[i].text
        pos, found = 0, False
        lead = len(text) - len(text.lstrip())
        for o in openers(text):
            if o < pos:
                continue
            end = self._close(i, o)
            if end is None:
                continue
            j, c, pieces = end
            tail_text = self.lines[j].text
            att = attribution_at(tail_text, c + 1)
            prefix = text[max(0, o - MAX_PREFIX_CHARS) : o]
            blank = o <= lead  # nothing but blanks before the mark
            speaker: PersonValue | None = None
            if att is not None and (may_start(prefix) or pre_attribution(prefix) is not None):
                speaker = self._who(att.speaker, j, att)
            elif att is None:
                pre = pre_attribution(prefix)
                if pre is not None:
                    speaker = resolve(pre, self.lines[i].start + o, self.names, self.last)
                elif blank and announced is not None:
                    speaker = announced
                elif (
                    blank and self.last_quote_line == i - 1 and not tail_text[c + 1 :].strip(" .,")
                ):
                    speaker = self.last  # a further paragraph of the speaker just quoted
            if speaker is None:
                continue
            if att is not None:
                pieces += self._joined(j, att.end)
                if att.continues:
                    self.announced = speaker
            self._emit(pieces, speaker, j, "quote.marks")
            found = True
            if j > i:
                return j + 1
            pos = att.end if att is not None else c + 1
            if pieces and len(pieces) > 1:
                pos = max(pos, pieces[-1][1] - self.lines[i].start + 1)
        return i + 1 if found else None

    def _close(self, i: int, o: int) -> tuple[int, int, list[tuple[int, int]]] | None:
        """Where the quotation opened at ``o`` on line ``i`` closes: line, offset, pieces."""
        mark = self.lines[i].text[o]
        pieces: list[tuple[int, int]] = []
        start = o + 1
        for j in range(i, min(len(self.lines), i + MAX_QUOTE_LINES)):
            t = self.lines[j].text
            c = self._closers_of(j).after(mark, start)
            if c is not None:
                pieces.append(self._piece(j, start, c))
                return j, c, pieces
            pieces.append(self._piece(j, start, len(t)))
            start = 0
        return None

    def _joined(self, j: int, pos: int) -> list[tuple[int, int]]:
        """``”A”, säger X. ”B”``: the marked words right after the attribution, if unattributed."""
        text = self.lines[j].text
        rest = text[pos:]
        o = pos + len(rest) - len(rest.lstrip())
        if o >= len(text) or not OPENER_RE.match(text, o):
            return []
        c = self._closers_of(j).after(text[o], o + 1)
        if c is None or attribution_at(text, c + 1) is not None:
            return []
        return [self._piece(j, o + 1, c)]

    def _closers_of(self, j: int) -> Closers:
        if j not in self._closers:
            self._closers[j] = Closers(self.lines[j].text)
        return self._closers[j]

    # -- shared -----------------------------------------------------------------------------

    def _who(self, speaker: Speaker, i: int, att: Attribution) -> PersonValue | None:
        return resolve(speaker, self.lines[i].start + att.start, self.names, self.last)

    def _piece(self, i: int, start: int, end: int) -> tuple[int, int]:
        base = self.lines[i].start
        return base + start, base + end

    def _emit(
        self, pieces: list[tuple[int, int]], speaker: PersonValue | None, line: int, rule: QuoteRule
    ) -> None:
        spans = [s for s in (_trim(self.doc.text, a, b) for a, b in pieces) if s is not None]
        if not spans:
            return
        words = " ".join(" ".join(self.doc.text[s.start : s.end].split()) for s in spans)
        if not any(ch.isalpha() for ch in words):
            return
        self.found.append(
            Finding(
                QuoteValue(words, speaker, tuple(spans)), Span(spans[0].start, spans[-1].end), rule
            )
        )
        if speaker is not None:
            self.last = speaker
        self.last_quote_line = line


def _trim(text: str, start: int, end: int) -> Span | None:
    """The span without surrounding blanks, a trailing comma or a stray closing mark."""
    while start < end and text[start] in ' \t\n–—-”"“»«':
        start += 1
    while end > start and text[end - 1] in ' \t\n,;”"“»«':
        end -= 1
    return Span(start, end) if end > start else None
