"""Issue 15: a post stuck half-sent has a way out in the window too, and its text cannot
be edited while it is going out."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path

from PySide6.QtCore import Qt

from desktopapp.core import channels, drafts, workflow
from desktopapp.core.channels import Kind
from desktopapp.core.states import DraftState
from desktopapp.publish import publisher

NOW = datetime.now(UTC).replace(microsecond=0) - timedelta(days=3)


def test_the_half_sent_bar_offers_the_ways_out(make_window, qtbot, user, tmp_path: Path,
                                               artifacts_dir: Path) -> None:
    for name in ("Blog", "Shop"):
        channels.add_channel(Kind.OUTBOX, name, user.id, path=str(tmp_path / name))
    d = workflow.create_draft(user.id, "Spring sale starts Friday")
    channels.set_targets(d.id, ["Blog", "Shop"])
    workflow.schedule(d.id, NOW, user.id, now=NOW)
    workflow.submit(d.id, user.id, now=NOW)
    channels.pause_channel("Shop", "Shop closed today", user.id)
    publisher.run_once(now=NOW + timedelta(days=2), media_dir=tmp_path / "media")
    assert drafts.get_draft(d.id).state is DraftState.PUBLISHING
    window = make_window()
    window.drafts.show_draft(d.id)
    bar = window.editor.half_sent
    qtbot.waitUntil(bar.isVisible, timeout=3000)
    assert "Sent to Blog" in bar.label.text() and "not yet to Shop" in bar.label.text()
    assert window.editor.text.isReadOnly()  # frozen while going out
    window.grab().save(str(artifacts_dir / "half-sent-bar.png"))
    qtbot.mouseClick(bar.buttons["cancel"], Qt.MouseButton.LeftButton)
    assert drafts.get_draft(d.id).state is DraftState.PUBLISHED
    assert not bar.isVisible()
