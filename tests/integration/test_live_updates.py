"""A teammate's edit, comment, approval and move, made in another process, show in an
open window within a second: pushed by the server (LISTEN/NOTIFY) on a team workspace,
polled (PRAGMA data_version) on a personal one."""

from __future__ import annotations

import os
import subprocess
import sys
import time
from datetime import UTC, datetime
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from desktopapp.app import review
from desktopapp.app.context import AppContext
from desktopapp.app.events import Change, ChangeKind
from desktopapp.config import Settings
from desktopapp.core import people, workflow
from desktopapp.core.people import Role
from desktopapp.ui.main_window import MainWindow

ROOT = Path(__file__).resolve().parents[2]
PASS = "correct horse battery"
LIMIT_S = {"postgresql": 1.0, "sqlite": 2.0}  # a file is polled every 500 ms: no push


def teammate(store, paths, *args: object) -> subprocess.Popen[str]:
    env = dict(os.environ, OMP_NUM_THREADS="1")
    env["SECONDTHOUGHT_DB"] = store.url if store.is_team else str(paths.db_path)
    return subprocess.Popen([sys.executable, "-m", "tests.support.teammate",
                             *map(str, args)], cwd=ROOT, env=env, text=True,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE)


def committed_at(proc: subprocess.Popen[str]) -> float:
    out, err = proc.communicate(timeout=60)
    assert proc.returncode == 0, err
    return float(out.strip().splitlines()[-1])


@pytest.fixture
def window(qtbot, store, paths, user):
    ctx = AppContext(store=store, paths=paths, actor_id=user.id)
    win = MainWindow(ctx, Settings.load(paths.settings_file))
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    # It watches for changes made elsewhere from just after its first frame.
    qtbot.waitUntil(lambda: win.finished_starting, timeout=5000)
    yield win
    win.editor.autosave.reset()
    win.close()


def test_teammates_changes_show_within_a_second(qtbot, store, paths, user, window,
                                                 backend) -> None:
    riley = people.add_person("Riley Reviewer", Role.REVIEWER, user.id, passphrase=PASS)
    draft = workflow.create_draft(user.id, "Launch on Friday")
    arrived: list[tuple[float, list[Change]]] = []
    window.changes.changed.connect(lambda changes: arrived.append((time.time(), changes)))
    window.drafts.show_draft(draft.id)
    qtbot.waitUntil(lambda: window.editor.draft is not None
                    and window.editor.draft.id == draft.id, timeout=5000)
    if store.is_team:
        assert window.changes._external is not None
        assert window.changes._external.wait_listening(10)
    latencies: dict[str, float] = {}

    def measure(name: str, shown, *args: object) -> None:
        proc = teammate(store, paths, *args)
        qtbot.waitUntil(shown, timeout=20000)
        seen = time.time()
        latencies[name] = seen - committed_at(proc)

    measure("edit", lambda: window.editor.text.toPlainText() == "Launch on Saturday",
            "edit", draft.id, "Launch on Saturday", user.id)
    comment_count = len(arrived)
    measure("comment", lambda: len(arrived) > comment_count and any(
        c.kind in (ChangeKind.DRAFT, ChangeKind.EXTERNAL) for c in arrived[-1][1]),
        "comment", draft.id, "Saturday is a holiday", riley.id)
    review.submit(window.ctx, draft.id, riley.id)
    qtbot.waitUntil(lambda: "Waiting for Riley" in window.editor.lifecycle._review)
    measure("approval", lambda: "Waiting for Riley" not in window.editor.lifecycle._review,
            "approve", draft.id, PASS, riley.id)
    window.dialogs.open_calendar()  # the move shows there: off the unscheduled list
    calendar = window.dialogs.calendar
    listed = lambda: any(calendar.unscheduled.item(i).data(Qt.ItemDataRole.UserRole)  # noqa: E731
                         == draft.id for i in range(calendar.unscheduled.count()))
    assert listed()
    when = datetime(2031, 5, 2, 9, 0, tzinfo=UTC)
    measure("move", lambda: not listed(),
            "move", draft.id, when.isoformat(), user.id)
    print(f"\n{backend}: " + ", ".join(f"{k} {v * 1000:.0f} ms" for k, v in latencies.items()))
    # Measured from the teammate's commit to this window showing it (qtbot looks every
    # 10 ms); on a file the 500 ms poll comes on top of the refresh.
    assert all(v < LIMIT_S[backend] for v in latencies.values()), latencies
