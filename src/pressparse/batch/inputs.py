"""Inputs of a batch: files, directories, globs, stdin, JSON lines and WARC archives.

Everything here is a generator: a batch of a million releases is never held in memory.
Plain files are yielded as paths and read by the worker that parses them, so the main
process only moves names; JSON lines and WARC records carry their content.
"""

from __future__ import annotations

import fnmatch
import glob
import json
import os
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import IO, Any, Literal

# Suffixes picked up when walking a directory; anything else there (gold files, images,
# notes) is not a release. A file named on the command line is read whatever its suffix.
RELEASE_SUFFIXES = frozenset({".txt", ".text", ".md", ".markdown", ".html", ".htm", ".xhtml"})
JSONL_SUFFIXES = frozenset({".jsonl", ".ndjson"})
WARC_SUFFIXES = (".warc", ".warc.gz")

# HTTP content types that hold a web page; other WARC responses (images, scripts) are skipped.
HTML_CONTENT_TYPES = ("text/html", "application/xhtml+xml")

# Characters that make a command-line argument a glob pattern rather than a file name.
GLOB_CHARS = frozenset("*?[")

Format = Literal["auto", "text", "html"]


@dataclass(frozen=True)
class Item:
    """One release to parse.

    ``source`` is the file (or ``-`` for stdin), ``record`` the id inside it (JSON line
    id or number, WARC record id; None for a plain file). Either ``path`` is set and the
    worker reads the file, or ``data`` holds the content; ``error`` marks an input that
    could not even be read, which the batch reports and goes on.
    """

    source: str
    record: str | None = None
    path: str | None = None
    data: str | bytes | None = None
    source_format: Format = "auto"
    url: str | None = None
    error: str | None = None


def _kind(name: str) -> Literal["jsonl", "warc", "release"]:
    lower = name.lower()
    if lower.endswith(WARC_SUFFIXES):
        return "warc"
    if Path(lower).suffix in JSONL_SUFFIXES:
        return "jsonl"
    return "release"


def shown_name(path: str) -> str:
    """A file name as it can be written to UTF-8 output: bytes that are not UTF-8 (kept by
    Python as lone surrogates) shown as ``\\xff`` escapes."""
    if path.isascii():
        return path
    return os.fsencode(path).decode("utf-8", "backslashreplace")


def _taken(name: str, patterns: Sequence[str] | None) -> bool:
    """Whether a file met in a directory is an input: it matches one of ``patterns``
    (``--glob``), or, without patterns, it has a release, JSON-lines or WARC suffix."""
    if patterns:
        return any(fnmatch.fnmatch(name, p) for p in patterns)
    return (
        Path(name).suffix.lower() in RELEASE_SUFFIXES | JSONL_SUFFIXES
        or name.lower().endswith(WARC_SUFFIXES)
    )


def _walk(
    root: str, patterns: Sequence[str] | None = None
) -> Iterator[tuple[str, str | None]]:
    """Files under ``root`` in a stable order (sorted per directory, depth first), as
    ``(file, error)`` pairs: a link to nothing is an error, not a silent gap.

    Only one directory listing is held at a time, so memory does not grow with the
    size of the archive.
    """
    try:
        entries = sorted(os.scandir(root), key=lambda e: e.name)
    except OSError as exc:
        yield root, f"cannot list directory: {exc.strerror or exc}"
        return
    for entry in entries:
        if entry.name.startswith("."):
            continue
        if entry.is_dir(follow_symlinks=False):
            yield from _walk(entry.path, patterns)
        elif not _taken(entry.name, patterns):
            continue
        elif entry.is_file():
            yield entry.path, None
        elif entry.is_symlink():
            yield entry.path, "broken symbolic link"


def expand_paths(
    args: Iterable[str], patterns: Sequence[str] | None = None
) -> Iterator[tuple[str, str | None]]:
    """Command-line arguments as ``(file, error)`` pairs: directories walked, globs expanded.

    ``-`` is passed through for stdin; a name that matches nothing yields an error.
    ``patterns`` (shell patterns of file names) choose the files taken from directories.
    """
    for arg in args:
        if arg == "-" or os.path.isfile(arg):
            yield arg, None
        elif os.path.isdir(arg):
            yield from _walk(arg, patterns)
        elif GLOB_CHARS & set(arg):
            matches = sorted(glob.iglob(arg, recursive=True))
            if not matches:
                yield arg, "no file matches this pattern"
            for m in matches:
                if os.path.isdir(m):
                    yield from _walk(m, patterns)
                else:
                    yield m, None
        elif os.path.islink(arg):
            yield arg, "broken symbolic link"
        else:
            yield arg, "no such file or directory"


def iter_items(
    args: Iterable[str],
    stdin: IO[bytes] | None = None,
    *,
    patterns: Sequence[str] | None = None,
    max_bytes: int | None = None,
) -> Iterator[Item]:
    """Every release named by the command-line arguments, in order.

    ``max_bytes`` bounds what is read of one release, from stdin, a JSON line or a WARC
    record alike (a larger one is refused as it streams in, not after it is held in
    memory); files named directly are checked by size before they are read."""
    for path, error in expand_paths(args, patterns):
        source = shown_name(path)
        if error is not None:
            yield Item(source=source, error=error)
        elif path == "-":
            if stdin is None:
                yield Item(source="-", error="stdin is not available")
            else:
                yield from iter_stream(stdin, "-", max_bytes=max_bytes)
        else:
            kind = _kind(path)
            if kind == "release":
                yield Item(source=source, path=path)
            elif kind == "jsonl":
                yield from _iter_jsonl_file(path, max_bytes)
            else:
                yield from _iter_warc_file(path, max_bytes)


def iter_stream(
    stream: IO[bytes], source: str, *, max_bytes: int | None = None
) -> Iterator[Item]:
    """A byte stream (stdin): a WARC archive, JSON lines, or one release, told by its start.

    With ``max_bytes``, a release (or JSON line) longer than that is refused after reading
    at most ``max_bytes + 1`` bytes of it."""
    limit = -1 if max_bytes is None else max_bytes + 1
    first = stream.readline(limit)
    if first.startswith(b"WARC/") or first.startswith(b"\x1f\x8b"):
        yield from iter_warc(_Prefixed(first, stream), source, max_bytes=max_bytes)
        return
    head = _jsonl_object(first)
    if head is None:
        rest = stream.read(limit - len(first)) if max_bytes is not None else stream.read()
        data = first + rest
        if max_bytes is not None and len(data) > max_bytes:
            yield Item(source=source, error=f"input is larger than {max_bytes} bytes")
            return
        yield Item(source=source, data=data)
        return
    yield _jsonl_item(head, source, 1)
    yield from iter_jsonl(stream, source, start=2, max_bytes=max_bytes)


class _Prefixed:
    """A read-only stream that replays already consumed bytes before the rest."""

    def __init__(self, prefix: bytes, stream: IO[bytes]) -> None:
        self._prefix = prefix
        self._stream = stream

    def read(self, size: int = -1) -> bytes:
        if self._prefix:
            if size < 0:
                out = self._prefix + self._stream.read()
                self._prefix = b""
                return out
            out, self._prefix = self._prefix[:size], self._prefix[size:]
            return out
        return self._stream.read(size)


def _jsonl_object(line: bytes) -> dict[str, object] | None:
    """The line as a JSON-lines record, or None when it is not one (a plain release)."""
    stripped = line.strip()
    if not stripped.startswith(b"{"):
        return None
    try:
        obj = json.loads(stripped)
    except ValueError:
        return None
    if isinstance(obj, dict) and ("html" in obj or "text" in obj):
        return obj
    return None


def _jsonl_item(obj: object, source: str, lineno: int) -> Item:
    """One JSON-lines record ``{"id", "html"|"text", "url"}`` as an item."""
    if not isinstance(obj, dict):
        return Item(source=source, record=f"line {lineno}", error="line is not a JSON object")
    raw_id = obj.get("id")
    record = str(raw_id) if raw_id is not None else f"line {lineno}"
    url = obj.get("url")
    url = url if isinstance(url, str) else None
    html, text = obj.get("html"), obj.get("text")
    if isinstance(html, str):
        return Item(source=source, record=record, data=html, source_format="html", url=url)
    if isinstance(text, str):
        return Item(source=source, record=record, data=text, source_format="text", url=url)
    return Item(source=source, record=record, error='record has no "html" or "text" string')


def _bounded_lines(stream: IO[bytes], max_bytes: int | None) -> Iterator[bytes | None]:
    """The stream's lines; None for a line over ``max_bytes`` (skipped, never held whole)."""
    if max_bytes is None:
        yield from stream
        return
    while line := stream.readline(max_bytes + 1):
        if len(line) <= max_bytes or line.endswith(b"\n"):
            yield line
            continue
        while line and not line.endswith(b"\n"):  # drop the rest of the long line
            line = stream.readline(1 << 20)
        yield None


def iter_jsonl(
    stream: IO[bytes], source: str, start: int = 1, *, max_bytes: int | None = None
) -> Iterator[Item]:
    """Records of a JSON-lines stream; a broken line is one error item, not the end."""
    for lineno, line in enumerate(_bounded_lines(stream, max_bytes), start):
        if line is None:
            yield Item(
                source=source, record=f"line {lineno}", error=f"line is larger than {max_bytes} bytes"
            )
            continue
        if not line.strip():
            continue
        try:
            obj = json.loads(line)
        except ValueError as exc:
            yield Item(source=source, record=f"line {lineno}", error=f"invalid JSON: {exc}")
            continue
        yield _jsonl_item(obj, source, lineno)


def _iter_jsonl_file(path: str, max_bytes: int | None = None) -> Iterator[Item]:
    source = shown_name(path)
    try:
        with open(path, "rb") as fh:
            yield from iter_jsonl(fh, source, max_bytes=max_bytes)
    except OSError as exc:
        yield Item(source=source, error=f"cannot read: {exc.strerror or exc}")


def iter_warc(
    stream: object, source: str, size: int | None = None, *, max_bytes: int | None = None
) -> Iterator[Item]:
    """HTML responses of a WARC archive (plain or gzipped), with their target URL.

    With ``max_bytes``, a response whose page is longer is an error item, read no further
    than ``max_bytes + 1`` bytes; the archive goes on with its next record.

    An archive cut short (a copy that stopped, a full disk) ends with an error item: the
    record it ends in is incomplete, whatever its type. ``size`` (when known) lets that be
    seen also when the cut falls inside a record's headers.
    """
    from warcio.archiveiterator import ArchiveIterator
    from warcio.exceptions import ArchiveLoadFailed

    records = 0
    archive = ArchiveIterator(stream)
    record = None
    try:
        for record in archive:
            if record.format != "warc":
                # warcio also reads the older ARC format and, leniently, text that is
                # neither; a .warc input that is not WARC is reported, not guessed at.
                yield Item(source=source, error="not a WARC archive")
                return
            if record.rec_type is not None:
                records += 1
            if record.rec_type != "response" or record.http_headers is None:
                continue
            status = record.http_headers.get_statuscode() or ""
            ctype = (record.http_headers.get_header("Content-Type") or "").lower()
            if not status.startswith("2") or not ctype.startswith(HTML_CONTENT_TYPES):
                continue
            rid = record.rec_headers.get_header("WARC-Record-ID")
            url = record.rec_headers.get_header("WARC-Target-URI")
            content = record.content_stream()
            data = content.read() if max_bytes is None else _read_upto(content, max_bytes + 1)
            if max_bytes is not None and len(data) > max_bytes:
                yield Item(
                    source=source,
                    record=rid,
                    url=url,
                    error=f"WARC record is larger than {max_bytes} bytes",
                )
                continue
            if getattr(record.raw_stream, "limit", 0) > 0:
                # the archive ends inside this record: its page is cut short
                yield Item(source=source, record=rid, url=url, error="truncated WARC record")
                return
            yield Item(source=source, record=rid, data=data, source_format="html", url=url)
    except (ArchiveLoadFailed, OSError, EOFError, ValueError, AttributeError) as exc:
        # warcio reports a gzip member cut short as an AttributeError on a missing header
        yield Item(source=source, error=f"broken WARC archive: {type(exc).__name__}: {exc}")
        return
    cut_in_record = record is not None and getattr(record.raw_stream, "limit", 0) > 0
    if cut_in_record or (size is not None and records and archive.offset < size):
        yield Item(source=source, error="truncated WARC archive: its last record is incomplete")
        return
    if records == 0:
        yield Item(source=source, error="no WARC records found")


def _read_upto(stream: Any, size: int) -> bytes:
    """Up to ``size`` bytes of ``stream`` (warcio's readers return a chunk per read)."""
    parts: list[bytes] = []
    got = 0
    while got < size and (part := stream.read(size - got)):
        parts.append(part)
        got += len(part)
    return b"".join(parts)


def _iter_warc_file(path: str, max_bytes: int | None = None) -> Iterator[Item]:
    source = shown_name(path)
    try:
        fh = open(path, "rb")  # noqa: SIM115 - closed below, after the generator is done
    except OSError as exc:
        yield Item(source=source, error=f"cannot read: {exc.strerror or exc}")
        return
    with fh:
        yield from iter_warc(fh, source, os.fstat(fh.fileno()).st_size, max_bytes=max_bytes)


def count_items(args: Iterable[str], patterns: Sequence[str] | None = None) -> int | None:
    """How many items the arguments hold, cheaply, for a progress bar; None when unknown.

    JSON-lines files are counted by their line ends; stdin and WARC archives cannot be
    counted without reading them, so their presence makes the total unknown.
    """
    total = 0
    for path, error in expand_paths(args, patterns):
        if error is not None:
            total += 1
            continue
        kind = "stdin" if path == "-" else _kind(path)
        if kind in ("stdin", "warc"):
            return None
        if kind == "jsonl":
            total += _count_lines(path)
        else:
            total += 1
    return total


def _count_lines(path: str) -> int:
    count = 0
    last = b"\n"
    try:
        with open(path, "rb") as fh:
            while chunk := fh.read(1 << 20):
                count += chunk.count(b"\n")
                last = chunk[-1:]
    except OSError:
        return 1
    return count + (0 if last == b"\n" else 1)
