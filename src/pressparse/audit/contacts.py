"""Gold-free checks of the contacts field (see :mod:`pressparse.audit`)."""

from __future__ import annotations

from pressparse.audit import Check

CHECKS: tuple[Check, ...] = ()
