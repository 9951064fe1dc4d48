"""Publishing → Schedule: a wall-clock time in a zone (the channel's by default), so 09:00
Berlin means 09:00 in Berlin whatever this computer's zone and the season. It never
offers a time the draft may not have (before its cool-off ends, in the past) and says why
in place instead of closing on a refused time."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from zoneinfo import available_timezones

from PySide6.QtCore import QDateTime
from PySide6.QtWidgets import (
    QComboBox,
    QDateTimeEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from desktopapp.app import calendar
from desktopapp.app.calendar import ScheduleCheck
from desktopapp.app.context import AppContext
from desktopapp.core import zones
from desktopapp.core.errors import DomainError
from desktopapp.ui.field_errors import checked
from desktopapp.ui.theme import inset_spin_boxes


def first_offer(current: datetime | None, earliest: datetime | None,
                now: datetime) -> datetime:
    """The time to show first: the current one while it is still allowed, else an hour
    from now or the end of the cool-off, whichever is later (on a five-minute mark)."""
    floor = max(now + timedelta(minutes=1), earliest or now)
    if current is not None and current >= floor:
        return current
    start = max(now + timedelta(hours=1), floor)
    rounded = start.replace(second=0, microsecond=0)
    extra = (-rounded.minute) % 5
    if extra or rounded < start:
        rounded += timedelta(minutes=extra or 5)
    return rounded


class ScheduleDialog(QDialog):
    def __init__(self, ctx: AppContext, draft_id: int, current: datetime | None, zone: str,
                 earliest: datetime | None = None, parent: QWidget | None = None,
                 now: datetime | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.draft_id = draft_id
        self.verdict: ScheduleCheck | None = None
        self.setWindowTitle("Schedule")
        self.setMinimumWidth(520)
        layout = QVBoxLayout(self)
        form = QFormLayout()
        layout.addLayout(form)
        self.when = QDateTimeEdit()
        self.when.setAccessibleName("Date and time")
        self.when.setCalendarPopup(True)
        self.when.setDisplayFormat("ddd yyyy-MM-dd HH:mm")
        start = first_offer(current, earliest, now or datetime.now(UTC))
        self.set_local(start.astimezone(zones.zone_info(zone)))
        box, self.when_error = checked(self.when)
        form.addRow("Publish at", box)
        self.zone = QComboBox()
        self.zone.setEditable(True)
        self.zone.addItems(sorted(available_timezones()))
        self.zone.setCurrentText(zone)
        zone_box, self.zone_error = checked(self.zone)
        form.addRow("Time zone", zone_box)
        text = ("A wish, not a gate: it goes out at this time only once the cool-off is over "
                "and, where needed, a reviewer approved it.")
        if earliest is not None and earliest > (now or datetime.now(UTC)):
            ends = earliest.astimezone(zones.zone_info(zone))
            text = (f"The cool-off ends {ends:%a %d %b %H:%M} ({zone}); the post cannot be "
                    "scheduled before that. " + text)
        self.note = note = QLabel(text)
        note.setWordWrap(True)
        note.setObjectName("muted")
        layout.addWidget(note)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        inset_spin_boxes(self)

    def set_local(self, local: datetime) -> None:
        self.when.setDateTime(QDateTime(local.year, local.month, local.day, local.hour,
                                        local.minute, 0))

    def chosen(self) -> tuple[datetime, str]:
        """(UTC instant, zone name); raises DomainError for an unknown zone."""
        local = self.when.dateTime().toPython()
        assert isinstance(local, datetime)
        zone = self.zone.currentText().strip()
        when, _note = zones.parse_local(local.strftime("%Y-%m-%d %H:%M"), zone)
        return when, zone

    def accept(self) -> None:
        """Close only on a time the draft may have; otherwise say why next to the field."""
        try:
            zones.zone_info(self.zone.currentText().strip())
        except DomainError as exc:
            self.zone_error.show_reason(str(exc))
            self.zone.setFocus()
            return
        self.zone_error.show_reason(None)
        try:
            when, zone = self.chosen()
        except DomainError as exc:
            verdict = ScheduleCheck(False, [str(exc)])
        else:
            verdict = calendar.check(self.ctx, self.draft_id, when, zone)
        if not verdict.allowed:
            self.when_error.show_reason(" ".join(verdict.problems))
            self.when.setFocus()
            self.adjustSize()  # room for the reason; nothing typed is touched
            return
        self.verdict = verdict
        super().accept()
