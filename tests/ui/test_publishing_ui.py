from __future__ import annotations

from datetime import timedelta
from pathlib import Path

from desktopapp.core import channels, drafts, pause, workflow
from desktopapp.core.channels import Kind
from desktopapp.core.states import DraftState
from desktopapp.store.fields import utcnow
from desktopapp.ui.publishing import PublishLogDialog


def test_pause_banner_background_publisher_and_log(make_window, qtbot, user,
                                                   tmp_path: Path) -> None:
    outbox = tmp_path / "outbox"
    channels.add_channel(Kind.OUTBOX, "folder", user.id, path=str(outbox))
    past = utcnow() - timedelta(days=2)
    ended = past + timedelta(days=1)  # after the cool-off, still in the past
    d = workflow.create_draft(user.id, "Goes out from the window")
    channels.set_targets(d.id, ["folder"])
    workflow.submit(d.id, user.id, now=past)
    workflow.schedule(d.id, ended, user.id, now=ended)
    # Paused before the window opens: it would otherwise send the due post at once.
    pause.pause("Storm warning", user.id)
    window = make_window()
    assert window.publishing.pause_banner.isVisible()
    window.publishing.pause_all("Breaking news, hold everything")  # a new reason replaces the old
    assert "Breaking news" in window.publishing.pause_banner.label.text()
    with qtbot.waitSignal(window.publishing.publisher.finished, timeout=20_000):
        window.publishing.publisher.run_now()
    assert not list(outbox.glob("*.json"))  # nothing while paused
    window.publishing.resume_all(confirmed=True)
    assert not window.publishing.pause_banner.isVisible()
    # A timer-driven run may have finished just before: wait for the file itself.
    qtbot.waitUntil(lambda: len(list(outbox.glob("*.json"))) == 1, timeout=20_000)
    qtbot.waitUntil(lambda: drafts.get_draft(d.id).state is DraftState.PUBLISHED,
                    timeout=5_000)
    log = PublishLogDialog(window.ctx)
    qtbot.addWidget(log)
    outcomes = {log.table.item(r, 3).text() for r in range(log.table.rowCount())}
    assert outcomes == {"held", "sent"}
