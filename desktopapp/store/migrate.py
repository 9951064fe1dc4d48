"""The migration runner.

Steps live in the top-level `migrations/` folder (installed as `desktopapp.migrations`),
one module per step, named `NNNN_description.py`, each with `apply(db)`. A step and the
row recording its version commit in one transaction, so a crash can never leave a step
half-applied or applied-but-unrecorded, and a recorded step never runs again.
"""

from __future__ import annotations

import importlib
import pkgutil
import re
import sqlite3
import sys
from collections.abc import Callable
from dataclasses import field
from datetime import UTC, datetime
from pathlib import Path
from types import ModuleType

import peewee as pw

from desktopapp.records import record
from desktopapp.store.errors import NewerDatabaseError, StoreError

_STEP_NAME = re.compile(r"^(\d{4})_[a-z0-9_]+$")
MIGRATIONS_PACKAGE = "desktopapp.migrations"


@record
class Step:
    version: int
    name: str
    apply: Callable[[pw.Database], None]


@record(frozen=False)
class MigrationReport:
    from_version: int = 0
    to_version: int = 0
    applied: list[str] = field(default_factory=list)
    backup: Path | None = None


def discover_steps(package: str = MIGRATIONS_PACKAGE) -> list[Step]:
    module = importlib.import_module(package)
    steps: list[Step] = []
    for info in pkgutil.iter_modules(module.__path__):
        match = _STEP_NAME.match(info.name)
        if not match:
            continue
        # Imported only when applied: an up-to-date database (every start but the first
        # after an upgrade) never loads the steps or playhouse.migrate.
        steps.append(Step(int(match.group(1)), info.name, _lazy_apply(f"{package}.{info.name}")))
    steps.sort(key=lambda s: s.version)
    versions = [s.version for s in steps]
    if versions != list(range(1, len(steps) + 1)):
        raise StoreError(f"migration steps are not numbered 1..n without gaps: {versions}")
    return steps


def _lazy_apply(module_name: str) -> Callable[[pw.Database], None]:
    def apply(db: pw.Database) -> None:
        _import_schema_migrator()
        step_module: ModuleType = importlib.import_module(module_name)
        step_module.apply(db)

    return apply


def _import_schema_migrator() -> None:
    """Import playhouse.migrate (what the steps use) without its CockroachDB support.

    playhouse.migrate imports playhouse.cockroachdb, which imports the PostgreSQL driver
    psycopg and asyncio when psycopg is installed: 17 MB resident (measured: a new personal
    workspace's window 155 MB, 138 MB without) and ~100 ms, for a database the app never
    opens. Hidden for this one import, playhouse.migrate leaves CockroachDB out
    (`CockroachDatabase = None`, its own fallback); a team workspace migrates with the
    PostgreSQL migrator as before, and imports psycopg itself (store/postgres.py)."""
    if "playhouse.migrate" in sys.modules or "playhouse.cockroachdb" in sys.modules:
        return
    sys.modules["playhouse.cockroachdb"] = None  # type: ignore[assignment]  # import fails
    try:
        importlib.import_module("playhouse.migrate")
    finally:
        del sys.modules["playhouse.cockroachdb"]


def latest_version() -> int:
    return len(discover_steps())


def read_version_sqlite(conn: sqlite3.Connection) -> int:
    row = conn.execute(
        "SELECT name FROM sqlite_master WHERE type='table' AND name='schema_version'"
    ).fetchone()
    if row is None:
        return 0
    return _version_number(conn.execute("SELECT MAX(version) FROM schema_version").fetchone()[0])


def read_version(db: pw.Database) -> int:
    if not db.table_exists("schema_version"):
        return 0
    return _version_number(db.execute_sql("SELECT MAX(version) FROM schema_version").fetchone()[0])


def _version_number(value: object) -> int:
    """The recorded schema version; a row that is not a whole number means the table was
    damaged or edited by hand, and guessing a version could run the wrong migrations."""
    if value is None:
        return 0
    if isinstance(value, int) and not isinstance(value, bool) and 0 <= value < 1_000_000:
        return value
    raise StoreError(f"The database's schema_version table is damaged (version {value!r} "
                     "is not a version number). Run `secondthought doctor` to restore a "
                     "backup.")


def refuse_newer(version: int, path: Path | None) -> None:
    latest = latest_version()
    if version > latest:
        where = f" {path}" if path else ""
        raise NewerDatabaseError(
            f"The database{where} has schema version {version}, but this Second Thought "
            f"only knows up to version {latest}. It was left untouched; please update the app."
        )


def refuse_older_team(version: int, url: str) -> None:
    """A member's app never migrates a shared database: an admin runs `team upgrade`."""
    refuse_newer(version, None)
    latest = latest_version()
    if version < latest:
        raise StoreError(f"The team workspace {url} has schema version {version}; this app "
                         f"needs {latest}. Ask an admin to run `secondthought team upgrade`.")


def backup_sqlite(db: pw.SqliteDatabase, path: Path, version: int) -> Path:
    """Copy the live database (WAL included) next to itself before changing its schema."""
    stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%SZ")
    target = path.with_name(f"{path.name}.v{version}-{stamp}.bak")
    dest = sqlite3.connect(str(target))
    try:
        db.connection().backup(dest)
    finally:
        dest.close()
    return target


def _record_version(db: pw.Database, version: int) -> None:
    p = db.param
    db.execute_sql(
        f"INSERT INTO schema_version (version, applied_at) VALUES ({p}, {p})",
        (version, datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%S.%fZ")),
    )


# Any fixed number: every process upgrading one PostgreSQL database takes the same lock.
_ADVISORY_LOCK_KEY = 0x5EC0_7D00


def migrate_locked(db: pw.Database) -> MigrationReport:
    """Migrate a shared (PostgreSQL) database while holding an advisory lock, so two
    members upgrading at once run each step once: the second waits, then finds nothing
    left to do."""
    db.execute_sql("SELECT pg_advisory_lock(%s)", (_ADVISORY_LOCK_KEY,))
    try:
        return migrate(db, None)
    finally:
        db.execute_sql("SELECT pg_advisory_unlock(%s)", (_ADVISORY_LOCK_KEY,))


def migrate(db: pw.Database, path: Path | None, steps: list[Step] | None = None) -> MigrationReport:
    steps = discover_steps() if steps is None else steps
    current = read_version(db)
    latest = steps[-1].version if steps else 0
    if current > latest:
        raise NewerDatabaseError(
            f"The database has schema version {current}, newer than this app's {latest}; "
            "it was left untouched."
        )
    report = MigrationReport(from_version=current, to_version=current)
    pending = [s for s in steps if s.version > current]
    if not pending:
        return report
    sqlite = isinstance(db, pw.SqliteDatabase)
    if current > 0 and path is not None and isinstance(db, pw.SqliteDatabase):
        report.backup = backup_sqlite(db, path, current)
    if sqlite:
        # SQLite rebuilds a table to alter it; with foreign keys on, dropping the old table
        # would cascade-delete every row that points at it (tags, revisions…). SQLite's own
        # recipe: keys off during the change, then foreign_key_check before committing.
        db.execute_sql("PRAGMA foreign_keys = OFF")
    try:
        for step in pending:
            with db.atomic():
                step.apply(db)
                if sqlite:
                    broken = db.execute_sql("PRAGMA foreign_key_check").fetchall()
                    if broken:
                        raise StoreError(f"migration {step.name} left {len(broken)} broken "
                                         "references; nothing was changed")
                _record_version(db, step.version)
            report.applied.append(step.name)
            report.to_version = step.version
    finally:
        if sqlite:
            db.execute_sql("PRAGMA foreign_keys = ON")
    return report
