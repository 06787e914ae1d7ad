"""What a worker does with one item: read it, parse it, and shape the result."""

from __future__ import annotations

import json
import os
import signal
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from functools import lru_cache
from types import FrameType
from typing import Any

from pressparse.api import DEFAULT_MAX_BYTES, ParseOptions, parse
from pressparse.batch.inputs import Item
from pressparse.models import PressRelease

# Seconds one item may take by default: a release parses in well under a second, so an
# item still running after this is hostile input, and the batch moves on without it.
DEFAULT_ITEM_TIMEOUT = 60.0


class ItemTimeout(BaseException):
    """One item ran past its time budget. A BaseException, so that no ``except Exception``
    on the way (in pressparse or a library) can swallow it."""


@dataclass(frozen=True)
class Outcome:
    """The result of one item: a release, or the reason it failed."""

    source: str
    record: str | None
    release: PressRelease | None = None
    error: str | None = None


def _read(item: Item, max_bytes: int) -> str | bytes:
    if item.data is not None:
        return item.data
    assert item.path is not None
    # Refuse a huge file before reading it; parse() would refuse it after.
    size = os.path.getsize(item.path)
    if size > max_bytes:
        raise ValueError(f"file of {size} bytes is larger than {max_bytes}")
    with open(item.path, "rb") as fh:
        return fh.read()


@lru_cache(maxsize=8)
def _options(max_bytes: int) -> ParseOptions:
    return ParseOptions(max_bytes=max_bytes)


def parse_item(
    item: Item, timeout: float | None = DEFAULT_ITEM_TIMEOUT, max_bytes: int = DEFAULT_MAX_BYTES
) -> Outcome:
    """Parse one item; never raises, so one bad input cannot stop a batch.

    ``timeout`` (seconds, None for none) ends an item that runs too long with an error
    outcome; it needs the main thread of its process (a batch worker or the CLI itself).
    ``max_bytes`` refuses larger inputs (``--max-bytes``).
    """
    if item.error is not None:
        return Outcome(item.source, item.record, error=item.error)
    try:
        with _time_budget(timeout):
            data = _read(item, max_bytes)
            release = parse(
                data, source_format=item.source_format, url=item.url, options=_options(max_bytes)
            )
    except ItemTimeout:
        return Outcome(item.source, item.record, error=f"took longer than {timeout:g} s; skipped")
    except OSError as exc:
        return Outcome(item.source, item.record, error=f"cannot read: {exc.strerror or exc}")
    except Exception as exc:  # one broken input is reported, the batch goes on
        return Outcome(item.source, item.record, error=f"{type(exc).__name__}: {exc}")
    return Outcome(item.source, item.record, release=release)


def crashed_item(item: Item) -> Outcome:
    """The outcome of an item whose worker process died while parsing it."""
    why = "the worker process died while parsing this input (killed, or out of memory)"
    return Outcome(item.source, item.record, error=why)


@contextmanager
def _time_budget(seconds: float | None) -> Iterator[None]:
    """Raise ItemTimeout in the body after ``seconds`` of real time (SIGALRM; main thread
    only: elsewhere, and without SIGALRM, the body runs unbounded)."""
    if not seconds or not hasattr(signal, "setitimer"):
        yield
        return

    def expired(signum: int, frame: FrameType | None) -> None:
        raise ItemTimeout

    try:
        previous = signal.signal(signal.SIGALRM, expired)
    except ValueError:  # not the main thread
        yield
        return
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)


def outcome_row(outcome: Outcome) -> dict[str, Any]:
    """The outcome as a :class:`~pressparse.models.Row` dict (JSON types):
    ``{"source", "record", "error", "release"}``, one of the last two null."""
    return {
        "source": outcome.source,
        "record": outcome.record,
        "error": outcome.error if outcome.release is None else None,
        "release": outcome.release.model_dump(mode="json") if outcome.release else None,
    }


def outcome_line(outcome: Outcome) -> str:
    """The JSON line for an outcome (see :func:`outcome_row`)."""
    return json.dumps(outcome_row(outcome), ensure_ascii=False)


@dataclass(frozen=True)
class Line:
    """A ready JSON line and whether it reports a failure."""

    text: str
    failed: bool
    error: str | None = None


def parse_item_to_line(
    item: Item, timeout: float | None = DEFAULT_ITEM_TIMEOUT, max_bytes: int = DEFAULT_MAX_BYTES
) -> Line:
    """Parse and serialize in the worker, so the main process only writes lines."""
    outcome = parse_item(item, timeout, max_bytes)
    return Line(outcome_line(outcome), outcome.release is None, outcome.error)


def crashed_line(item: Item) -> Line:
    """The error line of an item whose worker process died while parsing it."""
    outcome = crashed_item(item)
    return Line(outcome_line(outcome), True, outcome.error)
