"""A progress bar on stderr for long runs: items done, rate, ETA and failures."""

from __future__ import annotations

from types import TracebackType
from typing import IO, Any


def progress_enabled(stream: IO[str], quiet: bool) -> bool:
    """Show progress only to a person: never with ``--quiet`` or when stderr is redirected."""
    if quiet:
        return False
    isatty = getattr(stream, "isatty", None)
    return bool(isatty and isatty())


class Progress:
    """Counts items and failures; draws a tqdm bar when enabled, nothing otherwise."""

    def __init__(self, stream: IO[str], *, enabled: bool, total: int | None = None) -> None:
        self.done = 0
        self.failed = 0
        self._bar: Any = None
        if enabled:
            from tqdm import tqdm

            self._bar = tqdm(
                total=total, file=stream, unit=" releases", dynamic_ncols=True, smoothing=0.1
            )

    def update(self, *, failed: bool) -> None:
        """Count one finished item."""
        self.done += 1
        if failed:
            self.failed += 1
        if self._bar is not None:
            if failed:
                self._bar.set_postfix(failed=self.failed, refresh=False)
            self._bar.update(1)

    def close(self) -> None:
        """Remove the bar from the screen."""
        if self._bar is not None:
            self._bar.close()
            self._bar = None

    def __enter__(self) -> Progress:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.close()
