"""What a worker does with one item: read it, parse it, and shape the result."""

from __future__ import annotations

import json
import os
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from pressparse.api import DEFAULT_MAX_BYTES, ParseOptions, parse
from pressparse.batch.inputs import Item
from pressparse.models import PressRelease


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


def parse_item(item: Item, max_bytes: int = DEFAULT_MAX_BYTES) -> Outcome:
    """Parse one item; never raises, so one bad input cannot stop a batch.

    ``max_bytes`` refuses larger inputs (``--max-bytes``)."""
    if item.error is not None:
        return Outcome(item.source, item.record, error=item.error)
    try:
        data = _read(item, max_bytes)
        release = parse(
            data, source_format=item.source_format, url=item.url, options=_options(max_bytes)
        )
    except OSError as exc:
        return Outcome(item.source, item.record, error=f"cannot read: {exc.strerror or exc}")
    except Exception as exc:  # one broken input is reported, the batch goes on
        return Outcome(item.source, item.record, error=f"{type(exc).__name__}: {exc}")
    return Outcome(item.source, item.record, release=release)


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


def parse_item_to_line(item: Item, max_bytes: int = DEFAULT_MAX_BYTES) -> Line:
    """Parse and serialize in the worker, so the main process only writes lines."""
    outcome = parse_item(item, max_bytes)
    return Line(outcome_line(outcome), outcome.release is None, outcome.error)
