"""Changes committed by another connection are noticed by polling PRAGMA data_version;
this connection's own commits are not (they are announced on the bus by whoever made them)."""

from __future__ import annotations

import sqlite3

import pytest

from desktopapp.app.context import AppContext
from desktopapp.app.events import Change, ChangeKind
from desktopapp.app.external_changes import ExternalChanges
from desktopapp.core import workflow


@pytest.mark.sqlite_only  # PostgreSQL: LISTEN/NOTIFY source, issue 13 (team mode)
def test_another_connection_commit_is_published_once(store, paths, user) -> None:
    ctx = AppContext(store=store, paths=paths, actor_id=user.id)
    seen: list[Change] = []
    ctx.bus.subscribe(seen.append)
    watch = ExternalChanges(ctx)
    assert not watch.poll()
    workflow.create_draft(user.id, "mine")  # this connection: not external
    assert not watch.poll()
    other = sqlite3.connect(paths.db_path)
    with other:
        other.execute("UPDATE draft SET notes = 'from elsewhere'")
    other.close()
    assert watch.poll()
    assert not watch.poll()  # once per change, not on every poll
    assert seen == [Change(ChangeKind.EXTERNAL)]
