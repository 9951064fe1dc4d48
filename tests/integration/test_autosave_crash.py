"""Kill -9 while typing loses at most the last two seconds of typing.

The real app runs in its own process in a real X window (Xvfb); xdotool types into it
through the X server like a keyboard would; then the process is SIGKILLed mid-typing and
the database is reopened and compared with what was typed.
"""

from __future__ import annotations

import signal
import time
from pathlib import Path

import pytest

from desktopapp.core import drafts, workflow
from desktopapp.store.connection import open_store
from tests.support.app_process import start_app, stop_app
from tests.support.xserver import running_xvfb

pytestmark = pytest.mark.xvfb

WORDS = ["calm", "down", "before", "posting", "this", "take", "about", "the", "news", "tonight"]


@pytest.mark.sqlite_only  # reads the file back
def test_sigkill_while_typing_loses_under_two_seconds(user, paths, tmp_path: Path) -> None:
    draft = workflow.create_draft(user.id, "")
    typed = ""
    checkpoints: list[tuple[float, int]] = []  # (time a chunk finished, chars typed by then)
    with running_xvfb() as x:
        proc = start_app(x.env(), tmp_path / "app.log")
        try:
            window = x.wait_for_window("Second Thought")
            x.xdotool("windowfocus", "--sync", window)
            time.sleep(1.0)  # let the window finish its first layout and focus the editor
            started = time.monotonic()
            i = 0
            while time.monotonic() - started < 7.0:
                chunk = WORDS[i % len(WORDS)] + " "
                x.xdotool("type", "--delay", "25", chunk)
                typed += chunk
                checkpoints.append((time.monotonic(), len(typed)))
                i += 1
            killed_at = time.monotonic()
            proc.send_signal(signal.SIGKILL)
            proc.wait(timeout=10)
        finally:
            stop_app(proc)
    log = (tmp_path / "app.log").read_text(errors="replace")
    reopened = open_store(paths.db_path)
    try:
        saved = drafts.get_draft(draft.id).body
    finally:
        reopened.close()
    assert typed.startswith(saved), f"saved text is not what was typed: {saved!r}\n{log}"
    # Everything typed more than two seconds before the kill must be in the database.
    must_have = max((n for t, n in checkpoints if t <= killed_at - 2.0), default=0)
    assert must_have > 40, "the test did not type long enough to mean anything"
    assert len(saved) >= must_have, (
        f"lost more than 2 s of typing: saved {len(saved)} of {must_have} chars "
        f"typed by 2 s before the kill (typed {len(typed)} in all)\n{log}")
