from __future__ import annotations

from collections.abc import Callable, Iterator

import pytest

from desktopapp.app.context import AppContext
from desktopapp.config import Settings
from desktopapp.ui.main_window import MainWindow


@pytest.fixture
def make_window(qtbot, store, paths, user) -> Iterator[Callable[[], MainWindow]]:
    """Build a main window on the test's store; every window is closed after the test."""
    windows: list[MainWindow] = []

    def make() -> MainWindow:
        ctx = AppContext(store=store, paths=paths, actor_id=user.id)
        window = MainWindow(ctx, Settings.load(paths.settings_file))
        qtbot.addWidget(window)
        window.show()
        qtbot.waitExposed(window)
        window.windowHandle().requestActivate()
        qtbot.waitUntil(window.isActiveWindow, timeout=2000)
        # The menus and the rest of what the first frame does not show come right after.
        qtbot.waitUntil(lambda: window.finished_starting, timeout=2000)
        windows.append(window)
        return window

    yield make
    for window in windows:
        window.editor.autosave.reset()
        window.close()
