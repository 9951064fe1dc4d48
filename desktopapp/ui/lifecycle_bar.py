"""The strip above the editor for a submitted draft: a live countdown of the cool-off,
the plain sentence saying why it is this long, and where the review stands."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import TYPE_CHECKING

from PySide6.QtCore import QTimer, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton

from desktopapp.ui import later

if TYPE_CHECKING:
    from desktopapp.app import draft_banners
    from desktopapp.app.context import AppContext
else:  # loaded once the window has attached its workspace (ui/later.py)
    draft_banners = later.module("desktopapp.app.draft_banners")



def countdown(seconds: float) -> str:
    seconds = max(0, int(seconds))
    days, rest = divmod(seconds, 86400)
    hours, rest = divmod(rest, 3600)
    minutes, secs = divmod(rest, 60)
    if days:
        return f"{days} d {hours} h {minutes:02d} min"
    if hours:
        return f"{hours} h {minutes:02d} min"
    return f"{minutes} min {secs:02d} s"


class LifecycleBar(QFrame):
    withdraw_requested = Signal(int)

    def __init__(self, ctx: AppContext) -> None:
        super().__init__()
        self.ctx = ctx
        self.setObjectName("banner")
        layout = QHBoxLayout(self)
        layout.setContentsMargins(12, 8, 8, 8)
        self.label = QLabel()
        self.label.setWordWrap(True)
        layout.addWidget(self.label, 1)
        self.withdraw = QPushButton("Withdraw")
        self.withdraw.setToolTip("Take the draft back: it stops cooling off and needs "
                                 "submitting again")
        self.withdraw.clicked.connect(self._withdraw_clicked)
        layout.addWidget(self.withdraw)
        self.draft_id: int | None = None
        self._until: datetime | None = None
        self._reason = ""
        self._review = ""
        self._tick = QTimer(self)
        self._tick.setInterval(1000)
        self._tick.timeout.connect(self._render)
        self.hide()

    def _withdraw_clicked(self) -> None:
        if self.draft_id is not None:
            self.withdraw_requested.emit(self.draft_id)

    def show_draft(self, draft_id: int | None) -> None:
        """Read the draft's hold and gates again (after load, save or a decision)."""
        self.draft_id = draft_id
        hold = draft_banners.cooling_off(self.ctx, draft_id) if draft_id is not None else None
        if hold is None:
            self._tick.stop()
            self.hide()
            return
        self._until, self._reason, self._review = hold.until, hold.reason, hold.review
        self._render()
        self._tick.start()
        self.show()

    def _render(self) -> None:
        if self._until is None:
            return
        left = (self._until - datetime.now(UTC)).total_seconds()
        if left > 0:
            head = f"<b>Cooling off — {countdown(left)} left.</b>"
        else:
            head = "<b>The cool-off is over.</b>"
            self._tick.stop()
        self.label.setText(f"{head} {self._reason}<br>{self._review}")
