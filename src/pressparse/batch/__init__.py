"""Batch processing: inputs of every kind, an ordered bounded process pool, progress."""

from __future__ import annotations

from pressparse.batch.inputs import Item, count_items, iter_items
from pressparse.batch.pool import imap_ordered
from pressparse.batch.progress import Progress, progress_enabled
from pressparse.batch.work import Outcome, outcome_line, parse_item

__all__ = [
    "Item",
    "Outcome",
    "Progress",
    "count_items",
    "imap_ordered",
    "iter_items",
    "outcome_line",
    "parse_item",
    "progress_enabled",
]
