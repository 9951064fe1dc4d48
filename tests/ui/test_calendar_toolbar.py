"""The calendar's toolbar: one date style in every view's title, and controls that stay put
when the view changes (the wider week title used to push the filters ~66 px right)."""

from __future__ import annotations

from datetime import date

from desktopapp.ui.calendar.calendar_window import (
    AGENDA,
    MONTH,
    WEEK,
    CalendarWindow,
    period_title,
)
from tests.ui.test_calendar_ui import shop, window

__all__ = ["shop", "window"]


def test_period_titles_share_one_style() -> None:
    assert period_title(MONTH, date(2026, 11, 30), date(2027, 1, 10),
                        date(2026, 12, 2)) == "December 2026"
    assert period_title(WEEK, date(2026, 11, 30), date(2026, 12, 6),
                        date(2026, 12, 2)) == "Week of 30 Nov 2026"
    assert period_title(WEEK, date(2027, 3, 1), date(2027, 3, 7),
                        date(2027, 3, 2)) == "Week of 1 Mar 2027"  # no zero-padded day
    assert period_title(AGENDA, date(2026, 12, 2), date(2026, 12, 29),
                        date(2026, 12, 2)) == "2 Dec – 29 Dec 2026"
    assert period_title(AGENDA, date(2026, 12, 20), date(2027, 1, 16),
                        date(2026, 12, 20)) == "20 Dec 2026 – 16 Jan 2027"


def test_switching_views_does_not_move_the_filters(window: CalendarWindow, qtbot) -> None:
    where = {}
    for view in (MONTH, WEEK, AGENDA, MONTH):
        window.set_view(view)
        qtbot.wait(20)
        where.setdefault("x", window.channel_filter.geometry().x())
        assert window.channel_filter.geometry().x() == where["x"], window.title.text()


def test_the_calendar_fits_an_800_px_screen(window: CalendarWindow, qtbot) -> None:
    """The legend wraps instead of making the window 934 px wide, and what the toolbar
    cannot show is behind a chevron one can see and name."""
    from PySide6.QtWidgets import QToolButton

    assert window.minimumSizeHint().width() <= 800
    window.resize(800, 600)
    qtbot.waitUntil(lambda: window.width() == 800)
    qtbot.wait(30)
    chevron = window.toolbar.findChild(QToolButton, "qt_toolbar_ext_button")
    assert chevron is not None and chevron.isVisible() and not chevron.icon().isNull()
    assert chevron.accessibleName() == "More toolbar buttons"
    assert window.zone_note.geometry().right() <= window.zone_note.parentWidget().width()
