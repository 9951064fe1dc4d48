from __future__ import annotations

from datetime import timedelta
from pathlib import Path

from desktopapp.core import channels, drafts, workflow
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
    window = make_window()
    window.pause_all("Breaking news, hold everything")
    assert window.pause_banner.isVisible()
    assert "Breaking news" in window.pause_banner.label.text()
    with qtbot.waitSignal(window.publisher.finished, timeout=20_000):
        window.publisher.run_now()
    assert not list(outbox.glob("*.json"))  # nothing while paused
    with qtbot.waitSignal(window.publisher.finished, timeout=20_000):
        window.resume_all(confirmed=True)
    assert not window.pause_banner.isVisible()
    assert len(list(outbox.glob("*.json"))) == 1
    assert drafts.get_draft(d.id).state is DraftState.PUBLISHED
    log = PublishLogDialog()
    qtbot.addWidget(log)
    outcomes = {log.table.item(r, 3).text() for r in range(log.table.rowCount())}
    assert outcomes == {"held", "sent"}
