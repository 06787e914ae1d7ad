"""Lead (ingress) and body text from the block roles."""

from __future__ import annotations

from pressparse.document import Document, Finding, Span


def extract_lead(doc: Document) -> Finding[str] | None:
    """The first summary paragraph (role ``lead``); its lines are joined by a space."""
    lead = [b for b in doc.blocks if b.role == "lead"]
    if not lead:
        return None
    text = " ".join(doc.block_text(b).strip() for b in lead)
    return Finding(text, Span(lead[0].start, lead[-1].end), "lead.first_paragraph")


def extract_body(doc: Document) -> Finding[str]:
    """Body paragraphs after the lead, up to the contact block and boilerplate.

    Lines of one paragraph group are joined by a newline, groups by a blank line.
    """
    parts: list[str] = []
    last_group = -1
    start = end = -1
    for b in doc.blocks:
        if b.role != "body":
            continue
        if start < 0:
            start = b.start
        end = b.end
        if parts:
            parts.append("\n" if b.group == last_group else "\n\n")
        parts.append(doc.block_text(b))
        last_group = b.group
    span = Span(start, end) if start >= 0 else None
    return Finding("".join(parts), span, "body.paragraphs")
