"""Gold-free checks of the organizations field (see :mod:`pressparse.audit`)."""

from __future__ import annotations

from pressparse.audit import Check

CHECKS: tuple[Check, ...] = ()
