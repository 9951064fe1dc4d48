from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QInputDialog

from desktopapp.core import drafts, people, workflow
from desktopapp.core.states import DraftState
from desktopapp.ui.inbox_window import InboxWindow
from desktopapp.ui.theme import LIGHT


def test_keyboard_batch_review(qtbot, store, user, monkeypatch) -> None:
    riley = people.add_person("Riley", people.Role.REVIEWER, user.id)
    ids = []
    for text in ("first post", "second post", "third post"):
        d = workflow.create_draft(user.id, text)
        workflow.submit(d.id, user.id, riley.id)
        ids.append(d.id)
    window = InboxWindow(riley.id, LIGHT)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    window.windowHandle().requestActivate()
    qtbot.waitUntil(window.isActiveWindow, timeout=2000)
    assert window.boxes.tabText(0) == "Waiting for me (3)"
    first = window.current()
    qtbot.keyClick(window, Qt.Key.Key_A)  # approve the first
    assert window.boxes.tabText(0) == "Waiting for me (2)"
    assert window.boxes.tabText(2) == "Approved (1)"
    monkeypatch.setattr(QInputDialog, "getMultiLineText",
                        lambda *a, **k: ("Please name your source", True))
    second = window.current()
    qtbot.keyClick(window, Qt.Key.Key_R)  # request changes on the next
    assert drafts.get_draft(second.draft_id).state is DraftState.DRAFT
    assert window.boxes.tabText(1) == "Changes requested (1)"
    assert first is not None and drafts.get_draft(first.draft_id).state is DraftState.SUBMITTED
    qtbot.keyClick(window, Qt.Key.Key_C)  # comment on the last one
    assert "Please name your source" in window.comments.toPlainText()


def test_the_author_is_not_offered_their_own_drafts(qtbot, store, user) -> None:
    riley = people.add_person("Riley", people.Role.REVIEWER, user.id)
    d = workflow.create_draft(user.id, "mine")
    workflow.submit(d.id, user.id, riley.id)
    window = InboxWindow(user.id, LIGHT)  # the local user is an admin, and the author
    qtbot.addWidget(window)
    assert window.boxes.tabText(0) == "Waiting for me"


def test_review_pane_shows_the_warnings(qtbot, store, user) -> None:
    riley = people.add_person("Riley", people.Role.REVIEWER, user.id)
    d = workflow.create_draft(user.id, "Call me on 415-555-0132")
    workflow.submit(d.id, user.id, riley.id)
    window = InboxWindow(riley.id, LIGHT)
    qtbot.addWidget(window)
    qtbot.waitUntil(lambda: "phone number" in window.warnings.text(), timeout=5000)
    assert "Risk: medium" in window.warnings.text()
