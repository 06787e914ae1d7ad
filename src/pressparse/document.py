"""The normalized document every extractor reads, the findings they return, and
:class:`Findings`, everything the pipeline found in one document.

Internal structures are plain frozen dataclasses: the hot path does not pay for pydantic
validation; the public models are built once, from the findings, in
:func:`pressparse.assemble.build_release`.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from datetime import date, datetime
from types import MappingProxyType
from typing import Generic, Literal, TypeVar

from pressparse.lexicon.common import alt_trie
from pressparse.rule_ids import RuleId

T = TypeVar("T")

SourceFormat = Literal["text", "html"]
BlockKind = Literal["heading", "paragraph", "item", "line"]
# What a block is in the release; set by the structure step (reading/structure.py).
Role = Literal[
    "unknown",  # not yet classified
    "chrome",  # site furniture: "Skip to main content", share lines, breadcrumbs
    "label",  # the printed kind, often with the date: "Pressmeddelande • Jan 18, 2016"
    "dateline",  # a line that only carries the publication moment
    "title",
    "lead",
    "body",
    "contact",  # press contact block, heading included
    "boilerplate",  # "Om X" / "About X" paragraph(s)
    "disclosure",  # MAR disclosure, Certified Adviser line
    "attachments",  # list of attached files / images
]

EMPTY_META: Mapping[str, str] = MappingProxyType({})


@dataclass(frozen=True, slots=True)
class Span:
    """Half-open character range ``[start, end)`` into ``Document.text``."""

    start: int
    end: int


@dataclass(frozen=True, slots=True)
class Block:
    """One line of the normalized text: a heading, paragraph, list item or plain line."""

    start: int
    end: int
    kind: BlockKind = "paragraph"
    level: int = 0  # heading level (1-6) for headings
    role: Role = "unknown"
    # Index of the blank-line separated paragraph group the line belongs to.
    group: int = 0


class _UnfrozenBlock:
    """Block's slots, in Block's order, without the frozen ``__setattr__``: what
    :func:`new_block` fills before it makes the object a Block."""

    __slots__ = Block.__slots__  # Block's own tuple of slot names

    start: int
    end: int
    kind: BlockKind
    level: int
    role: Role
    group: int


_NEW_OBJECT = object.__new__


_SET_SPAN_START, _SET_SPAN_END = (Span.__dict__[name].__set__ for name in ("start", "end"))


def new_span(start: int, end: int) -> Span:
    """``Span(start, end)``, made faster: the slots are set directly instead of through the
    frozen dataclass's ``__init__``. For the places that make a Span per mention."""
    span = _NEW_OBJECT(Span)
    _SET_SPAN_START(span, start)
    _SET_SPAN_END(span, end)
    return span


def new_block(  # noqa: PLR0917 (the fields of Block, in its order)
    start: int, end: int, kind: BlockKind, level: int, role: Role, group: int
) -> Block:
    """``Block(start, end, kind, level, role, group)``, made faster: a frozen dataclass's
    ``__init__`` sets each field through ``object.__setattr__``; here the fields are set
    as plain slots of an object of the same layout, whose class then becomes Block (a
    Block like any other: frozen, equal and hashed by its fields). For the places that
    make a Block per line."""
    b = _NEW_OBJECT(_UnfrozenBlock)
    b.start = start
    b.end = end
    b.kind = kind
    b.level = level
    b.role = role
    b.group = group
    b.__class__ = Block  # type: ignore[assignment]
    return b  # type: ignore[return-value]


@dataclass(frozen=True, slots=True)
class LinkRef:
    """A hyperlink from HTML or markdown: its target and the span of its anchor text."""

    href: str
    start: int
    end: int


@dataclass(frozen=True, slots=True)
class Document:
    """Normalized release: text, its blocks, links and page metadata.

    Every offset in ``blocks`` and ``links`` points into ``text``.
    ``meta`` holds page metadata by key: ``title``, ``published``, ``modified``,
    ``publisher``, ``site_name``, ``description``, ``url``, ``kind``, ``author`` (from JSON-LD,
    Open Graph, ``<time>``, ``<title>`` and YAML front matter).
    """

    text: str
    blocks: tuple[Block, ...]
    source_format: SourceFormat
    links: tuple[LinkRef, ...] = ()
    meta: Mapping[str, str] = field(default_factory=lambda: EMPTY_META)
    url: str | None = None
    warnings: tuple[str, ...] = ()
    # Start offsets of the blocks, for finding the block at a position in O(log n).
    block_starts: tuple[int, ...] = field(init=False, repr=False, compare=False)
    # ``fold(text)``, computed on first use by :meth:`folded`.
    _folded: str | None = field(init=False, repr=False, compare=False, default=None)

    def __post_init__(self) -> None:
        object.__setattr__(self, "block_starts", tuple(b.start for b in self.blocks))

    def folded(self) -> str:
        """``fold(text)``: the text lower-cased, offsets unchanged (computed once)."""
        if self._folded is None:
            object.__setattr__(self, "_folded", fold(self.text))
        assert self._folded is not None
        return self._folded

    def with_blocks(
        self, blocks: tuple[Block, ...], warnings: tuple[str, ...], folded: str | None = None
    ) -> Document:
        """``replace(self, blocks=blocks, warnings=warnings)``, without its look at the fields
        on every call; ``folded``, the text's :meth:`folded` when the caller has it, is kept
        (the text is the same)."""
        doc = Document(
            text=self.text,
            blocks=blocks,
            source_format=self.source_format,
            links=self.links,
            meta=self.meta,
            url=self.url,
            warnings=warnings,
        )
        if folded is not None:
            object.__setattr__(doc, "_folded", folded)
        return doc

    def blocks_containing(self, words: tuple[str, ...]) -> set[int]:
        """Indices of the blocks whose text contains one of ``words`` (lower-case), in any case.

        A cheap prefilter: a case-insensitive pattern that needs one of these words can only
        match in these blocks. Linear in the text and the number of hits.
        """
        low = self.folded()
        found: set[int] = set()
        starts = self.block_starts
        blocks = self.blocks
        for w in words:
            pos = low.find(w)
            while pos >= 0:
                i = bisect_right(starts, pos) - 1
                if i >= 0 and pos + len(w) <= blocks[i].end:
                    found.add(i)
                    pos = low.find(w, blocks[i].end)
                else:
                    pos = low.find(w, pos + 1)
        return found

    def block_at(self, pos: int) -> Block | None:
        """The block containing text offset ``pos``, or None between blocks."""
        i = bisect_right(self.block_starts, pos) - 1
        if i >= 0 and pos < self.blocks[i].end:
            return self.blocks[i]
        return None

    def role_at(self, pos: int) -> Role | None:
        """The role of the block containing ``pos``."""
        b = self.block_at(pos)
        return b.role if b else None

    def block_text(self, block: Block) -> str:
        return self.text[block.start : block.end]

    def blocks_with(self, *roles: Role) -> tuple[Block, ...]:
        return tuple(b for b in self.blocks if b.role in roles)


# The letters ``fold`` maps otherwise than ``str.lower``: "İ" (which ``str.lower`` makes two
# characters), "ı" and "ſ" (which it keeps) become "i", "i" and "s".
FOLD_ONLY_LETTERS = ("\u0130", "\u0131", "\u017f")


def lower_is_fold(text: str) -> bool:
    """Whether ``text.lower()`` is ``fold(text)``: the text holds none of FOLD_ONLY_LETTERS.

    >>> lower_is_fold("Kontakt: Anna Berg"), lower_is_fold("İstanbul")
    (True, False)
    """
    return text.isascii() or not any(map(text.__contains__, FOLD_ONLY_LETTERS))


def fold(text: str) -> str:
    """Lower-case ``text`` keeping its length, so that offsets into it are offsets into ``text``.

    Where a case-insensitive pattern (``re.I``) matches a lower-case literal, the folded text
    contains that literal at the same offset: besides ``str.lower``, the three letters that
    ``re.I`` pairs with ``i`` and ``s`` ("İ", "ı", "ſ") are mapped to them.
    """
    if not text.isascii():
        if "\u0130" in text:
            text = text.replace("\u0130", "i")
        low = text.lower()
        if "\u0131" in low:
            low = low.replace("\u0131", "i")
        if "\u017f" in low:
            low = low.replace("\u017f", "s")
        return low
    return text.lower()


def alternation_trie(words: Iterable[str]) -> str:
    """A regex for "any of ``words``", factored by common prefixes: :func:`pressparse.lexicon.common.alt_trie`."""
    return alt_trie(words)


def search_from_literals(
    rx: re.Pattern[str], text: str, starts: tuple[str, ...], folded: str | None = None
) -> re.Match[str] | None:
    """``rx.search(text)`` for a pattern whose every match begins with one of ``starts``.

    ``starts`` are lower-case literals; a match of ``rx`` (case-insensitive or not) can only
    begin where ``fold(text)`` has one of them, so ``rx.match`` is tried at those offsets
    only, leftmost first: the same match as a full search, without trying every offset
    (patterns with a leading lookbehind or alternation are slow to search).
    """
    for pos in literal_starts(fold(text) if folded is None else folded, starts):
        m = rx.match(text, pos)
        if m is not None:
            return m
    return None


def literal_starts(low: str, starts: tuple[str, ...]) -> list[int]:
    """Every offset of ``low`` where one of the literals ``starts`` begins, in order.

    >>> literal_starts("att offentliggöra och offentliggör", ("ffentliggör",))
    [5, 23]
    """
    cands: set[int] = set()
    for w in starts:
        pos = low.find(w)
        while pos >= 0:
            cands.add(pos)
            pos = low.find(w, pos + 1)
    return sorted(cands)


def _matches_at(
    rx: re.Pattern[str], text: str, positions: Iterable[int]
) -> Iterator[re.Match[str]]:
    """``rx.match`` at each position in order, skipping positions inside the previous match:
    the matches ``finditer`` would give when every match begins at one of ``positions``."""
    done = 0
    for pos in positions:
        if pos < done:
            continue  # inside the previous match: matches do not overlap
        m = rx.match(text, pos)
        if m is not None:
            done = max(m.end(), pos + 1)
            yield m


def finditer_from_offsets(
    rx: re.Pattern[str], text: str, offsets: Iterable[int]
) -> Iterator[re.Match[str]]:
    """``rx.finditer(text)`` for a pattern that never matches the empty string and whose
    every match begins at one of ``offsets`` (ascending)."""
    return _matches_at(rx, text, offsets)


def finditer_from_literals(
    rx: re.Pattern[str], text: str, starts: tuple[str, ...], folded: str | None = None
) -> Iterator[re.Match[str]]:
    """``rx.finditer(text)`` for a pattern that never matches the empty string and whose
    every match begins with one of the lower-case literals ``starts`` (see
    :func:`search_from_literals`)."""
    return _matches_at(rx, text, literal_starts(fold(text) if folded is None else folded, starts))


def finditer_at(
    rx: re.Pattern[str], text: str, starts: re.Pattern[str], scan: str | None = None
) -> Iterator[re.Match[str]]:
    """``rx.finditer(text)`` for a pattern that never matches the empty string, trying
    ``rx.match`` only where ``starts`` matches in ``scan`` (default ``text``; same offsets).

    ``starts`` must match at every offset where a match of ``rx`` can begin; written with a
    character class first, it is searched far faster than a pattern with a leading
    lookbehind, which ``re`` has to try at every offset.
    """
    return _matches_at(
        rx, text, (c.start() for c in starts.finditer(text if scan is None else scan))
    )


@dataclass(frozen=True, slots=True)
class Finding(Generic[T]):
    """A value read from the document, where it was read and the named rule that read it."""

    value: T
    span: Span | None
    rule: RuleId


@dataclass(frozen=True, slots=True)
class PersonValue:
    name: str
    role: str | None = None
    organization: str | None = None


@dataclass(frozen=True, slots=True)
class QuoteValue:
    text: str
    speaker: PersonValue | None
    # Spans of every piece of the quoted words (a quote may be split by its attribution).
    pieces: tuple[Span, ...] = ()


@dataclass(frozen=True, slots=True)
class ContactValue:
    name: str | None
    role: str | None = None
    organization: str | None = None
    phones: tuple[str, ...] = ()
    emails: tuple[str, ...] = ()
    # Where each of ``phones`` / ``emails`` was read (parallel tuples; empty when the
    # extractor did not record them): the explain page marks them from these.
    phone_spans: tuple[Span, ...] = ()
    email_spans: tuple[Span, ...] = ()


@dataclass(frozen=True, slots=True)
class OrganizationValue:
    name: str
    spans: tuple[Span, ...] = ()
    org_number: str | None = None
    kind: str | None = None  # "company", "municipality", "region", "agency", "university", ...


@dataclass(frozen=True, slots=True)
class LinkValue:
    url: str
    text: str | None


Published = datetime | date


@dataclass(frozen=True, slots=True)
class Findings:
    """Everything the extractors found in ``doc``, with spans and rule ids (the debug path).

    Built by :func:`pressparse.api.parse_findings`; the public release is built from it once,
    by :func:`pressparse.assemble.build_release`.
    """

    doc: Document
    title: Finding[str] | None
    kind: Finding[str] | None
    published: Finding[Published] | None
    lead: Finding[str] | None
    body: Finding[str]
    quotes: list[Finding[QuoteValue]]
    contacts: list[Finding[ContactValue]]
    organizations: list[Finding[OrganizationValue]]
    issuer: Finding[OrganizationValue] | None
    urls: list[Finding[LinkValue]]
    language: Finding[str] | None
    # Why no issuer was named when the evidence was weak or tied.
    issuer_warning: str | None = None


_SET_ORG_NAME, _SET_ORG_SPANS, _SET_ORG_NUMBER, _SET_ORG_KIND = (
    OrganizationValue.__dict__[name].__set__ for name in ("name", "spans", "org_number", "kind")
)
_SET_FINDING_VALUE, _SET_FINDING_SPAN, _SET_FINDING_RULE = (
    Finding.__dict__[name].__set__ for name in ("value", "span", "rule")
)


def new_organization_finding(
    name: str, spans: tuple[Span, ...], org_number: str | None, first: Span, rule: RuleId
) -> Finding[OrganizationValue]:
    """``Finding(OrganizationValue(name, spans, org_number), first, rule)``, made faster as
    :func:`new_span` is (the slots set directly). For the organizations, a few per release."""
    value = _NEW_OBJECT(OrganizationValue)
    _SET_ORG_NAME(value, name)
    _SET_ORG_SPANS(value, spans)
    _SET_ORG_NUMBER(value, org_number)
    _SET_ORG_KIND(value, None)
    found: Finding[OrganizationValue] = _NEW_OBJECT(Finding)
    _SET_FINDING_VALUE(found, value)
    _SET_FINDING_SPAN(found, first)
    _SET_FINDING_RULE(found, rule)
    return found
