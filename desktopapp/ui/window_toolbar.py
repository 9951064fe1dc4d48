"""The main window's own actions (History, Warnings, Quit, Settings), its toolbar and its
menu titles. The titles are in the first frame; what the menus hold is filled right after
it (ui/window_menus.py)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QToolBar

if TYPE_CHECKING:
    from desktopapp.ui.main_window import MainWindow


def build(window: MainWindow) -> None:
    """Make the window's actions, add its toolbar and the menu bar's (empty) menus."""
    a = window.shell.action
    d, dialogs = window.drafts, window.dialogs
    window.act_history = a("history", "History", window.toggle_history, "Ctrl+H",
                           "Show or hide the revision history (Ctrl+H)")
    window.act_history.setCheckable(True)
    window.act_warnings = a("warning", "Warnings", window.show_warnings, "F8",
                            "Show the warnings for this draft (F8)")
    window.act_quit = a("", "Quit", window.close, QKeySequence.StandardKey.Quit)
    window.act_settings = a("", "Settings…", dialogs.open_settings,
                            QKeySequence.StandardKey.Preferences)
    if window.act_settings.shortcut().isEmpty():
        window.act_settings.setShortcut(QKeySequence("Ctrl+,"))

    bar = QToolBar("Main")
    bar.setObjectName("mainToolbar")
    bar.setMovable(False)
    bar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
    toolbar: tuple[QAction | None, ...] = (
        d.act_new, d.act_duplicate, d.act_save, None, d.act_trash, d.act_restore,
        d.act_empty, None, d.act_submit, dialogs.act_inbox, dialogs.act_calendar, None,
        window.act_warnings, window.act_history)
    for act in toolbar:
        bar.addSeparator() if act is None else bar.addAction(act)
    window.addToolBar(bar)
    window.toolbar = bar  # its overflow button is styled after the first frame (_finish)
    # The menu titles are in the first frame; what they hold is filled right after it.
    # Shortcuts of actions found only in a menu work from the start all the same.
    for act in (d.act_find, window.act_settings, window.act_quit):
        window.addAction(act)
    menu = window.menuBar()
    window.menus = [menu.addMenu(title) for title in
                    ("&File", "&Edit", "&View", "&Publishing", "&Help")]
