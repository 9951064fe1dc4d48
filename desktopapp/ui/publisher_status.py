"""The status-bar label that says whether the team's publisher (`secondthought worker`)
is running: "Publisher last seen 20 s ago", or a warning when none is. It asks on a worker
thread (the server may be far away) every few seconds; a personal workspace where no
worker ever ran shows nothing (the window publishes itself there)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QTimer
from PySide6.QtWidgets import QLabel, QWidget

from desktopapp.app.context import AppContext
from desktopapp.ui.workers import SerialWorker

if TYPE_CHECKING:  # it loads the publishing services: first asked after the first frame
    from desktopapp.app import worker

REFRESH_MS = 5000
STOP_WAIT_MS = 50  # the GUI's budget when the window closes
DRAIN_WAIT_MS = 6000  # at quit: longer than the server's connect timeout (5 s)


class PublisherStatusLabel(QLabel):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("muted")
        self.setVisible(False)
        self.status: worker.PublisherStatus | None = None
        self._asks = 0
        self._worker = SerialWorker(self)
        self._worker.result.connect(lambda _rev, status: self.show_status(status))
        self._timer = QTimer(self)
        self._timer.setInterval(REFRESH_MS)
        self._timer.timeout.connect(self.refresh)
        app = QCoreApplication.instance()
        if app is not None:
            app.aboutToQuit.connect(self.drain)

    def start(self) -> None:
        self.refresh()
        self._timer.start()

    def stop(self) -> None:
        """No more asking; a question already on its way is let finish (briefly here,
        for the rest at quit: a thread still in a query when Python exits is an error)."""
        self._timer.stop()
        self._worker.pool.clear()
        self._worker.wait(STOP_WAIT_MS)

    def drain(self) -> None:
        self._worker.wait(DRAIN_WAIT_MS)

    def refresh(self) -> None:
        from desktopapp.app import offline, worker  # here, on the GUI thread, not the worker's

        if offline.offline_now(self.ctx):
            return  # the last word stays; the server is asked again once it is back
        self._asks += 1
        ctx = self.ctx
        self._worker.submit(self._asks, lambda: worker.publisher_status(ctx))

    def show_status(self, status: worker.PublisherStatus) -> None:
        from desktopapp.app import worker

        self.status = status
        shown = worker.status_matters(self.ctx, status)
        self.setVisible(shown)
        if not shown:
            return
        text = ("⚠ " if status.warn else "") + status.text
        self.setText(text)
        # A permanent status-bar widget is squeezed by a long passing message otherwise.
        self.setMinimumWidth(self.fontMetrics().horizontalAdvance(text) + 12)
        self.setToolTip("Team posts are sent by `secondthought worker` on a server "
                        "(see docs/team-mode.md); this window never sends them.")
        name = "fieldError" if status.warn else "muted"  # the theme's danger colour
        if self.objectName() != name:
            self.setObjectName(name)
            self.style().unpolish(self)
            self.style().polish(self)
