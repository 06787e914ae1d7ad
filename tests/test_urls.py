"""Web addresses: printed forms, link targets, trailing punctuation and non-web schemes."""

from __future__ import annotations

import pytest

import pressparse
from pressparse.document import Document, LinkRef
from pressparse.extract.urls import BARE_DOMAIN_RE, URL_RE, extract_urls


def _urls(text: str, links: tuple[LinkRef, ...] = ()) -> list[tuple[str, str | None]]:
    doc = Document(text=text, blocks=(), source_format="text", links=links)
    return [(f.value.url, f.value.text) for f in extract_urls(doc)]


PRINTED = [
    (
        "Läs mer på https://polisen.se/om-polisen/pressrum/.",
        "https://polisen.se/om-polisen/pressrum/",
    ),
    ("Se www.hembygd.se/press, där finns allt", "http://www.hembygd.se/press"),
    ("Läs mer på www.malmo.se", "http://www.malmo.se"),
    ("(se www.uu.se)", "http://www.uu.se"),
    ("Se regeringen.se/pressmeddelanden.", "http://regeringen.se/pressmeddelanden"),
    ("Plattformen hedersförtryck.se drivs av", "http://hedersförtryck.se"),
    ("säljs på hovding.com.", "http://hovding.com"),
    ("https://sv.wikipedia.org/wiki/Malmö_(stad)", "https://sv.wikipedia.org/wiki/Malmö_(stad)"),
    ("”www.bolag.se”", "http://www.bolag.se"),
    ("http://www.expo2010.se/!", "http://www.expo2010.se/"),
]


@pytest.mark.parametrize(("text", "url"), PRINTED)
def test_printed_forms(text: str, url: str) -> None:
    assert [u for u, _ in _urls(text)] == [url]


NOT_URLS = [
    "Skriv till anna.berg@bolag.se",  # e-mail domain
    "Hitta.se grundades 2004",  # a company name, not written as an address
    "se bilaga rapport.pdf",
    "t.ex. bl.a. 5.000 kr",
    "javascript:alert(1)",
    "data:text/html,x",
    "file:///etc/passwd",
]


@pytest.mark.parametrize("text", NOT_URLS)
def test_near_misses_are_not_urls(text: str) -> None:
    assert _urls(text) == []


def test_link_targets_only_web_schemes() -> None:
    text = "Twitter Skriv till oss Klicka"
    links = (
        LinkRef("http://twitter.com/#!/mynewsdesk_se", 0, 7),
        LinkRef("mailto:anna@bolag.se", 8, 22),
        LinkRef("javascript:void(0)", 23, 29),
        LinkRef("data:text/plain,x", 23, 29),
    )
    assert _urls(text, links) == [("http://twitter.com/#!/mynewsdesk_se", "Twitter")]


def test_printed_address_and_its_link_are_listed_once() -> None:
    text = "Läs mer på www.malmo.se"
    assert _urls(text, (LinkRef("http://www.malmo.se/", 11, 23),)) == [
        ("http://www.malmo.se", "www.malmo.se")
    ]


def test_document_order_and_spans() -> None:
    r = pressparse.parse("Rubrik\n\nSe www.a.se och sedan https://b.se/x.\n\nOm oss: c.se/om")
    assert [u.url for u in r.urls] == ["http://www.a.se", "https://b.se/x", "http://c.se/om"]
    assert [r.span_text(u.span) for u in r.urls] == ["www.a.se", "https://b.se/x", "c.se/om"]


def test_pattern_constants() -> None:
    assert URL_RE.search("se www.bolag.se")
    assert not URL_RE.search("se wwwbolag")
    assert BARE_DOMAIN_RE.search("på bolag.se/x")
    assert not BARE_DOMAIN_RE.search("anna@bolag.se")


def test_hostile_input_is_fast() -> None:
    _urls("a." * 30000 + "se")
    _urls("www." + "x" * 50000)
