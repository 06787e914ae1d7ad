"""The shared lexicons: alternations, word frequencies, given names, role words."""

from __future__ import annotations

import re

import pytest

from pressparse.lexicon.common import alt, alt_trie
from pressparse.lexicon.firstnames import is_first_name
from pressparse.lexicon.frequency import is_common_word, zipf
from pressparse.lexicon.roles import is_role_word, starts_with_role


def test_alt_escapes_orders_longest_first_and_refuses_empty() -> None:
    rx = re.compile(alt(["t.f.", "tf", "sa", "sade"]))
    assert rx.match("sade").group(0) == "sade"
    assert rx.match("t.f. vd").group(0) == "t.f."
    assert rx.match("txf") is None  # the period is escaped
    with pytest.raises(ValueError):
        alt([])
    with pytest.raises(ValueError):
        alt(["ok", ""])


def test_alt_trie_matches_like_alt() -> None:
    words = ["säger", "sa", "sade", "menar", "glädjer sig"]
    flat, tree = re.compile(alt(words, blanks=True)), re.compile(alt_trie(words))
    for text in ("sade hon", "sa han", "säger X", "glädjer  sig", "menade", "sägerx"):
        a, b = flat.match(text), tree.match(text)
        assert (a and a.group(0)) == (b and b.group(0)), text


def test_alt_trie_keeps_spaces_literal_without_blanks() -> None:
    # Synthetic: a phrase's space stays one space, as in alt() without blanks.
    words = ["vice ordförande", "vice", "vd"]
    flat, tree = re.compile(alt(words)), re.compile(alt_trie(words, blanks=False))
    for text in ("vice ordförande för X", "vice  ordförande", "vd för Y", "vdx"):
        a, b = flat.match(text), tree.match(text)
        assert (a and a.group(0)) == (b and b.group(0)), text
    assert tree.match("vice  ordförande").group(0) == "vice"  # type: ignore[union-attr]


# Sentence-initial words of real releases (regeringen.se, Mynewsdesk) against organization names.
@pytest.mark.parametrize("word", ["Många", "Dagens", "Informationen", "Målet", "Flera"])
def test_common_words(word: str) -> None:
    assert is_common_word(word)


@pytest.mark.parametrize("word", ["Trafikverket", "Mynewsdesk", "Ericsson", "Picsearch"])
def test_names_are_not_common_words(word: str) -> None:
    assert not is_common_word(word)
    assert zipf(word) < 4.4


@pytest.mark.parametrize("word", ["Anna", "Mikael", "Anne-Lie", "Pål", "Åsa", "Kristofer"])
def test_first_names(word: str) -> None:
    assert is_first_name(word)


@pytest.mark.parametrize("word", ["Region", "Sverige", "Många", "Nordic", "Lie-Anne"])
def test_not_first_names(word: str) -> None:
    assert not is_first_name(word)


@pytest.mark.parametrize(
    "word", ["Kommunikationsdirektör", "presschef", "VD", "Pressekreterare", "förbundsordförande"]
)
def test_role_words(word: str) -> None:
    assert is_role_word(word)


@pytest.mark.parametrize("word", ["Anna", "Direktörsvägen", "Region", "Stockholm"])
def test_not_role_words(word: str) -> None:
    assert not is_role_word(word)


def test_starts_with_role() -> None:
    assert starts_with_role("Presschef Olof Berg")
    assert not starts_with_role("Olof Berg, presschef")


# Words of the corpus releases (one word, several words, digits, unknown) and synthetic
# forms: the grouped table gives what wordfreq's own lookup gives, in both languages.
ZIPF_WORDS = [
    "och", "Många", "Materialet", "Trafikverket", "Ericsson", "förvaltningen", "Skanska",
    "Nordic Waterproofing", "år 2024", "070-123", "e-post", "Anne-Lie", "it's", "ﬁnns",
    "zzqxj", "", " ", "Google", "the",
]  # fmt: skip


@pytest.mark.parametrize("word", ZIPF_WORDS)
def test_zipf_is_wordfreqs(word: str) -> None:
    from wordfreq import zipf_frequency

    for lang in ("sv", "en"):
        assert zipf(word, lang) == zipf_frequency(word.lower(), lang)


# --- the government's members (lexicon/cabinet.py) -------------------------------------------


def test_cabinet_table_reads_its_names() -> None:
    from pressparse.lexicon.cabinet import cabinet_members

    members = cabinet_members()
    assert {"Pål Jonson", "Carl-Oskar Bohlin", "Camilla Waltersson Grönvall"} <= members
    assert not any("\t" in n or n != n.strip() for n in members)


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        # ../shared/unlabeled/regeringen/2025/11/pal-jonson-deltar-pa-jef-mote-i-norge.md
        ("Pål Jonson deltar på JEF-möte i Norge", "Pål Jonson"),
        # ../shared/unlabeled/regeringen/2025/01/carl-oskar-bohlin-deltar-i-informellt-rif-mote-i-warszawa.md
        ("Carl-Oskar Bohlin deltar i informellt RIF-möte i Warszawa", "Carl-Oskar Bohlin"),
        # near misses (synthetic): another person of a similar name, a genitive, a name inside
        ("Pål Jonsson Bygg AB förvärvar konkurrent", None),
        ("Ulf Kristerssons tal i Almedalen", None),
        ("Statsbesök där Pål Jonson deltar", None),
    ],
)
def test_cabinet_member_opening(line: str, expected: str | None) -> None:
    from pressparse.lexicon.cabinet import cabinet_member_opening

    assert cabinet_member_opening(line) == expected
