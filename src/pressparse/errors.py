"""Exceptions raised by :func:`pressparse.parse`.

The tree::

    PressParseError            base of everything pressparse raises
     └── InputError (ValueError)   the input cannot be read at all
          ├── EmptyInputError       nothing but whitespace
          ├── BinaryInputError      bytes that are not text (images, archives, ...)
          └── InputTooLargeError    larger than ``ParseOptions.max_bytes``

Anything readable yields a :class:`pressparse.PressRelease`; doubts go to its ``warnings``.
"""

from __future__ import annotations


class PressParseError(Exception):
    """Base class of every exception pressparse raises."""


class InputError(PressParseError, ValueError):
    """The input cannot be read as a press release at all."""


class EmptyInputError(InputError):
    """The input is empty or holds only whitespace."""


class BinaryInputError(InputError):
    """The input is binary data, not text or HTML."""


class InputTooLargeError(InputError):
    """The input is larger than the configured limit."""
