from __future__ import annotations

import csv
import json
from pathlib import Path

from desktopapp.core import people, workflow
from desktopapp.ui.audit_window import AuditWindow


def test_filters_and_exports(qtbot, store, user, tmp_path: Path) -> None:
    riley = people.add_person("Riley", people.Role.REVIEWER, user.id)
    d = workflow.create_draft(user.id, "text")
    workflow.submit(d.id, user.id, riley.id)
    workflow.skip_cooloff(d.id, riley.id, "Store emergency notice")
    window = AuditWindow()
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
