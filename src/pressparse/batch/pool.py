"""An ordered, bounded process pool: results in input order, a fixed number in flight.

``concurrent.futures`` ``map`` submits every input before yielding the first result, so
memory grows with the batch; here at most ``workers * WINDOW_PER_WORKER`` chunks are
submitted at a time and the oldest is awaited before another is sent.
"""

from __future__ import annotations

import signal
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from itertools import islice
from typing import TypeVar

T = TypeVar("T")
R = TypeVar("R")

# Items sent to a worker at once: enough to amortize the cost of pickling a task,
# few enough that a slow chunk does not hold up the output for long.
DEFAULT_CHUNKSIZE = 8
# Chunks in flight per worker: keeps every worker busy while the oldest is awaited.
WINDOW_PER_WORKER = 4


def _ignore_sigint() -> None:
    """Workers leave Ctrl-C to the main process, which stops the pool: one clean exit
    instead of a traceback from every worker."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)


def _run_chunk(fn: Callable[[T], R], chunk: list[T]) -> list[R]:
    return [fn(x) for x in chunk]


def _chunks(items: Iterable[T], size: int) -> Iterator[list[T]]:
    it = iter(items)
    while chunk := list(islice(it, size)):
        yield chunk


def imap_ordered(
    fn: Callable[[T], R],
    items: Iterable[T],
    workers: int,
    *,
    chunksize: int = DEFAULT_CHUNKSIZE,
) -> Iterator[R]:
    """``fn`` over ``items`` in ``workers`` processes, yielded in input order.

    With one worker everything runs in this process (no pickling at all). ``fn`` must be
    a module-level function (or a ``functools.partial`` of one) so it can be pickled.
    """
    if workers <= 1:
        yield from map(fn, items)
        return
    window = workers * WINDOW_PER_WORKER
    pending: deque[Future[list[R]]] = deque()
    executor = ProcessPoolExecutor(max_workers=workers, initializer=_ignore_sigint)
    try:
        for chunk in _chunks(items, chunksize):
            pending.append(executor.submit(_run_chunk, fn, chunk))
            if len(pending) >= window:
                yield from pending.popleft().result()
        while pending:
            yield from pending.popleft().result()
    finally:
        # On an early stop (closed pipe, Ctrl-C) drop queued work instead of finishing it.
        executor.shutdown(wait=True, cancel_futures=True)
