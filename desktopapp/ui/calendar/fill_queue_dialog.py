"""Fill a queue in one dialog: which channel, which drafts (those already going there, a
tag, or all unscheduled ones), and a preview of what would be queued when, with the reason
for each draft that cannot be, before anything changes."""

from __future__ import annotations

from zoneinfo import ZoneInfo

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktopapp.app import calendar, schedule
from desktopapp.app.context import ACTION_ERRORS, AppContext
from desktopapp.app.schedule import FillItem

GOING_THERE, EVERYTHING, TAG = "channel", "all", "tag:"  # item data; a tag is "tag:NAME"


class FillQueueDialog(QDialog):
    def __init__(self, ctx: AppContext, zone: ZoneInfo, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx, self.zone = ctx, zone
        self.queued: list[FillItem] = []
        self.setWindowTitle("Fill a queue")
        self.resize(640, 420)
        layout = QVBoxLayout(self)
        form = QFormLayout()
        self.channel = QComboBox()
        for name in schedule.queue_channels(ctx):
            self.channel.addItem(name, name)
        self.which = QComboBox()
        form.addRow("Channel", self.channel)
        form.addRow("Drafts", self.which)
        layout.addLayout(form)
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        layout.addWidget(self.summary)
        self.preview = QTreeWidget()
        self.preview.setRootIsDecorated(False)
        self.preview.setHeaderLabels([f"When ({zone.key})", "Draft"])
        self.preview.setColumnWidth(0, 190)
        layout.addWidget(self.preview, 1)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.queue_button = self.buttons.addButton("Queue",
                                                   QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self.channel.currentIndexChanged.connect(lambda _i: self._fill_choices())
        self.which.currentIndexChanged.connect(lambda _i: self.refresh())
        self._fill_choices()

    def _fill_choices(self) -> None:
        name = self.channel.currentData() or ""
        current = self.which.currentData()
        self.which.blockSignals(True)
        self.which.clear()
        self.which.addItem(f"Unscheduled drafts that go to {name}", GOING_THERE)
        self.which.addItem(f"All unscheduled drafts (they are added to {name})",
                           EVERYTHING)
        for tag in calendar.tag_names(self.ctx):
            self.which.addItem(f"Unscheduled drafts with the tag “{tag}”", TAG + tag)
        index = self.which.findData(current) if current else 0
        self.which.setCurrentIndex(max(0, index))
        self.which.blockSignals(False)
        self.refresh()

    def _plan(self, apply: bool) -> list[FillItem]:
        name = self.channel.currentData()
        if not name:
            return []
        kind, tag = self._choice()
        return schedule.fill_plan(self.ctx, name, tag=tag, everything=kind == EVERYTHING,
                                  apply=apply)

    def _choice(self) -> tuple[str, str]:
        data = str(self.which.currentData() or GOING_THERE)
        return (TAG, data.removeprefix(TAG)) if data.startswith(TAG) else (data, "")

    def refresh(self) -> None:
        self.preview.clear()
        name = self.channel.currentData()
        if not name:
            self._say("No channel has queue slots yet: set them in Publishing → Channels… "
                      "(for example “mon-fri 09:00,13:00”).", 0)
            return
        try:
            items = self._plan(apply=False)
        except ACTION_ERRORS as exc:
            self._say(str(exc), 0)
            return
        for item in items:
            when = (f"{item.when.astimezone(self.zone):%a %d %b %H:%M}" if item.when
                    else "Not queued")
            row = QTreeWidgetItem([when, item.preview if item.when else
                                   f"{item.preview} — {item.problem}"])
            row.setToolTip(1, item.problem or item.preview)
            self.preview.addTopLevelItem(row)
        ready = sum(1 for i in items if i.when is not None)
        kind, tag = self._choice()
        if not items:
            self._say(schedule.nothing_to_fill_reason(self.ctx, name, tag=tag,
                                                      everything=kind == EVERYTHING), 0)
        elif ready == 0:
            self._say("None of these drafts can be queued: the reason is next to each.", 0)
        else:
            left = len(items) - ready
            self._say(f"{ready} draft{'s' if ready != 1 else ''} will be queued on {name}"
                      + (f"; {left} cannot be (the reason is next to each)." if left else "."),
                      ready)

    def _say(self, text: str, ready: int) -> None:
        self.summary.setText(text)
        self.queue_button.setEnabled(ready > 0)
        self.queue_button.setText(f"Queue {ready} draft{'s' if ready != 1 else ''}"
                                  if ready else "Queue")

    def accept(self) -> None:
        try:
            items = self._plan(apply=True)
        except ACTION_ERRORS as exc:
            self._say(str(exc), 0)
            return
        self.queued = [i for i in items if i.when is not None]
        super().accept()
