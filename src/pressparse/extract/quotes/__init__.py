"""Direct quotations and who said them.

The lead and body are read as paragraphs (:mod:`.units`, whatever the layout of the lines),
in order, because a quotation's speaker often depends on what came before: a pronoun
(``säger hon``), a first name (``säger Mattias``), a dash paragraph that continues the
previous speaker, or an announcement (``..., och tillägger:``, ``Anna Berg, vd:``).

At each paragraph every strategy of :data:`STRATEGIES` reads the quotations it sees there;
where readings overlap, the one overlap policy :func:`pressparse.rules.filter_spans` keeps
the longest (a dash paragraph holding words in quotation marks is one dash quotation).
Dash paragraphs no strategy closes wait for the attribution of a later one ("several dash
paragraphs, one attribution"); a run of them right after a quotation goes on with its
speaker. Each kind of quotation has its module: :mod:`.dash` (``– Det är viktigt, säger
X.``), :mod:`.marks` (``”…”, säger X``), :mod:`.bare` (direct speech whose dash was lost);
:mod:`.attribution` reads the speaker, role and organization.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from typing import Literal, NamedTuple

from pressparse.document import (
    Document,
    Finding,
    OrganizationValue,
    PersonValue,
    QuoteValue,
    Span,
    fold,
)
from pressparse.extract.quotes.attribution import (
    MAX_PREFIX_CHARS,
    Attribution,
    NameIndex,
    Speaker,
    announcer,
    attribution_at,
    extend,
    find_attribution,
    organization_keys,
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
from pressparse.extract.quotes.units import Unit, reading_units
from pressparse.lexicon.firstnames import is_first_name
from pressparse.rule_ids import QuoteRule
from pressparse.rules import filter_spans

__all__ = ["STRATEGIES", "Strategy", "extract_quotes"]

# How many lines a quotation in marks, or a wrapped dash paragraph, may run on for.
MAX_QUOTE_LINES = 6
# An attribution line continued on the next one is short: "Västerbottens läns landsting."
MAX_CLAUSE_TAIL = 70
# An announced paragraph without a sentence end has this many words (its attribution below).
MIN_ANNOUNCED_WORDS = 8
# How many sentences of a run-on line before "Det sade X." may be its quotation.
MAX_GLUED_SENTENCES = 4

_Piece = tuple[int, int]

# The end of a sentence inside a line: a mark, then a blank and a capital letter.
SENTENCE_END_RE = re.compile(r"[.!?…](?=[ \t]+[A-ZÅÄÖ])")


# A paragraph of the lead or body (see :mod:`.units`): its offset in the text, its words,
# and whether it goes on the line of the one before.
_Line = Unit


class Read(NamedTuple):
    """What a strategy read at a paragraph: the quotation's pieces (offsets in the text),
    its speaker, the last paragraph it covers, the speaker it announces for the next one
    ("..., och tillägger:"), and whether it closes the dash paragraphs waiting."""

    rule: QuoteRule
    pieces: tuple[_Piece, ...]
    speaker: PersonValue | None
    last_line: int
    announces: PersonValue | None = None
    closes_pending: bool = False


@dataclass(frozen=True, slots=True)
class Strategy:
    """One row of the table of quotation strategies."""

    id: QuoteRule
    reads: Callable[[_Reader, int], Iterable[Read]]
    matches: str
    # The paragraphs it can read: dash paragraphs, the others, or any (a cheap trigger:
    # the strategy is not called on the others).
    on: Literal["dash", "other", "any"]


def extract_quotes(
    doc: Document, organizations: Sequence[Finding[OrganizationValue]] = ()
) -> list[Finding[QuoteValue]]:
    """Every direct quotation in the lead and body with its speaker, in document order.

    ``organizations`` are the organizations found in the release: none of them is ever a
    speaker.
    """
    lines = reading_units(doc)
    orgs = frozenset(k for o in organizations for k in organization_keys(o.value.name))
    return _Reader(doc, lines, orgs).run()


def _extent(r: Read) -> tuple[int, int]:
    return r.pieces[0][0], r.pieces[-1][1]


class _Reader:
    def __init__(self, doc: Document, lines: list[_Line], orgs: frozenset[str]) -> None:
        self.doc = doc
        self.lines = lines
        self.orgs = orgs
        self.names = NameIndex(doc.text)
        self.found: list[Finding[QuoteValue]] = []
        self.last: PersonValue | None = None  # the last named speaker
        self.last_quote_line = -2  # index of the line the last quotation ended on
        self.announced: PersonValue | None = None  # announced for the line being read
        self._next_announced: PersonValue | None = None
        self.pending: list[_Piece] = []  # dash paragraphs still waiting for a speaker
        self.pending_line = -2
        self.pending_speaker: PersonValue | None = None  # a run right after a quotation
        self._closers: dict[int, Closers] = {}
        self._found_at: dict[tuple[int, int], Attribution | None] = {}
        self._lows: dict[int, str] = {}
        self._cs: tuple[int, int | None] = (-1, None)  # _dash_start of the line being read

    def run(self) -> list[Finding[QuoteValue]]:
        i = 0
        while i < len(self.lines):
            i = self._line(i)
        self._flush()
        return self.found

    def _line(self, i: int) -> int:
        self.announced, self._next_announced = self._next_announced, None
        if self.pending and not self._continues_pending(i):
            self._flush()
        self._cs = (i, self._dash_start_of(i))
        table = _OTHER_STRATEGIES if self._cs[1] is None else _DASH_STRATEGIES
        reads = [r for s in table for r in s.reads(self, i) if r.pieces]
        kept = filter_spans(reads, _extent) if len(reads) > 1 else reads
        for r in kept:
            self._apply(r)
        if kept:
            return max(r.last_line for r in kept) + 1
        self._unquoted(i)
        return i + 1

    def _apply(self, r: Read) -> None:
        if r.closes_pending:
            self.pending, self.pending_speaker = [], None
        self._emit(list(r.pieces), r.speaker, r.last_line, r.rule)
        if r.announces is not None:
            self._next_announced = r.announces

    def _unquoted(self, i: int) -> None:
        """A paragraph no strategy quoted: a dash paragraph waits for its attribution; a
        line ending "X säger:" or "Anna Berg, vd:" announces the next one's speaker."""
        text = self.lines[i].text
        cs = self._dash_start(i)
        if cs is not None:
            if self.announced is not None:
                piece = self._piece(i, cs, len(text))
                self._emit([piece], self.announced, i, "quote.dash_continued")
            elif sentence_like(text[cs:]) or (self.pending and self.lines[i].glued):
                if not self.pending and self.last_quote_line == i - 1:
                    self.pending_speaker = self.last  # a further paragraph of the speaker
                self.pending.append(self._piece(i, cs, len(text)))
                self.pending_line = i
            return
        if text.endswith(":"):
            speaker = pre_attribution(text, self.orgs) or announcer(text, self.orgs)
            if speaker is not None:
                self._next_announced = resolve(speaker, self.lines[i].start, self.names, self.last)

    def _continues_pending(self, i: int) -> bool:
        return self.pending_line == i - 1 and self._dash_start(i) is not None

    def _flush(self) -> None:
        """Dash paragraphs no attribution closed: the speaker's just quoted go on as one
        quotation of theirs; others are no quotation."""
        if self.pending and self.pending_speaker is not None:
            self._emit(
                self.pending, self.pending_speaker, self.pending_line, "quote.dash_continued"
            )
        self.pending, self.pending_speaker = [], None

    def _dash_start(self, i: int) -> int | None:
        """Where the words of a dash paragraph start on line ``i``; 0 for the next sentence
        of a waiting dash paragraph in a run-on line (found once per line being read)."""
        if self._cs[0] == i:
            return self._cs[1]
        return self._dash_start_of(i)

    def _dash_start_of(self, i: int) -> int | None:
        cs = dash_content_start(self.lines[i].text)
        if cs is None and self.pending and self.pending_line == i - 1 and self.lines[i].glued:
            return 0
        return cs

    # -- dash paragraphs ------------------------------------------------------------------

    def dash(self, i: int) -> tuple[Read, ...]:
        """ "– A, säger X." (after the dash paragraphs waiting for it)."""
        cs = self._dash_start(i)
        if cs is None:
            return ()
        att = self._attribution_in(i, cs)
        if att is None:
            return ()
        pieces = [*self.pending, self._piece(i, cs, att.start)]
        return (self._attributed(i, i, att, pieces, "quote.dash"),)

    def dash_below(self, i: int) -> tuple[Read, ...]:
        """ "– A" then "säger X." opening a later line."""
        cs = self._dash_start(i)
        if cs is None or self._attribution_in(i, cs) is not None:
            return ()
        below = self._attribution_below(i)
        if below is None:
            return ()
        j, wrapped, att = below
        pieces = [*self.pending, self._piece(i, cs, len(self.lines[i].text)), *wrapped]
        pieces.append(self._piece(j, 0, att.start))
        return (self._attributed(j, j, att, pieces, "quote.dash_attribution_below"),)

    def _attribution_in(self, i: int, pos: int) -> Attribution | None:
        """``find_attribution`` on line ``i`` from ``pos``, read once (two strategies ask)."""
        key = (i, pos)
        if key not in self._found_at:
            self._found_at[key] = find_attribution(
                self.lines[i].text, pos, self.orgs, self._folded(i)
            )
        return self._found_at[key]

    def _folded(self, i: int) -> str:
        """``fold`` of line ``i``, once (its attribution and what follows it are looked for)."""
        low = self._lows.get(i)
        if low is None:
            low = self._lows[i] = fold(self.lines[i].text)
        return low

    def _attribution_below(self, i: int) -> tuple[int, list[_Piece], Attribution] | None:
        """An attribution opening a later line: "– ... struktur," / "(2)" / "säger Erik Berg."."""
        wrapped: list[_Piece] = []
        ended = ends_sentence(self.lines[i].text)
        for j in range(i + 1, min(len(self.lines), i + MAX_QUOTE_LINES)):
            t = self.lines[j].text
            if is_page_number(t):
                continue
            att = attribution_at(t, 0, self.orgs)
            if att is not None and att.start == 0 and att.speaker.kind != "pronoun":
                return j, wrapped, att
            if ended or not t[:1].islower() or dash_content_start(t) is not None:
                return None
            wrapped.append(self._piece(j, 0, len(t)))  # a hard-wrapped line of the paragraph
            ended = ends_sentence(t)
        return None

    def _attributed(
        self, i: int, last: int, att: Attribution, pieces: list[_Piece], rule: QuoteRule
    ) -> Read:
        """The quotation closed by ``att`` on line ``i``, with what follows the clause."""
        text = self.lines[i].text
        if (
            not ends_sentence(text[: att.end])
            and att.end >= len(text)
            and last + 1 < len(self.lines)
        ):
            more = self.lines[last + 1].text
            if (
                len(more) <= MAX_CLAUSE_TAIL
                and more[:1].isupper()
                and more.endswith(".")
                and dash_content_start(more) is None
            ):
                # The clause goes on: "landstingsråd" / "Region X.".
                att = extend(att, text, more, self.orgs)
                last += 1
        rest = text[att.end :]
        if rest.strip() and (att.inserted or not self.lines[i].glued):
            # "– A, säger X. B": the quotation goes on after its attribution. (A paragraph
            # cut out of a run-on line may go on with anything: only the sentence an
            # inserted attribution interrupts is taken.)
            tail = find_attribution(text, att.end, self.orgs, self._folded(i))
            stop = tail.start if tail is not None and tail.speaker.kind == "pronoun" else len(text)
            if self.lines[i].glued:
                end = SENTENCE_END_RE.search(text, att.end, stop)
                stop = end.end() if end is not None else stop
            pieces.append(self._piece(i, att.end, stop))
        speaker = self._who(att.speaker, i, att)
        announces = speaker if att.continues and not rest.strip() else None
        return Read(rule, tuple(pieces), speaker, last, announces, closes_pending=True)

    # -- quotation marks ------------------------------------------------------------------

    def marks(self, i: int) -> list[Read]:
        """Quotations in marks opened on line ``i``."""
        out: list[Read] = []
        for o in openers(self.lines[i].text):
            end = self._close(i, o)
            if end is not None:
                r = self._marked(i, o, *end)
                if r is not None:
                    out.append(r)
        return out

    def _marked(self, i: int, o: int, j: int, c: int, pieces: list[_Piece]) -> Read | None:
        text, tail_text = self.lines[i].text, self.lines[j].text
        att = attribution_at(tail_text, c + 1, self.orgs)
        prefix = text[max(0, o - MAX_PREFIX_CHARS) : o]
        blank = not text[:o].strip()  # nothing but blanks before the mark
        speaker: PersonValue | None = None
        if att is not None:
            if may_start(prefix) or pre_attribution(prefix, self.orgs) is not None:
                speaker = self._who(att.speaker, j, att)
        else:
            pre = pre_attribution(prefix, self.orgs)
            if pre is not None:
                speaker = resolve(pre, self.lines[i].start + o, self.names, self.last)
            elif not tail_text[c + 1 :].strip() and self._attribution_line(j + 1) is not None:
                # ”…” then the attribution on a line of its own: "säger Anna Berg.".
                below = self._attribution_line(j + 1)
                assert below is not None
                speaker = self._who(below.speaker, j + 1, below)
                j += 1
            elif blank and self.announced is not None:
                speaker = self.announced
            elif blank and self.last_quote_line == i - 1 and not tail_text[c + 1 :].strip(" .,"):
                speaker = self.last  # a further paragraph of the speaker just quoted
        if speaker is None:
            return None
        announces = None
        if att is not None:
            pieces += self._joined(j, att.end)
            announces = speaker if att.continues else None
        return Read("quote.marks", tuple(pieces), speaker, j, announces)

    def _close(self, i: int, o: int) -> tuple[int, int, list[_Piece]] | None:
        """Where the quotation opened at ``o`` on line ``i`` closes: line, offset, pieces."""
        mark = self.lines[i].text[o]
        pieces: list[_Piece] = []
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

    def _joined(self, j: int, pos: int) -> list[_Piece]:
        """``”A”, säger X. ”B”``: the marked words right after the attribution, if unattributed."""
        text = self.lines[j].text
        rest = text[pos:]
        o = pos + len(rest) - len(rest.lstrip())
        if o >= len(text) or not OPENER_RE.match(text, o):
            return []
        c = self._closers_of(j).after(text[o], o + 1)
        if c is None or attribution_at(text, c + 1, self.orgs) is not None:
            return []
        return [self._piece(j, o + 1, c)]

    def _closers_of(self, j: int) -> Closers:
        if j not in self._closers:
            self._closers[j] = Closers(self.lines[j].text)
        return self._closers[j]

    # -- unmarked speech --------------------------------------------------------------------

    def announced_paragraph(self, i: int) -> tuple[Read, ...]:
        """ "X säger:" / "Anna Berg, vd:" then the quotation without marks; its attribution
        may follow on a line of its own (",avslutar Anna Berg.")."""
        if self.announced is None:
            return ()
        text = self.lines[i].text
        if self._dash_start(i) is not None or OPENER_RE.match(text):
            return ()
        below = self._attribution_line(i + 1)
        if not sentence_like(text) and (below is None or len(text.split()) < MIN_ANNOUNCED_WORDS):
            return ()
        speaker, last = self.announced, i
        if below is not None:
            speaker, last = self._who(below.speaker, i + 1, below) or speaker, i + 1
        return (Read("quote.announced", (self._piece(i, 0, len(text)),), speaker, last),)

    def _attribution_line(self, j: int) -> Attribution | None:
        """Line ``j`` when it is an attribution and nothing else: ",avslutar Anna Berg."."""
        if j >= len(self.lines):
            return None
        t = self.lines[j].text
        att = attribution_at(t, 0, self.orgs)
        if (
            att is None
            or att.start != 0
            or att.end < len(t.rstrip())
            or att.speaker.kind == "pronoun"
        ):
            return None
        return att

    def bare(self, i: int) -> tuple[Read, ...]:
        """ "Det känns bra, kommenterar Jonas Blomquist." / "... Det sade Urban Bäckström."."""
        if self._dash_start(i) is not None:
            return ()
        text = self.lines[i].text
        att = bare_attribution(text, self.orgs)
        if att is None:
            return ()
        pieces = [self._piece(i, _speech_start(text, att.start), att.start)]
        if att.start == 0 and self.lines[i].glued:
            # "Det sade X." as a sentence of a run-on line: the sentences before it.
            pieces = self._glued_before(i)
        elif self.lines[i].glued:
            # Unmarked speech in a run-on line: its paragraph's start is lost; the sentences
            # since the last quotation, a few at most, are taken with it.
            pieces = [*self._glued_before(i), *pieces]
        if not pieces:
            return ()
        return (Read("quote.bare", tuple(pieces), self._who(att.speaker, i, att), i),)

    def _glued_before(self, i: int) -> list[_Piece]:
        out: list[_Piece] = []
        k = i
        while (
            k > 0
            and self.lines[k].glued
            and k - 1 > self.last_quote_line
            and len(out) < MAX_GLUED_SENTENCES
            and dash_content_start(self.lines[k - 1].text) is None
            and not _opens_with_given_name(self.lines[k - 1].text)
        ):
            k -= 1
            out.insert(0, self._piece(k, 0, len(self.lines[k].text)))
        return out

    # -- shared -----------------------------------------------------------------------------

    def _who(self, speaker: Speaker, i: int, att: Attribution) -> PersonValue | None:
        return resolve(speaker, self.lines[i].start + att.start, self.names, self.last)

    def _piece(self, i: int, start: int, end: int) -> _Piece:
        base = self.lines[i].start
        return base + start, base + end

    def _emit(
        self, pieces: list[_Piece], speaker: PersonValue | None, line: int, rule: QuoteRule
    ) -> None:
        spans = [s for s in (_trim(self.doc.text, a, b) for a, b in pieces) if s is not None]
        if not spans:
            return
        words = _joined_words([self.doc.text[s.start : s.end] for s in spans])
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


STRATEGIES: tuple[Strategy, ...] = (
    Strategy(
        "quote.dash",
        _Reader.dash,
        "a dash paragraph closed by its attribution: '– A, säger X.'",
        "dash",
    ),
    Strategy(
        "quote.dash_attribution_below",
        _Reader.dash_below,
        "a dash paragraph whose attribution opens a later line: '– A' / 'säger X.'",
        "dash",
    ),
    Strategy(
        "quote.marks",
        _Reader.marks,
        "words in quotation marks: '”A”, säger X.', 'X säger: ”A”'",
        "any",
    ),
    Strategy(
        "quote.announced",
        _Reader.announced_paragraph,
        "an unmarked paragraph after 'X säger:' or 'Anna Berg, vd:'",
        "other",
    ),
    Strategy(
        "quote.bare",
        _Reader.bare,
        "unmarked speech closed by its attribution: 'Det känns bra, säger X.', '... Det sade X.'",
        "other",
    ),
)
"""The quotation strategies, each tried at every paragraph it can read; overlaps go to
filter_spans. (``quote.dash_continued`` is no strategy: it is what a run of dash
paragraphs after a quotation becomes when no attribution closes it.)"""

# The strategies for a dash paragraph and for any other, in the table's order.
_DASH_STRATEGIES = tuple(s for s in STRATEGIES if s.on != "other")
_OTHER_STRATEGIES = tuple(s for s in STRATEGIES if s.on != "dash")


def _speech_start(text: str, end: int) -> int:
    """Where unmarked speech closed at ``end`` starts in a paragraph run on with the
    release's own words: after the last sentence about a person named first ("...
    Victoria är organisationens första kvinnliga ordförande. Jag är glad ..., säger
    Victoria Svanberg")."""
    start = sentence = 0
    for m in SENTENCE_END_RE.finditer(text, 0, end):
        if _opens_with_given_name(text[sentence : m.end()]):
            start = m.end()
        sentence = m.end()
    return start


def _opens_with_given_name(sentence: str) -> bool:
    """A sentence about a person, named first: "Victoria Svanberg valdes in i TU:s styrelse
    2016.", "Victoria är organisationens första kvinnliga ordförande." (the release's own
    words: a speaker does not open a sentence of speech with a name)."""
    first = sentence.split(maxsplit=1)[0] if sentence.strip() else ""
    return is_first_name(first)


def _joined_words(parts: list[str]) -> str:
    """The pieces of a quotation as one text: blanks collapsed, block-quote markers
    dropped; a piece cut before its
    attribution ("– A, säger X. B") keeps the sentence end the attribution closed."""
    out: list[str] = []
    for p in parts:
        # (A Markdown block-quote marker at a line start inside the piece is no word.)
        words = " ".join(w for w in p.split() if w.strip(">")) if ">" in p else " ".join(p.split())
        if out and words[:1].isupper() and not out[-1].endswith(SENTENCE_ENDS):
            out[-1] += "."
        out.append(words)
    return " ".join(out)


# Marks that end a sentence or clause in a quotation's piece.
SENTENCE_ENDS = (".", "!", "?", "…", ":", ";", '"', "”", "»")


def _trim(text: str, start: int, end: int) -> Span | None:
    """The span without surrounding blanks, a trailing comma or a stray closing mark."""
    while start < end and text[start] in ' \t\n–—-”"“»«':
        start += 1
    while end > start and text[end - 1] in ' \t\n,;”"“»«':
        end -= 1
    return Span(start, end) if end > start else None
