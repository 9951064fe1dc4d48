"""The right-hand pane: the warnings of the open draft and its revision history, as tabs.

The History tab's panel is built the first time it is needed (the tab shown, a revision
restored, the theme switched): it is not in the first frame, and listing and diffing
revisions for a hidden tab would cost every draft opened."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QTabWidget, QVBoxLayout, QWidget

from desktopapp.checks.model import CheckWarning
from desktopapp.ui.live_checks import CheckState
from desktopapp.ui.theme import Colours
from desktopapp.ui.warnings_panel import WarningsPanel

if TYPE_CHECKING:
    from desktopapp.app.context import AppContext
    from desktopapp.ui.history import HistoryPanel

WARNINGS_TAB, HISTORY_TAB = 0, 1


def tab_title(checked: bool, visible: list[CheckWarning]) -> str:
    """"Warnings (2)" counts warnings only; spelling and other notes are said apart
    ("Warnings (0) · 1 note"): a lone spelling note read as a warning beside "Risk: none"."""
    if not checked:
        return "Warnings"
    notes = sum(1 for w in visible if w.severity.value == "info")
    title = f"Warnings ({len(visible) - notes})"
    return title + (f" · {notes} note{'s' if notes != 1 else ''}" if notes else "")


class SidePane(QTabWidget):
    history_created = Signal(object)  # the HistoryPanel, once built

    def __init__(self, ctx: AppContext, colours: Colours) -> None:
        super().__init__()
        self.setDocumentMode(True)
        # Narrow, "Warnings (2) · 1 note" ends in "…" rather than hiding History behind
        # scroll arrows (at 800 px the pane is under 190 px wide).
        self.tabBar().setUsesScrollButtons(False)
        self.tabBar().setElideMode(Qt.TextElideMode.ElideRight)
        self.ctx = ctx
        self.colours = colours
        self.warnings = WarningsPanel()
        self.has_checks = False  # a check result is shown (not the placeholder)
        self._history: HistoryPanel | None = None
        self._history_slot = QWidget()  # holds the panel once built
        layout = QVBoxLayout(self._history_slot)
        layout.setContentsMargins(0, 0, 0, 0)
        self.addTab(self.warnings, "Warnings")
        self.addTab(self._history_slot, "History")
        self.currentChanged.connect(self._tab_changed)

    @property
    def history_built(self) -> bool:
        return self._history is not None

    @property
    def history(self) -> HistoryPanel:
        if self._history is None:
            from desktopapp.ui.history import HistoryPanel

            self._history = HistoryPanel(self.ctx, self.colours)
            layout = self._history_slot.layout()
            assert layout is not None
            layout.addWidget(self._history)
            self._history.show()  # at once, not at the next event loop turn
            self.history_created.emit(self._history)
        return self._history

    def _tab_changed(self, index: int) -> None:
        if index == HISTORY_TAB:
            _ = self.history  # built before the window asks it to show the draft

    def set_colours(self, colours: Colours) -> None:
        self.colours = colours
        self.warnings.recolour()
        if self._history is not None:
            self._history.colours = colours

    def show_checks(self, state: CheckState | None, visible: list[CheckWarning], *,
                    checking: bool = False) -> None:
        self.has_checks = state is not None
        self.warnings.show_state(state, visible, checking=checking)
        self.setTabText(WARNINGS_TAB, tab_title(state is not None, visible))

    def history_showing(self) -> bool:
        return self.isVisible() and self.currentIndex() == HISTORY_TAB
