from __future__ import annotations

from PySide6.QtCore import Qt

from desktopapp.core import drafts, people, workflow
from desktopapp.core.states import DraftState
from desktopapp.ui.lifecycle_bar import countdown
from desktopapp.ui.submit_dialog import SubmitDialog
from tests.support.reviewers import PW


def test_countdown_text() -> None:
    assert countdown(59) == "0 min 59 s"
    assert countdown(3 * 3600 + 120) == "3 h 02 min"
    assert countdown(90000) == "1 d 1 h 00 min"
    assert countdown(-5) == "0 min 00 s"


def test_submit_shows_the_countdown_and_withdraw_hides_it(make_window, qtbot, user,
                                                          monkeypatch) -> None:
    reviewer = people.add_person("Riley", people.Role.REVIEWER, user.id, passphrase=PW)
    d = workflow.create_draft(user.id, "Spring sale starts Friday")
    window = make_window()
    chosen = {}

    def accept(dialog: SubmitDialog) -> int:
        combo = dialog.reviewer
        chosen["reviewers"] = [combo.itemText(i) for i in range(combo.count())]
        chosen["hold"] = dialog.hold.text()
        return SubmitDialog.DialogCode.Accepted

    monkeypatch.setattr(SubmitDialog, "exec", accept)
    qtbot.waitUntil(lambda: window.editor.check_state is not None, timeout=30000)
    assert window.drafts.act_submit.isEnabled()
    window.drafts.act_submit.trigger()
    assert chosen["reviewers"] == ["Riley"]  # review is required: no "no review" choice
    assert drafts.get_draft(d.id).state is DraftState.SUBMITTED
    bar = window.editor.lifecycle
    assert bar.isVisible() and "Cooling off" in bar.label.text()
    assert "Waiting for Riley" in bar.label.text()
    assert not window.drafts.act_submit.isEnabled()
    assert "Submitted." in window.statusBar().currentMessage()
    # The dialog said beforehand what submitting then did: the same hold, for the same reason.
    assert chosen["hold"].startswith("Held until ")
    said_why = chosen["hold"].split(" because ", 1)[1]
    assert said_why in window.statusBar().currentMessage()
    workflow.approve(d.id, reviewer.id, passphrase=PW)
    bar.show_draft(d.id)
    assert "Approved by Riley" in bar.label.text()
    qtbot.mouseClick(bar.withdraw, Qt.MouseButton.LeftButton)
    assert drafts.get_draft(d.id).state is DraftState.DRAFT and not bar.isVisible()


def test_solo_workspace_offers_no_review(qtbot, store, user, app_ctx) -> None:
    dialog = SubmitDialog(app_ctx, user.id)
    qtbot.addWidget(dialog)
    assert dialog.reviewer.itemText(0).startswith("No review")
    assert dialog.chosen_reviewer() is None
    assert "every post waits 30 minutes" in dialog.hold.text()
    assert "People and keys" in " ".join(
        label.text() for label in dialog.findChildren(type(dialog.dangers)))
    assert "secondthought" not in " ".join(
        label.text() for label in dialog.findChildren(type(dialog.dangers)))


def test_submitting_a_high_risk_post_sums_up_its_danger_warnings(make_window, qtbot, user,
                                                                 monkeypatch) -> None:
    text = ("I will find where you live and make you pay for this, you worthless idiot. "
            "Everyone should go burn their office down tonight.")
    workflow.create_draft(user.id, text)
    window = make_window()
    qtbot.waitUntil(lambda: window.editor.check_state is not None
                    and window.editor.check_state.text == text, timeout=8000)
    seen = {}

    def look(dialog: SubmitDialog) -> int:
        seen["summary"] = dialog.dangers.text()
        seen["visible"] = not dialog.dangers.isHidden()
        seen["hold"] = dialog.hold.text()
        return SubmitDialog.DialogCode.Rejected

    monkeypatch.setattr(SubmitDialog, "exec", look)
    window.drafts.act_submit.trigger()
    assert seen["visible"], "no summary of the danger warnings before submitting"
    assert "danger warning" in seen["summary"] and "risk is high" in seen["summary"]
    assert "Held until" in seen["hold"] and "risk is high, so it waits 1 day" in seen["hold"]


def test_the_danger_summary_text() -> None:
    from desktopapp.ui.submit_dialog import danger_summary

    assert danger_summary("none", []) == ""
    assert "still being worked out" in danger_summary(None, [])
    text = danger_summary("high", [("idiot", "An insult."), ("", "A threat <b>.")] * 4)
    assert "8 danger warnings" in text and "… and 2 more" in text
    assert "&lt;b&gt;" in text  # messages are escaped
