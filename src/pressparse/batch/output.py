"""JSON-lines output that a killed run cannot leave half-written, and ``--resume``.

Each line goes to the file in one ``write`` of the whole line and its newline, unbuffered,
so a run stopped by SIGINT, SIGTERM or SIGKILL leaves complete lines; a resumed run first
cuts off a torn last line (a full disk, a power cut), then appends.
"""

from __future__ import annotations

import json
import os
from collections.abc import Iterable, Iterator
from typing import IO

from pressparse.batch.inputs import Item

# Bytes read at a time when scanning an output file to resume.
_BLOCK = 1 << 20


class LineWriter:
    """Writes whole lines to a file descriptor, each in as few ``write`` calls as the
    kernel allows (one for a regular file), or to a text stream that has no descriptor
    (a test's captured stdout), flushed after every line."""

    def __init__(self, fd: int | None, *, close: bool, stream: IO[str] | None = None) -> None:
        self._fd = fd
        self._close = close
        self._stream = stream

    @classmethod
    def open(cls, path: str, *, append: bool) -> LineWriter:
        flags = os.O_WRONLY | os.O_CREAT | (os.O_APPEND if append else os.O_TRUNC)
        return cls(os.open(path, flags, 0o666), close=True)

    @classmethod
    def stdout(cls, stream: IO[str]) -> LineWriter:
        try:
            fd = stream.fileno()
        except (OSError, ValueError):  # io.UnsupportedOperation is both
            return cls(None, close=False, stream=stream)
        stream.flush()
        return cls(fd, close=False)

    def write_line(self, text: str) -> None:
        if self._fd is None:
            assert self._stream is not None
            self._stream.write(text + "\n")
            self._stream.flush()
            return
        data = memoryview((text + "\n").encode("utf-8", "backslashreplace"))
        while data:
            data = data[os.write(self._fd, data) :]

    def close(self) -> None:
        if self._close and self._fd is not None:
            os.close(self._fd)


def done_keys(path: str) -> set[tuple[str, str | None]]:
    """``(source, record)`` of every complete line of an earlier run's output, after cutting
    off a torn last line (one without its newline). An output file that does not exist yet
    holds none."""
    try:
        fh = open(path, "r+b")  # noqa: SIM115 - closed below
    except FileNotFoundError:
        return set()
    keys: set[tuple[str, str | None]] = set()
    with fh:
        end = 0
        for line, line_end in _lines(fh):
            key = _key(line)
            if key is not None:
                keys.add(key)
            end = line_end
        fh.truncate(end)  # a last line without its newline was cut short
    return keys


def _lines(fh: IO[bytes]) -> Iterator[tuple[bytes, int]]:
    """Complete lines (ending in a newline) of a file and the offset after each."""
    offset = 0
    for line in fh:
        if not line.endswith(b"\n"):
            return
        offset += len(line)
        yield line, offset


def _key(line: bytes) -> tuple[str, str | None] | None:
    try:
        row = json.loads(line)
    except ValueError:
        return None
    if not isinstance(row, dict) or not isinstance(row.get("source"), str):
        return None
    record = row.get("record")
    return row["source"], record if isinstance(record, str) else None


def skip_done(items: Iterable[Item], done: set[tuple[str, str | None]]) -> Iterator[Item]:
    """The items whose ``(source, record)`` is not among ``done``."""
    for item in items:
        if (item.source, item.record) not in done:
            yield item
