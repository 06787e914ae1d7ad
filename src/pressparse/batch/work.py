"""What a worker does with one item: read it, parse it, and shape the result."""

from __future__ import annotations

import json
import os
from dataclasses import dataclass
from typing import Any

from pressparse.api import DEFAULT_MAX_BYTES, parse
from pressparse.batch.inputs import Item
from pressparse.models import PressRelease


@dataclass(frozen=True)
class Outcome:
    """The result of one item: a release, or the reason it failed."""

    source: str
    record: str | None
    release: PressRelease | None = None
    error: str | None = None


def _read(item: Item) -> str | bytes:
    if item.data is not None:
        return item.data
    assert item.path is not None
    # Refuse a huge file before reading it; parse() would refuse it after.
    size = os.path.getsize(item.path)
    if size > DEFAULT_MAX_BYTES:
        raise ValueError(f"file of {size} bytes is larger than {DEFAULT_MAX_BYTES}")
    with open(item.path, "rb") as fh:
        return fh.read()


def parse_item(item: Item) -> Outcome:
    """Parse one item; never raises, so one bad input cannot stop a batch."""
    if item.error is not None:
        return Outcome(item.source, item.record, error=item.error)
    try:
        data = _read(item)
        release = parse(data, source_format=item.source_format, url=item.url)
    except OSError as exc:
        return Outcome(item.source, item.record, error=f"cannot read: {exc.strerror or exc}")
    except Exception as exc:  # one broken input is reported, the batch goes on
        return Outcome(item.source, item.record, error=f"{type(exc).__name__}: {exc}")
    return Outcome(item.source, item.record, release=release)


def outcome_line(outcome: Outcome) -> str:
    """The JSON line for an outcome: the release dump plus ``source`` and ``record``,
    or ``{"source", "record", "error"}``."""
    line: dict[str, Any]
    if outcome.release is None:
        line = {"source": outcome.source, "record": outcome.record, "error": outcome.error}
    else:
        line = outcome.release.model_dump(mode="json")
        line["source"] = outcome.source
        line["record"] = outcome.record
    return json.dumps(line, ensure_ascii=False)


@dataclass(frozen=True)
class Line:
    """A ready JSON line and whether it reports a failure."""

    text: str
    failed: bool


def parse_item_to_line(item: Item) -> Line:
    """Parse and serialize in the worker, so the main process only writes lines."""
    outcome = parse_item(item)
    return Line(outcome_line(outcome), outcome.release is None)
