"""pressparse: Swedish press releases (text or HTML) as validated, structured data.

>>> import pressparse
>>> release = pressparse.parse("Ny vd för Exempel AB\\n\\nExempel AB har utsett Anna Berg till vd.")
>>> release.title
'Ny vd för Exempel AB'
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from pressparse.errors import (
    BinaryInputError,
    EmptyInputError,
    InputError,
    InputTooLargeError,
    PressParseError,
)
from pressparse.explain import explain
from pressparse.models import Contact, Link, Organization, Person, PressRelease, Quote, Row, Span

if TYPE_CHECKING:
    from pressparse.api import ParseOptions, parse

__version__ = "0.1.0"

__all__ = [
    "BinaryInputError",
    "Contact",
    "EmptyInputError",
    "InputError",
    "InputTooLargeError",
    "Link",
    "Organization",
    "ParseOptions",
    "Person",
    "PressParseError",
    "PressRelease",
    "Quote",
    "Row",
    "Span",
    "__version__",
    "explain",
    "parse",
]


# The pipeline (the extractors and their compiled patterns, the larger part of the import)
# is loaded on the first use of ``parse``: importing the package for its models, ``explain``
# of a parsed release or the schema stays cheap.
_PIPELINE = frozenset({"parse", "ParseOptions"})


def __getattr__(name: str) -> Any:
    if name in _PIPELINE:
        from pressparse import api

        value = getattr(api, name)
        globals()[name] = value
        return value
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


def __dir__() -> list[str]:
    return sorted({*globals(), *_PIPELINE})
