"""The agenda: every post of the range as a list grouped by day, for reading top to
bottom and for the keyboard (Enter opens the post)."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QColor, QHelpEvent, QIcon, QKeyEvent, QShowEvent
from PySide6.QtWidgets import QToolTip, QTreeWidget, QTreeWidgetItem, QWidget

from desktopapp.app.calendar import CalendarStatus, Entry
from desktopapp.ui.calendar.model import CalendarModel
from desktopapp.ui.calendar.painting import status_icon, tooltip_html
from desktopapp.ui.theme import Colours

DraftRole = Qt.ItemDataRole.UserRole + 1


class AgendaView(QTreeWidget):
    open_draft = Signal(int)

    def __init__(self, model: CalendarModel, colours: Colours,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.calendar, self.colours = model, colours
        self.setHeaderLabels(["Time", "Status", "Channels", "Post"])
        self.setRootIsDecorated(False)
        self.setUniformRowHeights(True)
        self.setAlternatingRowColors(True)
        # Rows as roomy as the drafts list's, not 14 px lines of text.
        self.setStyleSheet("QTreeWidget::item { padding: 4px 2px; }")
        self.itemActivated.connect(self._activated)
        self._stale = True
        # A busy range lists thousands of posts: one icon per status, and each row's
        # tooltip written only when it is asked for.
        self._icons: dict[CalendarStatus, QIcon] = {}
        self._shown: dict[int, tuple[Entry, str]] = {}  # draft id → (entry, time label)
        model.changed.connect(self._changed)

    def _changed(self) -> None:
        # Built when shown: a busy month costs nothing while another view is up.
        self._stale = True
        if self.isVisible():
            self.refresh()

    def showEvent(self, event: QShowEvent) -> None:
        if self._stale:
            self.refresh()
        super().showEvent(event)

    def refresh(self) -> None:
        self._stale = False
        self.clear()
        self._shown.clear()
        bold = self.font()
        bold.setBold(True)
        for day in sorted(self.calendar.by_day):
            header = QTreeWidgetItem([f"{day:%A} {day.day} {day:%B %Y}"])
            header.setFont(0, bold)
            header.setFirstColumnSpanned(True)
            header.setFlags(Qt.ItemFlag.ItemIsEnabled)
            self.addTopLevelItem(header)
            header.setFirstColumnSpanned(True)
            for entry in self.calendar.by_day[day]:
                label = self.calendar.time_label(entry)
                item = QTreeWidgetItem(["    " + label, entry.status.value.capitalize(),
                                        ", ".join(c.name for c in entry.channels) or "—",
                                        entry.preview or "(empty draft)"])
                if entry.status not in self._icons:
                    self._icons[entry.status] = status_icon(entry.status)
                item.setIcon(1, self._icons[entry.status])
                item.setData(0, DraftRole, entry.draft_id)
                self._shown[entry.draft_id] = (entry, label)
                if entry.channels:
                    item.setForeground(2, QColor(entry.channels[0].color))
                self.addTopLevelItem(item)
        if not self.calendar.by_day:
            empty = QTreeWidgetItem(["Nothing scheduled in this range."])
            empty.setFlags(Qt.ItemFlag.NoItemFlags)
            self.addTopLevelItem(empty)
            empty.setFirstColumnSpanned(True)
        for column in range(3):
            self.resizeColumnToContents(column)

    def viewportEvent(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ToolTip and isinstance(event, QHelpEvent):
            item = self.itemAt(event.pos())
            draft_id = item.data(0, DraftRole) if item is not None else None
            if draft_id is not None and int(draft_id) in self._shown:
                entry, label = self._shown[int(draft_id)]
                QToolTip.showText(event.globalPos(), tooltip_html(entry, label, None), self)
                return True
        return super().viewportEvent(event)

    def scroll_to_day(self, day: date) -> None:
        text = f"{day:%A %d %B %Y}"
        for i in range(self.topLevelItemCount()):
            item = self.topLevelItem(i)
            if item is not None and item.text(0) == text:
                self.scrollToItem(item, QTreeWidget.ScrollHint.PositionAtTop)
                self.setCurrentItem(item)
                return

    def current_entry(self) -> Entry | None:
        """The post on the current row (for Calendar → Move…)."""
        item = self.currentItem()
        draft_id = item.data(0, DraftRole) if item is not None else None
        found = self._shown.get(int(draft_id)) if draft_id is not None else None
        return found[0] if found is not None else None

    def _activated(self, item: QTreeWidgetItem, _column: int) -> None:
        draft_id = item.data(0, DraftRole)
        if draft_id is not None:
            self.open_draft.emit(int(draft_id))

    def keyPressEvent(self, event: QKeyEvent) -> None:
        item = self.currentItem()
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and item is not None:
            self._activated(item, 0)
            return
        super().keyPressEvent(event)
