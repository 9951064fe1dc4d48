"""Issue 15, part 5: the author sees what the reviewer said. "Changes requested" and
"rejected" show above the editor with the reviewer's comments anchored in the text, until
the author edits; a decision that arrives (here from another process) is announced with a
desktop notification."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from desktopapp.core import people, review, workflow
from desktopapp.core.people import Role
from tests.support.reviewers import PW

TEXT = "Our spring sale starts Friday and our rival's product is trash."


def test_changes_requested_show_above_the_editor_anchored(make_window, qtbot, user,
                                                          artifacts_dir) -> None:
    riley = people.add_person("Riley", Role.REVIEWER, user.id, passphrase=PW)
    d = workflow.create_draft(user.id, TEXT)
    workflow.submit(d.id, user.id, riley.id)
    start = TEXT.index("our rival")
    review.add_comment(d.id, riley.id, "Leave the rival out of it", start,
                       start + len("our rival's product is trash"))
    workflow.request_changes(d.id, riley.id, "Kinder, please", passphrase=PW)
    window = make_window()
    window.drafts.show_draft(d.id)
    banner = window.editor.decision_banner
    qtbot.waitUntil(banner.isVisible, timeout=3000)
    assert "Riley asked for changes" in banner.label.text()
    assert "Leave the rival out of it" in banner.label.text()
    assert "our rival&#x27;s product is trash" in banner.label.text() or \
        "our rival's product is trash" in banner.label.text()
    (mark,) = window.editor.text.extraSelections()
    assert mark.cursor.selectedText() == "our rival's product is trash"
    window.grab().save(str(artifacts_dir / "decision-banner.png"))
    window.editor.text.textCursor().insertText("Edited: ")  # the author answers by editing
    assert not banner.isVisible() and window.editor.text.extraSelections() == []


def test_a_decision_from_elsewhere_is_a_desktop_notification(make_window, qtbot, user,
                                                             tmp_path: Path) -> None:
    riley = people.add_person("Riley", Role.REVIEWER, user.id, passphrase=PW)
    d = workflow.create_draft(user.id, "Spring sale starts Friday")
    workflow.submit(d.id, user.id, riley.id)
    window = make_window()
    phrase = tmp_path / "riley.pass"
    phrase.write_text(PW + "\n", encoding="utf-8")
    done = subprocess.run([sys.executable, "-m", "desktopapp", "review", "reject", str(d.id),
                           "--as", "Riley", "--comment", "Not this week",
                           "--passphrase-file", str(phrase)], env=dict(os.environ),
                          capture_output=True, text=True, timeout=120, check=False)
    assert done.returncode == 0, done.stderr
    qtbot.waitUntil(lambda: window.tray.last_message is not None, timeout=5000)
    title, message = window.tray.last_message
    assert title == f"Riley rejected it (post {d.id})" and "Not this week" in message
    window.drafts.show_draft(d.id)
    qtbot.waitUntil(window.editor.decision_banner.isVisible, timeout=3000)
    assert "Riley rejected it" in window.editor.decision_banner.label.text()
