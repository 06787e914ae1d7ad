"""Gold-free checks over an archive: rates of outputs that are surely wrong.

Run over your own releases (no annotations needed)::

    python -m pressparse.audit ARCHIVE_DIR [ARCHIVE_DIR ...] [--examples 5] [--workers 2]

Each check looks at every parsed release and yields one observation per unit it counts (a
release, a contact, an organization, a quote): flagged when the output is surely wrong (a
role word as a contact's name, a common word as an organization, a lost headline). The
report prints each check's rate beside its target and lists examples of the flagged units
with their files. The checks live in one module per field (:mod:`.title`,
:mod:`.contacts`, :mod:`.organizations`, :mod:`.quotes`), each with a ``CHECKS`` table.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import Literal

from pressparse.models import PressRelease


@dataclass(frozen=True, slots=True)
class Sample:
    """One release of the archive: its file, its text as read, and the parsed record."""

    path: str
    raw: str
    release: PressRelease

    @property
    def is_government(self) -> bool:
        """A Government Offices release (regeringen.se archive)."""
        return "/regeringen/" in self.path.replace("\\\\", "/")


# One counted unit: whether it is flagged, and what to show when it is.
Observation = tuple[bool, str]


@dataclass(frozen=True, slots=True)
class Check:
    """A gold-free check: its id, what it flags, and the rate it must stay under (``max``)
    or reach (``min``)."""

    id: str
    what: str
    target: float
    direction: Literal["max", "min"]
    observe: Callable[[Sample], Iterable[Observation]]

    def met(self, rate: float) -> bool:
        return rate <= self.target if self.direction == "max" else rate >= self.target
