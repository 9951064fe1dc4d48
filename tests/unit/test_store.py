from __future__ import annotations

import hashlib
import sqlite3
from datetime import UTC, datetime, timedelta, timezone
from pathlib import Path

import peewee as pw
import pytest

from desktopapp.store import migrate
from desktopapp.store.connection import open_store
from desktopapp.store.errors import NewerDatabaseError, StoreError
from desktopapp.store.fields import UTCDateTimeField
from desktopapp.store.migrate import Step


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.mark.sqlite_only
def test_pragmas_are_applied(store) -> None:
    db = store.db
    assert db.execute_sql("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert db.execute_sql("PRAGMA foreign_keys").fetchone()[0] == 1
    assert db.execute_sql("PRAGMA busy_timeout").fetchone()[0] == 5000
    assert db.execute_sql("PRAGMA synchronous").fetchone()[0] == 1  # NORMAL


def test_new_database_is_at_latest_version(store, backend) -> None:
    assert migrate.read_version(store.db) == migrate.latest_version() == 13
    if backend == "postgresql":
        return  # each test's database is a copy of one migrated in the session's first test
    assert store.migration.applied == ["0001_initial", "0002_full_text_search",
                                       "0003_list_indexes_audit_guard", "0004_warning_ignores",
                                       "0005_review_and_cooloff", "0006_channels_and_publishing",
                                       "0007_calendar_and_queue", "0008_trust",
                                       "0009_row_versions", "0010_team_members",
                                       "0011_change_notifications", "0012_media_blobs",
                                       "0013_worker_heartbeat"]
    assert store.migration.backup is None  # nothing to back up in a brand-new file


def test_reopening_runs_no_step_again(paths) -> None:
    open_store(paths.db_path).close()
    again = open_store(paths.db_path)
    assert again.migration.applied == []
    rows = again.db.execute_sql("SELECT COUNT(*) FROM schema_version").fetchone()[0]
    assert rows == migrate.latest_version()
    again.close()


def test_utc_field_stores_utc_and_refuses_naive() -> None:
    field = UTCDateTimeField()
    berlin = timezone(timedelta(hours=1))
    stored = field.db_value(datetime(2026, 3, 29, 9, 0, tzinfo=berlin))
    assert stored == "2026-03-29T08:00:00.000000Z"
    assert field.python_value(stored) == datetime(2026, 3, 29, 8, 0, tzinfo=UTC)
    with pytest.raises(ValueError, match="naive"):
        field.db_value(datetime(2026, 3, 29, 9, 0))


def test_non_sqlite_file_is_refused_and_untouched(tmp_path: Path) -> None:
    path = tmp_path / "notes.db"
    path.write_bytes(b"these are my notes, not a database\n" * 10)
    before = _digest(path)
    with pytest.raises(StoreError, match="not a Second Thought database"):
        open_store(path)
    assert _digest(path) == before


def test_newer_database_is_refused_and_left_untouched(paths) -> None:
    open_store(paths.db_path).close()
    conn = sqlite3.connect(paths.db_path)
    conn.execute("INSERT INTO schema_version (version, applied_at) VALUES (99, 'x')")
    conn.commit()
    conn.close()
    before = _digest(paths.db_path)
    with pytest.raises(NewerDatabaseError, match="version 99.*left untouched"):
        open_store(paths.db_path)
    assert _digest(paths.db_path) == before


def test_failing_step_rolls_back_with_its_version(tmp_path: Path) -> None:
    db = pw.SqliteDatabase(str(tmp_path / "m.db"))
    db.connect()
    real = migrate.discover_steps()

    def broken(database: pw.Database) -> None:
        database.execute_sql("CREATE TABLE half_done (x INTEGER)")
        raise RuntimeError("disk on fire")

    steps = [*real, Step(len(real) + 1, "9999_broken", broken)]
    with pytest.raises(RuntimeError):
        migrate.migrate(db, tmp_path / "m.db", steps)
    assert migrate.read_version(db) == len(real)
    assert not db.table_exists("half_done")
    db.close()


def test_upgrade_backs_up_the_file_first(tmp_path: Path) -> None:
    path = tmp_path / "m.db"
    db = pw.SqliteDatabase(str(path))
    db.connect()
    steps = migrate.discover_steps()
    migrate.migrate(db, path, steps[:1])
    db.execute_sql("INSERT INTO person (display_name, role, is_local_user, created_at) "
                   "VALUES ('Kim', 'admin', 1, '2026-01-01T00:00:00.000000Z')")
    report = migrate.migrate(db, path, steps)
    db.close()
    assert report.from_version == 1 and report.to_version == migrate.latest_version()
    assert report.backup is not None and report.backup.exists()
    backup = sqlite3.connect(report.backup)
    assert backup.execute("SELECT display_name FROM person").fetchone()[0] == "Kim"
    assert backup.execute("SELECT MAX(version) FROM schema_version").fetchone()[0] == 1
    backup.close()


def test_steps_must_be_numbered_without_gaps(tmp_path: Path) -> None:
    pkg = tmp_path / "gappy_migrations"
    pkg.mkdir()
    (pkg / "__init__.py").write_text("")
    for name in ("0001_a", "0003_c"):
        (pkg / f"{name}.py").write_text("def apply(db):\n    pass\n")
    import sys

    sys.path.insert(0, str(tmp_path))
    try:
        with pytest.raises(StoreError, match="without gaps"):
            migrate.discover_steps("gappy_migrations")
    finally:
        sys.path.remove(str(tmp_path))


def test_a_step_that_rebuilds_a_table_does_not_cascade_deletes(paths) -> None:
    from desktopapp.core import drafts, people, workflow

    store = open_store(paths.db_path)
    me = people.set_up_local_user("Kim")
    d = workflow.create_draft(me.id, "keep my revisions", ["tag"])

    def rebuild_draft_table(db: pw.Database) -> None:
        # SQLite's recipe for most ALTERs: new table, copy, drop the original, rename.
        sql = db.execute_sql("SELECT sql FROM sqlite_master WHERE name = 'draft'").fetchone()[0]
        db.execute_sql(sql.replace('"draft"', '"draft_new"', 1))
        db.execute_sql("INSERT INTO draft_new SELECT * FROM draft")
        db.execute_sql("DROP TABLE draft")
        db.execute_sql("ALTER TABLE draft_new RENAME TO draft")

    steps = migrate.discover_steps()
    migrate.migrate(store.db, paths.db_path, [*steps, Step(len(steps) + 1, "9999_rebuild",
                                                          rebuild_draft_table)])
    assert drafts.tags_of(d.id) == ["tag"]
    assert store.db.execute_sql("SELECT COUNT(*) FROM revision").fetchone()[0] == 1
    assert store.db.execute_sql("PRAGMA foreign_keys").fetchone()[0] == 1
    store.close()
