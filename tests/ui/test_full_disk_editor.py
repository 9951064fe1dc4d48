"""Probe 9 in the window: when the database is full the editor says so in plain words
and keeps the text; once there is room again the same text is saved."""

from __future__ import annotations

from desktopapp.core import drafts, workflow


def test_a_full_disk_keeps_the_text_and_says_what_happened(make_window, qtbot, user, store,
                                                          artifacts_dir) -> None:
    d = workflow.create_draft(user.id, "short")
    window = make_window()
    pages = store.db.execute_sql("PRAGMA page_count").fetchone()[0]
    store.db.execute_sql(f"PRAGMA max_page_count = {pages + 2}")  # SQLITE_FULL, as a full disk
    long_text = "A long post that does not fit. " * 4000
    window.editor.text.setPlainText(long_text)
    assert window.editor.flush() is False
    banner = window.editor.error_banner
    assert banner.isVisible() and "The disk is full" in banner.label.text()
    assert "cannot rollback" not in banner.label.text()
    assert window.editor.text.toPlainText() == long_text  # the text is still here
    window.grab().save(str(artifacts_dir / "full-disk-editor.png"))
    store.db.execute_sql("PRAGMA max_page_count = 1073741823")  # room again
    assert window.editor.flush() is True
    assert drafts.get_draft(d.id).body == long_text and not banner.isVisible()
