"""The document toolkit's fast constructors and the rule inputs' lazy properties."""

from __future__ import annotations

import dataclasses

import pytest

from pressparse.document import Block, Span, new_block, new_span
from pressparse.rules import lazy


def test_fast_span_equals_span() -> None:
    # synthetic: the fast constructor builds the same frozen value
    span = new_span(3, 7)
    assert span == Span(3, 7) and hash(span) == hash(Span(3, 7)) and type(span) is Span
    assert (span.start, span.end) == (3, 7)
    with pytest.raises(dataclasses.FrozenInstanceError):
        span.start = 4  # type: ignore[misc]


def test_fast_block_equals_block() -> None:
    # synthetic: the same fields give an equal, frozen Block
    block = new_block(0, 12, "heading", 1, "title", 2)
    expected = Block(0, 12, "heading", 1, "title", 2)
    assert block == expected and hash(block) == hash(expected) and type(block) is Block
    with pytest.raises(dataclasses.FrozenInstanceError):
        block.role = "body"  # type: ignore[misc]


def test_a_lazy_property_is_computed_once() -> None:
    # synthetic inputs class counting its computations
    class Inputs:
        def __init__(self) -> None:
            self.calls = 0

        @lazy
        def words(self) -> list[str]:
            """The words."""
            self.calls += 1
            return ["a", "b"]

    x = Inputs()
    assert x.words == ["a", "b"] and x.words is x.words
    assert x.calls == 1
    assert Inputs.__dict__["words"].__doc__ == "The words."
