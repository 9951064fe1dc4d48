from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QInputDialog

from desktopapp.core import audit, drafts, people, workflow
from desktopapp.core.states import DraftState
from desktopapp.ui.inbox_window import InboxWindow
from desktopapp.ui.theme import LIGHT
from tests.support.reviewers import PW


def test_keyboard_batch_review(qtbot, store, user, app_ctx, monkeypatch) -> None:
    riley = people.add_person("Riley", people.Role.REVIEWER, user.id, passphrase=PW)
    ids = []
    for text in ("first post", "second post", "third post"):
        d = workflow.create_draft(user.id, text)
        workflow.submit(d.id, user.id, riley.id)
        ids.append(d.id)
    asked: list[str] = []
    # Riley is not this computer's user: each decision in Riley's name asks for the
    # passphrase (the dialog stands in for Riley typing it).
    monkeypatch.setattr("desktopapp.ui.inbox_window.ask_passphrase",
                        lambda _parent, name, what: asked.append(f"{name}:{what}") or PW)
    window = InboxWindow(app_ctx, LIGHT, reviewer_id=riley.id)
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
    assert asked == ["Riley:approve", "Riley:request changes"]
    last = audit.events("draft", second.draft_id)[-1]
    assert (last.actor, last.keyboard) == ("Riley", user.display_name)


def test_the_author_is_not_offered_their_own_drafts(qtbot, store, user, app_ctx) -> None:
    riley = people.add_person("Riley", people.Role.REVIEWER, user.id, passphrase=PW)
    d = workflow.create_draft(user.id, "mine")
    workflow.submit(d.id, user.id, riley.id)
    # The local user is an admin, and the author.
    window = InboxWindow(app_ctx, LIGHT, reviewer_id=user.id)
    qtbot.addWidget(window)
    assert window.boxes.tabText(0) == "Waiting for me"


def test_review_pane_shows_the_warnings(qtbot, store, user, app_ctx) -> None:
    riley = people.add_person("Riley", people.Role.REVIEWER, user.id, passphrase=PW)
    d = workflow.create_draft(user.id, "Call me on 415-555-0132")
    workflow.submit(d.id, user.id, riley.id)
    window = InboxWindow(app_ctx, LIGHT, reviewer_id=riley.id)
    qtbot.addWidget(window)
    qtbot.waitUntil(lambda: "phone number" in window.warnings.text(), timeout=5000)
    assert "Risk: medium" in window.warnings.text()


def test_a_wrong_passphrase_or_unticked_danger_approves_nothing(qtbot, store, user, app_ctx,
                                                                monkeypatch) -> None:
    from PySide6.QtWidgets import QMessageBox

    from desktopapp.core import review
    from desktopapp.ui.review_dialogs import AcknowledgeDialog

    riley = people.add_person("Riley", people.Role.REVIEWER, user.id, passphrase=PW)
    d = workflow.create_draft(user.id, "Heard the bank is about to collapse, pull your "
                                       "money out NOW!!! Those idiots should be jailed")
    workflow.submit(d.id, user.id, riley.id)
    window = InboxWindow(app_ctx, LIGHT, reviewer_id=riley.id)
    qtbot.addWidget(window)
    qtbot.waitUntil(lambda: d.id in window._checked, timeout=10000)
    warned: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, text: warned.append(text))
    ticked: list[AcknowledgeDialog] = []

    def tick_all(dialog: AcknowledgeDialog) -> int:
        assert not dialog.approve.isEnabled()  # not before every warning is ticked
        for _danger, box in dialog.boxes:
            box.setChecked(True)
        assert dialog.approve.isEnabled()
        ticked.append(dialog)
        return 1

    monkeypatch.setattr(AcknowledgeDialog, "exec", tick_all)
    monkeypatch.setattr("desktopapp.ui.inbox_window.ask_passphrase",
                        lambda *_a: "not riley's passphrase")
    window.approve()
    assert ticked and warned and "not Riley's passphrase" in warned[-1]
    assert not review.approval_state(d.id).valid
    monkeypatch.setattr("desktopapp.ui.inbox_window.ask_passphrase", lambda *_a: PW)
    window.approve()
    assert review.approval_state(d.id).valid
    event = audit.events("draft", d.id)[-1]
    assert event.action == "approved" and "read the danger warnings" in event.reason


def test_an_empty_inbox_says_what_it_is_for(qtbot, store, user, app_ctx) -> None:
    alone = InboxWindow(app_ctx, LIGHT, reviewer_id=user.id)
    qtbot.addWidget(alone)
    alone.show()
    assert "Posts that others submit for you to review appear here" in alone.heading.text()
    assert "add a reviewer in File → People and keys" in alone.heading.text()
    assert alone.who.isHidden()  # nobody else to review as
    assert not alone.approve_button.isEnabled()
    alone.boxes.setCurrentIndex(2)
    assert alone.heading.text() == "No post you approved."

    people.add_person("Riley", people.Role.REVIEWER, user.id, passphrase=PW)
    two = InboxWindow(app_ctx, LIGHT, reviewer_id=user.id)
    qtbot.addWidget(two)
    two.show()
    assert not two.who.isHidden() and two.who.count() == 2
    assert "add a reviewer" not in two.heading.text()
