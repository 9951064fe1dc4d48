"""Open the database, check its version, migrate it and bind the models to it.

The caller decides which file to open (config resolves `--db` / `SECONDTHOUGHT_DB` /
the platform data dir) and passes the resulting `Store` on; nothing is opened at import.
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass, field
from pathlib import Path

import peewee as pw

from desktopapp.store import migrate
from desktopapp.store.errors import StoreError
from desktopapp.store.models import ALL_MODELS, database_proxy

SQLITE_PRAGMAS = {
    "journal_mode": "wal",
    "foreign_keys": 1,
    "busy_timeout": 5000,
    "synchronous": 1,  # NORMAL: durable across a process crash, fast enough for autosave
}


@dataclass
class Store:
    """An open, migrated database. Pass it explicitly to whatever needs data."""

    db: pw.Database
    path: Path | None
    migration: migrate.MigrationReport = field(default_factory=migrate.MigrationReport)

    def close(self) -> None:
        if not self.db.is_closed():
            self.db.close()

    def bind(self) -> None:
        """Point the models at this store (used when a process holds two stores, e.g. tests)."""
        database_proxy.initialize(self.db)


def _peek_sqlite_file(path: Path) -> None:
    """Refuse files that are not SQLite before anything (a pragma, a migration) touches them."""
    if not path.exists() or path.stat().st_size == 0:
        return
    with path.open("rb") as handle:
        header = handle.read(16)
    if header != b"SQLite format 3\x00":
        raise StoreError(f"{path} is not a Second Thought database (not an SQLite file).")
    try:
        conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
        try:
            version = migrate.read_version_sqlite(conn)
        finally:
            conn.close()
    except sqlite3.DatabaseError as exc:
        raise StoreError(f"{path} could not be read: {exc}") from None
    migrate.refuse_newer(version, path)


def open_store(path: Path, *, run_migrations: bool = True) -> Store:
    """Open (creating if needed) the SQLite database at `path` and bring it up to date."""
    path = path.expanduser()
    path.parent.mkdir(parents=True, exist_ok=True)
    _peek_sqlite_file(path)
    db = pw.SqliteDatabase(str(path), pragmas=SQLITE_PRAGMAS, timeout=5)
    try:
        db.connect()
    except pw.OperationalError as exc:
        raise StoreError(f"Could not open {path}: {exc}") from None
    store = Store(db=db, path=path)
    store.bind()
    if run_migrations:
        store.migration = migrate.migrate(db, path)
    return store


def open_memory_store() -> Store:
    """An in-memory store for quick experiments; tests use real files instead."""
    db = pw.SqliteDatabase(":memory:", pragmas={"foreign_keys": 1})
    db.connect()
    store = Store(db=db, path=None)
    store.bind()
    store.migration = migrate.migrate(db, None)
    return store


__all__ = ["ALL_MODELS", "Store", "open_memory_store", "open_store"]
