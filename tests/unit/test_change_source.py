"""Changes committed by another connection reach the change feed: on SQLite by polling
PRAGMA data_version, on PostgreSQL by LISTEN/NOTIFY. This connection's own commits are not
published (they are announced on the bus by whoever made them)."""

from __future__ import annotations

import sqlite3
import time

from desktopapp.app.context import AppContext
from desktopapp.app.events import Change, ChangeKind
from desktopapp.app.external_changes import ExternalChanges
from desktopapp.core import workflow
from desktopapp.store.postgres import TeamDatabase


def commit_elsewhere(store, paths, sql: str) -> None:
    if store.is_team:
        other = TeamDatabase(store.url)
        other.connect()
        with other.atomic():
            other.execute_sql(sql)
        other.close()
        return
    conn = sqlite3.connect(paths.db_path)
    with conn:
        conn.execute(sql)
    conn.close()


def poll_until(watch: ExternalChanges, seconds: float = 5.0) -> bool:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if watch.poll():
            return True
        time.sleep(0.02)
    return False


def test_another_connection_commit_is_published_once(store, paths, user) -> None:
    ctx = AppContext(store=store, paths=paths, actor_id=user.id)
    seen: list[Change] = []
    ctx.bus.subscribe(seen.append)
    watch = ExternalChanges(ctx)
    try:
        assert watch.wait_listening(10)
        assert not watch.poll()
        draft = workflow.create_draft(user.id, "mine")  # this connection: not external
        time.sleep(0.3)  # long enough for a notification to have arrived, were there one
        assert not watch.poll()
        commit_elsewhere(store, paths, "UPDATE draft SET notes = 'from elsewhere'")
        assert poll_until(watch)
        assert not watch.poll()  # once per change, not on every poll
    finally:
        watch.close()
    if store.is_team:  # the server says which draft, so only that one is refetched
        assert seen == [Change(ChangeKind.DRAFT, (draft.id,))]
    else:
        assert seen == [Change(ChangeKind.EXTERNAL)]


def test_notification_carries_no_content(store, paths, user, backend) -> None:
    """What a listener receives is kind, id and version: never the text."""
    if backend != "postgresql":
        return  # SQLite has no notifications; its poll carries nothing at all
    listener = TeamDatabase(store.url)
    conn = listener.connection()
    conn.autocommit = True
    conn.execute("LISTEN secondthought_changes")
    draft = workflow.create_draft(user.id, "a secret launch date")
    payloads = [n.payload for n in conn.notifies(timeout=2, stop_after=3)]
    listener.close()
    assert payloads, "no notification arrived"
    assert all("secret" not in p for p in payloads)
    assert f'{{"kind" : "draft", "id" : {draft.id}, "version" : 1}}' in payloads


def test_listener_comes_back_after_the_connection_is_cut(store, paths, user, backend) -> None:
    """A dropped connection (the server restarted, the laptop slept) is noticed, the
    listener reconnects, and one full refetch is asked for (what was missed is unknown)."""
    if backend != "postgresql":
        return
    ctx = AppContext(store=store, paths=paths, actor_id=user.id)
    seen: list[Change] = []
    ctx.bus.subscribe(seen.append)
    watch = ExternalChanges(ctx)
    try:
        assert watch.wait_listening(10)
        admin = TeamDatabase(store.url)
        admin.execute_sql("SELECT pg_terminate_backend(pid) FROM pg_stat_activity "
                          "WHERE query LIKE 'LISTEN%%' AND datname = current_database()")
        admin.close()
        assert poll_until(watch, 15)
        assert seen == [Change(ChangeKind.EXTERNAL)]
        assert watch.online
    finally:
        watch.close()


