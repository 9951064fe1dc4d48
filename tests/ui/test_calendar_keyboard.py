"""The calendar without a mouse: arrows between days (into the next month), Page Up/Down
and Home, Tab through a day's posts and on out of the grid, Enter to open a post or a
day, and Calendar → Move… as the keyboard's drag and drop (checked in place)."""

from __future__ import annotations

from datetime import date, datetime, time

import pytest
from PySide6.QtCore import QDate, Qt, QTime, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from desktopapp.store.models import Draft
from desktopapp.ui.calendar.calendar_window import AGENDA, MONTH, CalendarWindow, same_day_in
from desktopapp.ui.calendar.move_dialog import MoveDialog
from tests.ui.test_calendar_ui import BERLIN, THURSDAY, TUESDAY, post, shop, window

__all__ = ["shop", "window"]  # the fixtures, shared with the mouse tests


def key(widget, which: Qt.Key, modifier=Qt.KeyboardModifier.NoModifier) -> None:  # type: ignore[no-untyped-def]
    QTest.keyClick(widget, which, modifier)


def test_arrows_page_keys_and_home_move_the_selected_day(window: CalendarWindow) -> None:
    month = window.month
    assert window.stack.currentIndex() == MONTH
    month.select(TUESDAY)
    key(month, Qt.Key.Key_Right)
    assert month.cursor_day == date(2027, 3, 24)
    key(month, Qt.Key.Key_Down)
    assert month.cursor_day == date(2027, 3, 31)
    key(month, Qt.Key.Key_Left)
    key(month, Qt.Key.Key_Up)
    assert month.cursor_day == date(2027, 3, 23)
    # Off the end of March: the grid turns to April and keeps the cursor.
    key(month, Qt.Key.Key_Down)
    key(month, Qt.Key.Key_Down)
    assert month.cursor_day == date(2027, 4, 6)
    assert month.month == date(2027, 4, 1)
    assert window.title.text() == "April 2027"
    key(month, Qt.Key.Key_PageUp)
    assert month.month == date(2027, 3, 1)
    assert month.cursor_day == date(2027, 3, 6)
    key(month, Qt.Key.Key_PageDown)
    key(month, Qt.Key.Key_PageDown)
    assert (month.month, month.cursor_day) == (date(2027, 5, 1), date(2027, 5, 6))
    key(month, Qt.Key.Key_Home)
    today = datetime.now(BERLIN).date()
    assert month.cursor_day == today
    assert month.month == today.replace(day=1)


def test_same_day_in_a_shorter_month() -> None:
    assert same_day_in(date(2027, 1, 31), date(2027, 2, 1)) == date(2027, 2, 28)
    assert same_day_in(date(2028, 3, 30), date(2028, 2, 1)) == date(2028, 2, 29)
    assert same_day_in(date(2027, 5, 6), date(2027, 6, 1)) == date(2027, 6, 6)


def test_tab_walks_the_posts_of_the_day_then_leaves_and_enter_opens(
        window: CalendarWindow, user, qtbot) -> None:  # type: ignore[no-untyped-def]
    first = post(user.id, "Menu tasting at nine", TUESDAY, time(9))
    second = post(user.id, "Menu tasting reminder", TUESDAY, time(17))
    window.refresh()
    month = window.month
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    month.setFocus()
    assert month.hasFocus()
    month.select(TUESDAY)
    hints: list[str] = []
    month.hint.connect(hints.append)
    key(month, Qt.Key.Key_Tab)
    assert month.cursor_post == first
    assert "2 posts" in hints[-1] and "Menu tasting at nine" in hints[-1]
    key(month, Qt.Key.Key_Tab)
    assert month.cursor_post == second
    with qtbot.waitSignal(month.open_draft) as opened:
        key(month, Qt.Key.Key_Return)
    assert opened.args == [second]
    key(month, Qt.Key.Key_Backtab, Qt.KeyboardModifier.ShiftModifier)
    assert month.cursor_post == first
    key(month, Qt.Key.Key_Backtab, Qt.KeyboardModifier.ShiftModifier)
    assert month.cursor_post is None  # back on the day itself
    month.select(TUESDAY, second)
    key(month, Qt.Key.Key_Tab)  # past the last post: on to the next control
    assert month.cursor_post == second
    assert not month.hasFocus()
    # Enter on a day (no post selected) shows that day in the agenda.
    month.select(THURSDAY)
    key(month, Qt.Key.Key_Enter)
    assert window.stack.currentIndex() == AGENDA


def answer_move_dialog(check) -> list[str]:  # type: ignore[no-untyped-def]
    """Run `check(dialog)` on the Move dialog once it is open; it must close it."""
    seen: list[str] = []

    def look() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, MoveDialog):
            QTimer.singleShot(20, look)
            return
        try:
            check(dialog)
        except AssertionError as exc:  # reported after exec() returns
            seen.append(f"failed: {exc}")
            dialog.reject()

    QTimer.singleShot(0, look)
    return seen


def test_move_dialog_is_checked_in_place_and_moves_the_post(
        window: CalendarWindow, user) -> None:  # type: ignore[no-untyped-def]
    draft_id = post(user.id, "Spring menu tasting", TUESDAY)
    window.refresh()
    month = window.month
    month.select(TUESDAY)
    key(month, Qt.Key.Key_Tab)
    assert month.cursor_post == draft_id

    def check(dialog: MoveDialog) -> None:
        assert not dialog.ok.isEnabled()  # nothing changed yet
        assert dialog.message.text() == "Pick a new date or time."
        dialog.date.setDate(QDate(2020, 1, 7))  # in the past: refused, says why
        assert not dialog.ok.isEnabled()
        assert dialog.message.text().startswith("Cannot move here:")
        dialog.date.setDate(QDate(2027, 3, 25))
        dialog.time.setTime(QTime(10, 30))
        assert dialog.ok.isEnabled()
        assert dialog.message.text() == "Moves to Thu 25 Mar 10:30."
        QTest.keyClick(dialog, Qt.Key.Key_Return)  # Enter takes the default button

    problems = answer_move_dialog(check)
    window.act_move.trigger()
    assert problems == []
    row = Draft.get_by_id(draft_id)
    assert row.scheduled_at.astimezone(BERLIN) == datetime(2027, 3, 25, 10, 30, tzinfo=BERLIN)
    assert row.schedule_zone == "Europe/Berlin"
    # The keyboard follows the post to its new day, and Ctrl+Z undoes the move.
    assert (month.cursor_day, month.cursor_post) == (THURSDAY, draft_id)
    assert "Ctrl+Z undoes it" in window.statusBar().currentMessage()
    window.act_undo.trigger()
    row = Draft.get_by_id(draft_id)
    assert row.scheduled_at.astimezone(BERLIN) == datetime(2027, 3, 23, 9, tzinfo=BERLIN)


def test_move_without_a_selected_post_says_how_to_select_one(window: CalendarWindow) -> None:
    window.month.select(TUESDAY)
    window.act_move.trigger()
    assert window.statusBar().currentMessage().startswith("Select a post first")


@pytest.mark.parametrize("view", [MONTH, AGENDA])
def test_the_view_shown_takes_the_keyboard(window: CalendarWindow, view: int) -> None:
    window.activateWindow()
    window.set_view(view)
    shown = (window.month, window.week, window.agenda)[view]
    assert window.focusWidget() is shown
