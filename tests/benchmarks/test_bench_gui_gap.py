"""Issue 11 (6): the GUI thread's longest gap while someone types into a real draft and the
live checks (tone models, rules, offline spelling) run on their workers.

A 1 ms QTimer on the GUI thread records how late each tick fires: a gap is the time the
event loop could not run (a key's own handling, a repaint, the results arriving, and the
checking thread holding Python's lock). Keys go through Qt's event system into the real
main window's editor (drafts of real tweets, a blank line after every third: nobody
writes 5,000 characters as one paragraph, and Qt lays a paragraph out whole on each key);
the typist pauses between words as people do, so the debounced
checks (150 ms) and spelling (700 ms) run while later keys arrive. Goal: max gap < 16 ms
(one frame at 60 Hz). On a loaded machine most long gaps are the process waiting for a
core; the GUI thread's own CPU time in each gap (`Watchdog.busy`) tells the app's share."""

from __future__ import annotations

import os
import random
import time

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from desktopapp.app.context import AppContext
from desktopapp.config import Settings
from desktopapp.core import workflow
from desktopapp.ui.launch import tune_process, tune_window
from desktopapp.ui.main_window import MainWindow
from tests.benchmarks.conftest import Watchdog, describe, machine, percentile
from tests.benchmarks.test_bench_real_text import Tweets, real_tweets

KEYS_PER_ROUND = 160
# (draft size, where the keys go): the end of a post-sized draft, the middle of a long one
ROUNDS = ((500, "end"), (5000, "middle"), (500, "end"), (5000, "middle"))


def _type(qtbot, editor, words: list[str], rng: random.Random) -> int:
    """Types words until KEYS_PER_ROUND keys are sent: 40–140 ms between keys, and after
    about one word in three a pause of 200–600 ms (long enough for a check to start)."""
    keys = 0
    while keys < KEYS_PER_ROUND:
        word = words[keys % len(words)] + " "
        for char in word:
            QTest.keyClick(editor, Qt.Key.Key_Space if char == " " else char)
            keys += 1
            qtbot.wait(rng.randint(40, 140))
        if rng.random() < 0.35:
            qtbot.wait(rng.randint(200, 600))
    return keys


@pytest.mark.sqlite_only
def test_gui_thread_gap_while_typing_real_text(qtbot, store, paths, user,
                                               monkeypatch) -> None:
    monkeypatch.setenv("LTP_PATH", str(paths.data_dir / "no-languagetool"))  # offline spelling
    tweets = Tweets(real_tweets())
    rng = random.Random(11)
    drafts = [(size, where, tweets.draft(size, paragraph=3)) for size, where in ROUNDS]
    ids = [workflow.create_draft(user.id, body).id for _size, _where, body in drafts]
    window = MainWindow(AppContext(store=store, paths=paths, actor_id=user.id), Settings())
    tune_process()  # as the launcher does
    tune_window(window)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    editor = window.editor.text
    qtbot.waitUntil(lambda: bool(window.live.warmed), timeout=5000)
    assert window.live.wait_until_warm()
    updates: list[object] = []
    window.live.updated.connect(updates.append)
    print(f"\n(issue 11) GUI thread gaps while typing with live checks, ms ({machine()})")
    # The machine's own share: the same window left alone (no keys, no checks) as long as a
    # round lasts. On a loaded machine the process is not scheduled at times, and those
    # gaps are not the app's.
    dog = Watchdog()
    dog.start()
    qtbot.wait(8000)
    dog.stop()
    print(f"  idle window, no keys (load {os.getloadavg()[0]:4.1f}): gaps "
          f"{describe(dog.gaps[5:])}; ≥ 16 ms: {sum(g >= 16 for g in dog.gaps[5:])}; "
          f"own CPU max {max(dog.busy[5:]):.2f}")
    for draft_id, (size, where, body) in zip(ids, drafts, strict=True):
        window.drafts.show_draft(draft_id)
        qtbot.waitUntil(lambda: editor.toPlainText() == body, timeout=5000)  # noqa: B023
        cursor = editor.textCursor()
        cursor.setPosition(len(body) if where == "end" else body.find(" ", len(body) // 2))
        editor.setTextCursor(cursor)
        qtbot.wait(1000)  # the opened draft's own checks land
        updates.clear()
        load = os.getloadavg()[0]
        words = tweets.draft(600).split()
        dog = Watchdog()
        cpu = time.process_time()
        dog.start()
        keys = _type(qtbot, editor, words, rng)
        qtbot.wait(1200)  # the last checks and spelling land
        dog.stop()
        cpu = time.process_time() - cpu
        window.editor.flush()
        gaps = dog.gaps[5:]
        assert len(editor.toPlainText()) >= size + keys - 5  # the keys reached the draft
        assert updates, "no live check finished while typing"
        over = sum(g >= 16 for g in gaps)
        print(f"  {size:>5} chars, keys at the {where:<6} {keys} keys, {len(updates):>3} "
              f"check results, load {load:4.1f}, process CPU {cpu:5.1f} s")
        busy = dog.busy[5:]
        print(f"    gaps {describe(gaps)}; ≥ 16 ms: {over}  (max < 16: "
              f"{'met' if max(gaps) < 16 else 'NOT met'}; p95 {percentile(gaps, 95):.2f})")
        print(f"    the GUI thread's own CPU time in each gap {describe(busy)}; "
              f"≥ 16 ms: {sum(b >= 16 for b in busy)}")
    window.editor.autosave.reset()
    window.close()
