"""Title and printed label (``kind``)."""

from __future__ import annotations

from pressparse.document import Document, Finding, Span
from pressparse.rule_ids import KindRule
from pressparse.structure import LABEL_RE, PIPE_KIND_RE


def extract_title(doc: Document) -> Finding[str] | None:
    """The headline: the block marked ``title``, else the page/front-matter title."""
    for b in doc.blocks:
        if b.role == "title":
            return Finding(doc.block_text(b).strip(), Span(b.start, b.end), "title.block")
    meta_title = doc.meta.get("title")
    if meta_title:
        start = doc.text.find(meta_title)
        span = Span(start, start + len(meta_title)) if start >= 0 else None
        return Finding(meta_title, span, "title.metadata")
    return None


def extract_kind(doc: Document) -> Finding[str] | None:
    """The printed label ("Pressmeddelande") from a label line or metadata."""
    for b in doc.blocks:
        if b.role not in ("label", "dateline"):
            continue
        line = doc.block_text(b)
        if b.role == "dateline" and "|" not in line:
            continue  # a dateline names a kind only as a field: "2016-01-18 10:43 | Nyhet"
        m = LABEL_RE.match(line)
        rule: KindRule = "kind.label"
        if not m:
            m = PIPE_KIND_RE.search(line)
            rule = "kind.pipe_header"
        if m:
            start = b.start + m.start("kind")
            return Finding(m.group("kind"), Span(start, b.start + m.end("kind")), rule)
    kind = doc.meta.get("kind")
    if kind:
        return Finding(kind, None, "kind.metadata")
    return None
