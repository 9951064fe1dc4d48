"""Calendar → Move…: the keyboard's way to do what dragging a post does. A new date and
time for the selected post, in the calendar's display zone, checked on every change the
way a drag hover is (refused with the reason, or allowed with what it will cause), so the
dialog never closes on a time that cannot be taken."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QDate, QTime
from PySide6.QtWidgets import (
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from desktopapp.app.calendar import Entry, ScheduleCheck
from desktopapp.ui.calendar.model import CalendarModel
from desktopapp.ui.theme import inset_spin_boxes

REFUSED, CAUTION, FINE = "#b91c1c", "#b45309", "#15803d"


class MoveDialog(QDialog):
    def __init__(self, model: CalendarModel, entry: Entry,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model, self.entry = model, entry
        self.when: datetime | None = None  # the accepted new time (UTC)
        self.verdict: ScheduleCheck | None = None
        self.setWindowTitle("Move post")
        self.setMinimumWidth(460)
        layout = QVBoxLayout(self)
        form = QFormLayout()
        layout.addLayout(form)
        local = model.local(entry.when)
        post = QLabel(entry.preview or "(empty draft)")
        post.setWordWrap(True)
        form.addRow("Post:", post)
        form.addRow("Now:", QLabel(f"{local:%a %d %b %Y %H:%M}"))
        self.date = QDateEdit(QDate(local.year, local.month, local.day))
        self.date.setCalendarPopup(True)
        self.date.setDisplayFormat("ddd d MMM yyyy")
        self.time = QTimeEdit(QTime(local.hour, local.minute))
        self.time.setDisplayFormat("HH:mm")
        form.addRow("New &date:", self.date)
        form.addRow("New &time:", self.time)
        form.addRow("", QLabel(f"Times in {model.zone.key}"))
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setAccessibleName("What this move would do")
        layout.addWidget(self.message)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                        | QDialogButtonBox.StandardButton.Cancel)
        self.ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok.setText("Move")
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self.date.dateChanged.connect(self._validate)
        self.time.timeChanged.connect(self._validate)
        self._validate()
        inset_spin_boxes(self)
        self.date.setFocus()

    def target(self) -> datetime:
        day, clock = self.date.date().toPython(), self.time.time().toPython()
        return self.model.target_at(day, clock)  # type: ignore[arg-type]

    def _validate(self) -> None:
        when = self.target()
        if when == self.entry.when:
            self.verdict = None
            self._say("Pick a new date or time.", "")
            self.ok.setEnabled(False)
            return
        verdict = self.model.check(self.entry.draft_id, when)
        self.verdict = verdict
        summary = verdict.summary()
        if not verdict.allowed:
            self._say(f"Cannot move here: {summary}", REFUSED)
        elif verdict.voids_approval or verdict.conflicts or verdict.paused \
                or verdict.paused_channels:
            self._say(summary, CAUTION)
        else:
            self._say(f"Moves to {self.model.local(when):%a %d %b %H:%M}.", FINE)
        self.ok.setEnabled(verdict.allowed)

    def _say(self, text: str, colour: str) -> None:
        self.message.setText(text)
        self.message.setStyleSheet(f"color: {colour};" if colour else "")

    def accept(self) -> None:
        if self.verdict is None or not self.verdict.allowed:
            return
        self.when = self.target()
        super().accept()
