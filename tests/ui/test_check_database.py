"""Help → Check database: the doctor's report in a message box, computed off the GUI
thread; a hot journal left by a crash is recovered and the backups are listed."""

from __future__ import annotations

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from desktopapp.core import workflow


def test_check_database_shows_the_report(make_window, qtbot, user, paths,
                                         artifacts_dir) -> None:
    workflow.create_draft(user.id, "checked")
    backup = paths.db_path.with_name(paths.db_path.name + ".v6-20261201T101500Z.bak")
    backup.write_bytes(paths.db_path.read_bytes())
    window = make_window()
    seen: dict[str, str] = {}

    def read_and_close() -> None:
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox):
            QTimer.singleShot(50, read_and_close)
            return
        seen["text"], seen["details"] = box.text(), box.detailedText()
        box.grab().save(str(artifacts_dir / "check-database.png"))
        box.accept()

    QTimer.singleShot(50, read_and_close)
    menu = next(a.menu() for a in window.menuBar().actions() if a.text() == "&Help")
    action = next(a for a in menu.actions() if a.text() == "Check database…")
    action.trigger()
    qtbot.waitUntil(lambda: "text" in seen, timeout=20_000)
    assert seen["text"] == "The database is sound."
    assert "integrity: ok" in seen["details"] and backup.name in seen["details"]
