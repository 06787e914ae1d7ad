"""Web addresses in the content: printed ones and HTML/markdown link targets."""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Iterator
from urllib.parse import urljoin, urlsplit

from pressparse.document import (
    Document,
    Finding,
    LinkValue,
    Span,
    alternation_trie,
    finditer_from_literals,
)
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
# How far before the dot of its top-level domain a BARE_DOMAIN_RE match can start: five
# labels of at most 63 characters, each with its dot.
MAX_HOST_CHARS = 5 * 64
# Lower-case literals every URL_RE match begins with.
URL_STARTS = ("http", "www.")
# Scheme and "www." prefixes removed to compare addresses.
# A dot followed by a top-level domain in folded text ("x.se", "hitta.se/press"): where a
# bare domain may be; the dot comes first, so the scan jumps from dot to dot.
DOT_TLD_RE = re.compile(r"\.(?=" + alternation_trie(WEB_TLDS) + ")")
SCHEME_RE = re.compile(r"^[a-z][a-z0-9+.-]*://", re.I)
WWW_RE = re.compile(r"^www\.", re.I)
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
    text = doc.text
    low = doc.folded()
    for m in finditer_from_literals(URL_RE, text, URL_STARTS, low):
        raw = _trim(m.group(0))
        if "." not in raw:
            continue
        url = raw if raw.lower().startswith(WEB_SCHEMES) else "http://" + raw
        span = Span(m.start(), m.start() + len(raw))
        taken.append((span.start, span.end))
        found.append(Finding(LinkValue(url, raw), span, "url.printed"))
    taken_starts = [a for a, _ in taken]
    for m in _bare_domains(text, low):
        k = bisect_right(taken_starts, m.start()) - 1
        if k >= 0 and m.start() < taken[k][1]:
            continue  # inside a printed address with a scheme (those do not overlap)
        raw = _trim(m.group(0))
        host = m.group("host")
        # Without a path, only an address written in lower case ("på hovding.com") is one;
        # "Hitta.se" or "MyNewsdesk.com" at the start of a sentence is a company name.
        if "/" not in raw and host != host.lower():
            continue
        span = Span(m.start(), m.start() + len(raw))
        found.append(Finding(LinkValue("http://" + raw, raw), span, "url.bare"))
    printed = {_key(f.value.url) for f in found}
    # Relative targets resolve against the address the release was fetched from (the HTML
    # reader does so already; this covers Markdown links). Not against the page's canonical
    # address: on a saved page the relative links are mostly the site's navigation.
    for link in doc.links:
        href = _absolute(link.href.strip(), doc.url)
        if not href.lower().startswith(WEB_SCHEMES):
            continue
        key = _key(href)
        if key in printed:
            continue
        printed.add(key)
        anchor = doc.text[link.start : link.end] if link.end > link.start else None
        found.append(Finding(LinkValue(href, anchor), Span(link.start, link.end), "url.href"))
    found.sort(key=lambda f: f.span.start if f.span else 0)
    return _dedupe(found)


def _absolute(href: str, base: str | None) -> str:
    """A relative link target ("/press/pm-1") resolved against the release's own address."""
    if not base or not base.lower().startswith(WEB_SCHEMES) or not href or href[0] == "#":
        return href
    try:
        if urlsplit(href).scheme:
            return href
        return urljoin(base, href)
    except ValueError:  # a malformed address ("http://[") is left as it is
        return href


def _bare_domains(text: str, low: str) -> Iterator[re.Match[str]]:
    """``BARE_DOMAIN_RE.finditer(text)``, searching only the lines with a dot before a TLD.

    A match never spans a line end, and its top-level domain follows a dot, so the other
    lines cannot hold one. ``low`` is ``fold(text)``.
    """
    hit = DOT_TLD_RE.search(low)
    while hit is not None:
        pos = hit.start()
        line_start = text.rfind("\n", 0, pos) + 1
        line_end = text.find("\n", pos)
        if line_end < 0:
            line_end = len(text)
        yield from _line_domains(text, low, line_start, line_end, pos)
        hit = DOT_TLD_RE.search(low, line_end)


def _line_domains(text: str, low: str, start: int, end: int, dot: int) -> Iterator[re.Match[str]]:
    """``BARE_DOMAIN_RE.finditer(text, start, end)``; ``dot`` is the first DOT_TLD_RE hit.

    The next match holds the next dot before a TLD and starts at most MAX_HOST_CHARS before
    it, so each search starts there, not at the end of the match before."""
    done = start
    while True:
        m = BARE_DOMAIN_RE.search(text, max(done, dot - MAX_HOST_CHARS), end)
        if m is None:
            return
        yield m
        done = m.end()
        nxt = DOT_TLD_RE.search(low, done, end)
        if nxt is None:
            return
        dot = nxt.start()


def _key(url: str) -> str:
    """Comparison key: no scheme, no "www.", host case-folded, no trailing slash."""
    s = SCHEME_RE.sub("", url.strip())
    s = WWW_RE.sub("", s)
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
