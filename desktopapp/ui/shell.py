"""What the main window's controllers share: the window (the parent of their dialogs and
the owner of the status bar), who is acting, where the files are, the settings, and a way
to make actions whose icons follow the theme.

A plain object passed to each controller, so no controller needs to know the window's
class (and none imports it: no import cycle)."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import TYPE_CHECKING, Any

from PySide6 import QtWidgets
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMainWindow

from desktopapp import APP_NAME
from desktopapp.app.context import AppContext
from desktopapp.app.events import ChangeKind
from desktopapp.config import Settings
from desktopapp.core.errors import DomainError
from desktopapp.ui.icons import icon
from desktopapp.ui.theme import Colours

if TYPE_CHECKING:
    from desktopapp.core.people import PersonInfo

Shortcut = QKeySequence | QKeySequence.StandardKey | str | None


class Shell:
    def __init__(self, window: QMainWindow, ctx: AppContext, settings: Settings,
                 colours: Colours) -> None:
        self.window = window
        self.ctx = ctx
        self.user: PersonInfo  # who is acting: set when the window attaches its workspace
        self.paths = ctx.paths
        self.settings = settings
        self.colours = colours
        self.action_icons: dict[QAction, str] = {}
        # Actions triggered before the workspace is attached (a shortcut pressed while
        # the first frame is up): run, in order, once it is (`attached`).
        self._held: list[Callable[[], object]] | None = []

    def attached(self, user: PersonInfo) -> None:
        """The workspace is open and the controllers can act: run what was held."""
        self.user = user
        held, self._held = self._held or [], None
        for slot in held:
            slot()

    def _when_attached(self, slot: Callable[[], object]) -> Callable[[], None]:
        def run() -> None:
            if self._held is None:
                slot()
            else:
                self._held.append(slot)
        return run

    def changed(self, kind: ChangeKind, ids: Iterable[int] = ()) -> None:
        """Announce a change this window just committed through the core, so every view
        (and any other subscriber) follows. Calls into app services announce their own."""
        self.ctx.bus.emit(kind, ids)

    def status(self, text: str, ms: int = 4000) -> None:
        self.window.statusBar().showMessage(text, ms)

    def action(self, name: str, text: str, slot: Callable[[], object],
               shortcut: Shortcut = None, tip: str = "") -> QAction:
        """An action owned by the window; `name` is its icon (refreshed with the theme)."""
        action = QAction(text, self.window)
        if name:
            action.setIcon(icon(name))
            self.action_icons[action] = name
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
        if tip:
            action.setToolTip(tip)
        action.triggered.connect(self._when_attached(slot))
        return action

    def refresh_icons(self) -> None:
        for action, name in self.action_icons.items():
            action.setIcon(icon(name))

    def run(self, what: str, func: Callable[[], Any]) -> tuple[bool, Any]:
        """Run a command; a refusal is shown to the user instead of raised."""
        try:
            return True, func()
        except DomainError as exc:
            QtWidgets.QMessageBox.warning(self.window, APP_NAME, f"Could not {what}: {exc}")
            return False, None
