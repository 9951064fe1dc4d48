"""Search box and filters above the draft list; emits a DraftFilter whenever one changes."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QPaintEvent, QResizeEvent, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QGridLayout,
    QHBoxLayout,
    QLineEdit,
    QTabBar,
    QVBoxLayout,
    QWidget,
)

from desktopapp.core.draft_filter import DraftFilter, SortKey
from desktopapp.core.states import DraftState
from desktopapp.ui.icons import icon

SEARCH_DEBOUNCE_MS = 80
# What a combo box spends around its text: the padding of the style sheet and the arrow.
_COMBO_CHROME_PX = 34


class FilterCombo(QComboBox):
    """A filter that shrinks with the drafts list: its text ends in “…” (with the whole
    of it in the tooltip) instead of being cut to “All st”, and its popup shows every
    item in full. Three combo boxes as wide as their longest item kept the list 315 px
    wide in an 800-px window."""

    def __init__(self) -> None:
        super().__init__()
        self.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.setMinimumContentsLength(1)

    def paintEvent(self, event: QPaintEvent) -> None:
        text = self.currentText()
        if self.fontMetrics().horizontalAdvance(text) <= self.width() - _COMBO_CHROME_PX:
            self.setToolTip("")
            super().paintEvent(event)  # the usual case: no QStyle classes needed
            return
        # Only narrow: Python's copies of QStyle's enums cost ~25 ms the first time.
        from PySide6.QtWidgets import QStyle, QStyleOptionComboBox, QStylePainter

        painter = QStylePainter(self)
        option = QStyleOptionComboBox()
        self.initStyleOption(option)
        painter.drawComplexControl(QStyle.ComplexControl.CC_ComboBox, option)
        field = self.style().subControlRect(QStyle.ComplexControl.CC_ComboBox, option,
                                            QStyle.SubControl.SC_ComboBoxEditField, self)
        option.currentText = self.fontMetrics().elidedText(
            text, Qt.TextElideMode.ElideRight, max(0, field.width() - 2))
        painter.drawControl(QStyle.ControlElement.CE_ComboBoxLabel, option)
        painter.end()
        self.setToolTip(text)


class FilterBar(QWidget):
    changed = Signal(object)  # DraftFilter

    def __init__(self) -> None:
        super().__init__()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(10, 10, 10, 6)
        layout.setSpacing(6)
        self.view = QTabBar()
        self.view.addTab(icon("new"), "Drafts")
        self.view.addTab(icon("trash"), "Trash")
        # Tabs as wide as their icon and text, centred: stretched over the pane, Fusion
        # put the icon at the far left and the text in the middle, a wide gap between.
        self.view.setExpanding(False)
        self.view.setDrawBase(False)
        self.view.currentChanged.connect(self._emit)
        tabs = QHBoxLayout()
        tabs.addStretch(1)
        tabs.addWidget(self.view)
        tabs.addStretch(1)
        layout.addLayout(tabs)
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
        self._grid = QGridLayout()
        self._grid.setSpacing(6)
        self.state = FilterCombo()
        self.state.addItem("All states", None)
        for state in DraftState:
            self.state.addItem(state.label, state)
        self.tag = FilterCombo()
        self.sort = FilterCombo()
        self.sort.addItem("Last edited", SortKey.UPDATED)
        self.sort.addItem("Created", SortKey.CREATED)
        for column, combo in enumerate((self.state, self.tag, self.sort)):
            combo.currentIndexChanged.connect(self._emit)
            self._grid.addWidget(combo, 0, column)
            self._grid.setColumnStretch(column, 1)
        self.narrow = False
        layout.addLayout(self._grid)
        self.set_tags([])

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        # Too narrow for three filters side by side (an 800-px window): the sort order
        # takes a row of its own rather than all three reading "All…".
        combos = (self.state, self.tag, self.sort)
        needed = sum(self.fontMetrics().horizontalAdvance(c.currentText()) + _COMBO_CHROME_PX
                     for c in combos) + 2 * self._grid.spacing() + 20
        narrow = self.width() < needed
        if narrow != self.narrow:
            self.narrow = narrow
            self._grid.removeWidget(self.sort)
            if narrow:
                self._grid.addWidget(self.sort, 1, 0, 1, 2)
            else:
                self._grid.addWidget(self.sort, 0, 2)
            self._grid.setColumnStretch(2, 0 if narrow else 1)

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

    def current(self) -> DraftFilter:
        # Qt hands enum item data back as plain strings, so convert them back here.
        state = self.state.currentData()
        return DraftFilter(
            state=DraftState(state) if state else None, tag=self.tag.currentData(),
            trashed=self.showing_trash(), text=self.search.text(),
            sort=SortKey(self.sort.currentData() or SortKey.UPDATED))

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
