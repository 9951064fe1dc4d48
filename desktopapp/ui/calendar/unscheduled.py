"""Drafts without a time, listed beside the calendar: drag one onto a day (month) or a
slot (week) to schedule it there; the drop is checked like any move."""

from __future__ import annotations

from PySide6.QtCore import QMimeData, Qt
from PySide6.QtWidgets import QAbstractItemView, QListWidget, QListWidgetItem, QWidget

from desktopapp.app import schedule
from desktopapp.app.context import AppContext

MIME = "application/x-secondthought-draft"
LIMIT = 300


class UnscheduledList(QListWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setDragEnabled(True)
        self.setDragDropMode(QAbstractItemView.DragDropMode.DragOnly)
        self.setWordWrap(True)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setToolTip("Drag a draft onto the calendar to schedule it.")

    def refresh(self) -> None:
        self.clear()
        for row in schedule.unscheduled(self.ctx, LIMIT):
            flat = " ".join(row.body.split())
            item = QListWidgetItem(flat if len(flat) <= 90 else flat[:89] + "…")
            item.setData(Qt.ItemDataRole.UserRole, row.id)
            item.setToolTip(row.body[:600])
            self.addItem(item)
        if not self.count():
            empty = QListWidgetItem("Every draft has a time.")
            empty.setFlags(Qt.ItemFlag.NoItemFlags)
            self.addItem(empty)

    def mimeData(self, items: list[QListWidgetItem]) -> QMimeData:  # type: ignore[override]
        data = QMimeData()
        if items:
            data.setData(MIME, str(items[0].data(Qt.ItemDataRole.UserRole)).encode())
        return data

    def mimeTypes(self) -> list[str]:
        return [MIME]
