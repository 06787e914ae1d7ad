"""Title and printed label (``kind``)."""

from __future__ import annotations

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


def _from_title_prefix(doc: Document) -> list[Reading[str]]:
    for b in doc.blocks:
        if b.role == "title":
            m = KIND_PREFIX_RE.match(doc.block_text(b))
            return [_span_reading(b, m.start("kind"), m.end("kind"), m.group("kind"))] if m else []
    return []


def _label_lines(doc: Document) -> list[tuple[Block, str]]:
    out = []
    for b in doc.blocks:
        if b.role not in ("label", "dateline"):
            continue
        line = doc.block_text(b)
        if b.role == "dateline" and "|" not in line:
            continue  # a dateline names a kind only as a field: "2016-01-18 10:43 | Nyhet"
        out.append((b, line))
    return out


def _from_label(doc: Document) -> list[Reading[str]]:
    out = []
    for b, line in _label_lines(doc):
        m = LABEL_RE.match(line)
        if m:
            out.append(_span_reading(b, m.start("kind"), m.end("kind"), m.group("kind")))
    return out[:1]


def _from_pipe_header(doc: Document) -> list[Reading[str]]:
    out = []
    for b, line in _label_lines(doc):
        m = None if LABEL_RE.match(line) else PIPE_KIND_RE.search(line)
        if m:
            out.append(_span_reading(b, m.start("kind"), m.end("kind"), m.group("kind")))
    return out[:1]


def _from_metadata(doc: Document) -> list[Reading[str]]:
    kind = doc.meta.get("kind")
    return [Reading(kind.casefold(), kind, None)] if kind else []


KIND_RULES: tuple[Rule[KindRule, Document, str], ...] = (
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
    winner = strongest_rule(collect(doc, KIND_RULES)).winner
    if winner is None:
        return None
    return Finding(winner.value, winner.span, winner.rule)
