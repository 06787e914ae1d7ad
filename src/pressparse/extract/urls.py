"""Web addresses in the content: printed ones and HTML/markdown link targets."""

from __future__ import annotations

import re

from pressparse.document import Document, Finding, LinkValue, Span
from pressparse.lexicon.contacts import WEB_TLDS

# A printed address with a scheme or "www.": "https://polisen.se/om-polisen/",
# "www.hembygd.se/press". Stops at whitespace, angle brackets and quotation marks.
URL_RE = re.compile(r"(?<![\w@/.])(?:https?://|www\.)[^\s<>\"”“]{2,2000}", re.I)
# A bare domain, with or without a path: "regeringen.se/pressmeddelanden", "hovding.com",
# "hedersförtryck.se". Not preceded by "@" or a dot, so e-mail domains never match.
BARE_DOMAIN_RE = re.compile(
    r"(?<![\w@.:/-])(?P<host>(?:[a-z0-9åäöéü][a-z0-9åäöéü-]{0,62}\.){1,5}"
    r"(?:" + "|".join(sorted(WEB_TLDS, key=len, reverse=True)) + r"))"
    r"(?P<path>/[^\s<>\"”“]{0,2000})?(?![\w@-])",
    re.I,
)
# Characters that end a sentence or close a bracket around an address, not the address.
TRAILING = ".,;:!?)]}'”’»"
# Link targets that are web pages (mailto:, javascript:, data:, file: are not).
WEB_SCHEMES = ("http://", "https://")


def extract_urls(doc: Document) -> list[Finding[LinkValue]]:
    """Printed addresses and web link targets, in document order.

    A link target is listed unless the same address is printed in the text.
    """
    found: list[Finding[LinkValue]] = []
    taken: list[tuple[int, int]] = []
    for m in URL_RE.finditer(doc.text):
        raw = _trim(m.group(0))
        if "." not in raw:
            continue
        url = raw if raw.lower().startswith(WEB_SCHEMES) else "http://" + raw
        span = Span(m.start(), m.start() + len(raw))
        taken.append((span.start, span.end))
        found.append(Finding(LinkValue(url, raw), span, "url.printed"))
    for m in BARE_DOMAIN_RE.finditer(doc.text):
        if any(a <= m.start() < z for a, z in taken):
            continue
        raw = _trim(m.group(0))
        host = m.group("host")
        # Without a path, only an address written in lower case ("på hovding.com") is one;
        # "Hitta.se" or "MyNewsdesk.com" at the start of a sentence is a company name.
        if "/" not in raw and host != host.lower():
            continue
        span = Span(m.start(), m.start() + len(raw))
        found.append(Finding(LinkValue("http://" + raw, raw), span, "url.bare"))
    printed = {_key(f.value.url) for f in found}
    for link in doc.links:
        href = link.href.strip()
        if not href.lower().startswith(WEB_SCHEMES) or _key(href) in printed:
            continue
        printed.add(_key(href))
        anchor = doc.text[link.start : link.end] if link.end > link.start else None
        found.append(Finding(LinkValue(href, anchor), Span(link.start, link.end), "url.href"))
    found.sort(key=lambda f: f.span.start if f.span else 0)
    return _dedupe(found)


def _key(url: str) -> str:
    """Comparison key: no scheme, no "www.", host case-folded, no trailing slash."""
    s = re.sub(r"^[a-z][a-z0-9+.-]*://", "", url.strip(), flags=re.I)
    s = re.sub(r"^www\.", "", s, flags=re.I)
    host, sep, rest = s.partition("/")
    return (host.lower() + sep + rest).rstrip("/")


def _dedupe(found: list[Finding[LinkValue]]) -> list[Finding[LinkValue]]:
    seen: set[str] = set()
    out: list[Finding[LinkValue]] = []
    for f in found:
        if f.value.url in seen:
            continue
        seen.add(f.value.url)
        out.append(f)
    return out


def _trim(raw: str) -> str:
    while raw and raw[-1] in TRAILING:
        closer = raw[-1]
        opener = {")": "(", "]": "["}.get(closer)
        if opener and raw.count(opener) >= raw.count(closer):
            break
        raw = raw[:-1]
    return raw
