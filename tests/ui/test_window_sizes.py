"""The main window survives every width: the editor's centred text column once set its
margins from the viewport's own resize, which recursed without end (a segfault) once the
editor was wider than about 808 px. Offscreen sweep here; the real window is in
test_real_window_sizes.py."""

from __future__ import annotations

from desktopapp.core import workflow
from desktopapp.ui.draft_text import TEXT_COLUMN_PX


def test_offscreen_window_sweeps_600_to_3000_px_wide(make_window, user, qtbot) -> None:
    workflow.create_draft(user.id, "A post with a phone number 0151 2345678 in it.")
    window = make_window()
    editor = window.editor.text
    widths = list(range(600, 3001, 100)) + list(range(3000, 599, -350)) + [1540, 1600, 808]
    for width in widths:
        window.resize(width, 900)
        qtbot.wait(5)
        assert window.width() >= min(width, window.minimumWidth())
        margins = editor.viewportMargins()
        # The text column is centred and never wider than its measure.
        assert margins.left() == margins.right() >= 24
        if editor.width() > TEXT_COLUMN_PX + 48:
            assert editor.viewport().width() <= TEXT_COLUMN_PX + 2
    assert window.isVisible()


def test_margins_are_stable_under_repeated_resize_events(make_window, qtbot) -> None:
    window = make_window()
    editor = window.editor.text
    window.resize(2400, 1000)
    qtbot.wait(10)
    before = editor.viewportMargins()
    for _ in range(20):  # re-delivering a resize changes nothing (no oscillation)
        editor.resize(editor.size())
        qtbot.wait(1)
    assert editor.viewportMargins() == before


def test_windows_opened_from_the_main_window_fit_a_small_screen(qtbot, app_ctx) -> None:
    """The offscreen screen is 800×800: the inbox (1000 px by default), the audit log
    (980 px) and the calendar start no wider than it."""
    from PySide6.QtGui import QGuiApplication

    from desktopapp.ui import theme
    from desktopapp.ui.audit_window import AuditWindow
    from desktopapp.ui.calendar.calendar_window import CalendarWindow
    from desktopapp.ui.inbox_window import InboxWindow

    screen = QGuiApplication.primaryScreen()
    assert screen is not None
    room = screen.availableGeometry()
    assert room.width() < 1000  # the test means something only on a small screen
    for window in (InboxWindow(app_ctx, theme.LIGHT, reviewer_id=app_ctx.actor),
                   AuditWindow(app_ctx), CalendarWindow(app_ctx, theme.LIGHT)):
        qtbot.addWidget(window)
        assert window.width() <= room.width() and window.height() <= room.height(), \
            type(window).__name__
