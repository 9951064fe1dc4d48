"""The window and the command line edit one draft at the same time: nothing is lost, and
the person at the window sees both texts and chooses."""

from __future__ import annotations

import os
import subprocess
import sys

from desktopapp.core import drafts, revisions, workflow


def _cli(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "desktopapp", *args], capture_output=True,
                          text=True, timeout=120, check=False, env=dict(os.environ))


def _history(draft_id: int) -> list[str]:
    return [r.body for r in revisions.list_revisions(draft_id)]


def test_gui_and_cli_editing_one_draft_lose_nothing(make_window, qtbot, user) -> None:
    d = workflow.create_draft(user.id, "Doors open at nine")
    window = make_window()
    editor = window.editor
    assert editor.draft is not None and editor.draft.id == d.id
    # Typed in the window, not saved yet ...
    editor.text.setPlainText("Doors open at nine, coffee from eight")
    assert editor.autosave.dirty
    # ... while the command line changes the same draft.
    done = _cli("drafts", "edit", str(d.id), "--body", "Doors open at half past nine")
    assert done.returncode == 0, done.stderr
    assert not editor.flush()  # refused: a conflict, not an overwrite
    assert editor.conflict_banner.isVisible()
    assert editor.conflict_banner.theirs.toPlainText() == "Doors open at half past nine"
    assert editor.text.toPlainText() == "Doors open at nine, coffee from eight"
    assert drafts.get_draft(d.id).body == "Doors open at half past nine"
    assert "Doors open at nine, coffee from eight" in _history(d.id)  # kept already
    # The person keeps their text: it becomes the newest version; the CLI's stays in history.
    editor.keep_mine()
    assert not editor.conflict_banner.isVisible()
    assert drafts.get_draft(d.id).body == "Doors open at nine, coffee from eight"
    assert "Doors open at half past nine" in _history(d.id)
    # Typing goes on normally afterwards.
    editor.text.setPlainText("Doors open at nine, coffee from eight!")
    assert editor.flush()
    assert drafts.get_draft(d.id).body == "Doors open at nine, coffee from eight!"


def test_choosing_the_other_version_keeps_mine_in_the_history(make_window, qtbot,
                                                              user) -> None:
    d = workflow.create_draft(user.id, "Sale ends Sunday")
    window = make_window()
    window.editor.text.setPlainText("Sale ends Sunday at noon")
    assert _cli("drafts", "edit", str(d.id), "--body", "Sale ends Monday").returncode == 0
    assert not window.editor.flush()
    window.editor.text.setPlainText("Sale ends Sunday at noon sharp")  # typed on meanwhile
    window.editor.use_theirs()
    assert window.editor.text.toPlainText() == "Sale ends Monday"
    assert not window.editor.autosave.dirty
    assert "Sale ends Sunday at noon sharp" in _history(d.id)


def test_a_cli_edit_from_an_old_version_is_refused_with_one_line(make_window, qtbot,
                                                                 user) -> None:
    d = workflow.create_draft(user.id, "Draft one")
    window = make_window()
    window.editor.text.setPlainText("Draft one, improved in the window")
    assert window.editor.flush()
    done = _cli("drafts", "edit", str(d.id), "--body", "Draft one, from the terminal",
                "--expect-version", str(d.version))
    assert done.returncode == 1
    assert "changed elsewhere" in done.stderr and "Traceback" not in done.stderr
    assert len(done.stderr.strip().splitlines()) == 1
    assert drafts.get_draft(d.id).body == "Draft one, improved in the window"
    assert "Draft one, from the terminal" in _history(d.id)


def test_a_state_change_elsewhere_is_not_a_text_conflict(make_window, qtbot, user) -> None:
    d = workflow.create_draft(user.id, "Weekend plans")
    window = make_window()
    window.editor.text.setPlainText("Weekend plans: a picnic")
    drafts.set_tags(d.id, ["weekend"])  # bumps the version, leaves the text alone
    assert window.editor.flush()
    assert not window.editor.conflict_banner.isVisible()
    assert drafts.get_draft(d.id).body == "Weekend plans: a picnic"
