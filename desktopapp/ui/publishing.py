"""Publishing from the window: the background publisher, the crisis switch with its
banner (shown above every view), where a draft goes and when, and the publish log."""

from __future__ import annotations

import threading
from datetime import UTC, datetime
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, QTimer, Signal
from PySide6.QtWidgets import (
    QDialog,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktopapp.ui import later
from desktopapp.ui.window_state import default_size
from desktopapp.ui.workers import SerialWorker

if TYPE_CHECKING:
    from desktopapp.app import publishing
    from desktopapp.app.context import AppContext
else:  # loaded once the window has attached its workspace (ui/later.py)
    publishing = later.module("desktopapp.app.publishing")

PUBLISH_EVERY_MS = 15_000
# A post that is due but was left by the run that just ended is held by a gate (waiting
# for approval, a paused channel): look again after this long, not in a busy loop.
HELD_RECHECK_S = 10.0


class BackgroundPublisher(QObject):
    """Runs the Qt-free publisher in a worker thread every 15 s (and on demand)."""

    finished = Signal(object)  # app.publishing.RunSummary

    # How long stop() may wait for a run that is ending anyway (the GUI's budget).
    STOP_WAIT_MS = 50

    def __init__(self, ctx: AppContext, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self._worker = SerialWorker(self)
        self._worker.result.connect(lambda _rev, summary: self.finished.emit(summary))
        self._runs = 0
        self._cancel = threading.Event()
        self._timer = QTimer(self)
        self._timer.setInterval(PUBLISH_EVERY_MS)
        self._timer.timeout.connect(self.run_now)
        self._next: QTimer | None = None  # aimed at the next due post once started
        app = QCoreApplication.instance()
        if app is not None:  # at quit no window is left to freeze: let a run end cleanly
            app.aboutToQuit.connect(self.drain)

    def start(self) -> None:
        self._timer.start()
        self._next = QTimer(self)
        self._next.setSingleShot(True)
        self._next.timeout.connect(self.run_now)
        self.finished.connect(lambda _report: self.aim_at_next_due(after_run=True))
        self.aim_at_next_due()

    def aim_at_next_due(self, *, after_run: bool = False) -> None:
        """One single-shot timer for the next due post (the 15 s tick is the safety net),
        so posts go out on time, not up to a polling interval late. Right after a run, a
        post already due is one the run held back: it is looked at again in a while."""
        if self._next is None or self._cancel.is_set():
            return
        upcoming = publishing.next_due_at(self.ctx)
        if upcoming is not None:
            delay = (upcoming - datetime.now(UTC)).total_seconds()
            if after_run and delay <= 0:
                delay = HELD_RECHECK_S
            self._next.start(int(min(max(delay, 0.1), 15.0) * 1000))

    def run_now(self) -> None:
        from desktopapp.app import worker  # not with the first frame: runs start after it

        if self._cancel.is_set() or not worker.window_publishes(self.ctx):
            return  # a team window never sends: it holds no tokens (the worker does)
        self._runs += 1
        ctx, cancel = self.ctx, self._cancel
        self._worker.submit(self._runs, lambda: publishing.run_due(ctx, cancel=cancel))

    def stop(self) -> None:
        """Stop without blocking the GUI: no new runs; a run in progress finishes the post
        it is sending (never half a thread, never a duplicate) and stops before the next.
        Waits at most STOP_WAIT_MS here; `drain` waits for the rest at quit."""
        self._timer.stop()
        if self._next is not None:
            self._next.stop()
        self._cancel.set()
        self._worker.pool.clear()
        self._worker.wait(self.STOP_WAIT_MS)

    @property
    def running(self) -> bool:
        return self._worker.pool.activeThreadCount() > 0

    def drain(self, msecs: int = 30_000) -> bool:
        """Wait until a stopped run has ended (at quit, before the database closes)."""
        self._cancel.set()
        return self._worker.wait(msecs)


class PauseBanner(QFrame):
    resume_requested = Signal()

    def __init__(self, ctx: AppContext) -> None:
        super().__init__()
        self.ctx = ctx
        self.setObjectName("errorBanner")
        layout = QHBoxLayout(self)
        layout.setContentsMargins(12, 6, 8, 6)
        self.label = QLabel()
        layout.addWidget(self.label, 1)
        button = QPushButton("Resume publishing…")
        button.clicked.connect(self.resume_requested.emit)
        layout.addWidget(button)
        self.hide()  # until the owner has placed it and refreshes it (one query, not two)

    def refresh(self) -> None:
        state = publishing.pause_state(self.ctx)
        self.label.setText(f"<b>All publishing is paused.</b> {state.reason}")
        # Shown only once placed in a window: a parentless widget shown is a window of its
        # own, flashing on the desktop at start-up. The owner refreshes after placing it.
        if self.parentWidget() is not None:
            self.setVisible(state.paused)


class PublishLogDialog(QDialog):
    """Every attempt, newest first, with the network's own message. Double-click a row to
    open the post online (when it went out) or the draft."""

    COLUMNS = ("When", "Draft", "Channel", "Outcome", "Message / link")
    open_draft = Signal(int)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setWindowTitle("Publish log")
        default_size(self, 900, 480)
        layout = QVBoxLayout(self)
        self.table = QTableWidget(0, len(self.COLUMNS))
        self.table.setHorizontalHeaderLabels(list(self.COLUMNS))
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
        self.table.verticalHeader().setVisible(False)
        self.table.cellDoubleClicked.connect(self._open_row)
        layout.addWidget(self.table)
        hint = QLabel("Double-click a row to open the post online, or the draft.")
        hint.setObjectName("muted")
        layout.addWidget(hint)
        self.urls: list[str] = []
        self.refresh()

    def refresh(self) -> None:
        from PySide6.QtGui import QColor

        rows = publishing.publish_log(self.ctx, newest_first=True, limit=1000)
        self.table.setRowCount(len(rows))
        self.urls = []
        for r, entry in enumerate(rows):
            values = [entry.at.astimezone().strftime("%Y-%m-%d %H:%M:%S"),
                      str(entry.draft_id), entry.channel, entry.outcome,
                      entry.message or entry.url]
            self.urls.append(entry.url if entry.url.startswith("http") else "")
            for c, value in enumerate(values):
                item = QTableWidgetItem(value)
                item.setToolTip(value)
                if entry.failed:
                    item.setForeground(QColor("#dc2626"))
                self.table.setItem(r, c, item)
        self.table.resizeColumnsToContents()

    def _open_row(self, row: int, _column: int) -> None:
        from PySide6.QtCore import QUrl
        from PySide6.QtGui import QDesktopServices

        if self.urls[row]:
            QDesktopServices.openUrl(QUrl(self.urls[row]))
        else:
            cell = self.table.item(row, 1)
            if cell is not None:
                self.open_draft.emit(int(cell.text()))
