"""The app in a real window on a real X server (Xvfb): it starts, shows drafts, and a
screenshot is saved as a test artifact (test-artifacts/main-window.png)."""

from __future__ import annotations

from pathlib import Path

import pytest

from desktopapp.core import drafts, workflow
from tests.support.app_process import start_app, stop_app
from tests.support.reviewers import PW
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


def seed_calendar(user_id: int, tmp_path: Path) -> None:
    """A fortnight of posts on three channels in three zones, in every state."""
    from datetime import datetime, time, timedelta
    from zoneinfo import ZoneInfo

    from desktopapp.core import channels, people, post_queue, zones
    from desktopapp.core.channels import Kind
    from desktopapp.core.people import Role

    sam = people.add_person("Sam Reviewer", Role.REVIEWER, user_id, passphrase=PW)
    for name, zone in (("Shop Berlin", "Europe/Berlin"), ("Blog London", "Europe/London"),
                       ("NYC news", "America/New_York")):
        channels.add_channel(Kind.OUTBOX, name, user_id, path=str(tmp_path / name),
                             timezone=zone)
    today = datetime.now(ZoneInfo("UTC")).date()
    texts = [body for body, _tags in SAMPLE_DRAFTS[1:]] + [
        "Meet Ana, our new head baker.", "New opening hours from December: 8:00 to 18:00."]
    for i in range(18):
        name = ["Shop Berlin", "Blog London", "NYC news"][i % 3]
        zone = channels.get_channel(name).timezone
        d = workflow.create_draft(user_id, texts[i % len(texts)], ["calendar"])
        channels.set_targets(d.id, [name])
        day = today + timedelta(days=1 + i % 14)
        workflow.schedule(d.id, zones.to_utc(day, time(9 + 2 * (i % 4)), ZoneInfo(zone)),
                          user_id, zone=zone)
        if i % 3:
            workflow.submit(d.id, user_id)
        if i % 3 == 2:
            workflow.approve(d.id, sam.id, passphrase=PW)
    post_queue.add_blackout(today + timedelta(days=10), "Company holiday", user_id)
    for text in ("Poll: which cake should we bake next month?",
                 "Recipe thread: rye sourdough in five steps"):
        workflow.create_draft(user_id, text, ["ideas"])  # waiting for a time


def test_calendar_in_a_real_window(user, paths, artifacts_dir: Path, tmp_path: Path) -> None:
    seed_calendar(user.id, tmp_path)
    with running_xvfb() as x:
        proc = start_app(x.env(), tmp_path / "app.log")
        try:
            window = x.wait_for_window("Second Thought")
            import time

            time.sleep(1.0)
            x.xdotool("windowfocus", "--sync", window)
            x.xdotool("key", "--window", window, "ctrl+shift+c")
            x.wait_for_window("Calendar")
            time.sleep(1.5)
            shot = artifacts_dir / "calendar-window.png"
            x.screenshot(shot)
            assert proc.poll() is None, (tmp_path / "app.log").read_text()
        finally:
            stop_app(proc)
    assert shot.stat().st_size > 20_000


ORDINARY_POST = ("Thank you to everyone who came to our Saturday cupping! 60 of you, 9 coffees "
                 "and one very happy team. #CoffeeLovers")
MARKET_POST = ("Big week ahead: we're about to announce the acquisition of our biggest "
               "competitor, and our share price will go through the roof. Buy now!")


def _grab_window(x: object, tmp_path: Path, shot: Path) -> None:
    import time

    proc = start_app(x.env(), tmp_path / "app.log")  # type: ignore[attr-defined]
    try:
        x.wait_for_window("Second Thought")  # type: ignore[attr-defined]
        time.sleep(8.0)  # first paint, the models' warm-up and the first check results
        x.screenshot(shot)  # type: ignore[attr-defined]
        assert proc.poll() is None, (tmp_path / "app.log").read_text()
    finally:
        stop_app(proc)


def test_ordinary_and_market_sensitive_posts_in_a_real_window(
        user, paths, artifacts_dir: Path, tmp_path: Path) -> None:
    """An ordinary post with no warning, then a market-sensitive one with its explained
    warning: the README's warnings picture (both halves side by side)."""
    from PySide6.QtGui import QImage, QPainter

    ordinary = workflow.create_draft(user.id, ORDINARY_POST, ["thanks"])
    market = workflow.create_draft(user.id, MARKET_POST, ["ceo"])
    shots = [artifacts_dir / "ordinary-post.png", artifacts_dir / "market-post.png"]
    with running_xvfb() as x:
        # The window opens the draft edited last.
        drafts.save_body(ordinary.id, ORDINARY_POST + " ", user.id, drafts.SaveKind.MANUAL)
        _grab_window(x, tmp_path, shots[0])
        drafts.save_body(market.id, MARKET_POST + " ", user.id, drafts.SaveKind.MANUAL)
        paths.ui_state_file.unlink(missing_ok=True)  # else it reopens the draft shown last
        _grab_window(x, tmp_path, shots[1])
    images = [QImage(str(s)) for s in shots]
    assert all(i.width() == 1280 for i in images)
    both = QImage(1280, 1600, images[0].format())
    painter = QPainter(both)
    painter.drawImage(0, 0, images[0])
    painter.drawImage(0, 800, images[1])
    painter.end()
    assert both.save(str(artifacts_dir / "warnings-ordinary-and-market.png"))
