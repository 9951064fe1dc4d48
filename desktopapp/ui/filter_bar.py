"""Search box and filters above the draft list; emits a DraftFilter whenever one changes."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLineEdit, QTabBar, QVBoxLayout, QWidget

from desktopapp.app import drafts
from desktopapp.core.states import DraftState
from desktopapp.ui.icons import icon

SEARCH_DEBOUNCE_MS = 80


class FilterBar(QWidget):
    changed = Signal(object)  # drafts.DraftFilter

    def __init__(self) -> None:
        super().__init__()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(10, 10, 10, 6)
        layout.setSpacing(6)
        self.view = QTabBar()
        self.view.addTab(icon("new"), "Drafts")
        self.view.addTab(icon("trash"), "Trash")
        self.view.setExpanding(True)
        self.view.setDrawBase(False)
        self.view.currentChanged.connect(self._emit)
        layout.addWidget(self.view)
        self.search = QLineEdit()
        self.search.setAccessibleName("Search drafts")
        self.search.setPlaceholderText("Search drafts (Ctrl+F)")
        self.search.setClearButtonEnabled(True)
        self._search_icon = self.search.addAction(icon("search"),
                                                  QLineEdit.ActionPosition.LeadingPosition)
        self._debounce = QTimer(self)
        self._debounce.setSingleShot(True)
        self._debounce.setInterval(SEARCH_DEBOUNCE_MS)
        self._debounce.timeout.connect(self._emit)
        self.search.textChanged.connect(lambda _: self._debounce.start())
        # Escape in the search clears it (and shows every draft again).
        clear = QShortcut(QKeySequence(Qt.Key.Key_Escape), self.search)
        clear.setContext(Qt.ShortcutContext.WidgetShortcut)
        clear.activated.connect(self.clear_search)
        layout.addWidget(self.search)
        row = QHBoxLayout()
        row.setSpacing(6)
        self.state = QComboBox()
        self.state.addItem("All states", None)
        for state in DraftState:
            self.state.addItem(state.label, state)
        self.tag = QComboBox()
        self.sort = QComboBox()
        self.sort.addItem("Last edited", drafts.SortKey.UPDATED)
        self.sort.addItem("Created", drafts.SortKey.CREATED)
        for combo in (self.state, self.tag, self.sort):
            combo.currentIndexChanged.connect(self._emit)
            row.addWidget(combo, 1)
        layout.addLayout(row)
        self.set_tags([])

    def refresh_icons(self) -> None:
        self.view.setTabIcon(0, icon("new"))
        self.view.setTabIcon(1, icon("trash"))
        self._search_icon.setIcon(icon("search"))

    def set_tags(self, tags: list[str]) -> None:
        current = self.tag.currentData()
        self.tag.blockSignals(True)
        self.tag.clear()
        self.tag.addItem("All tags", None)
        for name in tags:
            self.tag.addItem(f"Tag: {name}", name)
        index = self.tag.findData(current) if current else 0
        self.tag.setCurrentIndex(max(index, 0))
        self.tag.blockSignals(False)
        if current and index < 0:
            self._emit()

    def showing_trash(self) -> bool:
        return self.view.currentIndex() == 1

    def current(self) -> drafts.DraftFilter:
        # Qt hands enum item data back as plain strings, so convert them back here.
        state = self.state.currentData()
        return drafts.DraftFilter(
            state=DraftState(state) if state else None, tag=self.tag.currentData(),
            trashed=self.showing_trash(), text=self.search.text(),
            sort=drafts.SortKey(self.sort.currentData() or drafts.SortKey.UPDATED))

    def _emit(self, *_: object) -> None:
        self._debounce.stop()
        self.changed.emit(self.current())

    def clear_search(self) -> None:
        if self.search.text():
            self.search.clear()
            self._emit()

    def flush_search(self) -> None:
        """Apply a pending search now (tests and Enter use it)."""
        if self._debounce.isActive():
            self._emit()
