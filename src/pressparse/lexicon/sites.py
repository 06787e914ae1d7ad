"""Web addresses of press releases: which sites are the government's, and which are
distributors whose addresses name the sender's newsroom in their path.

Source: the addresses of the releases in the shared corpus and of the platforms Swedish
organizations publish on: regeringen.se and government.se (the Government Offices),
mynewsdesk.com ("/se/<newsroom>/pressreleases/..."), news.cision.com
("/se/<newsroom>/r/..."), mfn.se ("/all/a/<newsroom>/..."), via.tt.se (no newsroom in the
path: its releases say the sender in the text).
"""

from __future__ import annotations

from urllib.parse import urlsplit

# Hosts of the Government Offices: a release there is the government's.
GOVERNMENT_HOSTS = frozenset({"regeringen.se", "government.se"})
# Distributors whose path names the newsroom, and how many path segments precede it
# (a language code, or MFN's "all/a").
DISTRIBUTOR_PATHS: dict[str, int] = {"mynewsdesk.com": 1, "news.cision.com": 1, "mfn.se": 2}
# Distributors whose address names no sender.
ANONYMOUS_HOSTS = frozenset({"via.tt.se", "tt.se", "prnewswire.com", "globenewswire.com"})
# Letters folded so that a domain can be compared with a name ("regionskane" = "Region Skåne").
_FOLD = str.maketrans({"å": "a", "ä": "a", "ö": "o", "é": "e", "ü": "u", "ø": "o", "æ": "a"})


def site_name(url: str) -> tuple[str, str] | None:
    """What a release's address says of its sender: ("government", host) for the
    Government Offices, ("name", compact name) for a newsroom or a site of its own, None
    when the address names no sender.

    >>> site_name("https://www.mynewsdesk.com/se/regionskane/pressreleases/x-123")
    ('name', 'regionskane')
    >>> site_name("http://imint.se/nyheter/20161216-flaggningsmeddelande/")
    ('name', 'imint')
    >>> site_name("https://www.regeringen.se/pressmeddelanden/2024/03/x/")
    ('government', 'regeringen.se')
    """
    try:
        parts = urlsplit(url.strip())
    except ValueError:
        return None
    host = (parts.hostname or "").lower().removeprefix("www.")
    if not host or host in ANONYMOUS_HOSTS:
        return None
    if host in GOVERNMENT_HOSTS:
        return ("government", host)
    skip = DISTRIBUTOR_PATHS.get(host)
    if skip is not None:
        segments = [s for s in parts.path.split("/") if s]
        return ("name", compact(segments[skip])) if len(segments) > skip else None
    labels = host.split(".")
    return ("name", compact(labels[-2])) if len(labels) >= 2 else None


def compact(name: str) -> str:
    """A name or domain label without case, diacritics, spaces or punctuation.

    >>> compact("Region Skåne"), compact("region-skane")
    ('regionskane', 'regionskane')
    """
    return "".join(c for c in name.casefold().translate(_FOLD) if c.isalnum())
