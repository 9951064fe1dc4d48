"""The tray icon: the next publish time (or the pause) at a glance, a menu for the main
actions, and a desktop notification when a post fails; clicking it opens that post."""

from __future__ import annotations

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMenu, QSystemTrayIcon, QWidget

from desktopapp.app.context import AppContext
from desktopapp.ui.icons import app_icon


class Tray(QObject):
    open_draft = Signal(int)
    show_window = Signal()
    open_calendar = Signal()

    def __init__(self, ctx: AppContext, parent: QWidget) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.icon = QSystemTrayIcon(app_icon(), self)
        self.menu = QMenu(parent)
        self.status = QAction("", self.menu)
        self.status.setEnabled(False)
        self.menu.addAction(self.status)
        self.menu.addSeparator()
        self.menu.addAction("Show Second Thought", self.show_window.emit)
        self.menu.addAction("Calendar", self.open_calendar.emit)
        self.icon.setContextMenu(self.menu)
        self.icon.activated.connect(self._activated)
        self.icon.messageClicked.connect(self._message_clicked)
        self.last_message: tuple[str, str] | None = None  # for the window and for tests
        self._failed_draft: int | None = None
        if QSystemTrayIcon.isSystemTrayAvailable():
            self.icon.show()
        # After the first frame: the window comes first, the tray text a moment later.
        QTimer.singleShot(300, self.refresh)

    @property
    def tooltip(self) -> str:
        return self.icon.toolTip()

    def refresh(self) -> None:
        from desktopapp.app import context as app_context
        from desktopapp.app.tray import next_post_text  # first asked after the first frame

        try:
            text = next_post_text(self.ctx)
        except app_context.DATA_ERRORS:
            # A glance, not an action (it also runs from a timer): a workspace that cannot
            # be read right now (a team server gone, the window closing) keeps the last
            # text instead of raising in the event loop; the window says what is wrong.
            return
        self.status.setText(text)
        self.icon.setToolTip(f"Second Thought — {text}")

    def notify_failure(self, draft_id: int, channel: str, message: str) -> None:
        title = f"Post {draft_id} could not go to {channel}"
        self.last_message = (title, message)
        self._failed_draft = draft_id
        # On Linux Qt sends this through the desktop's notification service (D-Bus).
        self.icon.showMessage(title, f"{message}\nClick to open the post.",
                              QSystemTrayIcon.MessageIcon.Warning, 15_000)

    def notify_decision(self, draft_id: int, title: str, message: str) -> None:
        """A reviewer decided on one of the author's posts (here, or in an imported
        response): say so even when the window is in the background."""
        self.last_message = (title, message)
        self._failed_draft = draft_id  # a click opens that post
        self.icon.showMessage(title, f"{message}\nClick to open the post.",
                              QSystemTrayIcon.MessageIcon.Information, 15_000)

    def _message_clicked(self) -> None:
        if self._failed_draft is not None:
            self.open_draft.emit(self._failed_draft)

    def _activated(self, reason: QSystemTrayIcon.ActivationReason) -> None:
        if reason == QSystemTrayIcon.ActivationReason.Trigger:
            self.show_window.emit()
