"""The Edit menu edits whichever text field has the focus; Help has the user guide and
the keyboard shortcuts, not only About."""

from __future__ import annotations

from PySide6.QtWidgets import QApplication

from desktopapp.core import workflow
from desktopapp.ui import help_menus


def _titles(menu) -> list[str]:  # type: ignore[no-untyped-def]
    return [a.text().replace("&", "") for a in menu.actions() if a.text()]


def test_edit_and_help_menus(make_window, qtbot, user) -> None:
    workflow.create_draft(user.id, "Hello there")
    window = make_window()
    menus = {a.text().replace("&", ""): a.menu() for a in window.menuBar().actions()}
    edit = _titles(menus["Edit"])
    assert edit[:6] == ["Undo", "Redo", "Cut", "Copy", "Paste", "Select all"]
    assert "Find" in edit
    assert _titles(menus["Help"])[:2] == ["User guide", "Keyboard shortcuts"]
    assert "About Second Thought" in _titles(menus["Help"])

    text = window.editor.text
    text.setFocus()
    qtbot.waitUntil(text.hasFocus, timeout=2000)
    window.edit_actions["selectAll"].trigger()
    window.edit_actions["copy"].trigger()
    assert QApplication.clipboard().text() == "Hello there"
    text.moveCursor(text.textCursor().MoveOperation.End)
    qtbot.keyClicks(text, "!")
    assert text.toPlainText() == "Hello there!"
    window.edit_actions["undo"].trigger()
    assert text.toPlainText() == "Hello there"
    window.edit_actions["redo"].trigger()
    assert text.toPlainText() == "Hello there!"

    search = window.drafts.filters.search  # the same menu works in another field
    search.setFocus()
    qtbot.waitUntil(search.hasFocus, timeout=2000)
    window.edit_actions["paste"].trigger()
    assert search.text() == "Hello there"

    rows = help_menus.shortcut_rows(window)
    assert any(what == "Find" and keys for _where, keys, what in rows)
    assert any(where == "Review inbox" for where, _k, _w in rows)
    window.dialogs.open_calendar()  # a window of its own, though a child of the main one
    window.dialogs.calendar.close()
    assert help_menus.shortcut_rows(window) == rows  # its actions are not the main window's
    dialog = help_menus.ShortcutsDialog(window)
    qtbot.addWidget(dialog)
    assert dialog.table.rowCount() == len(rows)
    guide = help_menus.UserGuideDialog(window)
    qtbot.addWidget(guide)
    guide.show()
    text = guide.text.toPlainText()
    assert "Second Thought" in text and "Read the warnings" in text and "cool off" in text
    assert "twitter-text" not in text and "TweetEval" not in text  # for people, not developers
    from PySide6.QtCore import QUrl
    from PySide6.QtGui import QTextDocument

    picture = guide.text.loadResource(QTextDocument.ResourceType.ImageResource.value,
                                      QUrl("guide/window.png"))
    # found wherever the app was started from, and no wider than the page
    assert not picture.isNull() and picture.width() <= guide.text.viewport().width()


def test_a_search_matching_nothing_clears_the_warnings_and_escape_clears_it(
        make_window, qtbot, user) -> None:
    from PySide6.QtCore import Qt

    workflow.create_draft(user.id, "This is absolutely the WORST DAY EVER, I HATE EVERYONE!!!")
    window = make_window()
    qtbot.waitUntil(lambda: window.side.warnings.list.count() > 0, timeout=5000)
    search = window.drafts.filters.search
    search.setFocus()
    qtbot.keyClicks(search, "zzqxnothing")
    window.drafts.filters.flush_search()
    qtbot.waitUntil(lambda: window.editor.draft is None, timeout=3000)
    assert window.side.warnings.list.count() == 0
    assert "Open a draft" in window.side.warnings.risk.text()
    qtbot.keyClick(search, Qt.Key.Key_Escape)
    assert search.text() == ""
    qtbot.waitUntil(lambda: window.editor.draft is not None, timeout=3000)


def test_a_warning_tooltip_opens_below_the_line_it_explains(make_window, qtbot, user,
                                                             paths) -> None:
    from PySide6.QtCore import QEvent, QPoint
    from PySide6.QtGui import QHelpEvent
    from PySide6.QtWidgets import QApplication

    from desktopapp.config import Settings

    settings = Settings.load(paths.settings_file)
    settings.editor_font_size = 32  # a tall line: the pointer's offset alone stays inside it
    settings.save(paths.settings_file)
    workflow.create_draft(user.id, "You are a worthless idiot and everyone knows it")
    window = make_window()
    text = window.editor.text
    qtbot.waitUntil(lambda: window.editor.check_state is not None
                    and any(w.code.startswith("tone") or "idiot" in w.message
                            for w in window.editor.visible_warnings()), timeout=8000)
    body = text.toPlainText()
    cursor = text.textCursor()
    cursor.setPosition(body.index("idiot") + 2)
    line = text.cursorRect(cursor)
    point = QPoint(line.center().x(), line.top() + 2)  # the top of the word
    event = QHelpEvent(QEvent.Type.ToolTip, point, text.viewport().mapToGlobal(point))
    QApplication.sendEvent(text.viewport(), event)
    tips = [w for w in QApplication.topLevelWidgets()
            if w.inherits("QTipLabel") and w.isVisible()]
    assert tips, "no tooltip shown over a flagged word"
    word_bottom = text.viewport().mapToGlobal(line.bottomLeft()).y()
    assert tips[0].geometry().top() > word_bottom, "the tooltip covers the word it explains"


def test_the_warnings_pane_says_checking_while_an_open_draft_has_no_result_yet(
        qtbot, app_ctx) -> None:
    from desktopapp.ui import theme
    from desktopapp.ui.side_pane import SidePane

    side = SidePane(app_ctx, theme.LIGHT)
    qtbot.addWidget(side)
    side.show_checks(None, [], checking=True)
    assert "Checking this draft" in side.warnings.risk.text() and not side.has_checks
    side.show_checks(None, [])  # no draft open at all
    assert "Open a draft" in side.warnings.risk.text()


def test_pause_or_resume_whichever_does_something(make_window, user) -> None:
    from desktopapp.core import pause

    window = make_window()
    menu = window.menus[3]
    by_text = {a.text(): a for a in menu.actions()}
    pause_act, resume_act = by_text["Pause all publishing…"], by_text["Resume publishing…"]
    menu.aboutToShow.emit()
    assert pause_act.isEnabled() and not resume_act.isEnabled()
    pause.pause("Storm", user.id)
    menu.aboutToShow.emit()
    assert resume_act.isEnabled() and not pause_act.isEnabled()
