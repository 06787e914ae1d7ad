"""Reading: raw bytes or str -> one normalized :class:`~pressparse.document.Document`."""

from __future__ import annotations

from pressparse.reading.read import read_document

__all__ = ["read_document"]
