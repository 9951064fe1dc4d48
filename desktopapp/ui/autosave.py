"""When to save: ~1 s after typing stops, and at least every 1.5 s while typing goes on,
so a crash loses under two seconds of text. A failed save keeps the text and retries."""

from __future__ import annotations

import contextlib
import sys
from collections.abc import Callable, Iterator

from PySide6.QtCore import QObject, QTimer, Signal

MAX_WAIT_MS = 1500
RETRY_MS = 5000


class AutosaveTimer(QObject):
    """Calls `save()` when due. `save` returns None on success or an error message."""

    failed = Signal(str)
    recovered = Signal()

    def __init__(self, save: Callable[[], str | None], delay_ms: int = 1000,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._save = save
        self.dirty = False
        self.failing = False
        self._debounce = self._single_shot(delay_ms)
        self._max_wait = self._single_shot(max(MAX_WAIT_MS, delay_ms))
        self._retry = self._single_shot(RETRY_MS)

    def _single_shot(self, interval: int) -> QTimer:
        timer = QTimer(self)
        timer.setSingleShot(True)
        timer.setInterval(interval)
        timer.timeout.connect(self.flush)
        return timer

    def touch(self) -> None:
        """The text changed."""
        self.dirty = True
        self._debounce.start()
        if not self._max_wait.isActive():
            self._max_wait.start()

    def flush(self) -> bool:
        """Save now if there is anything unsaved. True when nothing is left unsaved."""
        self._debounce.stop()
        self._max_wait.stop()
        if not self.dirty:
            return True
        error = self._save()
        if error is None:
            self.dirty = False
            if self.failing:
                self.failing = False
                self._retry.stop()
                self.recovered.emit()
            return True
        self.failing = True
        self._retry.start()
        self.failed.emit(error)
        return False

    def reset(self) -> None:
        """Forget pending work (after the text was saved or deliberately replaced)."""
        self.dirty = False
        for timer in (self._debounce, self._max_wait, self._retry):
            timer.stop()


@contextlib.contextmanager
def gil_handover(seconds: float) -> Iterator[None]:
    """While the GUI thread saves, take Python's lock back quickly from a check worker.

    A save is a dozen short SQLite calls; each releases the GIL and must win it back from
    the worker, waiting up to the switch interval every time (2 ms: up to ~25 ms in all,
    a visible stutter). For the few milliseconds of a save, a shorter interval costs the
    worker nothing noticeable."""
    before = sys.getswitchinterval()
    sys.setswitchinterval(seconds)
    try:
        yield
    finally:
        sys.setswitchinterval(before)
