"""The calendar window with qtbot: drag and drop (with the hint before dropping, the
approval warning and undo), double-click to create, click to open, filters, the same
local times in all three views across a daylight-saving change, and the CSV import
preview."""

from __future__ import annotations

from datetime import date, datetime, time, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from PySide6.QtCore import QEvent, QPoint, Qt
from PySide6.QtGui import QHelpEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QToolTip

from desktopapp.core import channels, cooloff, display_zone, people, review, workflow, zones
from desktopapp.core.channels import Kind
from desktopapp.core.people import Role
from desktopapp.store.models import Draft
from desktopapp.ui import theme
from desktopapp.ui.calendar.calendar_window import AGENDA, MONTH, WEEK, CalendarWindow
from desktopapp.ui.calendar.import_dialog import ImportDialog
from tests.support.reviewers import PW

BERLIN = ZoneInfo("Europe/Berlin")
# A week that crosses Europe's spring change (Sunday 28 March 2027).
TUESDAY, THURSDAY = date(2027, 3, 23), date(2027, 3, 25)


@pytest.fixture
def shop(store, user, tmp_path: Path) -> str:
    display_zone.set_display_zone("Europe/Berlin")
    channels.add_channel(Kind.OUTBOX, "shop", user.id, path=str(tmp_path / "out"),
                         timezone="Europe/Berlin")
    return "shop"


@pytest.fixture
def window(qtbot, shop, app_ctx):  # type: ignore[no-untyped-def]
    w = CalendarWindow(app_ctx, theme.LIGHT)
    qtbot.addWidget(w)
    w.resize(1100, 760)
    w.anchor = TUESDAY
    w.show()
    qtbot.waitExposed(w)
    w.set_view(MONTH)
    return w


def post(user_id: int, text: str, day: date, clock: time = time(9)) -> int:
    d = workflow.create_draft(user_id, text, ["spring"])
    channels.set_targets(d.id, ["shop"])
    workflow.schedule(d.id, zones.to_utc(day, clock, BERLIN), user_id, zone="Europe/Berlin")
    return d.id


def drag(widget, start: QPoint, end: QPoint) -> None:  # type: ignore[no-untyped-def]
    QTest.mousePress(widget, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, start)
    for step in range(1, 6):
        QTest.mouseMove(widget, start + (end - start) * step / 5)
    QTest.mouseRelease(widget, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, end)


def chip_point(view, draft_id: int) -> QPoint:  # type: ignore[no-untyped-def]
    view.repaint()
    rect = next(r for r, e in view._chips if e.draft_id == draft_id)
    return rect.center().toPoint()


def test_drag_from_tuesday_to_thursday_keeps_the_time_and_undo_restores(
        window: CalendarWindow, user) -> None:
    draft_id = post(user.id, "Spring menu tasting on Tuesday", TUESDAY)
    window.refresh()
    month = window.month
    hints: list[str] = []
    month.hint.connect(hints.append)
    target = month.cell_rect(THURSDAY).center().toPoint()
    drag(month, chip_point(month, draft_id), target)
    assert any(h.startswith("Drop to move to Thu 25 Mar 09:00") for h in hints)
    row = Draft.get_by_id(draft_id)
    assert row.scheduled_at == zones.to_utc(THURSDAY, time(9), BERLIN)
    assert [e.draft_id for e in window.model.by_day[THURSDAY]] == [draft_id]
    window.act_undo.trigger()
    assert Draft.get_by_id(draft_id).scheduled_at == zones.to_utc(TUESDAY, time(9), BERLIN)


def test_a_drop_that_voids_the_approval_asks_first(window: CalendarWindow, user) -> None:
    sam = people.add_person("Sam Reviewer", Role.REVIEWER, user.id, passphrase=PW)
    draft_id = post(user.id, "Approved for Tuesday only", TUESDAY)
    workflow.submit(draft_id, user.id)
    workflow.approve(draft_id, sam.id, passphrase=PW)
    window.refresh()
    asked: list[str] = []
    window.month.confirm = lambda text: asked.append(text) is not None and False
    target = window.month.cell_rect(THURSDAY).center().toPoint()
    drag(window.month, chip_point(window.month, draft_id), target)
    assert asked and "approval will be void" in asked[0]
    assert review.approval_state(draft_id).valid  # the user said no: nothing moved
    window.month.confirm = lambda _text: True
    drag(window.month, chip_point(window.month, draft_id), target)
    assert not review.approval_state(draft_id).valid
    assert "approval is void" in window.statusBar().currentMessage()


def test_a_drop_before_the_cooloff_end_is_refused(window: CalendarWindow, user) -> None:
    cooloff.save_policy(cooloff.CooloffPolicy(base_minutes=3 * 24 * 60))  # three days
    tomorrow = datetime.now(BERLIN).date() + timedelta(days=1)
    draft_id = post(user.id, "Our new shop opens soon", tomorrow + timedelta(days=2))
    workflow.submit(draft_id, user.id)
    window.anchor = tomorrow
    window.set_view(MONTH)
    hints: list[str] = []
    window.month.hint.connect(hints.append)
    before = workflow.require_row(draft_id).scheduled_at
    drag(window.month, chip_point(window.month, draft_id),
         window.month.cell_rect(tomorrow).center().toPoint())
    assert any(h.startswith("Cannot drop here") and "cool-off" in h for h in hints)
    assert workflow.require_row(draft_id).scheduled_at == before


def test_double_click_on_an_empty_slot_creates_a_draft_there(window: CalendarWindow) -> None:
    window.set_view(WEEK)
    week = window.week
    opened: list[int] = []
    window.open_draft.connect(opened.append)
    point = week.slot_point(THURSDAY, time(14, 30))
    QTest.mouseDClick(week, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, point)
    assert len(opened) == 1
    row = Draft.get_by_id(opened[0])
    assert row.scheduled_at == zones.to_utc(THURSDAY, time(14, 30), BERLIN)


def test_click_opens_and_the_three_views_agree_across_the_dst_change(
        window: CalendarWindow, user) -> None:
    before = post(user.id, "Before the change", date(2027, 3, 26))
    after = post(user.id, "After the change", date(2027, 3, 29))
    assert zones.to_utc(date(2027, 3, 26), time(9), BERLIN).hour == 8
    assert zones.to_utc(date(2027, 3, 29), time(9), BERLIN).hour == 7
    window.anchor = date(2027, 3, 26)
    window.set_view(MONTH)
    labels = {e.draft_id: f"{window.model.local(e.when):%H:%M}"
              for entries in window.model.by_day.values() for e in entries}
    assert labels[before] == labels[after] == "09:00"
    opened: list[int] = []
    window.open_draft.connect(opened.append)
    QTest.mouseClick(window.month, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier,
                     chip_point(window.month, after))
    assert opened == [after]
    window.set_view(WEEK)  # the week of the 22nd holds the first; move on for the second
    ys = {}
    for monday in (date(2027, 3, 22), date(2027, 3, 29)):
        window.anchor = monday
        window.refresh()
        window.week.repaint()
        ys.update({e.draft_id: r.top() for r, e in window.week._chips})
    assert ys[before] == ys[after]
    window.anchor = date(2027, 3, 20)
    window.set_view(AGENDA)
    rows = [window.agenda.topLevelItem(i) for i in range(window.agenda.topLevelItemCount())]
    times = [r.text(0).strip() for r in rows if r.text(3) in ("Before the change",
                                                               "After the change")]
    assert times == ["09:00", "09:00"]
    # Each row's tooltip is written when the pointer asks for it (a busy range lists
    # thousands of rows): hovering a post's row shows its preview and time.
    row = next(r for r in rows if r.text(3) == "After the change")
    window.show()
    spot = window.agenda.visualItemRect(row).center()
    shown = window.agenda.viewportEvent(QHelpEvent(QEvent.Type.ToolTip, spot,
                                                   window.agenda.viewport().mapToGlobal(spot)))
    assert shown and "After the change" in QToolTip.text() and "09:00" in QToolTip.text()
    QToolTip.hideText()


def test_filters_and_tooltips(window: CalendarWindow, user, app_ctx, tmp_path: Path) -> None:
    channels.add_channel(Kind.OUTBOX, "blog", user.id, path=str(tmp_path / "b"))
    post(user.id, "Shop post you idiots", TUESDAY)
    other = workflow.create_draft(user.id, "Blog post")
    channels.set_targets(other.id, ["blog"])
    workflow.schedule(other.id, zones.to_utc(TUESDAY, time(11), BERLIN), user.id)
    window.close()
    fresh = CalendarWindow(app_ctx, theme.LIGHT)
    fresh.anchor = TUESDAY
    fresh.set_view(MONTH)
    assert len(fresh.model.by_day[TUESDAY]) == 2
    fresh.channel_filter.setCurrentIndex(fresh.channel_filter.findData("blog"))
    assert [e.draft_id for e in fresh.model.by_day[TUESDAY]] == [other.id]
    fresh.channel_filter.setCurrentIndex(0)
    entry = fresh.model.by_day[TUESDAY][0]
    assert fresh._warnings_for(entry) >= 1  # "idiots"
    fresh.close()


def test_import_preview_rejects_and_imports(qtbot, shop, app_ctx, tmp_path: Path) -> None:
    rows = [f'"Batch post {i}",shop,2099-04-{i + 1:02d} 10:00' for i in range(18)]
    rows += ['"Bad date",shop,2099-02-30 10:00', '"Nowhere",tiktok,2099-04-01 10:00']
    path = tmp_path / "batch.csv"
    path.write_text("text,channels,date\n" + "\n".join(rows) + "\n", encoding="utf-8")
    dialog = ImportDialog(str(path), app_ctx)
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: dialog.result_ is not None, timeout=5000)
    assert "18 of 20 rows are ready; 2 rejected" in dialog.summary.text()
    assert not dialog.import_button.isEnabled()
    assert dialog.table.item(18, 1).text() == "Rejected"
    dialog.close()
    path.write_text("text,channels,date\n" + "\n".join(rows[:18]) + "\n", encoding="utf-8")
    dialog = ImportDialog(str(path), app_ctx)
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: dialog.import_button.isEnabled(), timeout=5000)
    dialog.import_button.click()
    qtbot.waitUntil(lambda: len(dialog.imported) == 18, timeout=5000)
    assert Draft.select().count() == 18
    assert Draft.select().where(Draft.scheduled_at.is_null()).count() == 0


def test_week_view_drag_moves_to_the_slot_under_the_pointer(window: CalendarWindow,
                                                            user) -> None:
    draft_id = post(user.id, "Week drag", TUESDAY)
    window.set_view(WEEK)
    week = window.week
    week.repaint()
    start = chip_point(week, draft_id)
    drag(week, start, week.slot_point(THURSDAY, time(14, 30)))
    assert Draft.get_by_id(draft_id).scheduled_at == zones.to_utc(THURSDAY, time(14, 30),
                                                                   BERLIN)
    window.model.undo()
    assert Draft.get_by_id(draft_id).scheduled_at == zones.to_utc(TUESDAY, time(9), BERLIN)


def test_double_click_on_a_past_day_explains_and_creates_nothing(
        window: CalendarWindow, monkeypatch: pytest.MonkeyPatch) -> None:
    warned: list[str] = []
    monkeypatch.setattr("desktopapp.ui.calendar.canvas.QMessageBox.warning",
                        lambda _parent, _title, text: warned.append(text))
    window.anchor = datetime.now(BERLIN).date() - timedelta(days=40)
    window.set_view(MONTH)
    past_day = window.month.first_day + timedelta(days=8)
    QTest.mouseDClick(window.month, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier,
                      window.month.cell_rect(past_day).center().toPoint())
    assert warned and "passed" in warned[0]
    assert Draft.select().count() == 0


def test_an_unscheduled_draft_dropped_on_a_day_is_scheduled_there(
        window: CalendarWindow, user) -> None:
    from PySide6.QtCore import QPointF
    from PySide6.QtGui import QDropEvent

    from desktopapp.ui.calendar.unscheduled import MIME

    d = workflow.create_draft(user.id, "Waiting for a slot")
    window.model.reload()
    window.unscheduled.refresh()
    items = [window.unscheduled.item(i) for i in range(window.unscheduled.count())]
    (item,) = [i for i in items if i.text() == "Waiting for a slot"]
    mime = window.unscheduled.mimeData([item])
    assert bytes(mime.data(MIME).data()) == str(d.id).encode()
    target = QPointF(window.month.cell_rect(THURSDAY).center())
    drop = QDropEvent(target, Qt.DropAction.MoveAction, mime, Qt.MouseButton.LeftButton,
                      Qt.KeyboardModifier.NoModifier)
    window.month.dropEvent(drop)
    assert Draft.get_by_id(d.id).scheduled_at == zones.to_utc(THURSDAY, time(9), BERLIN)
    window.unscheduled.refresh()
    assert "Waiting for a slot" not in [window.unscheduled.item(i).text()
                                        for i in range(window.unscheduled.count())]


def test_the_unscheduled_list_is_filled_when_the_window_opens(qtbot, shop, user,
                                                              app_ctx) -> None:
    workflow.create_draft(user.id, "No time yet")
    fresh = CalendarWindow(app_ctx, theme.LIGHT)
    qtbot.addWidget(fresh)
    fresh.refresh()  # what the main window does before showing it
    fresh.show()
    qtbot.waitExposed(fresh)
    qtbot.waitUntil(lambda: fresh.unscheduled.count() == 1, timeout=3000)
    assert fresh.unscheduled.item(0).text() == "No time yet"


def test_a_crowded_hour_in_the_week_shows_how_many_more_and_opens_the_day(
        window: CalendarWindow, user) -> None:
    for minute in range(0, 60, 2):  # thirty posts in one hour: far more than lanes
        post(user.id, f"Post {minute}", TUESDAY, time(10, minute))
    window.anchor = TUESDAY
    window.set_view(WEEK)
    window.resize(1000, 700)
    window.show()
    window.week.repaint()
    drawn = [e for _rect, e in window.week._chips if e.when.astimezone(BERLIN).date() == TUESDAY]
    [(more, day)] = window.week._more
    assert day == TUESDAY and 0 < len(drawn) < 30
    opened: list[date] = []
    window.week.day_activated.connect(opened.append)
    QTest.mouseClick(window.week, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier,
                     more.center().toPoint())
    assert opened == [TUESDAY]
