"""The app in a real window on a real X server (Xvfb): it starts, shows drafts, and a
screenshot is saved as a test artifact (test-artifacts/main-window.png)."""

from __future__ import annotations

from pathlib import Path

import pytest

from desktopapp.core import drafts, workflow
from tests.support.app_process import start_app, stop_app
from tests.support.xserver import running_xvfb

pytestmark = pytest.mark.xvfb

SAMPLE_DRAFTS = [
    ("Heard the bank is about to collapse, pull your money out NOW!!! Those idiots in charge "
     "should be jailed", ["news"]),
    ("Big news: our spring collection lands on Friday! Doors open at 9, first 50 visitors "
     "get a tote bag.\n\nThanks to everyone who helped us get here.", ["launch", "spring"]),
    ("Thread: three things we learned running a tiny bakery for five years.\n\n1. Regulars "
     "are everything.", ["thread"]),
    ("Reminder that the shop is closed on Monday for inventory.", ["store"]),
    ("Draft reply to the review on Saturday — wait until the morning before posting.", []),
]


def seed(user_id: int) -> None:
    created = [workflow.create_draft(user_id, body, tags) for body, tags in SAMPLE_DRAFTS]
    # Edit the launch post, then open the risky one last, so the window shows warnings.
    drafts.save_body(created[1].id, SAMPLE_DRAFTS[1][0].replace("Friday", "Saturday")
                     .replace("first 50", "the first 100"), user_id, drafts.SaveKind.MANUAL)
    drafts.save_body(created[0].id, SAMPLE_DRAFTS[0][0] + " ", user_id, drafts.SaveKind.MANUAL)


def test_real_window_shows_drafts_and_screenshot(user, paths, artifacts_dir: Path,
                                                 tmp_path: Path) -> None:
    seed(user.id)
    with running_xvfb() as x:
        proc = start_app(x.env(), tmp_path / "app.log")
        try:
            x.wait_for_window("Second Thought")
            shot = artifacts_dir / "main-window.png"
            # Give the first paint a moment; then grab the real X screen.
            import time

            time.sleep(2.0)  # first paint, and the first check results
            x.screenshot(shot)
            assert proc.poll() is None, (tmp_path / "app.log").read_text()
        finally:
            stop_app(proc)
    assert shot.stat().st_size > 20_000  # a real picture, not an empty screen
    from PySide6.QtGui import QImage

    image = QImage(str(shot))
    assert (image.width(), image.height()) == (1280, 800)
    colours = {image.pixel(x, y) for x in range(0, 1280, 16) for y in range(0, 800, 16)}
    assert len(colours) > 8  # more than a blank or single-colour screen
