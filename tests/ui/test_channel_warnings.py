"""Issue 15: a channel's own text is checked like the main text in the window's warnings
panel: its warnings are listed (named by channel) and the risk is the highest of all."""

from __future__ import annotations

from pathlib import Path

from desktopapp.core import channels, workflow
from desktopapp.core.channels import Kind


def test_the_panel_checks_each_channels_own_text(make_window, qtbot, user,
                                                 tmp_path: Path, artifacts_dir: Path) -> None:
    for name in ("Blog", "My Bluesky"):
        channels.add_channel(Kind.OUTBOX, name, user.id, path=str(tmp_path / name))
    d = workflow.create_draft(user.id, "Lovely day at the market, come and say hello.")
    channels.set_targets(d.id, ["Blog", "My Bluesky"])
    channels.set_channel_text(d.id, "My Bluesky", "Text me on 415-555-0132 for a discount",
                              user.id)
    window = make_window()
    window.drafts.show_draft(d.id)
    panel = window.side.warnings
    # The first check loads the models in the worker: seconds on a busy machine.
    qtbot.waitUntil(lambda: window.editor.check_state is not None, timeout=60000)
    qtbot.waitUntil(lambda: any("My Bluesky (its own text)" in panel.list.item(i).text()
                                for i in range(panel.list.count())), timeout=30000)
    state = window.editor.check_state
    assert state is not None and state.report.risk.level.value == "none"
    assert state.risk_level.value != "none"
    assert "Risk: <span style=\"color:" in panel.risk.text()
    assert f">{state.risk_level.value}</span>" in panel.risk.text()
    assert "My Bluesky's own text is riskier" in panel.risk.text()
    window.side.setCurrentWidget(panel)
    window.grab().save(str(artifacts_dir / "channel-text-warnings.png"))
