"""Title and printed label (``kind``)."""

from __future__ import annotations

import re
from dataclasses import dataclass

from pressparse.document import Block, Document, Finding, Span
from pressparse.lexicon.labels import KIND_PREFIX_RE, LABEL_RE, PIPE_KIND_RE
from pressparse.rule_ids import KindRule
from pressparse.rules import Reading, Rule, collect, strongest_rule


def extract_title(doc: Document) -> Finding[str] | None:
    r"""The headline: the block marked ``title``, else the page/front-matter title, else a
    label printed alone above the text as the only heading ("Pressmeddelande").

    >>> from pressparse.api import parse_findings
    >>> parse_findings("Pressmeddelande\n\nI syfte att stärka basen skapas ett nytt "
    ...     "affärsområde där morgontidningarna ingår.").title.value
    'Pressmeddelande'
    """
    for b in doc.blocks:
        if b.role == "title":
            return Finding(doc.block_text(b).strip(), Span(b.start, b.end), "title.block")
    meta_title = doc.meta.get("title")
    if meta_title:
        start = doc.text.find(meta_title)
        span = Span(start, start + len(meta_title)) if start >= 0 else None
        return Finding(meta_title, span, "title.metadata")
    return _label_only(doc)


def _label_only(doc: Document) -> Finding[str] | None:
    """A release whose only heading is its label: the first block is a label that is the
    kind alone ("Pressmeddelande"), and the text begins right below it. The label is then
    the headline as printed (archives of old wire releases: "Pressmeddelande" and the text);
    not when a date stands with it ("Pressmeddelande • Jan 18, 2016") or a line above the
    text could be a headline."""
    blocks = [b for b in doc.blocks if b.role != "chrome"]
    if not blocks or blocks[0].role != "label":
        return None
    first = blocks[0]
    line = doc.block_text(first).strip()
    m = LABEL_RE.match(line)
    if m is None or m.group("kind") != line:
        return None
    # The text begins right below: structure found no headline above the lead or body.
    nxt = next((b for b in blocks[1:] if b.role != "label"), None)
    if nxt is None or nxt.role not in ("lead", "body"):
        return None
    return Finding(line, Span(first.start, first.start + len(line)), "title.label_only")


# Why each weight (the policy is "most reliable rule wins"): a kind printed in the
# headline ("Pressinbjudan: ...") is the release's own, more specific than the platform's
# generic label line ("Pressmeddelande -") above it; a label line or a pipe-header field is
# printed on the page; page metadata is the last resort.
TITLE_PREFIX_WEIGHT = 3.0
LABEL_WEIGHT = 2.0
PIPE_HEADER_WEIGHT = 2.0
METADATA_WEIGHT = 1.0


def _span_reading(b: Block, start: int, end: int, kind: str) -> Reading[str]:
    return Reading(kind.casefold(), kind, Span(b.start + start, b.start + end))


@dataclass(frozen=True, slots=True)
class KindInputs:
    """What the kind rules read, from one pass over the blocks: the document, the
    KIND_PREFIX_RE match opening its first title block, and its label lines (a dateline only
    with a "|" field), each with its LABEL_RE match (None: no label grammar, perhaps a pipe
    header)."""

    doc: Document
    title: Block | None
    title_prefix: re.Match[str] | None
    labels: tuple[tuple[Block, str, re.Match[str] | None], ...]


def _kind_inputs(doc: Document) -> KindInputs | None:
    """The inputs of the kind rules; None when no rule can read anything (no label or
    dateline line, no colon in the headline, no kind in the metadata): the common case,
    decided from the roles alone."""
    blocks = doc.blocks
    text = doc.text
    roles = [b.role for b in blocks]
    title = blocks[roles.index("title")] if "title" in roles else None
    colon = title is not None and text.find(":", title.start, title.end) >= 0
    lines = "label" in roles or "dateline" in roles
    if not (colon or lines or doc.meta.get("kind")):
        return None
    labels: list[tuple[Block, str, re.Match[str] | None]] = []
    if lines:
        for b in blocks:
            if b.role in ("label", "dateline"):
                line = text[b.start : b.end]
                if b.role == "dateline" and "|" not in line:
                    continue  # a dateline names a kind only as a field: "2016-01-18 | Nyhet"
                labels.append((b, line, LABEL_RE.match(line)))
    # A kind prefix ends in a colon. Matched on the block's own text: the pattern's "^" is
    # the start of the string.
    prefix = KIND_PREFIX_RE.match(text[title.start : title.end]) if colon and title else None
    return KindInputs(doc, title, prefix, tuple(labels))


def _from_title_prefix(x: KindInputs) -> list[Reading[str]]:
    b, m = x.title, x.title_prefix
    if b is None or m is None:
        return []
    return [_span_reading(b, m.start("kind"), m.end("kind"), m.group("kind"))]


def _from_label(x: KindInputs) -> list[Reading[str]]:
    for b, _, m in x.labels:
        if m:
            return [_span_reading(b, m.start("kind"), m.end("kind"), m.group("kind"))]
    return []


def _from_pipe_header(x: KindInputs) -> list[Reading[str]]:
    for b, line, label in x.labels:
        m = None if label else PIPE_KIND_RE.search(line)
        if m:
            return [_span_reading(b, m.start("kind"), m.end("kind"), m.group("kind"))]
    return []


def _from_metadata(x: KindInputs) -> list[Reading[str]]:
    kind = x.doc.meta.get("kind")
    return [Reading(kind.casefold(), kind, None)] if kind else []


KIND_RULES: tuple[Rule[KindRule, KindInputs, str], ...] = (
    Rule(
        "kind.title_prefix",
        TITLE_PREFIX_WEIGHT,
        _from_title_prefix,
        "a printed kind opening the headline ('Pressinbjudan: ...')",
    ),
    Rule("kind.label", LABEL_WEIGHT, _from_label, "the first label line ('Pressmeddelande • ...')"),
    Rule(
        "kind.pipe_header",
        PIPE_HEADER_WEIGHT,
        _from_pipe_header,
        "a kind as one field of a pipe header ('11.2.2026 | Dramaten | Pressmeddelande')",
    ),
    Rule("kind.metadata", METADATA_WEIGHT, _from_metadata, "the page or front-matter kind"),
)


def extract_kind(doc: Document) -> Finding[str] | None:
    """The printed label ("Pressmeddelande"), by the policy "most reliable rule wins"."""
    x = _kind_inputs(doc)
    if x is None:
        return None
    winner = strongest_rule(collect(x, KIND_RULES)).winner
    if winner is None:
        return None
    return Finding(winner.value, winner.span, winner.rule)
