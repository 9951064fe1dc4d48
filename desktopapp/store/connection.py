"""Open the database, check its version, migrate it and bind the models to it.

The caller decides which file to open (config resolves `--db` / `SECONDTHOUGHT_DB` /
the platform data dir) and passes the resulting `Store` on; nothing is opened at import.
"""

from __future__ import annotations

import os
import sqlite3
from dataclasses import field
from pathlib import Path
from typing import Any
from urllib.parse import quote

import peewee as pw

from desktopapp.records import record
from desktopapp.store import migrate, postgres
from desktopapp.store.errors import StoreError, explain
from desktopapp.store.models import ALL_MODELS, database_proxy

SQLITE_PRAGMAS = {
    "journal_mode": "wal",
    "foreign_keys": 1,
    "busy_timeout": 5000,
    "synchronous": 1,  # NORMAL: durable across a process crash, fast enough for autosave
}
READ_ONLY_PRAGMAS = {"foreign_keys": 1, "busy_timeout": 5000}


class AppDatabase(pw.SqliteDatabase):
    """SQLite as the app uses it.

    Every transaction begins IMMEDIATE (`lock_type`): a transaction that reads and then
    writes would otherwise hold a read snapshot, and when another process committed in the
    meantime SQLite refuses the upgrade to a write at once ("database is locked") instead
    of waiting the busy timeout. Taking the write lock up front makes it wait.
    """

    def __init__(self, database: str, **kwargs: Any) -> None:
        kwargs.setdefault("lock_type", "IMMEDIATE")
        super().__init__(database, **kwargs)

    def rollback(self) -> None:
        # On a full disk or an I/O error SQLite has already rolled the transaction back;
        # a second ROLLBACK would fail with "no transaction is active" and that message
        # would replace the one that says what happened.
        if not self.is_closed() and not self.connection().in_transaction:
            return
        super().rollback()


@record(frozen=False)
class Store:
    """An open, migrated database. Pass it explicitly to whatever needs data."""

    db: pw.Database
    path: Path | None
    migration: migrate.MigrationReport = field(default_factory=migrate.MigrationReport)
    read_only: bool = False  # the file or its folder cannot be written: reads still work
    url: str | None = None  # a team workspace's URL (password removed); None: a file
    notice: str = ""  # something a person must know about how it opened (read-only, why)

    @property
    def is_team(self) -> bool:
        return self.url is not None

    @property
    def location(self) -> str:
        """Where this workspace lives, fit to show a person."""
        return self.url if self.url is not None else str(self.path or ":memory:")

    def close(self) -> None:
        if not self.db.is_closed():
            self.db.close()

    def bind(self) -> None:
        """Point the models at this store (used when a process holds two stores, e.g. tests)."""
        database_proxy.initialize(self.db)


def hot_journal(path: Path) -> Path | None:
    """The rollback journal a crash left beside the database, if any (SQLite calls it
    "hot": it must be played back before the file is consistent again)."""
    journal = path.with_name(path.name + "-journal")
    try:
        return journal if journal.stat().st_size > 0 else None
    except OSError:
        return None


def writable(path: Path) -> bool:
    """Whether SQLite can write here: the file, and the folder for its journal and WAL."""
    folder = path.parent if str(path.parent) else Path(".")
    return os.access(folder, os.W_OK) and (not path.exists() or os.access(path, os.W_OK))


def file_uri(path: Path, mode: str, immutable: bool = False) -> str:
    return f"file:{quote(str(path.absolute()))}?mode={mode}" + ("&immutable=1" if immutable
                                                                else "")


def _peek_sqlite_file(path: Path, can_write: bool) -> None:
    """Refuse files that are not SQLite before anything (a pragma, a migration) touches them.

    Where the file can be written it is opened read-write (never created), so a hot journal
    a crash left behind is played back here; a read-only look would stop SQLite from
    rolling it back and every later start would fail."""
    if not path.exists() or path.stat().st_size == 0:
        return
    with path.open("rb") as handle:
        header = handle.read(16)
    if header != b"SQLite format 3\x00":
        raise StoreError(f"{path} is not a Second Thought database (not an SQLite file).")
    if hot_journal(path) is not None and not can_write:
        raise StoreError(f"{path} was interrupted in the middle of a change and cannot be "
                         "repaired because its folder or file is read-only. Make it writable "
                         "and start again (nothing is lost).")
    try:
        conn = sqlite3.connect(file_uri(path, "rw" if can_write else "ro",
                                        immutable=not can_write and no_wal(path)), uri=True)
        try:
            version = migrate.read_version_sqlite(conn)
        finally:
            conn.close()
    except sqlite3.DatabaseError as exc:
        raise StoreError(f"{path} could not be read: {explain(exc)}") from None
    migrate.refuse_newer(version, path)


def no_wal(path: Path) -> bool:
    return not path.with_name(path.name + "-wal").exists()


def open_store(path: Path, *, run_migrations: bool = True) -> Store:
    """Open (creating if needed) the SQLite database at `path` and bring it up to date.

    A database in a folder that cannot be written is opened read-only (reads work, a write
    says the database is read-only), rather than not at all."""
    path = path.expanduser()
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise StoreError(f"Could not create the folder {path.parent}: {exc.strerror}.") from None
    can_write = writable(path)
    if not can_write and not path.exists():
        raise StoreError(f"Could not create {path}: its folder is read-only.")
    _peek_sqlite_file(path, can_write)
    if can_write:
        db = AppDatabase(str(path), pragmas=SQLITE_PRAGMAS, timeout=5)
    else:
        # Without a WAL file nothing is pending anywhere, and no one can write here: the
        # file is read as immutable (SQLite could not create its shared-memory file).
        db = AppDatabase(file_uri(path, "ro", immutable=no_wal(path)), uri=True,
                         pragmas=READ_ONLY_PRAGMAS, timeout=5)
    try:
        db.connect()
    except pw.OperationalError as exc:
        raise StoreError(f"Could not open {path}: {explain(exc)}") from None
    store = Store(db=db, path=path, read_only=not can_write)
    store.bind()
    if run_migrations:
        if not can_write and migrate.read_version(db) < migrate.latest_version():
            db.close()
            raise StoreError(f"{path} needs an update this version makes, but its folder is "
                             "read-only. Make it writable and start again.")
        store.migration = migrate.migrate(db, path)
    return store


def open_location(location: str | Path, *, password: str | None = None,
                  run_migrations: bool = True) -> Store:
    """Open a workspace by where it lives: a path or `sqlite:///path` (a personal
    workspace), or `postgresql://user@host/db` (a team workspace on a server)."""
    text = str(location)
    if postgres.is_postgres_url(text):
        return open_postgres_store(text, password=password, run_migrations=run_migrations)
    if text.startswith("sqlite://"):
        text = text.removeprefix("sqlite://")
        if not text:
            raise StoreError("sqlite:// needs a file path (sqlite:///home/me/drafts.db).")
    return open_store(Path(text), run_migrations=run_migrations)


def open_postgres_store(url: str, *, password: str | None = None,
                        run_migrations: bool = True) -> Store:
    """Connect to a team workspace. Migrations run here only when asked (tests, `team
    init` and `team upgrade`, which hold an advisory lock); a member's app never changes
    the schema under other members' feet."""
    db = postgres.TeamDatabase(url, password=password)
    try:
        db.connect()
    except pw.OperationalError as exc:
        raise StoreError(f"Could not open {db.url}: {postgres.server_message(exc)}") from None
    store = Store(db=db, path=None, url=db.url)
    store.bind()
    try:
        if run_migrations:
            store.migration = migrate.migrate_locked(db)
        else:
            _check_team_client(store, db)
    except BaseException:
        db.close()
        raise
    return store


def _check_team_client(store: Store, db: postgres.TeamDatabase) -> None:
    """A member's app never migrates. A schema older than this app: refused (an admin runs
    `team upgrade`). A team that no longer accepts this app's version (`team upgrade`
    recorded the oldest client it accepts): opened read-only, and `store.notice` says why."""
    from desktopapp import __version__
    from desktopapp.store import team_members

    version = migrate.read_version(db)
    meta = team_members.read_meta(db) if version > 0 else None
    if meta is None:
        migrate.refuse_older_team(version, db.url)
        return
    if version < migrate.latest_version():
        migrate.refuse_older_team(version, db.url)
    if team_members.client_accepted(__version__, meta.oldest_client):
        return  # (a newer schema too, when the admin said this version still works)
    db.read_only = True
    db.close()
    db.connect()
    store.read_only = True
    store.notice = (f"This team workspace needs Second Thought {meta.oldest_client} or "
                    f"newer; this is {__version__}. It is open read-only: update the app "
                    "to make changes.")


def open_memory_store() -> Store:
    """An in-memory store for quick experiments; tests use real files instead."""
    db = AppDatabase(":memory:", pragmas={"foreign_keys": 1})
    db.connect()
    store = Store(db=db, path=None)
    store.bind()
    store.migration = migrate.migrate(db, None)
    return store


__all__ = ["ALL_MODELS", "Store", "open_location", "open_memory_store", "open_postgres_store",
           "open_store"]
