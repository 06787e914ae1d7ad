"""E-mail addresses: plain, obfuscated, with punctuation around them, and near-misses."""

from __future__ import annotations

import pytest

from pressparse.extract.emails import (
    BAD_LOCAL_RE,
    DOT_WORD_RE,
    EMAIL_RE,
    _email_matches,
    find_emails,
)

EMAILS = [
    ("annelie.martensson@skane.se", "annelie.martensson@skane.se"),
    ("E-post: Peter.Ingman@Newsdesk.se", "peter.ingman@newsdesk.se"),
    ("mail kristofer@newsdesk.se.", "kristofer@newsdesk.se"),
    ("(david@open.se)", "david@open.se"),
    ("skicka till: DDC-PR-news@mod.gov.uk senast", "ddc-pr-news@mod.gov.uk"),
    ("namn[at]bolag.se", "namn@bolag.se"),
    ("namn (at) bolag.se", "namn@bolag.se"),
    ("namn(at)bolag(punkt)se", "namn@bolag.se"),
    ("anna.berg@bolag.se, 070-123 45 67", "anna.berg@bolag.se"),
    ("fredrik.kjellman.olmerud@rvn.se;", "fredrik.kjellman.olmerud@rvn.se"),
]


@pytest.mark.parametrize(("text", "address"), EMAILS)
def test_email_forms(text: str, address: str) -> None:
    assert [e for e, _, _ in find_emails(text)] == [address]


NOT_EMAILS = [
    "[email protected]",  # the page hid the address
    "a..b@bolag.se",
    ".anna@bolag.se",
    "anna@bolag",
    "www.bolag.se",
    "@bolag",
]


@pytest.mark.parametrize("text", NOT_EMAILS)
def test_near_misses_are_not_emails(text: str) -> None:
    assert find_emails(text) == []


def test_pattern_constants() -> None:
    assert EMAIL_RE.search("x anna@bolag.se y")
    assert not EMAIL_RE.search("anna at bolag se")
    assert DOT_WORD_RE.search("bolag(dot)se")
    assert not DOT_WORD_RE.search("bolag.se")
    assert BAD_LOCAL_RE.search("a..b")
    assert not BAD_LOCAL_RE.search("a.b")


def test_hostile_input_is_fast() -> None:
    find_emails("a" * 50000 + "@" + "b." * 5000)


# Synthetic lines around the places where a match may begin: address characters before
# the "@" that a wider word ("josé") or a too long run (over 64) rules out, the bracketed
# and upper-case forms, a space before the bracket, several addresses in a row.
MATCH_STARTS = [
    "josé@bolag.se",
    "x" * 70 + "@bolag.se " + "y" * 40 + "@bolag.se",
    "Anna.Berg [AT] bolag [punkt] se och pressjour(at)bolag.se",
    "namn (snabel-a] bolag.se; a@b.se,c@d.se.e@f.se",
    "08-123 45 67anna.berg@exempel.sejohan",
    "_a@b.se %a@b.se +a@b.se -a@b.se .a@b.se",
]


@pytest.mark.parametrize("text", MATCH_STARTS)
def test_matches_are_the_full_scan(text: str) -> None:
    # The scan from the "@" and bracketed "at" finds what a scan of every offset finds.
    assert [m.span() for m in _email_matches(text)] == [m.span() for m in EMAIL_RE.finditer(text)]
