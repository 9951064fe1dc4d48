"""Dialogs validate in place: a refused field turns red with the reason under it, the
dialog stays open and nothing typed is lost; Schedule never offers a time before the
cool-off ends."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from desktopapp.config import Settings
from desktopapp.core import cooloff, workflow
from desktopapp.core.workspace import CheckSettings
from desktopapp.store.models import Draft
from desktopapp.ui.schedule_dialog import ScheduleDialog, first_offer
from desktopapp.ui.settings_dialog import SettingsDialog


def test_settings_keep_a_bad_night_start_and_zone_open_and_red(qtbot, store) -> None:
    dialog = SettingsDialog(Settings(), CheckSettings(watchlist=("Acme",)))
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.base.setValue(42)
    dialog.watchlist.setPlainText("Acme\nlawsuit")
    dialog.night_start.setText("25:99")
    dialog.zone.setText("Mars/Olympus")
    dialog.accept()
    assert dialog.isVisible() and dialog.result() != SettingsDialog.DialogCode.Accepted
    start_error, end_error, zone_error = dialog.field_errors
    assert start_error.shown and "25:99" in start_error.text()
    assert zone_error.shown and "Mars/Olympus" in zone_error.text()
    assert not end_error.shown
    assert dialog.night_start.property("invalid") is True
    assert dialog.tabs.currentIndex() == 1
    # Everything typed is still there.
    assert (dialog.night_start.text(), dialog.zone.text(), dialog.base.value()) == (
        "25:99", "Mars/Olympus", 42)
    assert dialog.watchlist.toPlainText() == "Acme\nlawsuit"
    # Typing clears the mark; a valid form closes.
    dialog.night_start.setFocus()
    qtbot.keyClicks(dialog.night_start, "x")
    assert not start_error.shown and dialog.night_start.property("invalid") is False
    dialog.night_start.setText("23:30")
    dialog.zone.setText("Europe/Berlin")
    dialog.accept()
    assert dialog.result() == SettingsDialog.DialogCode.Accepted
    assert dialog.result_rules().cooloff.validate().night_start == "23:30"


def test_first_offer_is_never_before_the_cool_off_ends() -> None:
    now = datetime(2027, 3, 1, 10, 2, tzinfo=UTC)
    ends = now + timedelta(hours=5, minutes=7)
    assert first_offer(None, ends, now) == datetime(2027, 3, 1, 15, 10, tzinfo=UTC)
    assert first_offer(now + timedelta(hours=2), ends, now) >= ends  # stale current time
    later = now + timedelta(days=2)
    assert first_offer(later, ends, now) == later  # an allowed time is kept
    assert first_offer(None, None, now) == datetime(2027, 3, 1, 11, 5, tzinfo=UTC)


def test_schedule_offers_after_the_cool_off_and_stays_open_on_a_refused_time(
        qtbot, store, user, app_ctx) -> None:
    cooloff.save_policy(cooloff.CooloffPolicy(base_minutes=6 * 60, zone="UTC"))
    draft = workflow.create_draft(user.id, "Launch on Tuesday")
    workflow.submit(draft.id, user.id)
    row = Draft.get_by_id(draft.id)
    assert row.cooloff_until is not None
    dialog = ScheduleDialog(app_ctx, draft.id, None, "Europe/Berlin", row.cooloff_until)
    qtbot.addWidget(dialog)
    dialog.show()
    offered, _zone = dialog.chosen()
    assert offered >= row.cooloff_until
    assert "The cool-off ends" in dialog.note.text()
    dialog.accept()  # the offered time is allowed
    assert dialog.result() == ScheduleDialog.DialogCode.Accepted and dialog.verdict.allowed

    again = ScheduleDialog(app_ctx, draft.id, None, "Europe/Berlin", row.cooloff_until)
    qtbot.addWidget(again)
    again.show()
    too_early = datetime.now(UTC) + timedelta(hours=1)
    again.set_local(too_early.astimezone(cooloff.zone_info("Europe/Berlin")))
    again.accept()
    assert again.isVisible() and again.result() != ScheduleDialog.DialogCode.Accepted
    assert again.when_error.shown and "before the cool-off ends" in again.when_error.text()
    again.zone.setCurrentText("Mars/Olympus")
    again.accept()
    assert again.zone_error.shown and again.isVisible()
    assert again.zone.currentText() == "Mars/Olympus"
