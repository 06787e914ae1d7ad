"""Web addresses in the content: printed ones and HTML/markdown link targets."""

from __future__ import annotations

import re

from pressparse.document import Document, Finding, LinkValue, Span

# A printed address: scheme or "www." start; stops at whitespace and angle brackets.
URL_RE = re.compile(r"(?<![\w@/.])(?:https?://|www\.)[^\s<>\"]{2,2000}", re.I)
# Characters that end a sentence, not an address.
TRAILING = ".,;:!?)]}'”’»"


def extract_urls(doc: Document) -> list[Finding[LinkValue]]:
    """Printed addresses in document order, then link targets not printed as text."""
    found: list[Finding[LinkValue]] = []
    seen: set[str] = set()
    for m in URL_RE.finditer(doc.text):
        raw = m.group(0)
        raw = _trim(raw)
        url = raw if raw.lower().startswith("http") else "http://" + raw
        if url in seen:
            continue
        seen.add(url)
        found.append(
            Finding(LinkValue(url, raw), Span(m.start(), m.start() + len(raw)), "url.printed")
        )
    for link in doc.links:
        href = link.href
        if not href.lower().startswith(("http://", "https://")):
            continue
        if href in seen:
            continue
        seen.add(href)
        anchor = doc.text[link.start : link.end]
        found.append(Finding(LinkValue(href, anchor), Span(link.start, link.end), "url.href"))
    found.sort(key=lambda f: f.span.start if f.span else 0)
    return found


def _trim(raw: str) -> str:
    while raw and raw[-1] in TRAILING:
        if raw[-1] == ")" and raw.count("(") >= raw.count(")"):
            break
        raw = raw[:-1]
    return raw
