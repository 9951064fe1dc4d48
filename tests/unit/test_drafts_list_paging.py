"""`drafts list` on a workspace larger than SQLite's bound-variable limit: Windows and
macOS Pythons ship SQLite with a limit of 32,766 (older builds: 999), Debian's allows
more, so the limit is lowered here on the very connection the command uses."""

from __future__ import annotations

import json
import sqlite3
from datetime import UTC, datetime, timedelta

import pytest

from desktopapp.__main__ import main
from desktopapp.app import drafts as app_drafts
from desktopapp.store import connection
from desktopapp.store.connection import Store
from desktopapp.store.models import Draft, DraftTag

LIMIT = 200  # bound variables per statement, for this test's connections
DRAFTS = 1_250  # more than six times the limit


opened: list[Store] = []


def _lowered(open_store):  # type: ignore[no-untyped-def]
    def opener(path, **kwargs):  # type: ignore[no-untyped-def]
        store: Store = open_store(path, **kwargs)
        conn = store.db.connection()
        conn.setlimit(sqlite3.SQLITE_LIMIT_VARIABLE_NUMBER, LIMIT)
        with pytest.raises(sqlite3.OperationalError, match="too many SQL variables"):
            conn.execute("SELECT " + ", ".join("?" * (LIMIT + 1)), [0] * (LIMIT + 1))
        opened.append(store)
        return store

    return opener


def _seed(author_id: int) -> None:
    """Many drafts, every third one tagged, written in bulk (the CLI would take minutes).
    Three drafts share each time stamp, so pages must break ties by id."""
    start = datetime(2027, 1, 1, tzinfo=UTC)
    rows = [{"author": author_id, "body": f"Draft number {i}",
             "created_at": start + timedelta(seconds=i // 3),
             "updated_at": start + timedelta(seconds=i // 3)} for i in range(DRAFTS)]
    for first in range(0, DRAFTS, 100):
        Draft.insert_many(rows[first:first + 100]).execute()
    tagged = [{"draft": i, "name": "every-third"} for i in range(1, DRAFTS + 1, 3)]
    for first in range(0, len(tagged), 100):
        DraftTag.insert_many(tagged[first:first + 100]).execute()


@pytest.mark.sqlite_only
def test_drafts_list_pages_past_the_variable_limit(store, user, monkeypatch,
                                                   capsys: pytest.CaptureFixture[str]) -> None:
    _seed(user.id)
    # The context opens the store through the store's own opener (app/context.open_into).
    monkeypatch.setattr(connection, "open_store", _lowered(connection.open_store))
    monkeypatch.setattr(app_drafts, "PAGE", 97)  # many pages, boundaries inside tied stamps
    assert main(["drafts", "list", "--format", "json"]) == 0
    assert opened  # the command ran on a connection with the lowered limit
    listed = json.loads(capsys.readouterr().out)["drafts"]
    assert len(listed) == DRAFTS and len({d["id"] for d in listed}) == DRAFTS
    assert sum(d["tags"] == ["every-third"] for d in listed) == len(range(1, DRAFTS + 1, 3))
    stamps = [(d["updated_at"], d["id"]) for d in listed]
    assert stamps == sorted(stamps, reverse=True)  # newest first across page boundaries
    assert main(["drafts", "list"]) == 0
    assert len(capsys.readouterr().out.splitlines()) == DRAFTS
