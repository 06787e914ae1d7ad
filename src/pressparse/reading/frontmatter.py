"""YAML front matter of static-site archives (``---`` / ``title: ...`` / ``---``) as metadata."""

from __future__ import annotations

import re

# A front matter block at the very start: "---" line, "key: value" lines, "---" line.
FRONT_MATTER_RE = re.compile(r"\A\s{0,10}---[ \t]*\n((?:[^\n]*\n){0,200}?)---[ \t]*(?:\n|\Z)")
# One "key: value" line of front matter (nested YAML is ignored).
FRONT_MATTER_LINE_RE = re.compile(r"^([A-Za-z_][\w-]{0,40})[ \t]*:[ \t]*(.*)$")

# Front matter keys -> Document.meta keys.
_KEYS = {
    "title": "title",
    "date": "published",
    "published": "published",
    "pubdate": "published",
    "updated": "modified",
    "lastmod": "modified",
    "author": "author",
    "publisher": "publisher",
    "source": "url",
    "url": "url",
}


def split_front_matter(text: str) -> tuple[dict[str, str], str]:
    """Return (metadata, rest) when ``text`` starts with YAML front matter, else ({}, text).

    >>> split_front_matter('---\\ntitle: "Ny vd"\\ndate: 2016-04-07 10:19:37 +0200\\n---\\nText')
    ({'title': 'Ny vd', 'published': '2016-04-07 10:19:37 +0200'}, 'Text')
    """
    m = FRONT_MATTER_RE.match(text)
    if not m:
        return {}, text
    meta: dict[str, str] = {}
    for key, raw in _entries(m.group(1).splitlines()):
        value = _unquote(raw.strip())
        if key and value and key not in meta:
            meta[key] = value
    return meta, text[m.end() :]


def _entries(lines: list[str]) -> list[tuple[str | None, str]]:
    """The (meta key, raw value) pairs; a line that is no "key: value" continues the value
    above it (YAML folds a long scalar over lines, as hard-wrapped archives do)."""
    out: list[tuple[str | None, str]] = []
    for line in lines:
        lm = FRONT_MATTER_LINE_RE.match(line)
        if lm:
            out.append((_KEYS.get(lm.group(1).lower()), lm.group(2)))
        elif out and line.strip():
            key, value = out[-1]
            out[-1] = (key, f"{value.rstrip()} {line.strip()}")
    return out


def _unquote(value: str) -> str:
    if len(value) >= 2 and value[0] == value[-1] and value[0] in "\"'":
        value = value[1:-1]
        if value and value[0] == '"':
            value = value.replace('\\"', '"')
    return value.strip()
