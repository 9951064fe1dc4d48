"""Slow work off the GUI thread: QRunnables whose results come back as signals.

Each job carries the revision of the text it was given; the receiver drops results for
an outdated revision, so a slow grammar answer never paints over newer text.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal

from desktopapp.core.errors import DomainError

log = logging.getLogger(__name__)


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
        self.pool = QThreadPool(self)
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
