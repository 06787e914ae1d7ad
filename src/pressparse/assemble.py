"""Cross-field decisions and the public models, built once.

Here and only here: a quoted person is not a contact unless the contact block lists them;
the models are validated (a speaker's missing role and organization are filled by
:func:`pressparse.extract.quotes.speakers.fill_speakers`). :func:`build_release` is the one
way from findings to a release, for :func:`pressparse.parse` and the explain page alike.
"""

from __future__ import annotations

import hashlib
import re
from typing import Any

from pressparse.document import (
    ContactValue,
    Finding,
    Findings,
    LinkValue,
    OrganizationValue,
    QuoteValue,
)
from pressparse.document import Span as DocSpan
from pressparse.doubts import collect_doubts
from pressparse.models import PressRelease, PublishedSource
from pressparse.rule_ids import RuleId

# Any control character that must not reach the output (tab and newline are allowed).
OUTPUT_CONTROL_RE = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f]")


def build_release(f: Findings) -> PressRelease:
    """Validate the findings into a :class:`PressRelease`, with the reader's warnings and
    the doubts about the findings (:func:`pressparse.doubts.collect_doubts`)."""
    doc = f.doc
    warnings = [*doc.warnings, *collect_doubts(f)]
    published = f.published.value if f.published else None
    source: PublishedSource | None = None
    if f.published:
        source = _published_source(f.published.rule)
    issuer = _org(f.issuer.value) if f.issuer else None
    return PressRelease.model_validate(
        {
            "id": release_id(doc.text),
            "source_format": doc.source_format,
            "url": release_url(doc.url, doc.meta.get("url")),
            "language": f.language.value if f.language else None,
            "kind": _clean(f.kind.value) if f.kind else None,
            "title": _clean(f.title.value) if f.title else None,
            "published": published,
            "published_source": source,
            "issuer": issuer,
            "lead": _clean(f.lead.value) if f.lead else None,
            "body": _clean(f.body.value) or "",
            "quotes": [_quote(q) for q in f.quotes],
            "contacts": [_contact(c) for c in f.contacts],
            "organizations": [_org(o.value) for o in f.organizations],
            "urls": [_link(u) for u in f.urls],
            "text": doc.text,
            "warnings": [_clean(w) or "" for w in warnings],
        }
    )


def release_url(given: str | None, canonical: str | None) -> str | None:
    """The release's own address: the one it was fetched from, else the page's canonical one
    (Open Graph, front matter) when that is an absolute web address."""
    for url in (given, canonical):
        if url and url.strip().lower().startswith(("http://", "https://")):
            return url.strip()
    return given.strip() if given and given.strip() else None


def release_id(text: str) -> str:
    """Stable id: SHA-256 of the normalized text with whitespace collapsed, 32 hex digits."""
    canon = collapse_whitespace(text).casefold()
    return hashlib.sha256(canon.encode("utf-8", "surrogatepass")).hexdigest()[:32]


def collapse_whitespace(text: str) -> str:
    """``" ".join(text.split())``, without splitting the text into words when it is already in
    the reader's shape (single spaces in lines, lines separated by one or two newlines)."""
    flat = text.replace("\n\n", "\n").replace("\n", " ")
    # Every blank but the space is unprintable: a printable ``flat`` without two spaces in a
    # row or one at either end has single spaces between non-blank runs, the same words
    # joined the same way.
    if flat.isprintable() and "  " not in flat and flat[:1] != " " and flat[-1:] != " ":
        return flat
    return " ".join(text.split())


# Where each published rule reads its date from, for ``PressRelease.published_source``.
PUBLISHED_SOURCES: dict[RuleId, PublishedSource] = {
    "published.front_matter": "front_matter",
    "published.metadata": "metadata",
    "published.metadata_time": "metadata",
    "published.regulatory": "regulatory",
}


def _published_source(rule: RuleId) -> PublishedSource:
    return PUBLISHED_SOURCES.get(rule, "visible")


def _clean(s: str | None) -> str | None:
    if s is None:
        return None
    if s.isprintable():
        return s  # no control character (they are all unprintable): nothing to remove
    if "\n" in s and s.replace("\n", "").isprintable():
        return s  # lines (a body, a lead): the line ends are kept, nothing else to remove
    return OUTPUT_CONTROL_RE.sub("", s)


# The nested models are handed to pydantic as plain dicts and validated in the one
# ``PressRelease`` call (in pydantic-core), not model by model in Python.
_Json = dict[str, Any]


def _span(s: DocSpan | None) -> _Json:
    if s is None:
        return {"start": 0, "end": 0}
    return {"start": s.start, "end": s.end}


def _quote(q: Finding[QuoteValue]) -> _Json:
    sp = q.value.speaker
    person = (
        {
            "name": _clean(sp.name) or "",
            "role": _clean(sp.role),
            "organization": _clean(sp.organization),
        }
        if sp
        else None
    )
    return {"text": _clean(q.value.text) or "", "speaker": person, "span": _span(q.span)}


def _contact(c: Finding[ContactValue]) -> _Json:
    v = c.value
    return {
        "name": _clean(v.name),
        "role": _clean(v.role),
        "organization": _clean(v.organization),
        "phones": list(v.phones),
        "emails": list(v.emails),
        "span": _span(c.span),
    }


def _org(v: OrganizationValue) -> _Json:
    return {
        "name": _clean(v.name) or "",
        "org_number": v.org_number,
        "spans": [{"start": s.start, "end": s.end} for s in v.spans],
    }


def _link(u: Finding[LinkValue]) -> _Json:
    return {"url": _clean(u.value.url) or "", "text": _clean(u.value.text), "span": _span(u.span)}
