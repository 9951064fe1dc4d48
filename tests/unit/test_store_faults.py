"""The store under faults it can meet in one process: a damaged version row, a full
database (SQLite's page limit gives the same SQLITE_FULL a full disk does), and the
lock mode every transaction begins with."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import peewee as pw
import pytest

from desktopapp.core import drafts, workflow
from desktopapp.store.connection import open_store
from desktopapp.store.errors import StoreError, explain
from desktopapp.store.models import Draft


@pytest.mark.parametrize("value", ["'seven'", "X'00ff'", "1e300"])
def test_a_schema_version_that_is_not_a_number_is_one_clear_error(tmp_path: Path,
                                                                  value: str) -> None:
    path = tmp_path / "st.db"
    open_store(path).close()
    conn = sqlite3.connect(path)
    conn.execute(f"INSERT INTO schema_version (version, applied_at) VALUES ({value}, 'x')")
    conn.commit()
    conn.close()
    with pytest.raises(StoreError, match="schema_version table is damaged"):
        open_store(path)


@pytest.mark.sqlite_only
def test_a_full_database_says_the_disk_is_full_not_cannot_rollback(store, user) -> None:
    draft_id = workflow.create_draft(user.id, "kept").id
    pages = store.db.execute_sql("PRAGMA page_count").fetchone()[0]
    store.db.execute_sql(f"PRAGMA max_page_count = {pages + 2}")
    with pytest.raises(pw.OperationalError) as caught:
        drafts.save_body(draft_id, "a long change " * 10_000, user.id)
    assert "full" in str(caught.value)
    assert explain(caught.value).startswith("The disk is full")
    assert Draft.get_by_id(draft_id).body == "kept"  # nothing half-written


@pytest.mark.sqlite_only
def test_transactions_begin_immediate(store) -> None:
    """A read-then-write transaction takes the write lock up front, so a second process
    waits the busy timeout instead of failing at the upgrade."""
    with store.db.atomic():
        other = sqlite3.connect(store.path, timeout=0)
        with pytest.raises(sqlite3.OperationalError, match="locked"):
            other.execute("BEGIN IMMEDIATE")
        other.close()
