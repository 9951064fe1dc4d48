"""Spelling in the window: the draft's language under the editor, "Add to dictionary"
in a spelling warning's menu, and the offer to switch when a draft is in another language."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMenu, QPushButton

from desktopapp.core import workflow, workspace


def codes(window) -> dict[str, str]:
    state = window.live.state
    return {state.text[w.start:w.end]: w.code for w in window.editor.visible_warnings()
            if w.code.startswith("spelling.")} if state else {}


def test_add_to_dictionary_and_language_per_draft(make_window, qtbot, user) -> None:
    text = "Our frobnicator is my favorite color"
    d = workflow.create_draft(user.id, text)
    workspace.set_spelling_language("en-GB", user.id)
    window = make_window()
    editor = window.editor
    assert editor.spelling.button._full == "English (UK)"
    qtbot.waitUntil(lambda: codes(window) == {"frobnicator": "spelling.offline",
                                             "favorite": "spelling.region",
                                             "color": "spelling.region"}, timeout=60_000)
    # The menu of a spelling warning offers the dictionary, in words, without codes.
    warning = next(w for w in editor.visible_warnings() if w.code == "spelling.offline")
    menu = QMenu()
    editor.text._ignore_actions(menu, warning)
    labels = [a.text() for a in menu.actions()]
    assert labels == ["Add “frobnicator” to the dictionary", "Ignore “frobnicator” in this draft"]
    menu.actions()[0].trigger()
    assert workspace.personal_words() == {"frobnicator"}
    qtbot.waitUntil(lambda: "frobnicator" not in codes(window), timeout=30_000)
    # This draft only: US English (the workspace stays British).
    editor.spelling.set_own("en-US")
    assert workspace.language_for(d.id) == "en-US"
    assert editor.spelling.button._full == "English (US)"
    qtbot.waitUntil(lambda: codes(window) == {}, timeout=30_000)


def test_a_draft_clearly_in_another_language_offers_a_switch(make_window, qtbot,
                                                             user) -> None:
    text = ("Wir haben heute einen schönen Tag und das ist nicht schlecht, die Sonne "
            "scheint auch")
    d = workflow.create_draft(user.id, text)
    window = make_window()
    banner = window.editor.spelling.banner
    qtbot.waitUntil(banner.isVisible, timeout=60_000)
    assert "looks like German" in banner.label.text()
    assert banner.button.text() == "Check as German"
    banner.button.click()
    assert workspace.language_for(d.id) == "de" and not banner.isVisible()
    qtbot.waitUntil(lambda: window.live.context.language == "de", timeout=10_000)


def test_settings_choose_the_workspace_language_and_prune_the_dictionary(
        make_window, qtbot, user) -> None:
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    from desktopapp.ui.settings_dialog import SettingsDialog

    workflow.create_draft(user.id, "A post")
    workspace.add_word("frobnicator", user.id)
    workspace.add_word("grommet", user.id)
    window = make_window()
    done: list[bool] = []

    def answer() -> None:
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, SettingsDialog)
        dialog.tabs.setCurrentIndex(dialog.tabs.indexOf(dialog.language.parentWidget()))
        dialog.language.setCurrentIndex(dialog.language.findData("en-AU"))
        dialog.words.findItems("grommet", Qt.MatchFlag.MatchExactly)[0].setSelected(True)
        remove = next(b for b in dialog.findChildren(QPushButton)
                      if b.text() == "Remove from the dictionary")
        remove.click()
        done.append(True)
        dialog.accept()

    QTimer.singleShot(200, answer)
    window.dialogs.open_settings()
    assert done == [True]
    assert workspace.spelling_language() == "en-AU"
    assert workspace.personal_words() == {"frobnicator"}
    assert window.editor.spelling.button._full == "English (Australia)"
