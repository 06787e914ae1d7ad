"""An ordered, bounded process pool: results in input order, a fixed number in flight.

``concurrent.futures`` ``map`` submits every input before yielding the first result, so
memory grows with the batch; here at most ``workers * WINDOW_PER_WORKER`` chunks are
submitted at a time and the oldest is awaited before another is sent.

A worker that dies (the OOM killer, a crash in a C library) breaks a
``ProcessPoolExecutor`` for good: the pool is then replaced, the chunks in flight are sent
again, and the chunk that was being awaited is run item by item, so that the one item that
kills its worker again is reported through ``on_crash`` and the batch goes on. Workers end
themselves when the main process dies, even by SIGKILL.
"""

from __future__ import annotations

import os
import signal
import sys
import threading
import time
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from itertools import islice
from typing import TypeVar

T = TypeVar("T")
R = TypeVar("R")

# Items sent to a worker at once: enough to amortize the cost of pickling a task,
# few enough that a slow chunk does not hold up the output for long.
DEFAULT_CHUNKSIZE = 8
# Chunks in flight per worker: keeps every worker busy while the oldest is awaited.
WINDOW_PER_WORKER = 4
# Pools replaced after a worker died, at most, before the batch gives up (the machine is
# then killing every worker, and going on would not finish anything).
MAX_RESTARTS = 50
# Seconds between a worker's checks that the main process still lives (where the kernel
# cannot be asked to signal its death).
PARENT_CHECK_SECONDS = 1.0
# prctl(2) option: a signal the kernel sends this process when its parent dies (Linux).
_PR_SET_PDEATHSIG = 1


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


def _worker_init(parent: int) -> None:
    """A worker's start: Ctrl-C left to the main process, and an end with the main process."""
    _ignore_sigint()
    _watch_parent(parent)


def _watch_parent(parent: int) -> None:
    """In a worker: end when the main process is gone (its pid no longer our parent)."""
    try:
        import ctypes

        libc = ctypes.CDLL(None, use_errno=True)
        libc.prctl(_PR_SET_PDEATHSIG, signal.SIGKILL)
    except (OSError, AttributeError):
        pass  # not Linux: the thread below does it
    if os.getppid() != parent:
        os._exit(1)

    def watch() -> None:
        while True:
            time.sleep(PARENT_CHECK_SECONDS)
            if os.getppid() != parent:
                os._exit(1)

    threading.Thread(target=watch, name="pressparse-parent-watch", daemon=True).start()


class _Pool:
    """A ProcessPoolExecutor that can be replaced when one of its workers dies."""

    def __init__(self, workers: int) -> None:
        self.workers = workers
        self.restarts = 0
        self.executor = self._new()

    def _new(self) -> ProcessPoolExecutor:
        return ProcessPoolExecutor(
            max_workers=self.workers, initializer=_worker_init, initargs=(os.getpid(),)
        )

    def restart(self) -> None:
        self.restarts += 1
        self.executor.shutdown(wait=False, cancel_futures=True)
        if self.restarts > MAX_RESTARTS:
            raise BrokenProcessPool(f"worker processes died {self.restarts} times")
        self.executor = self._new()

    def submit(self, fn: Callable[[T], R], chunk: list[T]) -> Future[list[R]]:
        """The chunk's future; a pool already broken gives a future failed with that, so a
        dead worker is handled in one place, when its chunk is awaited."""
        try:
            return self.executor.submit(_run_chunk, fn, chunk)
        except BrokenProcessPool as exc:
            failed: Future[list[R]] = Future()
            failed.set_exception(exc)
            return failed

    def shutdown(self) -> None:
        self.executor.shutdown(wait=True, cancel_futures=True)


def imap_ordered(
    fn: Callable[[T], R],
    items: Iterable[T],
    workers: int,
    *,
    chunksize: int = DEFAULT_CHUNKSIZE,
    on_crash: Callable[[T], R] | None = None,
) -> Iterator[R]:
    """``fn`` over ``items`` in ``workers`` processes, yielded in input order.

    With one worker everything runs in this process (no pickling at all). ``fn`` must be
    a module-level function (or a ``functools.partial`` of one) so it can be pickled.
    ``on_crash(item)`` gives the result of an item whose worker died twice on it; without
    it, such a death raises ``BrokenProcessPool``.
    """
    if workers <= 1:
        yield from map(fn, items)
        return
    window = workers * WINDOW_PER_WORKER
    pending: deque[tuple[list[T], Future[list[R]]]] = deque()
    pool = _Pool(workers)
    try:
        for chunk in _chunks(items, chunksize):
            pending.append((chunk, pool.submit(fn, chunk)))
            if len(pending) >= window:
                yield from _oldest(pool, pending, fn, on_crash)
        while pending:
            yield from _oldest(pool, pending, fn, on_crash)
    finally:
        # On an early stop (closed pipe, Ctrl-C) drop queued work instead of finishing it.
        pool.shutdown()


def _oldest(
    pool: _Pool,
    pending: deque[tuple[list[T], Future[list[R]]]],
    fn: Callable[[T], R],
    on_crash: Callable[[T], R] | None,
) -> list[R]:
    """The results of the oldest chunk in flight, replacing the pool if a worker died."""
    chunk, future = pending.popleft()
    try:
        return future.result()
    except BrokenProcessPool:
        if on_crash is None:
            raise
    print("pressparse: a worker process died; starting a new one", file=sys.stderr)
    pool.restart()
    results = [_run_alone(pool, fn, item, on_crash) for item in chunk]
    # Every chunk in flight failed with the pool: send them again, in order.
    again = [c for c, _ in pending]
    pending.clear()
    pending.extend((c, pool.submit(fn, c)) for c in again)
    return results


def _run_alone(pool: _Pool, fn: Callable[[T], R], item: T, on_crash: Callable[[T], R]) -> R:
    """One item in a worker of its own chunk; ``on_crash(item)`` if the worker dies again."""
    try:
        return pool.submit(fn, [item]).result()[0]
    except BrokenProcessPool:
        pool.restart()
        return on_crash(item)
