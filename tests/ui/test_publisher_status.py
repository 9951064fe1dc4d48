"""The window's word on the team's publisher: a warning while no worker runs, "Publisher
last seen N s ago" while one does; a team window never sends posts itself."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import timedelta
from pathlib import Path

import pytest

from desktopapp.app import worker
from desktopapp.app.context import AppContext
from desktopapp.config import Paths, Settings
from desktopapp.core import heartbeat, people
from desktopapp.store.connection import Store, open_postgres_store
from desktopapp.store.fields import utcnow
from desktopapp.ui.main_window import MainWindow
from desktopapp.ui.publisher_status import PublisherStatusLabel
from tests.support.postgres import Cluster


@pytest.fixture
def team_store(pg_cluster: Cluster) -> Iterator[Store]:
    name = pg_cluster.new_database("ui")
    store = open_postgres_store(pg_cluster.url(name))
    yield store
    store.close()
    pg_cluster.drop_database(name)


def _window(qtbot, store: Store, paths: Paths) -> MainWindow:
    user = people.set_up_local_user("Robin Writer")
    window = MainWindow(AppContext(store=store, paths=paths, actor_id=user.id),
                        Settings.load(paths.settings_file))
    qtbot.addWidget(window)
    window.resize(1000, 640)
    window.show()
    qtbot.waitExposed(window)
    return window


def _beat(seconds_ago: float, stopped: bool = False) -> None:
    now = utcnow()
    seen = now - timedelta(seconds=seconds_ago)
    heartbeat.beat("server:1:abc", host="server", pid=1, app_version="0.1.0",
                   started_at=seen - timedelta(hours=1), sent=4, now=seen)
    if stopped:
        heartbeat.stopped("server:1:abc", seen)


def test_team_status_warns_then_shows_the_last_heartbeat(qtbot, team_store, paths,
                                                         artifacts_dir: Path) -> None:
    """The label on its own (a whole team window needs the live-update feed on PostgreSQL,
    which another part of team mode brings)."""
    user = people.set_up_local_user("Robin Writer")
    ctx = AppContext(store=team_store, paths=paths, actor_id=user.id)
    assert not worker.window_publishes(ctx)  # a team window never sends posts itself
    label = PublisherStatusLabel(ctx)
    qtbot.addWidget(label)
    label.resize(520, 24)
    label.start()
    qtbot.waitUntil(lambda: label.status is not None, timeout=10000)
    assert not label.isHidden() and label.text().startswith("⚠ No publisher has run")
    assert label.objectName() == "fieldError"
    _beat(20)
    label.refresh()
    qtbot.waitUntil(lambda: "last seen" in label.text(), timeout=10000)
    assert label.text() in {f"Publisher last seen {s} s ago" for s in (20, 21, 22)}
    assert label.objectName() == "muted"
    _beat(600, stopped=True)
    label.refresh()
    qtbot.waitUntil(lambda: "stopped" in label.text(), timeout=10000)
    assert label.text() == "⚠ No publisher is running (the last one stopped 10 min " \
                           "ago): due posts wait"
    label.stop()
    # The label asked on its own thread, with that thread's own connection: close it
    # there before the database is dropped under it.
    label._worker.result.disconnect()
    label._worker.submit(label._asks + 1, team_store.db.close)
    assert label._worker.wait(5000)


def test_personal_window_shows_nothing_until_a_worker_ran(qtbot, store, paths,
                                                          artifacts_dir: Path) -> None:
    window = _window(qtbot, store, paths)
    label = window.publisher_status
    try:
        qtbot.waitUntil(lambda: label.status is not None, timeout=10000)
        assert not label.isVisible()
        assert window.publishing.publisher._next is not None  # it publishes itself
        _beat(3)
        label.refresh()
        qtbot.waitUntil(label.isVisible, timeout=10000)
        assert label.text() in {f"Publisher last seen {s} s ago" for s in (3, 4, 5)}
        window.grab().save(str(artifacts_dir / "publisher-status.png"))
    finally:
        window.editor.autosave.reset()
        window.close()
        assert label._worker.wait(5000)



def test_a_team_window_offers_no_sending(qtbot, team_store, paths, tmp_path: Path,
                                         artifacts_dir: Path) -> None:
    """The worker holds the channel tokens: the window's "Send what is due now" is
    disabled and says why, and nothing in the window starts a publishing run."""
    from desktopapp.core import channels, workflow
    from desktopapp.core.channels import Kind
    from desktopapp.ui.publishing_controller import WORKER_SENDS

    window = _window(qtbot, team_store, paths)
    label = window.publisher_status
    try:
        qtbot.waitUntil(lambda: window.finished_starting, timeout=10000)
        menu = window.menus[3]
        menu.aboutToShow.emit()
        send = next(a for a in menu.actions() if a.text() == "Send what is due now")
        assert not send.isEnabled() and send.toolTip() == WORKER_SENDS
        assert menu.toolTipsVisible()
        # Even when asked (a resume, an old shortcut), the window's publisher stays idle.
        user = people.local_user()
        assert user is not None
        channels.add_channel(Kind.OUTBOX, "Newsletter", user.id, path=str(tmp_path / "out"))
        draft = workflow.create_draft(user.id, "Due now")
        channels.set_targets(draft.id, ["Newsletter"], user.id)
        publisher = window.publishing.publisher
        publisher.run_now()
        assert publisher._runs == 0 and publisher._next is None
        qtbot.waitUntil(lambda: label.status is not None, timeout=10000)
        assert label.isVisible() and label.text().startswith("⚠ No publisher")
        menu.popup(window.mapToGlobal(window.rect().center()))
        qtbot.waitUntil(menu.isVisible, timeout=2000)
        menu.setActiveAction(send)
        window.grab().save(str(artifacts_dir / "team-publishing-menu.png"))
        menu.hide()
    finally:
        window.editor.autosave.reset()
        window.close()
        assert label._worker.wait(5000)
