"""What the calendar shows at a glance: free queue slots in the week view, a post to two
channels in both channels' colours, and Fill a queue as one dialog with a preview and a
reason when nothing can be queued."""

from __future__ import annotations

from datetime import date, datetime, time, timedelta
from pathlib import Path

import pytest
from PySide6.QtGui import QColor

from desktopapp.app.context import AppContext
from desktopapp.core import channels, display_zone, post_queue, workflow, zones
from desktopapp.core.channels import Kind
from desktopapp.store.models import Draft
from desktopapp.ui import theme
from desktopapp.ui.calendar.calendar_window import WEEK, CalendarWindow
from desktopapp.ui.calendar.fill_queue_dialog import EVERYTHING, TAG, FillQueueDialog

BERLIN = zones.zone_info("Europe/Berlin")
NEXT_MONDAY = date.today() + timedelta(days=7 - date.today().weekday())


@pytest.fixture
def two_channels(store, user, tmp_path: Path) -> int:
    display_zone.set_display_zone("Europe/Berlin")
    for name, colour in (("shop", "#e8590c"), ("news", "#1c7ed6")):
        channels.add_channel(Kind.OUTBOX, name, user.id, path=str(tmp_path / name),
                             timezone="Europe/Berlin")
        channels.update_channel(name, user.id, url="", handle="", path=str(tmp_path / name),
                                timezone="Europe/Berlin", color=colour)
    post_queue.set_slots("shop", "mon-fri 09:00,13:00", user.id)
    return int(user.id)


def calendar(qtbot, ctx: AppContext) -> CalendarWindow:  # type: ignore[no-untyped-def]
    window = CalendarWindow(ctx, theme.LIGHT)
    qtbot.addWidget(window)
    window.resize(1200, 800)
    window.anchor = NEXT_MONDAY
    window.refresh()
    window.show()
    qtbot.waitExposed(window)
    return window


def test_the_week_draws_free_queue_slots(qtbot, two_channels, app_ctx) -> None:
    taken = workflow.create_draft(two_channels, "Takes Monday 09:00")
    channels.set_targets(taken.id, ["shop"])
    workflow.schedule(taken.id, zones.to_utc(NEXT_MONDAY, time(9), BERLIN), two_channels,
                      zone="Europe/Berlin")
    window = calendar(qtbot, app_ctx)
    window.set_view(WEEK)
    week = window.week
    local = {(s.when.astimezone(BERLIN).date(), s.when.astimezone(BERLIN).strftime("%H:%M"))
             for s in week.free_slots}
    assert (NEXT_MONDAY, "13:00") in local and (NEXT_MONDAY, "09:00") not in local
    assert len(local) == 9  # ten weekday slots, one taken
    window.week_scroll.verticalScrollBar().setValue(12 * 44)
    image = week.grab().toImage()
    point = week.slot_point(NEXT_MONDAY + timedelta(days=1), time(13))
    # The dashed outline in shop's colour is painted where Tuesday 13:00 is.
    found = any(image.pixelColor(x, point.y() - 3 + dy).name() == "#e8590c"
                for x in range(point.x() - 80, point.x() + 80) for dy in range(-3, 24))
    assert found, "no queue slot outline on Tuesday 13:00"
    # Queuing a draft takes a slot: it disappears from the drawing after the reload.
    other = workflow.create_draft(two_channels, "Next in line")
    channels.set_targets(other.id, ["shop"])
    post_queue.add_to_queue(other.id, "shop", two_channels)
    window.refresh()
    assert len(week.free_slots) <= 9


def test_a_post_to_two_channels_shows_both_colours(qtbot, two_channels, app_ctx) -> None:
    d = workflow.create_draft(two_channels, "Both channels at once")
    channels.set_targets(d.id, ["shop", "news"])
    workflow.schedule(d.id, zones.to_utc(NEXT_MONDAY, time(10), BERLIN), two_channels,
                      zone="Europe/Berlin")
    window = calendar(qtbot, app_ctx)
    month = window.month
    image = month.grab().toImage()  # paints, and records where each chip went
    rect = next(r for r, e in month._chips if e.draft_id == d.id)
    y = int(rect.center().y())
    left = image.pixelColor(int(rect.left() + rect.width() * 0.3), y)
    right = image.pixelColor(int(rect.right() - 4), y)

    def hue_near(colour: QColor, target: str) -> bool:
        return abs(colour.hsvHue() - QColor(target).hsvHue()) < 25

    # Channels in name order: news, then shop.
    assert hue_near(left, "#1c7ed6"), left.name()
    assert hue_near(right, "#e8590c"), right.name()


def test_fill_a_queue_is_one_dialog_with_a_preview_and_reasons(qtbot, two_channels,
                                                                app_ctx) -> None:
    loose = workflow.create_draft(two_channels, "Not going anywhere yet", ["spring"])
    heard = []
    app_ctx.bus.subscribe(heard.append)
    dialog = FillQueueDialog(app_ctx, BERLIN)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.channel.currentText() == "shop"
    # Nothing goes to shop yet: a reason, and no button to press.
    assert "No unscheduled draft with text goes to shop" in dialog.summary.text()
    assert not dialog.queue_button.isEnabled()
    dialog.which.setCurrentIndex(dialog.which.findData(TAG + "spring"))
    assert dialog.preview.topLevelItemCount() == 1
    assert "1 draft will be queued on shop" in dialog.summary.text()
    assert dialog.queue_button.text() == "Queue 1 draft"
    assert Draft.get_by_id(loose.id).scheduled_at is None  # the preview changed nothing
    dialog.which.setCurrentIndex(dialog.which.findData(EVERYTHING))
    dialog.accept()
    assert [i.draft_id for i in dialog.queued] == [loose.id]
    when = Draft.get_by_id(loose.id).scheduled_at
    assert when is not None and when > datetime.now(when.tzinfo)
    assert [c.name for c in channels.targets(loose.id)] == ["shop"]
    assert [c.ids for c in heard] == [(loose.id,)]  # every view hears of it, once
