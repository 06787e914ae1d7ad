"""pressparse: Swedish press releases (text or HTML) as validated, structured data.

>>> import pressparse
>>> release = pressparse.parse("Ny vd för Exempel AB\\n\\nExempel AB har utsett Anna Berg till vd.")
>>> release.title
'Ny vd för Exempel AB'
"""

from __future__ import annotations

from pressparse.api import ParseOptions, parse
from pressparse.errors import (
    BinaryInputError,
    EmptyInputError,
    InputError,
    InputTooLargeError,
    PressParseError,
)
from pressparse.explain import explain
from pressparse.models import Contact, Link, Organization, Person, PressRelease, Quote, Row, Span

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
