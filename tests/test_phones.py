"""Phone numbers: every printed form to E.164, and the numbers that are not phones."""

from __future__ import annotations

import pytest

from pressparse.extract.phones import (
    DATE_SHAPE_RE,
    NOT_PHONE_BEFORE_RE,
    ORG_NUMBER_RE,
    PHONE_RE,
    TRUNK_ZERO_RE,
    find_phones,
)

PHONES = [
    ("08-459 59 10", "+4684595910"),
    ("040-675 34 26", "+46406753426"),
    ("+46(0)40 675 34 26", "+46406753426"),
    ("+46 (0) 40 675 34 26", "+46406753426"),
    ("070 123 45 67", "+46701234567"),
    ("010-456 78 90", "+46104567890"),
    ("tel 08-459 5910", "+4684595910"),
    ("tfn: 040-675 34 26", "+46406753426"),
    ("Telefon: 070-4580202", "+46704580202"),
    ("mobil 0707 813 440", "+46707813440"),
    ("mob. 070-291 15 24", "+46702911524"),
    ("växel: 0771-31 15 00", "+46771311500"),
    ("Informationschef+46 70 657 20 26", "+46706572026"),  # corpus: glued to the role
    ("070 – 620 12 07", "+46706201207"),  # corpus: spaced en dash
    ("08 - 644 89 51", "+4686448951"),
    ("0046 8 459 59 10", "+4684595910"),
    ("+47 9003 1029", "+4790031029"),
    ("(kontaktperson: Lise-Lott Hansson, 070-290 26 11)", "+46702902611"),
]


@pytest.mark.parametrize(("text", "e164"), PHONES)
def test_phone_forms(text: str, e164: str) -> None:
    assert [p for p, _, _ in find_phones(text)] == [e164]


NOT_PHONES = [
    "2016-01-18",  # date
    "18-01-2016",  # date, day first
    "år 2010 och 2011",  # years
    "Org.nr 556677-8899",  # organisationsnummer
    "556677-8899",
    "114 51 Stockholm",  # postal code
    "1 250 000 kronor",  # amount
    "plusgiro: 90 06 10-7 och bankgiro: 900-6107",  # giro numbers (synthetic, corpus-like)
    "fax 08-123 45 67",
    "kl. 08.00-16.30",  # opening hours
]


@pytest.mark.parametrize("text", NOT_PHONES)
def test_near_misses_are_not_phones(text: str) -> None:
    assert find_phones(text) == []


def test_two_numbers_on_one_line_keep_their_spans() -> None:
    text = "tel. 08 444 95 05, 070 593 61 88"
    found = find_phones(text)
    assert [p for p, _, _ in found] == ["+4684449505", "+46705936188"]
    assert [text[a:z] for _, a, z in found] == ["08 444 95 05", "070 593 61 88"]


def test_pattern_constants() -> None:
    assert PHONE_RE.search("ring 08-459 59 10 idag")
    assert not PHONE_RE.search("ring 1234 idag")
    assert TRUNK_ZERO_RE.search("+46(0)40")
    assert not TRUNK_ZERO_RE.search("+46 40")
    assert ORG_NUMBER_RE.match("556677-8899")
    assert not ORG_NUMBER_RE.match("08-459 59 10")
    assert DATE_SHAPE_RE.match("2016-01-18")
    assert not DATE_SHAPE_RE.match("040-675 34 26")
    assert NOT_PHONE_BEFORE_RE.search("bankgiro: ")
    assert not NOT_PHONE_BEFORE_RE.search("Telefon: ")


def test_hostile_input_is_fast() -> None:
    find_phones("0" + " 1-" * 20000 + "x")
