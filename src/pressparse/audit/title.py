"""Gold-free checks of the title (see :mod:`pressparse.audit`)."""

from __future__ import annotations

import re
from collections.abc import Iterator

from pressparse.audit import Check, Observation, Sample

# The Markdown headline of an archived release: "# Ny ordförande i ...".
MARKDOWN_HEADLINE_RE = re.compile(r"^#[ \t]+(\S.*?)[ \t#]*$", re.M)


def _collapse(s: str) -> str:
    # Soft hyphens are removed by the reader (they only mark where a word may break).
    return " ".join(s.replace("\xad", "").split())


def markdown_headline_kept(sample: Sample) -> Iterator[Observation]:
    """A Markdown release's first ``# `` heading is its title (flagged when it is not)."""
    if not sample.path.endswith(".md"):
        return
    m = MARKDOWN_HEADLINE_RE.search(sample.raw)
    if m is None:
        return
    want = _collapse(m.group(1))
    got = _collapse(sample.release.title or "")
    yield (got != want, f"title {got!r}, heading {want!r}")


CHECKS: tuple[Check, ...] = (
    Check(
        "title.markdown_headline",
        "Markdown releases whose title is not their '# ' heading",
        0.005,
        "max",
        markdown_headline_kept,
    ),
)
