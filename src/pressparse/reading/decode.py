"""Bytes -> str, character normalization, and text-or-HTML sniffing."""

from __future__ import annotations

import codecs
import logging
import re
import unicodedata

from pressparse.errors import BinaryInputError

# UnicodeDammit logs a warning when it replaces characters; pressparse reports that in
# PressRelease.warnings instead, so the message must not reach stderr through logging's
# last-resort handler. Applications that configure logging still receive it.
logging.getLogger("bs4.dammit").addHandler(logging.NullHandler())

# A charset declared in an HTML <meta> tag near the top of the page.
META_CHARSET_RE = re.compile(
    rb"""<meta[^>]{0,200}?charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]{1,40})""", re.I
)
# The encoding named by an XML declaration at the very start: <?xml version="1.0" encoding="utf-8"?>
XML_ENCODING_RE = re.compile(
    rb"""\s{0,100}<\?[^\n>]{0,300}?encoding\s*=\s*["']([A-Za-z0-9_.:-]{1,40})["']""", re.I
)
# Typical UTF-8 read as Latin-1/cp1252: "Ã¥", "Ã¤", "Ã¶", "Ã©", "â€“" ...
MOJIBAKE_RE = re.compile("[ÃÂâ][\u0080-\u00bf\u20ac\u2013-\u203a\u0152-\u0178\u02c6\u02dc]")
# Tags that only occur in HTML, to tell a page from plain text that mentions "<".
HTML_SNIFF_RE = re.compile(
    r"<(?:!doctype\s+html|html|head|body|div|p|br|span|a\s|meta|title|article|section|table|h[1-6]|ul|li|strong|em|b|i)\b",
    re.I,
)
# Characters removed from the text: zero-width, bidi controls, soft hyphen, BOM.
INVISIBLE_RE = re.compile("[\u00ad\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff]")
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

# Share of control or replacement characters above which a UTF-16 reading is wrong.
UTF16_MAX_ODD_SHARE = 0.05
# Share of control bytes above which input is binary (random bytes give about 0.1).
BINARY_CONTROL_SHARE = 0.05

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
    """Decode raw bytes: declared charset, BOM, UTF-8, Windows-1252, then an XML declaration.

    The order is fixed, so the result does not depend on which optional charset-detection
    packages happen to be installed; bs4's ``UnicodeDammit`` guesses only when no candidate
    decodes cleanly.

    >>> decode_bytes("för".encode("cp1252"))[0]
    'för'
    """
    warnings: list[str] = []
    utf16 = decode_utf16_without_bom(data)
    if utf16 is not None:
        return utf16, ["read as UTF-16 without a byte order mark"]
    if _looks_binary(data):
        raise BinaryInputError("input looks like binary data, not text or HTML")
    declared: list[str] = []
    m = META_CHARSET_RE.search(data[:4096])
    if m:
        declared.append(m.group(1).decode("ascii", "replace"))
    body, bom_encoding = _strip_bom(data)
    candidates = list(declared)
    if bom_encoding:
        candidates.append(bom_encoding)
    # UTF-8, then Windows-1252 (what archived Swedish pages use), then an XML declaration.
    candidates += ["utf-8", "windows-1252"]
    x = XML_ENCODING_RE.match(body, 0, 1024)
    if x:
        candidates.append(x.group(1).decode("ascii", "replace"))
    usable = _usable_codecs(candidates)
    text: str | None = None
    enc = ""
    for name in usable:
        try:
            text = body.decode(name)
        except UnicodeDecodeError:
            continue
        enc = name
        break
    if text is None:
        # Nothing decodes cleanly: bs4's detector guesses, else the first candidate with
        # replacement characters.
        from bs4 import UnicodeDammit  # imported here: a 60 ms import for a rare path

        dammit = UnicodeDammit(body, known_definite_encodings=usable)
        if dammit.unicode_markup is not None and dammit.original_encoding:
            text, enc = dammit.unicode_markup, str(dammit.original_encoding).lower()
        else:
            enc = usable[0]
            text = body.decode(enc, errors="replace")
        warnings.append("no encoding decodes the input cleanly; some characters were replaced")
    if enc not in ("utf-8", "ascii", "utf-8-sig") and not declared:
        warnings.append(f"read as {enc}")
    return text, warnings


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


def repair_mojibake(text: str) -> tuple[str, bool]:
    """Undo UTF-8 that was decoded as Windows-1252 ("fÃ¶r" -> "för") when that is what happened."""
    head = text[:20000]
    if "Ã" not in head and "Â" not in head and "â" not in head:
        return text, False  # every MOJIBAKE_RE match starts with one of them (found fast)
    if len(MOJIBAKE_RE.findall(head)) < 2:
        return text, False
    try:
        fixed = text.encode("cp1252").decode("utf-8")
    except (UnicodeEncodeError, UnicodeDecodeError):
        return text, False
    return fixed, True


def normalize_chars(text: str) -> str:
    """Line ends, spaces, invisible and control characters, ligatures, NFC."""
    text = (
        text.replace("\r\n", "\n")
        .replace("\r", "\n")
        .replace("\u2028", "\n")
        .replace("\u2029", "\n")
    )
    # The two space-like characters seen most (NBSP, tab) first, without a Python call per
    # character; then one pass for all five classes: they are disjoint and no replacement
    # falls in another.
    if "\u00a0" in text:
        text = text.replace("\u00a0", " ")
    if "\t" in text:
        text = text.replace("\t", " ")
    text = ODD_CHAR_RE.sub(_replace_odd_char, text)
    return unicodedata.normalize("NFC", text)


def _replace_odd_char(m: re.Match[str]) -> str:
    c = m.group()
    if SPACES_RE.match(c):
        return " "
    if SURROGATE_RE.match(c):
        return "\ufffd"
    return _LIGATURES.get(c, "")  # invisible and control characters go


def looks_like_html(text: str) -> bool:
    """True when the text carries HTML markup worth parsing as a page."""
    head = text[:20000]
    return len(HTML_SNIFF_RE.findall(head)) >= 2
