"""Input normalization: encodings, characters, text/HTML detection, unreadable input."""

from __future__ import annotations

import pytest

import pressparse
from pressparse.reading.decode import (
    decode_bytes,
    looks_like_html,
    normalize_chars,
    repair_mojibake,
)
from pressparse.reading.frontmatter import split_front_matter

SWEDISH = "Pressmeddelande från Region Skåne: årets ökning är större än väntat."


@pytest.mark.parametrize(
    ("data", "name"),
    [
        (SWEDISH.encode("utf-8"), "utf-8"),
        (b"\xef\xbb\xbf" + SWEDISH.encode("utf-8"), "utf-8 with BOM"),
        (SWEDISH.encode("cp1252"), "windows-1252"),
        (SWEDISH.encode("iso-8859-1"), "latin-1"),
        (SWEDISH.encode("utf-16"), "utf-16 with BOM"),
        (SWEDISH.encode("utf-16-le"), "utf-16-le without BOM"),
        (SWEDISH.encode("utf-16-be"), "utf-16-be without BOM"),
    ],
    ids=lambda x: x if isinstance(x, str) else None,
)
def test_decode_encodings(data: bytes, name: str) -> None:
    text, _ = decode_bytes(data)
    assert text.lstrip("\ufeff") == SWEDISH, name


def test_meta_charset_wins_over_guessing() -> None:
    page = '<html><head><meta charset="iso-8859-1"></head><body><p>Göteborg</p></body></html>'
    text, _ = decode_bytes(page.encode("iso-8859-1"))
    assert "Göteborg" in text


def test_mojibake_repaired() -> None:
    broken = SWEDISH.encode("utf-8").decode("cp1252")
    assert repair_mojibake(broken) == (SWEDISH, True)
    assert repair_mojibake(SWEDISH) == (SWEDISH, False)


def test_mojibake_repaired_through_parse() -> None:
    broken = ("Rubrik för nyheten\n\n" + SWEDISH).encode("utf-8").decode("cp1252")
    r = pressparse.parse(broken)
    assert SWEDISH in r.text
    assert any("repaired" in w for w in r.warnings)


def test_normalize_characters() -> None:
    raw = "a\u00a0b\u00adc\u200bd\r\ne\rf\tg\ufb01h\x07"
    assert normalize_chars(raw) == "a bcd\ne\nf gfih"


@pytest.mark.parametrize(
    ("text", "is_html"),
    [
        ("<p>Hej</p><p>Hopp</p>", True),
        ("<!DOCTYPE html><html><body>x</body></html>", True),
        ("Priset är < 100 kronor och > 50 kronor.", False),
        ("Hej\n\nHopp", False),
    ],
)
def test_html_detection(text: str, is_html: bool) -> None:
    assert looks_like_html(text) is is_html


@pytest.mark.parametrize("data", [b"", b"   \n\t ", "", "  \n "])
def test_empty_input_raises_input_error(data: str | bytes) -> None:
    with pytest.raises(pressparse.EmptyInputError):
        pressparse.parse(data)


def test_binary_input_raises_input_error() -> None:
    png = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)) * 4
    with pytest.raises(pressparse.BinaryInputError):
        pressparse.parse(png)


def test_too_large_input_is_refused() -> None:
    opts = pressparse.ParseOptions(max_bytes=1000)
    with pytest.raises(pressparse.InputTooLargeError):
        pressparse.parse("x" * 2000, options=opts)


def test_front_matter_is_metadata() -> None:
    meta, rest = split_front_matter(
        '---\nlayout: post\ntitle: "Ny vd"\ndate: 2016-04-07 10:19:37 +0200\n---\n<p>Text</p>'
    )
    assert meta == {"title": "Ny vd", "published": "2016-04-07 10:19:37 +0200"}
    assert rest == "<p>Text</p>"


def test_html_blocks_and_links() -> None:
    page = (
        "<html><body><nav><a href='/'>Hem</a></nav><article><h1>Rubrik här</h1>"
        "<p>Första stycket med en <a href='/mer'>länk</a>.</p><ul><li>Punkt ett</li></ul>"
        "</article><script>var x = 1;</script></body></html>"
    )
    r = pressparse.parse(page, url="https://example.se/press/1")
    assert r.source_format == "html"
    assert r.text == "Rubrik här\n\nFörsta stycket med en länk.\n\nPunkt ett"
    assert [(u.url, u.text) for u in r.urls] == [("https://example.se/mer", "länk")]
    assert "Hem" not in r.text and "var x" not in r.text


def test_markdown_read_as_text() -> None:
    md = "# Rubrik\n\nText med **fet** stil och [en länk](https://example.se/a).\n\n* punkt"
    r = pressparse.parse(md)
    assert r.title == "Rubrik"
    assert "**" not in r.text and "](" not in r.text
    assert [(u.url, r.span_text(u.span)) for u in r.urls] == [("https://example.se/a", "en länk")]


def test_short_binary_with_nul_bytes_is_not_read_as_utf16() -> None:
    """Synthetic: NUL bytes alone do not make UTF-16; the decoded text must be printable."""
    with pytest.raises(pressparse.BinaryInputError):
        pressparse.parse(b"x\n\x00\x01\x02")


def test_no_log_output_when_characters_are_replaced(capsys: pytest.CaptureFixture[str]) -> None:
    """Synthetic: bytes no encoding decodes cleanly give a warning, not a log line on stderr."""
    r = pressparse.parse(b"Rubrik\n\nText \x81\x8d\x8f\x90\x9d med odefinierade byte.")
    assert r.title == "Rubrik"
    assert capsys.readouterr().err == ""
