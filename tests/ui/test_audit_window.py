from __future__ import annotations

import csv
import json
from pathlib import Path

from desktopapp.core import people, workflow
from desktopapp.ui.audit_window import AuditWindow
from tests.support.reviewers import PW


def test_filters_and_exports(qtbot, store, user, app_ctx, tmp_path: Path) -> None:
    riley = people.add_person("Riley", people.Role.REVIEWER, user.id, passphrase=PW)
    d = workflow.create_draft(user.id, "text")
    workflow.submit(d.id, user.id, riley.id)
    workflow.skip_cooloff(d.id, riley.id, "Store emergency notice", passphrase=PW)
    window = AuditWindow(app_ctx)
    qtbot.addWidget(window)
    total = window.table.rowCount()
    assert total >= 5
    window.actor.setCurrentIndex(window.actor.findData("Riley"))
    assert window.table.rowCount() == 1 and window.table.item(0, 2).text() == "cool-off skipped"
    window.actor.setCurrentIndex(0)
    window.search.setText("emergency")
    assert window.table.rowCount() == 1
    window.export("csv", str(tmp_path / "log.csv"))
    window.export("json", str(tmp_path / "log.json"))
    rows = list(csv.DictReader((tmp_path / "log.csv").open(encoding="utf-8")))
    assert [r["action"] for r in rows] == ["cool-off skipped"]
    assert json.loads((tmp_path / "log.json").read_text())["events"][0]["actor"] == "Riley"


def test_times_in_the_labelled_zone_and_subjects_by_kind(qtbot, store, user, app_ctx) -> None:
    from desktopapp.core import display_zone, pause, zones

    display_zone.set_display_zone("America/New_York")
    d = workflow.create_draft(user.id, "text")
    pause.pause("Storm", user.id)
    window = AuditWindow(app_ctx)
    qtbot.addWidget(window)
    assert window.table.horizontalHeaderItem(0).text() == "When (America/New_York)"
    assert window.table.horizontalHeaderItem(3).text() == "About"
    rows = {window.table.item(r, 2).text(): r for r in range(window.table.rowCount())}
    paused = window.table.item(rows["publishing paused"], 3).text()
    created = next(r for r in range(window.table.rowCount())
                   if window.table.item(r, 3).text() == "Draft: text")
    assert window.table.item(created, 3).toolTip() == f"draft id {d.id}"
    assert paused == "Workspace"
    newest = next(e for e in window.entries() if e.action == "publishing paused")
    shown = window.table.item(rows["publishing paused"], 0).text()
    assert shown == newest.at.astimezone(zones.zone_info("America/New_York")).strftime(
        "%Y-%m-%d %H:%M:%S")
    assert created >= 0


def test_subjects_by_name_and_schedule_times_readable(qtbot, store, user, app_ctx) -> None:
    from datetime import UTC, datetime

    from desktopapp.core import display_zone

    display_zone.set_display_zone("UTC")
    long = workflow.create_draft(user.id, "\n  Spring sale starts Friday at nine, first "
                                          "fifty visitors get a tote bag\nsecond line")
    workflow.schedule(long.id, datetime(2031, 3, 14, 8, 0, tzinfo=UTC), user.id,
                      zone="Europe/Berlin")
    window = AuditWindow(app_ctx)
    qtbot.addWidget(window)
    rows = [[window.table.item(r, c).text() for c in range(7)]
            for r in range(window.table.rowCount())]
    scheduled = next(r for r in rows if r[2] == "scheduled")
    assert scheduled[3] == "Draft: Spring sale starts Friday at nine, first fifty…"
    assert scheduled[6] == "Fri 14 Mar 2031 09:00 (Europe/Berlin)"  # stored as ISO in UTC
    hover = next(r for r in range(window.table.rowCount())
                 if window.table.item(r, 2).text() == "scheduled")
    assert "As recorded: 2031-03-14T08:00:00" in window.table.item(hover, 6).toolTip()
