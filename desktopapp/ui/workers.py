"""Slow work off the GUI thread: QRunnables whose results come back as signals.

Each job carries the revision of the text it was given; the receiver drops results for
an outdated revision, so a slow grammar answer never paints over newer text.
"""

from __future__ import annotations

import atexit
import logging
import time
import weakref
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal

from desktopapp.core.errors import DomainError

log = logging.getLogger(__name__)

# At exit, once Python starts finalising, a thread that asks for the interpreter lock is
# ended on the spot (pthread_exit). A job still running Python code then (a cold check
# loading its models, a window closed with a 3 s wait) was unwound through Qt's pool,
# which printed "Qt Concurrent has caught an exception thrown from a worker thread" —
# and the job's work was cut off halfway. Nobody else waits for such a pool: its window
# was closed but never deleted. So every pool is drained before finalising starts.
_POOLS: weakref.WeakSet[QThreadPool] = weakref.WeakSet()
EXIT_WAIT_S = 15.0  # a grammar server that never answers must not hold the exit forever


def tracked(pool: QThreadPool) -> QThreadPool:
    """`pool`, waited for at exit (see `drain_at_exit`)."""
    _POOLS.add(pool)
    return pool


@atexit.register
def drain_at_exit() -> None:
    """Before Python finalises: drop queued jobs and let running ones finish (bounded).
    Runs after every atexit hook registered later (PySide's own run after it)."""
    deadline = time.monotonic() + EXIT_WAIT_S
    for pool in [*_POOLS, QThreadPool.globalInstance()]:
        try:
            pool.clear()
            left = max(0, int((deadline - time.monotonic()) * 1000))
            if not pool.waitForDone(left):
                log.warning("a background job was still running at exit")
        except RuntimeError:  # deleted already: its destructor waited for its jobs
            continue


class _Relay(QObject):
    """Lives in the GUI thread; its signals are queued across from the worker thread."""

    done = Signal(int, object)  # revision, result
    failed = Signal(int, str)  # revision, message


class Job(QRunnable):
    def __init__(self, revision: int, work: Callable[[], Any], relay: _Relay) -> None:
        super().__init__()
        self.revision, self._work, self._relay = revision, work, relay
        self.setAutoDelete(True)

    def run(self) -> None:
        try:
            result = self._work()
        except DomainError as exc:  # written for people: shown as it is
            self._tell("failed", self.revision, str(exc))
            return
        except Exception as exc:  # a worker must never take the app down
            log.exception("a background job failed")
            self._tell("failed", self.revision, f"{type(exc).__name__}: {exc}")
            return
        self._tell("done", self.revision, result)

    def _tell(self, signal: str, *values: object) -> None:
        """Hand the outcome back; a job that outlived its window (a publisher run finishing
        after the window closed) has no one to tell, which is not an error."""
        try:
            getattr(self._relay, signal).emit(*values)
        except RuntimeError:  # the relay's C++ object is gone
            log.debug("a background job finished after its receiver was closed")


class SerialWorker(QObject):
    """Runs jobs one at a time on its own pool (the engines it feeds are not thread-safe),
    and hands back only the newest revision's result."""

    result = Signal(int, object)
    error = Signal(int, str)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.pool = tracked(QThreadPool(self))
        self.pool.setMaxThreadCount(1)
        self._relay = _Relay(self)
        self._relay.done.connect(self._on_done)
        self._relay.failed.connect(self._on_failed)
        self.latest = -1

    def submit(self, revision: int, work: Callable[[], Any]) -> None:
        self.latest = revision
        # Jobs still queued for older revisions are useless now.
        self.pool.clear()
        self.pool.start(Job(revision, work, self._relay))

    def _on_done(self, revision: int, value: object) -> None:
        if revision == self.latest:
            self.result.emit(revision, value)

    def _on_failed(self, revision: int, message: str) -> None:
        if revision == self.latest:
            self.error.emit(revision, message)

    def wait(self, msecs: int = 5000) -> bool:
        return self.pool.waitForDone(msecs)
