"""Input normalization: encodings, characters, text/HTML detection, unreadable input."""

from __future__ import annotations

from pathlib import Path

import pytest

import pressparse
from pressparse.reading.decode import (
    decode_bytes,
    looks_like_html,
    normalize_chars,
    repair_mojibake,
)
from pressparse.reading.frontmatter import split_front_matter
from pressparse.reading.lines import LineBuilder
from pressparse.reading.oneline import _STARTS, _scan, resegment, resegment_lines

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


# --- encodings that lie, mix or go wrong (synthetic inputs unless a source is named) -------

_PAGE = "<html><head>{head}</head><body><h1>Ny vd för Exempel AB</h1><p>{body}</p></body></html>"


def test_bom_wins_over_a_lying_meta_charset() -> None:
    """Synthetic: the HTML standard lets a byte order mark override any declaration."""
    page = _PAGE.format(head='<meta charset="iso-8859-1">', body="Årets ökning är större.")
    r = pressparse.parse(b"\xef\xbb\xbf" + page.encode("utf-8"))
    assert r.title == "Ny vd för Exempel AB"
    assert "Årets ökning är större." in r.text


def test_utf8_bytes_declared_as_latin1_are_read_as_utf8() -> None:
    """Synthetic: a page declaring iso-8859-1 whose bytes are UTF-8."""
    page = _PAGE.format(head='<meta charset="iso-8859-1">', body="Årets ökning är större.")
    r = pressparse.parse(page.encode("utf-8"))
    assert r.title == "Ny vd för Exempel AB"
    assert any("read as UTF-8" in w for w in r.warnings)


def test_one_byte_undefined_in_cp1252_costs_one_character() -> None:
    """Synthetic: 0x81 is undefined in Windows-1252; the rest still reads as Swedish."""
    r = pressparse.parse("Ny vd för Exempel AB\n\nÅrets ökning \x81är större.".encode("latin-1"))
    assert r.title == "Ny vd för Exempel AB"
    assert "Årets ökning är större." in r.text
    assert "\ufffd" not in r.text


def test_utf8_and_latin1_mixed_in_one_file() -> None:
    """Synthetic: a UTF-8 release with a Latin-1 paragraph pasted in."""
    data = "Ny vd för Exempel AB\n\nÅrets ökning.\n\n".encode() + "Större än väntat.".encode(
        "latin-1"
    )
    r = pressparse.parse(data)
    assert r.title == "Ny vd för Exempel AB"
    assert "Större än väntat." in r.text
    assert any("mixed UTF-8" in w for w in r.warnings)


def test_nul_padding_is_not_binary() -> None:
    """Synthetic: a release followed by NUL bytes up to a fixed record size."""
    data = "Ny vd för Exempel AB\n\nExempel AB har utsett Anna Berg till vd.".encode()
    r = pressparse.parse(data + b"\x00" * 8192)
    assert r.title == "Ny vd för Exempel AB"


def test_other_script_in_a_single_byte_charset_is_guessed() -> None:
    """Synthetic: Russian in KOI8-R, undeclared, is not read as Windows-1252 letters."""
    data = ("Пресс-релиз о компании. Новый директор назначен сегодня. " * 4).encode("koi8-r")
    r = pressparse.parse(data)
    assert "директор" in r.text
    assert any("a guess" in w for w in r.warnings)


def test_a_long_leading_comment_does_not_hide_the_page() -> None:
    """Synthetic: a licence banner longer than the sniffed sample before the markup."""
    page = "<!-- " + "licens " * 5000 + " -->" + _PAGE.format(head="", body="Text här.")
    page = page.replace("</p>", "</p><script>var secret = 1;</script>")
    r = pressparse.parse(page)
    assert r.source_format == "html"
    assert r.title == "Ny vd för Exempel AB"
    assert "secret" not in r.text and "<" not in r.text


def test_arabic_letter_mark_is_removed() -> None:
    """Synthetic: U+061C is a bidi control like U+200E and goes with them."""
    assert normalize_chars("Ny\u061c vd") == "Ny vd"


# --- mojibake: whole texts decoded in the wrong table, once or twice ---------------------

FIXTURES = Path(__file__).parent / "fixtures"
# The bundled samples (real releases; examples/SOURCES.md says where each is from).
EXAMPLES = Path(__file__).resolve().parents[1] / "examples"


def _mojibaked(text: str) -> dict[str, str | bytes]:
    import ftfy.bad_codecs  # noqa: F401  (registers sloppy-windows-1252: undefined bytes kept)

    raw = text.encode("utf-8")
    latin1 = raw.decode("latin-1")
    cp1252 = raw.decode("sloppy-windows-1252")
    return {
        "latin-1": latin1,
        "cp1252": cp1252,
        "double latin-1": latin1.encode("utf-8").decode("latin-1"),
        "double cp1252": cp1252.encode("utf-8").decode("sloppy-windows-1252"),
        "latin-1 as UTF-8 bytes": latin1.encode("utf-8"),
    }


def _non_ascii_fixtures() -> list[Path]:
    files = sorted([*FIXTURES.glob("*.txt"), *FIXTURES.glob("*.html")])
    files += sorted([*EXAMPLES.glob("*.txt"), *EXAMPLES.glob("*.html")])
    return [f for f in files if not f.read_text(encoding="utf-8").isascii()]


@pytest.mark.parametrize("path", _non_ascii_fixtures(), ids=lambda p: p.name)
def test_mojibaked_fixture_gives_the_same_title_and_quotes(path: Path) -> None:
    text = path.read_text(encoding="utf-8")
    clean = pressparse.parse(text)
    for how, broken in _mojibaked(text).items():
        r = pressparse.parse(broken)
        assert r.title == clean.title, how
        assert [q.text for q in r.quotes] == [q.text for q in clean.quotes], how
        assert any("repaired" in w for w in r.warnings), how


def test_clean_text_is_left_alone_by_the_repair() -> None:
    """Real text with pairs the repair tests for ("é”" and "å»" are not mojibake)."""
    text = "Priset gick till Café”Ljuset” i Malmö, säger Anna Berg på»Exempel«."
    assert repair_mojibake(text) == (text, False)


def test_mojibake_left_after_repair_is_warned_about() -> None:
    """Synthetic: mojibake that no single re-reading undoes ("ÃÂ¥" is neither once nor
    twice mojibaked "å") stays, and a warning says so."""
    r = pressparse.parse("Ny vd i SkÃ¥ne\n\nExempel ÃÂ¥ Ã¶r har utsett Anna Berg.")
    assert any("still looks like" in w for w in r.warnings)
    assert not any("still looks like" in w for w in pressparse.parse("Ny vd i Skåne").warnings)


def test_markdown_link_with_a_title_keeps_its_https_target() -> None:
    # Real line of ../shared/unlabeled/regeringen/2019/07/folj-med-ut-i-falt-i-fjarde-
    # sasongen-av-ud-podden.md (37 government releases write links with a title).
    r = pressparse.parse(
        "# Följ med ut i fält i fjärde säsongen av UD-podden\n\n"
        '[Här](https://play.acast.com/s/ud "Här") kan du lyssna på UD-podden.\n'
    )
    assert [u.url for u in r.urls] == ["https://play.acast.com/s/ud"]
    assert "Här kan du lyssna på UD-podden." in r.text
    assert '"Här"' not in r.text


def test_squeezing_spaces_is_the_whitespace_substitution() -> None:
    """``squeeze_spaces`` does what ``WS_RE.sub(" ", ...)`` does, for every whitespace
    character (synthetic pieces: leading, trailing, inner and lone runs)."""
    from pressparse.reading.lines import WS_RE, squeeze_spaces

    spaces = [chr(c) for c in range(0x110000) if chr(c).isspace()]
    pieces = ["", "a", " a", "a ", "  ", "Region \n Skåne", "\u00a0\t", "x\u3000y\u2028"]
    pieces += [f"{s}Malmö{s}{s}stad{s}" for s in spaces] + spaces
    for piece in pieces:
        assert squeeze_spaces(piece) == WS_RE.sub(" ", piece), repr(piece)


def test_html_sniff_needs_two_tags_in_the_sample() -> None:
    """Synthetic: one tag is text that mentions markup; two make a page, but only inside
    the sample read after the leading comments."""
    from pressparse.reading.decode import SNIFF_SAMPLE

    assert not looks_like_html("Skriv <p> före stycket.")
    assert looks_like_html("<p>Ett</p><p>Två</p>")
    assert not looks_like_html("<p>Ett" + "x" * SNIFF_SAMPLE + "<p>Två")
    assert looks_like_html("<!-- licens -->" + "<p>Ett" + "x" * (SNIFF_SAMPLE - 10) + "<p>")


def _bmp_and_some_astral() -> list[str]:
    return [chr(c) for c in [*range(0x10000), 0x1F600, 0x10FFFF]]


def test_the_utf8_mojibake_pattern_is_the_text_pattern() -> None:
    """MOJIBAKE_UTF8_RE finds a pair in a text's UTF-8 exactly where MOJIBAKE_RE finds it
    in the text: the first character tried against a second one of the class ("\\u2013"),
    the second against a first one ("Ã")."""
    from pressparse.reading.decode import MOJIBAKE_RE, MOJIBAKE_UTF8_RE, utf8_of

    for c in _bmp_and_some_astral():
        for pair in (c + "\u2013", "Ã" + c):
            found = MOJIBAKE_UTF8_RE.search(utf8_of(pair)) is not None
            assert found == (MOJIBAKE_RE.search(pair) is not None), repr(pair)


def test_the_odd_character_scan_misses_none() -> None:
    """Every character normalization removes or replaces (but tab and NBSP, replaced
    before) is seen by the byte scan; the letters and signs of Swedish text are not."""
    from pressparse.reading.decode import ODD_CHAR_RE, _may_hold_odd_chars, utf8_of

    for c in _bmp_and_some_astral():
        if ODD_CHAR_RE.match(c) and c not in "\t\u00a0":
            assert _may_hold_odd_chars(utf8_of(f"Skåne{c}län")), repr(c)
    assert not _may_hold_odd_chars(utf8_of("Region Skåne – ”Vi” säger\n© 2016 € … •\t\u00a0"))


def test_latin1_text_needs_no_nfc() -> None:
    """Every Latin-1 character is its own NFC and combines with no other, so normalization
    may leave Latin-1 text as it is; "e" and a combining accent are composed."""
    import unicodedata

    latin1 = "".join(chr(c) for c in range(0x100))
    assert unicodedata.is_normalized("NFC", latin1)
    assert all(unicodedata.combining(c) == 0 for c in latin1)
    assert normalize_chars("Caf\u00e9") == "Caf\u00e9"
    assert normalize_chars("Cafe\u0301") == "Caf\u00e9"


# Real: lansstyrelsen-dalarna-journummer-brander.txt, malmo-inbjudan-presskonferens-
# malmofestivalen.txt, af-fortydligande-2013.txt and medfield-bjorn-larsson-tf-vd-2024.txt
# with their whitespace collapsed, as one-line archives store them.
ONE_LINE_SNIPPETS = (
    "Ny kontakt till Länsstyrelsen för pressfrågor kopplat till bränder och torka "
    "Pressmeddelande • Jul 27, 2018 14:50 CEST För information till media så har "
    "Länsstyrelsen i Dalarnas län tagit fram ett journummer för pressfrågor. Om Länsstyrelsen "
    "Länsstyrelsen är en statlig myndighet som finns nära människorna i varje län.",
    "Tid: 10.00 Plats: Pelarrummet i Stadshuset (ingång från August Palms plats 1) Ämnen "
    "Kategorier Regioner Kontakter Presstjänst Presstjänst Presskontakt Malmö stads presstjänst",
    "Pressmeddelande Pressmeddelande ÅF AB: Förtydligande 2013-11-12 För mer information: "
    "Viktor Svensson, Informationschef+46 70 657 20 26 Med anledning av en tidningsartikel",
    "Denna information är sådan som Medfield Diagnostics är skyldigt att offentliggöra enligt "
    "EU:s marknadsmissbruksförordning (EU nr 596/2014).",
)


def test_scans_from_first_words_find_what_finditer_finds() -> None:
    """Each pattern tried only where one of its first words begins finds the matches that
    ``finditer`` finds, from the start and from an offset."""
    for rx in _STARTS:
        found = 0
        for line in ONE_LINE_SNIPPETS:
            for pos in (0, 30):
                expected = [m.span() for m in rx.finditer(line, pos)]
                assert [m.span() for m in _scan(rx, line, pos)] == expected, rx.pattern
                found += len(expected)
        assert found, rx.pattern  # each pattern matches in the snippets


def test_add_lines_is_add_line_and_paragraph() -> None:
    """Synthetic lines: plain, blank, with a run of spaces, an unprintable space, a lone space;
    once after a heading's kind was set (the batch then takes the single calls)."""
    lines = ["Rubrik", "", "", "Första  stycket", "andra rad", "", "\u00a0x", " ", "sista"]
    for kind in ("paragraph", "heading"):
        batch, single = LineBuilder(), LineBuilder()
        for out in (batch, single):
            out.add_line("Överst")
            out.set_kind(kind, 1)  # type: ignore[arg-type]
        batch.add_lines(lines)
        for line in lines:
            if line:
                single.add_line(line)
            else:
                single.paragraph()
        assert batch.line_no == single.line_no
        assert (batch.text(), batch.blocks) == (single.text(), single.blocks)


def test_resegment_lines_are_the_lines_of_resegment() -> None:
    """The stripped lines of a one-line release (real: the snippets above, as one text) and of
    a text of lines (synthetic) come out as from ``resegment``."""
    for text in (" ".join(ONE_LINE_SNIPPETS), "Rubrik\n\n  Stycke ett.  \n\nStycke två.\n"):
        lines = [line.strip() for line in text.split("\n")]
        expected = [line.strip() for line in resegment(text).split("\n")]
        assert resegment_lines(lines) == expected
    assert len(resegment_lines([" ".join(ONE_LINE_SNIPPETS)])) > 1


def test_the_disclosure_openings_words_are_the_patterns_first_words() -> None:
    # the opening of medfield-bjorn-larsson-tf-vd-2024 and synthetic forms of the others
    from pressparse.lexicon.disclosure import DISCLOSURE_OPENING_RE, DISCLOSURE_OPENING_WORDS

    texts = [
        "utmaningar” Denna information är sådan som Medfield",
        "Informationen är sådan information som",
        "This information is information that",
        "This information is such",
    ]
    firsts = set()
    for t in texts:
        m = DISCLOSURE_OPENING_RE.search(t)
        assert m is not None, t
        firsts.add(m.group(0).split()[0])
    assert firsts == set(DISCLOSURE_OPENING_WORDS)
