"""Bytes -> str, character normalization, and text-or-HTML sniffing."""

from __future__ import annotations

import re
import unicodedata

from bs4 import UnicodeDammit

from pressparse.errors import BinaryInputError

# A charset declared in an HTML <meta> tag near the top of the page.
META_CHARSET_RE = re.compile(
    rb"""<meta[^>]{0,200}?charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]{1,40})""", re.I
)
# Typical UTF-8 read as Latin-1/cp1252: "Ã¥", "Ã¤", "Ã¶", "Ã©", "â€“" ...
MOJIBAKE_RE = re.compile("[ÃÂâ][\u0080-\u00bf\u2013-\u203a\u0152-\u0178\u02c6\u02dc]")
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

# Share of control bytes above which input is binary (random bytes give about 0.1).
BINARY_CONTROL_SHARE = 0.05

_LIGATURES = str.maketrans(
    {"\ufb00": "ff", "\ufb01": "fi", "\ufb02": "fl", "\ufb03": "ffi", "\ufb04": "ffl"}
)


def decode_bytes(data: bytes) -> tuple[str, list[str]]:
    """Decode raw bytes: BOM, HTML meta charset, UTF-8, then Windows-1252.

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
    # UTF-8, then Windows-1252 (what archived Swedish pages use) before any statistical guess.
    dammit = UnicodeDammit(
        data,
        known_definite_encodings=declared,
        user_encodings=["utf-8", "windows-1252"],
        is_html=bool(declared),
    )
    text = dammit.unicode_markup
    if text is None:
        text = data.decode("cp1252", errors="replace")
        warnings.append("encoding could not be detected; read as Windows-1252")
    enc = (dammit.original_encoding or "").lower()
    if enc and enc not in ("utf-8", "ascii", "utf-8-sig") and not declared:
        warnings.append(f"read as {enc}")
    return text, warnings


def _looks_binary(data: bytes) -> bool:
    """Binary data has many control bytes; text (even with a stray NUL) has almost none."""
    head = data[:8192]
    if head.startswith((b"\xff\xfe", b"\xfe\xff", b"\xef\xbb\xbf")):
        return False
    controls = sum(1 for b in head if b < 9 or 13 < b < 32)
    return controls / max(len(head), 1) > BINARY_CONTROL_SHARE


def decode_utf16_without_bom(data: bytes) -> str | None:
    """UTF-16 text without a BOM, told by its NUL bytes in every other position."""
    head = data[:8192]
    if head.startswith((b"\xff\xfe", b"\xfe\xff")) or b"\x00" not in head:
        return None
    half = len(head) // 2 or 1
    if head[1::2].count(0) / half > 0.3:
        return data.decode("utf-16-le", errors="replace")
    if head[0::2].count(0) / half > 0.3:
        return data.decode("utf-16-be", errors="replace")
    return None


def repair_mojibake(text: str) -> tuple[str, bool]:
    """Undo UTF-8 that was decoded as Windows-1252 ("fÃ¶r" -> "för") when that is what happened."""
    if len(MOJIBAKE_RE.findall(text[:20000])) < 2:
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
    text = SURROGATE_RE.sub("\ufffd", text)
    text = INVISIBLE_RE.sub("", text)
    text = CONTROL_RE.sub("", text)
    text = SPACES_RE.sub(" ", text)
    text = text.translate(_LIGATURES)
    return unicodedata.normalize("NFC", text)


def looks_like_html(text: str) -> bool:
    """True when the text carries HTML markup worth parsing as a page."""
    head = text[:20000]
    return len(HTML_SNIFF_RE.findall(head)) >= 2
