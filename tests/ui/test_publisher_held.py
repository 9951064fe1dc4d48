"""A post that is due but held by a gate (here: waiting for a reviewer's approval) is not
retried in a busy loop by the window's background publisher: after the run that left it,
the next look is HELD_RECHECK_S later, not 0.1 s."""

from __future__ import annotations

import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

from desktopapp.core import channels, people, workflow
from desktopapp.core.channels import Kind
from desktopapp.ui.publishing import BackgroundPublisher
from tests.support.reviewers import PW

PAST = datetime.now(UTC) - timedelta(days=2)  # cool-off long over, time long due


def test_a_post_waiting_for_approval_is_not_polled_in_a_loop(qtbot, app_ctx, user,
                                                              tmp_path: Path) -> None:
    reviewer = people.add_person("Riley", people.Role.REVIEWER, user.id, passphrase=PW)
    channels.add_channel(Kind.OUTBOX, "folder", user.id, path=str(tmp_path / "out"))
    draft = workflow.create_draft(user.id, "Spring opening hours")
    channels.set_targets(draft.id, ["folder"])
    workflow.schedule(draft.id, PAST, user.id, now=PAST - timedelta(hours=1))
    workflow.submit(draft.id, user.id, reviewer.id, now=PAST - timedelta(hours=1))
    background = BackgroundPublisher(app_ctx)
    runs: list[float] = []
    background.finished.connect(lambda _summary: runs.append(time.monotonic()))
    background.start()
    try:
        qtbot.waitUntil(lambda: len(runs) >= 1, timeout=10_000)  # the first look at it
        qtbot.wait(1500)
        assert len(runs) == 1, f"{len(runs)} runs in 1.5 s for a post that cannot go"
        assert background._next is not None and background._next.isActive()
        assert background._next.remainingTime() > 3000  # seconds away, not a 0.1 s loop
        assert not list((tmp_path / "out").glob("*"))  # and nothing went out
    finally:
        background.stop()
        assert background.drain(10_000)
