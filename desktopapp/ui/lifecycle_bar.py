"""The strip above the editor for a submitted draft: a live countdown of the cool-off,
the plain sentence saying why it is this long, and where the review stands."""

from __future__ import annotations

from datetime import UTC, datetime

from PySide6.QtCore import QTimer, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton

from desktopapp.core import drafts, workflow
from desktopapp.core.states import DraftState


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

    def __init__(self) -> None:
        super().__init__()
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
        row = drafts.require_row(draft_id) if draft_id is not None else None
        if row is None or row.state != DraftState.SUBMITTED.value or row.trashed_at:
            self._tick.stop()
            self.hide()
            return
        self._until = row.cooloff_until
        self._reason = row.cooloff_reason
        approval = next((g for g in workflow.gates(row.id) if g.name == "approval"), None)
        reviewer = row.reviewer.display_name if row.reviewer is not None else ""
        if approval is None:
            self._review = ""
        elif approval.open:
            self._review = f"Review: {approval.why}"
        else:
            waiting = f" Waiting for {reviewer}." if reviewer else ""
            self._review = f"Review: {approval.why}{waiting}"
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
