"""Doubts about a parse, as readable warnings: what a user should check by eye.

One pure function over the findings, so each extractor stays about its own field and the
list of doubts is in one place.
"""

from __future__ import annotations

import re

from pressparse.document import Findings

# Whitespace and dash/quote variants that make two titles look different but read the same.
TITLE_NOISE_RE = re.compile(r"[\s\"'”“„»«–—-]+")


def _same_title(a: str, b: str) -> bool:
    return (
        TITLE_NOISE_RE.sub(" ", a).strip().casefold()
        == TITLE_NOISE_RE.sub(" ", b).strip().casefold()
    )


def collect_doubts(f: Findings) -> list[str]:
    """Warnings for fields that are missing or disagree with each other.

    >>> import pressparse
    >>> pressparse.parse("bara text utan mer").warnings
    ['no publication date found', 'no issuer could be determined']
    """
    out: list[str] = []
    if f.title is None:
        out.append("no title found")
    meta_title = f.doc.meta.get("title")
    if (
        f.title
        and meta_title
        and f.title.rule != "title.metadata"
        and not _same_title(f.title.value, meta_title)
    ):
        out.append(f"page metadata title differs from the visible headline: {meta_title!r}")
    if f.published is None:
        out.append("no publication date found")
    if f.issuer is None:
        why = f" ({f.issuer_warning})" if f.issuer_warning else ""
        out.append(f"no issuer could be determined{why}")
    unattributed = sum(1 for q in f.quotes if q.value.speaker is None)
    if unattributed:
        out.append(f"{unattributed} quote(s) without an identified speaker")
    for c in f.contacts:
        if not c.value.phones and not c.value.emails:
            out.append(f"contact {c.value.name!r} has no phone number or e-mail address")
    return out
