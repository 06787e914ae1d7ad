"""Direct quotations and who said them."""

from __future__ import annotations

import re

from pressparse.document import Document, Finding, PersonValue, QuoteValue, Span
from pressparse.lexicon.names import PERSON_NAME, split_trailing_role
from pressparse.lexicon.speech import SAYING_VERBS_EN, SAYING_VERBS_SV

_VERBS = "|".join(sorted(set(SAYING_VERBS_SV + SAYING_VERBS_EN), key=len, reverse=True))
# A paragraph that opens with a dash: "– Det här är viktigt, säger ..."
DASH_START_RE = re.compile(r"^[–—-][ \t]+")
# The attribution clause at the end: ", säger Anna Berg, vd på Exempel AB."  /  ". Säger Anna Berg ..."
ATTRIBUTION_RE = re.compile(
    rf"(?:,|[.!?])[ \t]*(?i:{_VERBS})[ \t]+(?P<name>{PERSON_NAME})(?P<rest>[^\n]{{0,200}})$"
)


def extract_quotes(doc: Document) -> list[Finding[QuoteValue]]:
    """Dash quotes with an attribution clause, in document order."""
    found: list[Finding[QuoteValue]] = []
    for b in doc.blocks:
        if b.role not in ("body", "lead"):
            continue
        line = doc.block_text(b)
        m = DASH_START_RE.match(line)
        if not m:
            continue
        att = ATTRIBUTION_RE.search(line, m.end())
        if not att:
            continue
        end = att.start() + (1 if line[att.start()] in ".!?" else 0)
        text = line[m.end() : end].strip()
        name, role_head = split_trailing_role(att.group("name"))
        role, org = _role_org(role_head + att.group("rest"))
        speaker = PersonValue(name, role, org)
        start = b.start + m.end()
        found.append(
            Finding(
                QuoteValue(text, speaker, (Span(start, start + len(text)),)),
                Span(start, start + len(text)),
                "quote.dash_attribution",
            )
        )
    return found


def _role_org(rest: str) -> tuple[str | None, str | None]:
    rest = rest.strip(" ,.")
    if not rest:
        return None, None
    parts = [p.strip() for p in rest.split(",") if p.strip()]
    if len(parts) >= 2:
        return parts[0], parts[-1]
    m = re.match(r"^(?P<role>.+?)[ \t]+(?:på|vid|hos|i|at)[ \t]+(?P<org>.+)$", parts[0])
    if m:
        return m.group("role"), m.group("org")
    return parts[0], None
