"""A team workspace whose server goes away: typed text goes to the local journal and is
written back when the server returns, or kept in the history as a conflict that names who
changed the draft meanwhile. Nothing typed is lost.

The window test stops and restarts a PostgreSQL cluster of its own (never the session's
shared one), the way a server reboots or a laptop loses the network."""

from __future__ import annotations

import subprocess
from collections.abc import Iterator

import pytest

from desktopapp.app import drafts as app_drafts
from desktopapp.app import offline
from desktopapp.app.context import AppContext
from desktopapp.config import Settings, resolve_paths
from desktopapp.core import people, revisions, workflow
from desktopapp.core.people import Role
from desktopapp.store.connection import open_postgres_store
from desktopapp.ui.main_window import MainWindow
from tests.support.postgres import Cluster, _as_owner, start_cluster


def team_ctx(store, user) -> AppContext:
    return AppContext(store=store, paths=resolve_paths(store.url), actor_id=user.id)


def test_write_back_saves_or_keeps_both_texts(store, paths, user, backend) -> None:
    if backend == "sqlite":  # a personal workspace's file is always at hand
        ctx = AppContext(store=store, paths=paths, actor_id=user.id)
        assert offline.journal(ctx) is None and offline.write_back(ctx) == []
        return
    ctx = team_ctx(store, user)
    sam = people.add_person("Sam Teammate", Role.AUTHOR, user.id)
    quiet = workflow.create_draft(user.id, "Quiet post")
    busy = workflow.create_draft(user.id, "Busy post")
    offline.keep_typed(ctx, quiet.id, quiet.version, quiet.body, "Quiet post, typed offline")
    offline.keep_typed(ctx, busy.id, busy.version, busy.body, "Busy post, typed offline")
    # Meanwhile a teammate (who still had the server) rewrote the busy one.
    app_drafts.edit(AppContext(store=store, paths=ctx.paths, actor_id=sam.id), busy.id,
                    "Busy post, Sam's version")
    results = {r.draft_id: r for r in offline.write_back(ctx)}
    assert results[quiet.id].saved
    assert app_drafts.get(ctx, quiet.id).body == "Quiet post, typed offline"
    assert not results[busy.id].saved
    assert "changed by Sam Teammate while you were offline" in results[busy.id].message
    assert app_drafts.get(ctx, busy.id).body == "Busy post, Sam's version"
    kept = [r.body for r in revisions.list_revisions(busy.id) if r.kind == "conflict"]
    assert kept == ["Busy post, typed offline"]  # never lost
    assert offline.journal(ctx).pending() == []  # type: ignore[union-attr]


# --- a window that loses its server mid-typing -----------------------------------

def _pg_ctl(cluster: Cluster, *args: str) -> None:
    subprocess.run(_as_owner([str(cluster.bin_dir / "pg_ctl"), "-D", str(cluster.data),
                              *args], cluster.owner), check=True, capture_output=True,
                   timeout=90)


def stop_server(cluster: Cluster) -> None:
    _pg_ctl(cluster, "-m", "fast", "-w", "stop")


def start_server(cluster: Cluster) -> None:
    options = (f"-c listen_addresses=127.0.0.1 -p {cluster.port} -k {cluster.root} "
               "-c fsync=off -c max_connections=50")
    _pg_ctl(cluster, "-o", options, "-l", str(cluster.root / "server.log"), "-w", "start")


@pytest.fixture
def own_cluster() -> Iterator[Cluster]:
    cluster = start_cluster()
    yield cluster
    cluster.stop()


def test_a_window_that_loses_the_server_mid_typing_loses_nothing(qtbot, own_cluster,
                                                                  monkeypatch) -> None:
    url = own_cluster.url(own_cluster.new_database())
    monkeypatch.setenv("SECONDTHOUGHT_DB", url)
    store = open_postgres_store(url, run_migrations=False)
    user = people.set_up_local_user("Alex Author")
    draft = workflow.create_draft(user.id, "Launch")
    ctx = AppContext(store=store, paths=resolve_paths(url), actor_id=user.id)
    window = MainWindow(ctx, Settings())
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    # It watches the server (and writes back) from just after its first frame.
    qtbot.waitUntil(lambda: window.finished_starting, timeout=5000)
    try:
        window.drafts.show_draft(draft.id)
        qtbot.waitUntil(lambda: window.editor.draft is not None, timeout=5000)
        guard = window.offline
        assert guard is not None
        editor = window.editor
        editor.text.moveCursor(editor.text.textCursor().MoveOperation.End)
        qtbot.keyClicks(editor.text, " on Friday")
        assert editor.flush()

        stop_server(own_cluster)
        qtbot.keyClicks(editor.text, ", at nine")
        qtbot.waitUntil(lambda: guard.banner.isVisible(), timeout=10000)
        editor.flush()
        typed = "Launch on Friday, at nine"
        assert [t.text for t in offline.journal(ctx).pending()] == [typed]  # type: ignore[union-attr]
        window.grab().save(str(_shot("offline")))
        qtbot.keyClicks(editor.text, " sharp")  # still typing while offline
        editor.flush()

        start_server(own_cluster)
        qtbot.waitUntil(lambda: not guard.banner.isVisible(), timeout=30000)
        qtbot.waitUntil(lambda: not editor.autosave.dirty, timeout=10000)
        assert offline.journal(ctx).pending() == []  # type: ignore[union-attr]
        assert app_drafts.get(ctx, draft.id).body == typed + " sharp"
    finally:
        editor.autosave.reset()
        window.close()
        store.close()


def _shot(name: str):
    from pathlib import Path

    folder = Path(__file__).resolve().parents[2] / "test-artifacts"
    folder.mkdir(exist_ok=True)
    return folder / f"{name}.png"
