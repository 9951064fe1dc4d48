"""The right-hand pane: the warnings of the open draft and its revision history, as tabs."""

from __future__ import annotations

from PySide6.QtWidgets import QTabWidget

from desktopapp.checks.model import CheckWarning
from desktopapp.ui.history import HistoryPanel
from desktopapp.ui.live_checks import CheckState
from desktopapp.ui.theme import Colours
from desktopapp.ui.warnings_panel import WarningsPanel

WARNINGS_TAB, HISTORY_TAB = 0, 1


class SidePane(QTabWidget):
    def __init__(self, colours: Colours) -> None:
        super().__init__()
        self.setDocumentMode(True)
        self.warnings = WarningsPanel()
        self.history = HistoryPanel(colours)
        self.addTab(self.warnings, "Warnings")
        self.addTab(self.history, "History")

    def show_checks(self, state: CheckState | None, visible: list[CheckWarning]) -> None:
        self.warnings.show_state(state, visible)
        self.setTabText(WARNINGS_TAB, f"Warnings ({len(visible)})" if state else "Warnings")

    def history_showing(self) -> bool:
        return self.isVisible() and self.currentIndex() == HISTORY_TAB
