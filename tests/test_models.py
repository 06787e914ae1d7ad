"""Public API and models: names, schema, round trips."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest
from pydantic import ValidationError

import pressparse
from pressparse import PressRelease

SEED = Path(__file__).parent / "fixtures" / "regionskane-livskraftigt-skane.txt"

EXPECTED_ALL = {
    "BinaryInputError", "Contact", "EmptyInputError", "InputError", "InputTooLargeError", "Link",
    "Organization", "ParseOptions", "Person", "PressParseError", "PressRelease", "Quote", "Row", "Span",
    "__version__", "explain", "parse",
}  # fmt: skip


def test_public_names_are_exactly_all() -> None:
    assert set(pressparse.__all__) == EXPECTED_ALL
    for name in pressparse.__all__:
        assert hasattr(pressparse, name)


def test_schema_is_json() -> None:
    schema = PressRelease.model_json_schema()
    assert schema["title"] == "PressRelease"
    assert {"title", "published", "quotes", "contacts", "text"} <= set(schema["properties"])
    json.dumps(schema)


def test_json_round_trip_datetime() -> None:
    r = pressparse.parse(SEED.read_bytes())
    back = PressRelease.model_validate_json(r.model_dump_json())
    assert back == r
    assert isinstance(back.published, dt.datetime) and back.published.utcoffset() == dt.timedelta(
        hours=1
    )


def test_json_round_trip_date_stays_date() -> None:
    r = pressparse.parse(
        "Rubrik på nyhet\n\n2016-01-18\n\nExempel AB meddelar att något har hänt idag."
    )
    assert r.published == dt.date(2016, 1, 18)
    back = PressRelease.model_validate_json(r.model_dump_json())
    assert type(back.published) is dt.date


def test_models_are_frozen_and_strict() -> None:
    r = pressparse.parse(SEED.read_bytes())
    with pytest.raises(ValidationError):
        r.title = "x"  # type: ignore[misc]
    with pytest.raises(ValidationError):
        PressRelease.model_validate({**r.model_dump(), "unknown": 1})


def test_spans_point_at_their_source() -> None:
    r = pressparse.parse(SEED.read_bytes())
    for q in r.quotes:
        assert r.span_text(q.span) == q.text
    for u in r.urls:
        assert r.span_text(u.span) == u.text
    for o in r.organizations:
        assert all(r.span_text(s).startswith(o.name[:5]) for s in o.spans)


def test_id_is_stable_and_content_based() -> None:
    a = pressparse.parse(SEED.read_bytes())
    b = pressparse.parse(SEED.read_bytes().replace(b"\n", b"\r\n"))
    assert a.id == b.id
    c = pressparse.parse(SEED.read_bytes() + b"\nEn rad till.")
    assert c.id != a.id


def test_errors_are_press_parse_errors() -> None:
    assert issubclass(pressparse.InputError, pressparse.PressParseError)
    assert issubclass(pressparse.InputError, ValueError)
