"""Bytes -> str, character normalization, and text-or-HTML sniffing."""

from __future__ import annotations

import codecs
import re
import unicodedata
from itertools import islice

from pressparse.errors import BinaryInputError

# A charset declared in an HTML <meta> tag near the top of the page.
META_CHARSET_RE = re.compile(
    rb"""<meta[^>]{0,200}?charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]{1,40})""", re.I
)
# The encoding named by an XML declaration at the very start: <?xml version="1.0" encoding="utf-8"?>
XML_ENCODING_RE = re.compile(
    rb"""\s{0,100}<\?[^\n>]{0,300}?encoding\s*=\s*["']([A-Za-z0-9_.:-]{1,40})["']""", re.I
)
# A UTF-8 lead byte read as Latin-1/Windows-1252 ("Ã", "Â", "â") and a continuation byte read
# the same way (U+0080-U+00BF or the Windows-1252 letters and signs at 0x80-0x9F): "Ã¥", "Ã¤",
# "â€“", "Ã\x83Â¶" (twice). NBSP (0xA0) is left out as a continuation: "på\u00a0" is common.
MOJIBAKE_RE = re.compile(
    "[\u00c2-\u00f4][\u0080-\u009f\u00a1-\u00bf\u20ac\u201a\u0192\u201e\u2026\u2020"
    "\u2021\u02c6\u2030\u0160\u2039\u0152\u017d\u2018\u2019\u201c\u201d\u2022\u2013"
    "\u2014\u02dc\u2122\u0161\u203a\u0153\u017e\u0178]"
)
# MOJIBAKE_RE over the UTF-8 bytes of a text: the same pairs, from the lead byte all the
# first characters share (C3); ``re`` scans bytes for one literal far faster than a text
# for a class of characters.
MOJIBAKE_UTF8_RE = re.compile(
    rb"\xc3[\x82-\xb4](?:\xc2[\x80-\x9f\xa1-\xbf]|\xc5[\x92\x93\xa0\xa1\xb8\xbd\xbe]|\xc6\x92|"
    rb"\xcb[\x86\x9c]|\xe2(?:\x80[\x93\x94\x98-\x9a\x9c-\x9e\xa0-\xa2\xa6\xb0\xb9\xba]|\x82\xac|\x84\xa2))"
)
# What mojibake that survived repair looks like: "Ã" or "Â" before a continuation character,
# a pair clean Swedish text does not hold.
LEFT_MOJIBAKE_RE = re.compile("[ÃÂ][\u0080-\u00bf\u20ac\u201a-\u201e\u2013\u2014\u2122]")
# A multi-byte UTF-8 sequence (lead byte and its continuation bytes): text holding one is
# UTF-8, at least in part.
UTF8_SEQUENCE_RE = re.compile(
    rb"[\xc2-\xdf][\x80-\xbf]|[\xe0-\xef][\x80-\xbf]{2}|[\xf0-\xf4][\x80-\xbf]{3}"
)
# Tags that only occur in HTML, to tell a page from plain text that mentions "<".
HTML_SNIFF_RE = re.compile(
    r"<(?:!doctype\s+html|html|head|body|div|p|br|span|a\s|meta|title|article|section|table|h[1-6]|ul|li|strong|em|b|i)\b",
    re.I,
)
# Characters removed from the text: zero-width, bidi controls, soft hyphen, BOM.
INVISIBLE_RE = re.compile(
    "[\u00ad\u061c\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff]"
)
# C0/C1 control characters other than newline and tab.
CONTROL_RE = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]")
# Space-like characters that become a plain space.
SPACES_RE = re.compile("[\t\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000]")
# Surrogate code points that cannot be encoded (lone halves from broken input).
SURROGATE_RE = re.compile("[\ud800-\udfff]")
# Typographic ligatures (PDF copy-paste) that become their letters: "ﬁnansiering".
LIGATURE_RE = re.compile("[\ufb00-\ufb04]")

# Charset labels seen on pages that Python's codec registry knows under another name.
_CHARSET_ALIASES = {"macintosh": "mac-roman", "x-sjis": "shift-jis"}
# Control bytes counted by the binary sniff: below TAB, and between CR and space.
_CONTROL_BYTES = bytes(range(9)) + bytes(range(14, 32))

# Non-ASCII characters of Western European text in Windows-1252: Swedish, Nordic, German and
# French letters, typographic quotes, dashes, bullets and signs seen in releases.
WESTERN_CHARS = frozenset(
    "åäöÅÄÖéÉèÈêëüÜáàâíìîïóòôõúùûñçøØæÆßÿýÞþðÐ"
    "\u2013\u2014\u201d\u201c\u201e\u2019\u2018\u201a\u2026\u2022\u20ac\u00a0"
    "«»°§½¼¾±×÷´¨·²³©®™¹¶µ¢£¥¤¦¬¯¸º¿¡ª"
)
# Share of non-ASCII characters that must be WESTERN_CHARS for a Windows-1252 reading to stand.
WESTERN_MIN_SHARE = 0.8
# Share of the letters that may be non-ASCII in Western European text (Swedish: about 4 %).
WESTERN_MAX_FOREIGN_LETTERS = 0.3
# Non-ASCII letters needed before a text may be read as another script: a guess from a
# few bytes ("f\xf6r") is noise.
GUESS_MIN_LETTERS = 20
# Characters sampled for that test, and bytes handed to the charset guesser.
PLAUSIBILITY_SAMPLE = 20_000
GUESS_SAMPLE_BYTES = 64 * 1024
# Characters read to tell HTML from text (after any leading comments).
SNIFF_SAMPLE = 20_000
# Characters of the start searched for mojibake pairs, and the pairs that make a text suspect.
MOJIBAKE_SAMPLE = 20_000
MOJIBAKE_MIN_HITS = 2
# Share of control or replacement characters above which a UTF-16 reading is wrong.
UTF16_MAX_ODD_SHARE = 0.05
# Share of control bytes above which input is binary (random bytes give about 0.1).
BINARY_CONTROL_SHARE = 0.05

# ODD_CHAR_RE's characters but tab and NBSP (which normalization replaces first) in UTF-8:
# the C1 controls and the soft hyphen (lead byte C2), the zero-width, bidi and space
# characters of U+2000-U+206F (E2); each pattern starts with its lead byte, a fast scan.
ODD_C2_UTF8_RE = re.compile(rb"\xc2[\x80-\x9f\xad]")
ODD_E2_UTF8_RE = re.compile(rb"\xe2(?:\x80[\x80-\x8f\xaa-\xaf]|\x81[\x9f-\xa4\xa6-\xa9])")
# The other bytes that begin an ODD_CHAR_RE character: the ASCII controls but tab, line
# feed and carriage return, and the lead bytes of the rare ones (U+061C, U+1680, U+3000,
# surrogates, ligatures and U+FEFF).
_ODD_BYTES = bytes(
    [*range(0x09), 0x0B, 0x0C, *range(0x0E, 0x20), 0x7F, 0xD8, 0xE1, 0xE3, 0xED, 0xEF]
)

_LIGATURES = {"\ufb00": "ff", "\ufb01": "fi", "\ufb02": "fl", "\ufb03": "ffi", "\ufb04": "ffl"}
# Any character that normalization changes: the union of the five classes above.
ODD_CHAR_RE = re.compile(
    "["
    + "".join(
        rx.pattern[1:-1] for rx in (SURROGATE_RE, INVISIBLE_RE, CONTROL_RE, SPACES_RE, LIGATURE_RE)
    )
    + "]"
)


def decode_bytes(data: bytes) -> tuple[str, list[str]]:
    """Decode raw bytes: byte order mark, valid UTF-8, the declared charset, UTF-8 mixed with
    Windows-1252, Windows-1252, and only then a guess by charset-normalizer.

    A byte order mark wins over any declaration (as in the HTML standard); bytes that are
    valid UTF-8 and not plain ASCII are UTF-8 whatever a ``<meta>`` says, since text in a
    single-byte charset is practically never valid UTF-8 by chance. The order is fixed, so
    the result does not depend on which optional packages are installed.

    >>> decode_bytes("för".encode("cp1252"))[0]
    'för'
    """
    utf16 = decode_utf16_without_bom(data)
    if utf16 is not None:
        return utf16, ["read as UTF-16 without a byte order mark"]
    body, bom_encoding = _strip_bom(data)
    if bom_encoding:
        return body.decode(bom_encoding, errors="replace"), []
    # NUL padding after the text (a fixed-size record, a preallocated file) is no sign of
    # binary data.
    body = body.rstrip(b"\x00")
    if _looks_binary(body):
        raise BinaryInputError("input looks like binary data, not text or HTML")
    declared = _declared_charsets(body)
    try:
        text = body.decode("utf-8")
    except UnicodeDecodeError:
        pass
    else:
        if declared and declared[0] not in _UTF8_NAMES and not body.isascii():
            return text, [f"declared as {declared[0]} but read as UTF-8, which the bytes are"]
        return text, []
    for name in declared:
        if name in _UTF8_NAMES:
            continue
        try:
            return body.decode(name), []
        except UnicodeDecodeError:
            continue
    return _decode_undeclared(body, declared)


def _declared_charsets(body: bytes) -> list[str]:
    """Charsets named by a ``<meta>`` tag or an XML declaration, as usable codec names."""
    names: list[str] = []
    m = META_CHARSET_RE.search(body[:4096])
    if m:
        names.append(m.group(1).decode("ascii", "replace"))
    x = XML_ENCODING_RE.match(body, 0, 1024)
    if x:
        names.append(x.group(1).decode("ascii", "replace"))
    return _usable_codecs(names)


def _decode_undeclared(body: bytes, declared: list[str]) -> tuple[str, list[str]]:
    """Bytes that are not valid UTF-8 and match no declared charset."""
    said = f" (declared as {declared[0]})" if declared else ""
    if UTF8_SEQUENCE_RE.search(body):
        # Real UTF-8 sequences beside bytes that are not: a file pieced together from
        # both; each stray byte is read as Windows-1252.
        text = body.decode("utf-8", errors=_CP1252_FALLBACK)
        return text, [f"mixed UTF-8 and Windows-1252 bytes{said}; read byte by byte"]
    text = body.decode("windows-1252", errors=_LATIN1_FALLBACK)
    if _plausible_western(text):
        return text, [f"read as windows-1252{said}"]
    guess = _guess_charset(body)
    if guess is not None:
        return guess[0], [f"read as {guess[1]}, a guess{said}"]
    return text, [f"read as windows-1252{said}, though the text looks unlike it"]


def _cp1252_fallback(exc: UnicodeError) -> tuple[str, int]:
    """Codec error handler: the offending bytes read as Windows-1252 (Latin-1 where undefined)."""
    assert isinstance(exc, UnicodeDecodeError)
    bad = exc.object[exc.start : exc.end]
    return bad.decode("windows-1252", errors=_LATIN1_FALLBACK), exc.end


def _latin1_fallback(exc: UnicodeError) -> tuple[str, int]:
    """Codec error handler: the five bytes Windows-1252 leaves undefined read as Latin-1
    (control characters, removed later), as browsers and Windows do."""
    assert isinstance(exc, UnicodeDecodeError)
    return exc.object[exc.start : exc.end].decode("latin-1"), exc.end


_CP1252_FALLBACK = "pressparse-cp1252-fallback"
_LATIN1_FALLBACK = "pressparse-latin1-fallback"
codecs.register_error(_CP1252_FALLBACK, _cp1252_fallback)
codecs.register_error(_LATIN1_FALLBACK, _latin1_fallback)
_UTF8_NAMES = frozenset({"utf-8", "utf8", "utf_8", "utf-8-sig"})


def _plausible_western(text: str) -> bool:
    """True when a sample reads like Western European text: mostly ASCII letters, and its
    other characters mostly Swedish, Nordic, German or French letters and typographic signs.
    A page in another script read with the wrong table fails the first test ("Ïðèâåò" is
    Russian read as Windows-1252: every letter non-ASCII)."""
    sample = text[:PLAUSIBILITY_SAMPLE]
    # C1 controls are the bytes Windows-1252 leaves undefined: no evidence either way.
    odd = [c for c in sample if c > "\x9f"]
    if not odd:
        return True
    letters = sum(1 for c in sample if c.isalpha())
    foreign = sum(1 for c in odd if c.isalpha())
    if foreign >= GUESS_MIN_LETTERS and foreign > WESTERN_MAX_FOREIGN_LETTERS * letters:
        return False
    common = sum(1 for c in odd if c in WESTERN_CHARS)
    return common >= WESTERN_MIN_SHARE * len(odd)


def _guess_charset(body: bytes) -> tuple[str, str] | None:
    """charset-normalizer's best reading of the bytes and its encoding name, if any."""
    from charset_normalizer import from_bytes  # imported here: only mis-declared pages need it

    best = from_bytes(body[:GUESS_SAMPLE_BYTES]).best()
    if best is None:
        return None
    name = str(best.encoding)
    return body.decode(name, errors="replace"), name


def _strip_bom(data: bytes) -> tuple[bytes, str | None]:
    """The bytes without their byte order mark, and the encoding the mark names."""
    if len(data) >= 4 and data[:2] == b"\xfe\xff" and data[2:4] != b"\x00\x00":
        return data[2:], "utf-16be"
    if len(data) >= 4 and data[:2] == b"\xff\xfe" and data[2:4] != b"\x00\x00":
        return data[2:], "utf-16le"
    if data[:3] == b"\xef\xbb\xbf":
        return data[3:], "utf-8"
    if data[:4] == b"\x00\x00\xfe\xff":
        return data[4:], "utf-32be"
    if data[:4] == b"\xff\xfe\x00\x00":
        return data[4:], "utf-32le"
    return data, None


def _usable_codecs(names: list[str]) -> list[str]:
    """Known codec names, lower-cased, in order and once each ("ISO-8859-1", "utf_8")."""
    out: list[str] = []
    for raw in names:
        name = _CHARSET_ALIASES.get(raw.lower(), raw)
        for cand in (name, name.replace("-", ""), name.replace("-", "_")):
            try:
                codecs.lookup(cand)
            except (LookupError, ValueError):
                continue
            if cand.lower() not in out:
                out.append(cand.lower())
            break
    return out


def _looks_binary(data: bytes) -> bool:
    """Binary data has many control bytes; text (even with a stray NUL) has almost none."""
    head = data[:8192]
    if head.startswith((b"\xff\xfe", b"\xfe\xff", b"\xef\xbb\xbf")):
        return False
    controls = len(head) - len(head.translate(None, _CONTROL_BYTES))
    return controls / max(len(head), 1) > BINARY_CONTROL_SHARE


def decode_utf16_without_bom(data: bytes) -> str | None:
    """UTF-16 text without a BOM, told by its NUL bytes in every other position."""
    head = data[:8192]
    if head.startswith((b"\xff\xfe", b"\xfe\xff")) or b"\x00" not in head:
        return None
    half = len(head) // 2 or 1
    if head[1::2].count(0) / half > 0.3:
        encoding = "utf-16-le"
    elif head[0::2].count(0) / half > 0.3:
        encoding = "utf-16-be"
    else:
        return None
    text = data.decode(encoding, errors="replace")
    # Real UTF-16 text decodes to printable characters; binary with NULs does not.
    sample = text[:4096]
    if len(CONTROL_RE.findall(sample)) + sample.count("\ufffd") > UTF16_MAX_ODD_SHARE * len(sample):
        return None
    return text


def utf8_of(text: str) -> bytes:
    """The UTF-8 bytes of ``text``, lone surrogates kept (the byte scans below look for them)."""
    return text.encode("utf-8", "surrogatepass")


def repair_mojibake(text: str, utf8: bytes | None = None) -> tuple[str, bool]:
    """Undo UTF-8 that was decoded as Latin-1 or Windows-1252, once or twice ("fÃ¶r" -> "för").

    Runs before the control characters are removed: a Latin-1 reading turns the bytes
    0x80-0x9F into C1 controls that the repair needs. ftfy decides, segment by segment,
    whether a reading is mojibake; the cheap MOJIBAKE_RE test (run on ``utf8``, the text's
    :func:`utf8_of`, when given) keeps clean text from ever importing it.
    """
    if utf8 is not None:
        if not MOJIBAKE_UTF8_RE.search(utf8):
            return text, False
    elif not MOJIBAKE_RE.search(text):
        return text, False
    import ftfy  # imported here: a 100 ms import that only mojibake needs

    fixed = ftfy.fix_encoding(text)
    return fixed, fixed != text


def looks_mojibaked(text: str) -> bool:
    """True when the text still holds mojibake pairs ("Ã¥") after repair."""
    # Every pair starts with one of two letters: without them, no search.
    if text.find("Ã", 0, MOJIBAKE_SAMPLE) < 0 and text.find("Â", 0, MOJIBAKE_SAMPLE) < 0:
        return False
    found = LEFT_MOJIBAKE_RE.finditer(text, 0, MOJIBAKE_SAMPLE)
    return next(islice(found, MOJIBAKE_MIN_HITS - 1, None), None) is not None


def normalize_chars(text: str, utf8: bytes | None = None) -> str:
    """Line ends, spaces, invisible and control characters, ligatures, NFC.

    ``utf8`` is the text's :func:`utf8_of` when the caller has it (it is made otherwise).
    """
    # Whether ODD_CHAR_RE can match once tabs and NBSPs are replaced: asked of the bytes
    # before any replacement, which adds no such character.
    odd = _may_hold_odd_chars(utf8_of(text) if utf8 is None else utf8)
    if "\r" in text:
        text = text.replace("\r\n", "\n").replace("\r", "\n")
    text = text.replace("\u2028", "\n").replace("\u2029", "\n")
    # The two space-like characters seen most (NBSP, tab) first, without a Python call per
    # character; then one pass for all five classes: they are disjoint and no replacement
    # falls in another.
    if "\u00a0" in text:
        text = text.replace("\u00a0", " ")
    if "\t" in text:
        text = text.replace("\t", " ")
    if odd:
        text = ODD_CHAR_RE.sub(_replace_odd_char, text)
    if _is_latin1(text):
        return text  # every Latin-1 character is NFC and none combines with another
    return unicodedata.normalize("NFC", text)


def _may_hold_odd_chars(utf8: bytes) -> bool:
    """False when no character of ODD_CHAR_RE but tab and NBSP is in the text of ``utf8``."""
    return (
        len(utf8.translate(None, _ODD_BYTES)) != len(utf8)
        or ODD_C2_UTF8_RE.search(utf8) is not None
        or ODD_E2_UTF8_RE.search(utf8) is not None
    )


def _is_latin1(text: str) -> bool:
    """True when every character of ``text`` is in Latin-1 (the encoder stops at the first
    one that is not)."""
    try:
        text.encode("latin-1")
    except UnicodeEncodeError:
        return False
    return True


def _replace_odd_char(m: re.Match[str]) -> str:
    c = m.group()
    if SPACES_RE.match(c):
        return " "
    if SURROGATE_RE.match(c):
        return "\ufffd"
    return _LIGATURES.get(c, "")  # invisible and control characters go


def looks_like_html(text: str) -> bool:
    """True when the text carries HTML markup worth parsing as a page.

    Leading comments (a long licence or build banner) are stepped over before the sample.
    """
    start = _after_leading_comments(text)
    # The second tag found settles it: the rest of the sample is not searched.
    found = HTML_SNIFF_RE.finditer(text, start, start + SNIFF_SAMPLE)
    return next(islice(found, 1, None), None) is not None


def _after_leading_comments(text: str) -> int:
    """Offset of the first character after the leading whitespace and ``<!-- -->`` comments."""
    pos = 0
    while True:
        while pos < len(text) and text[pos].isspace():
            pos += 1
        if not text.startswith("<!--", pos):
            return pos
        end = text.find("-->", pos + 4)
        if end < 0:
            return pos
        pos = end + 3
