"""Switching the main window's theme: the application's palette and style sheet, then every
part that paints with the theme's colours itself (the list's delegate, the side pane, the
history, the icons, the toolbar's overflow button)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import QApplication

from desktopapp.ui import theme
from desktopapp.ui.icons import icon

if TYPE_CHECKING:
    from desktopapp.ui.main_window import MainWindow


def switch(window: MainWindow, key: str) -> None:
    """Save theme `key` in the settings, apply it to the application and repaint the window."""
    window.settings.theme = key
    window.settings.save(window.paths.settings_file)
    colours = window.shell.colours = theme.resolve(key)
    app = QApplication.instance()
    if isinstance(app, QApplication):
        theme.apply(app, colours)
    window.drafts.delegate.colours = colours
    window.side.set_colours(colours)
    window.refresh_history()
    window.dialogs.set_colours(colours)
    window.shell.refresh_icons()
    theme.style_overflow(window.toolbar)
    window.drafts.filters.refresh_icons()
    window.editor.refresh_icons()
    if window.side.history_built:
        window.history.restore.setIcon(icon("restore"))
    window.drafts.list.viewport().update()
