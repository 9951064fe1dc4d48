"""Where a draft goes (a checklist of channels), and what happens to the posts that
came due while publishing was paused (send, reschedule or hold, one by one)."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from PySide6.QtCore import QDateTime, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDateTimeEdit,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktopapp.app import channels, publishing
from desktopapp.app.context import AppContext
from desktopapp.app.publishing import ResumeAction
from desktopapp.core.errors import DomainError
from desktopapp.ui.channels_dialog import swatch
from desktopapp.ui.theme import inset_spin_boxes
from desktopapp.ui.window_state import default_size

SEND, RESCHEDULE, HOLD = (ResumeAction.SEND.value, ResumeAction.RESCHEDULE.value,
                          ResumeAction.HOLD.value)


class TargetsDialog(QDialog):
    """Tick the channels this draft goes to."""

    def __init__(self, ctx: AppContext, draft_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle("Publish to")
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel("Where this draft goes. Changing it after an approval "
                                "voids the approval."))
        self.list = QListWidget()
        self.list.setAccessibleName("Channels to publish to")
        current = {c.name for c in channels.targets(ctx, draft_id)}
        for info in channels.list_channels(ctx):
            item = QListWidgetItem(swatch(info.colour),
                                   f"{info.name}  ·  {info.kind.value}  ·  {info.timezone}")
            item.setData(Qt.ItemDataRole.UserRole, info.name)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked if info.name in current
                               else Qt.CheckState.Unchecked)
            self.list.addItem(item)
        layout.addWidget(self.list)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def chosen(self) -> list[str]:
        result = []
        for i in range(self.list.count()):
            item = self.list.item(i)
            if item.checkState() == Qt.CheckState.Checked:
                result.append(str(item.data(Qt.ItemDataRole.UserRole)))
        return result


class ResumeDialog(QDialog):
    """Before resuming: every post that became due, and what to do with each."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle("Resume publishing")
        default_size(self, 860, 420)
        self.ctx = ctx
        state = publishing.pause_state(ctx)
        self.items = publishing.due_while_paused(ctx)
        layout = QVBoxLayout(self)
        self.intro = intro = QLabel(f"Publishing was paused: <i>{state.reason}</i>.<br>" + (
            f"{len(self.items)} post(s) are due. Choose for each: send now, reschedule, or "
            "hold (it stays approved but unscheduled until you give it a time)."
            if self.items else "Nothing became due while paused."))
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.table = QTableWidget(len(self.items), 4)
        self.table.setAccessibleName("Posts that came due while paused")
        self.table.setHorizontalHeaderLabels(["Was due", "Channels", "Post", "Action"])
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setStretchLastSection(False)
        self.choices: list[QComboBox] = []
        self.times: list[QDateTimeEdit] = []
        later = datetime.now(UTC) + timedelta(hours=1)
        for row, item in enumerate(self.items):
            cells = [f"{item.due.astimezone():%a %d %b %H:%M}", ", ".join(item.channels) or "—",
                     item.preview]
            for column, text in enumerate(cells):
                cell = QTableWidgetItem(text)
                cell.setFlags(Qt.ItemFlag.ItemIsEnabled)
                self.table.setItem(row, column, cell)
            action = QComboBox()
            action.addItem("Send now", SEND)
            action.addItem("Reschedule to…", RESCHEDULE)
            action.addItem("Hold", HOLD)
            when = QDateTimeEdit(QDateTime.fromSecsSinceEpoch(int(later.timestamp())))
            when.setDisplayFormat("yyyy-MM-dd HH:mm")
            when.setCalendarPopup(True)
            when.setEnabled(False)
            action.currentIndexChanged.connect(
                lambda _i, a=action, w=when: w.setEnabled(a.currentData() == RESCHEDULE))
            box = QWidget()
            row_layout = QVBoxLayout(box)
            row_layout.setContentsMargins(2, 2, 2, 2)
            row_layout.addWidget(action)
            row_layout.addWidget(when)
            self.table.setCellWidget(row, 3, box)
            self.choices.append(action)
            self.times.append(when)
        self.table.resizeColumnsToContents()
        self.table.resizeRowsToContents()
        self.table.setColumnWidth(2, min(self.table.columnWidth(2), 420))
        layout.addWidget(self.table, 1)
        self.error = QLabel()
        self.error.setStyleSheet("color: #dc2626")
        layout.addWidget(self.error)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.resume_button = buttons.addButton("Resume publishing",
                                               QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.accepted.connect(self.apply)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        inset_spin_boxes(self)

    def choose(self, row: int, action: str, when: datetime | None = None) -> None:
        """Set a row's choice (the keyboard and tests use it)."""
        combo = self.choices[row]
        combo.setCurrentIndex(combo.findData(action))
        if when is not None:
            self.times[row].setDateTime(QDateTime.fromSecsSinceEpoch(int(when.timestamp())))

    def apply(self) -> None:
        """Reschedule and hold first, then resume (one transaction: all choices or none,
        and nothing held slips out in between)."""
        choices = {}
        for item, action, when in zip(self.items, self.choices, self.times, strict=True):
            new = datetime.fromtimestamp(when.dateTime().toSecsSinceEpoch(), UTC)
            choices[item.draft_id] = publishing.ResumeChoice(
                publishing.ResumeAction(action.currentData()),
                new if action.currentData() == RESCHEDULE else None)
        try:
            publishing.resume(self.ctx, choices)
        except DomainError as exc:
            self.error.setText(str(exc))
            return
        self.accept()
