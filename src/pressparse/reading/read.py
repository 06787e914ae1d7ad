"""The reading stage: raw input -> normalized Document (before structure roles are set)."""

from __future__ import annotations

from dataclasses import replace
from typing import Literal

from pressparse.document import Document
from pressparse.errors import EmptyInputError, InputTooLargeError
from pressparse.reading.decode import (
    decode_bytes,
    looks_like_html,
    looks_mojibaked,
    normalize_chars,
    repair_mojibake,
    utf8_of,
)
from pressparse.reading.frontmatter import split_front_matter
from pressparse.reading.html import read_html
from pressparse.reading.text import read_text

SourceFormatArg = Literal["auto", "text", "html"]


def read_document(
    source: str | bytes,
    *,
    source_format: SourceFormatArg = "auto",
    url: str | None = None,
    max_bytes: int,
) -> Document:
    """Decode, normalize and read ``source`` into a Document.

    Raises :class:`~pressparse.errors.InputError` for input that cannot be read at all.
    """
    warnings: list[str] = []
    size = (
        len(source) if isinstance(source, bytes) else len(source) * (1 if source.isascii() else 2)
    )
    if size > max_bytes:
        raise InputTooLargeError(f"input is {size} bytes, over the limit of {max_bytes}")
    if isinstance(source, bytes):
        if not source or source.isspace():  # (``strip`` would copy the input)
            raise EmptyInputError("input is empty")
        text, dec_warnings = decode_bytes(source)
        warnings.extend(dec_warnings)
    elif isinstance(source, str):
        text = source
    else:
        raise TypeError(f"source must be str or bytes, not {type(source).__name__}")
    # Mojibake first: a Latin-1 reading keeps UTF-8 bytes as C1 controls, which
    # normalization removes.
    # The byte scans of both steps read the text's UTF-8, made once.
    utf8: bytes | None = utf8_of(text)
    text, repaired = repair_mojibake(text, utf8)
    if repaired:
        warnings.append("repaired UTF-8 text that had been read as Latin-1 or Windows-1252")
        utf8 = None
    text = normalize_chars(text, utf8)
    if looks_mojibaked(text):
        warnings.append("the text still looks like UTF-8 read in a wrong encoding (mojibake)")
    if not text or text.isspace():
        raise EmptyInputError("input is empty")
    meta, rest = split_front_matter(text)
    fmt = source_format
    if fmt == "auto":
        fmt = "html" if looks_like_html(rest) else "text"
    if fmt == "html":
        doc = read_html(rest, meta=meta, url=url)
    else:
        doc = read_text(rest, meta=meta, url=url)
    if warnings:
        doc = replace(doc, warnings=doc.warnings + tuple(warnings))
    return doc
