"""The change feed: what one part of the app (or another process) commits, every open view
shows without being told by hand."""

from __future__ import annotations

import os
import subprocess
import sys
import time
from datetime import UTC, datetime, timedelta

from desktopapp.app.events import ChangeKind
from desktopapp.core import pause, workflow
from desktopapp.ui.draft_list import DraftIdRole
from tests.support.reviewers import PW


def _cli(*args: str) -> subprocess.CompletedProcess[str]:
    """The real command-line program, as a separate process on the same database file."""
    return subprocess.run([sys.executable, "-m", "desktopapp", *args], capture_output=True,
                          text=True, timeout=120, check=True, env=dict(os.environ))


def _listed(window) -> list[int]:
    model = window.drafts.model
    return [model.index(i).data(DraftIdRole) for i in range(model.rowCount())]


def test_a_draft_made_by_the_cli_appears_in_the_open_window(make_window, qtbot, user) -> None:
    workflow.create_draft(user.id, "Already here")
    window = make_window()
    assert window.drafts.model.rowCount() == 1
    done = _cli("drafts", "new", "--body", "Written in a terminal", "--format", "json")
    assert "Written in a terminal" in done.stdout
    returned = time.monotonic()
    qtbot.waitUntil(lambda: window.drafts.model.rowCount() == 2, timeout=2000)
    assert time.monotonic() - returned < 2.0
    titles = [window.drafts.model.index(i).data() for i in range(2)]
    assert "Written in a terminal" in titles


def test_a_pause_by_the_cli_shows_the_banner_and_the_tray(make_window, qtbot, user) -> None:
    window = make_window()
    assert not window.publishing.pause_banner.isVisible()
    _cli("pause", "--reason", "Storm over the coast")
    qtbot.waitUntil(window.publishing.pause_banner.isVisible, timeout=2000)
    assert "Storm over the coast" in window.publishing.pause_banner.label.text()
    qtbot.waitUntil(lambda: "paused" in window.tray.tooltip, timeout=2000)
    pause.resume(user.id)


def test_a_decision_in_the_inbox_reaches_the_editor_and_the_list(make_window, qtbot,
                                                                  user) -> None:
    from desktopapp.core import people
    from desktopapp.core.people import Role

    reviewer = people.add_person("Riley Reviewer", Role.REVIEWER, user.id, passphrase=PW)
    draft = workflow.create_draft(user.id, "Launch day is Friday")
    workflow.submit(draft.id, user.id, reviewer.id)
    window = make_window()
    window.drafts.select_draft(draft.id)
    assert window.editor.draft is not None and window.editor.draft.id == draft.id
    # A reviewer's decision, committed by another part of the app: announced on the bus.
    workflow.request_changes(draft.id, reviewer.id, "Say which Friday", passphrase=PW)
    window.ctx.bus.emit(ChangeKind.DRAFT, (draft.id,))
    qtbot.waitUntil(lambda: window.editor.draft.state.value == "draft", timeout=2000)
    assert window.editor.text.toPlainText() == "Launch day is Friday"
    assert window.drafts.act_submit.isEnabled()


def test_unsaved_typing_is_never_replaced_by_an_outside_change(make_window, qtbot,
                                                               user) -> None:
    from desktopapp.core import drafts

    draft = workflow.create_draft(user.id, "First words")
    window = make_window()
    window.editor.autosave.reset()
    window.editor.text.setPlainText("First words, and mine")  # typed, not yet saved
    assert window.editor.autosave.dirty
    drafts.save_body(draft.id, "Changed elsewhere", user.id)
    window.ctx.bus.emit(ChangeKind.EXTERNAL)
    qtbot.wait(200)
    assert window.editor.text.toPlainText() == "First words, and mine"
    window.editor.autosave.reset()  # the conflict it would meet is test_concurrent_edit's


def test_a_post_scheduled_by_the_cli_appears_in_the_open_calendar(make_window, qtbot,
                                                                  user) -> None:
    draft = workflow.create_draft(user.id, "Calendar post")
    window = make_window()
    window.dialogs.open_calendar()
    calendar = window.dialogs.calendar
    assert calendar is not None
    when = (datetime.now(UTC) + timedelta(days=1)).replace(hour=12, minute=0, second=0,
                                                           microsecond=0)
    _cli("schedule", str(draft.id), "--at", when.strftime("%Y-%m-%dT%H:%M"), "--tz", "UTC")

    def shown() -> bool:
        return any(e.draft_id == draft.id for day in calendar.model.by_day.values()
                   for e in day)

    qtbot.waitUntil(shown, timeout=2000)
    calendar.close()


def test_window_commands_announce_through_the_app_services(make_window, qtbot, user) -> None:
    """The main window's draft commands no longer announce by hand: each app service does,
    once, and the list follows from the feed."""
    window = make_window()
    seen: list[object] = []
    window.ctx.bus.subscribe(seen.append)
    window.drafts.act_new.trigger()
    created = window.drafts.current_id
    assert created is not None
    window.drafts.act_duplicate.trigger()
    copy = window.drafts.current_id
    window.drafts.act_trash.trigger()
    kinds = [(c.kind, c.ids) for c in seen]  # type: ignore[attr-defined]
    assert kinds == [(ChangeKind.DRAFT, (created,)), (ChangeKind.DRAFT, (copy,)),
                     (ChangeKind.DRAFT, (copy,))]
    qtbot.waitUntil(lambda: copy not in _listed(window), timeout=2000)
