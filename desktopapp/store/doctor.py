"""`secondthought doctor` and Help → Check database: look at the database file from the
outside, without the app's own open (which migrates and may refuse a damaged file).

It plays back a hot journal a crash left (by opening the file read-write, as SQLite
does), runs SQLite's integrity and foreign-key checks, lists the backups the migrations
made beside the file, and restores one on request, keeping the current file aside."""

from __future__ import annotations

import re
import shutil
import sqlite3
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path

from desktopapp.store.connection import file_uri, hot_journal, no_wal, writable
from desktopapp.store.errors import StoreError, explain

# What the migration runner writes (`st.db.v3-20261124T101500Z.bak`) and what a restore
# keeps aside (`st.db.before-restore-20261124T101500Z`).
_BACKUP = re.compile(r"\.(?:v(?P<version>\d+)-(?P<stamp>\d{8}T\d{6}Z)\.bak"
                     r"|before-restore-(?P<kept>\d{8}T\d{6}Z))$")
SIDE_FILES = ("-wal", "-shm", "-journal")


@dataclass(frozen=True)
class Backup:
    path: Path
    size: int
    made_at: datetime
    schema_version: int | None  # None: kept aside by a restore (any version)


@dataclass
class Report:
    path: Path
    exists: bool
    size: int = 0
    recovered_journal: bool = False
    integrity: list[str] = field(default_factory=list)  # ["ok"] when sound
    broken_references: int = 0
    schema_version: int | None = None
    backups: list[Backup] = field(default_factory=list)
    problem: str = ""  # the file could not be checked at all

    @property
    def ok(self) -> bool:
        return self.exists and not self.problem and self.integrity == ["ok"] \
            and self.broken_references == 0

    def lines(self) -> list[str]:
        out = [f"database: {self.path}"]
        if not self.exists:
            out.append("the file does not exist yet (it is created on first use)")
        else:
            out.append(f"size: {self.size:,} bytes, schema version "
                       f"{self.schema_version if self.schema_version is not None else '?'}")
            if self.recovered_journal:
                out.append("recovered: an interrupted change was rolled back (hot journal)")
            if self.problem:
                out.append(f"problem: {self.problem}")
            else:
                out.append("integrity: " + ("ok" if self.integrity == ["ok"] else
                                            f"{len(self.integrity)} problem(s)"))
                out += [f"  {line}" for line in self.integrity[:20] if line != "ok"]
                if self.broken_references:
                    out.append(f"foreign keys: {self.broken_references} broken reference(s)")
        out.append(f"backups: {len(self.backups)}" if self.backups else "backups: none")
        for number, b in enumerate(self.backups, 1):
            what = f"schema v{b.schema_version}" if b.schema_version is not None \
                else "kept aside by a restore"
            out.append(f"  {number}. {b.path.name}  {b.made_at:%Y-%m-%d %H:%M} UTC  "
                       f"{b.size:,} bytes  ({what})")
        return out


def backups(path: Path) -> list[Backup]:
    """The backups beside `path`, newest first."""
    found = []
    folder = path.parent if path.parent.exists() else None
    for candidate in folder.iterdir() if folder else []:
        if not candidate.name.startswith(path.name + "."):
            continue
        match = _BACKUP.search(candidate.name[len(path.name):])
        if match is None or not candidate.is_file():
            continue
        stamp = match.group("stamp") or match.group("kept")
        made = datetime.strptime(stamp, "%Y%m%dT%H%M%SZ").replace(tzinfo=UTC)
        version = int(match.group("version")) if match.group("version") else None
        found.append(Backup(candidate, candidate.stat().st_size, made, version))
    return sorted(found, key=lambda b: (b.made_at, b.path.name), reverse=True)


def check(path: Path) -> Report:
    """Recover, then check. Changes nothing but what SQLite itself would do on opening."""
    report = Report(path=path, exists=path.exists(), backups=backups(path))
    if not report.exists:
        return report
    report.size = path.stat().st_size
    report.recovered_journal = hot_journal(path) is not None and writable(path)
    try:
        can_write = writable(path)
        # A read-only place: nothing can be pending but a WAL, so without one the file is
        # read as immutable (SQLite could not create its shared-memory file there).
        conn = sqlite3.connect(file_uri(path, "rw" if can_write else "ro",
                                        immutable=not can_write and no_wal(path)),
                               uri=True, timeout=5)
        try:
            report.integrity = [row[0] for row in conn.execute("PRAGMA integrity_check")]
            report.broken_references = len(conn.execute("PRAGMA foreign_key_check").fetchall())
            report.schema_version = _version(conn)
        finally:
            conn.close()
    except sqlite3.DatabaseError as exc:
        report.problem = explain(exc)
        report.recovered_journal = False
    if report.recovered_journal and hot_journal(path) is not None:
        report.recovered_journal = False  # SQLite could not play it back
    return report


def _version(conn: sqlite3.Connection) -> int | None:
    try:
        value = conn.execute("SELECT MAX(version) FROM schema_version").fetchone()[0]
    except sqlite3.DatabaseError:
        return None
    return value if isinstance(value, int) else None


def restore(path: Path, backup: Path, now: datetime | None = None) -> Path:
    """Put `backup` in place of the database; returns where the current file was kept.

    The backup is checked first (a damaged backup is refused and nothing moves); the
    current file and its side files are renamed, never deleted. Quit the app first."""
    if not backup.is_file():
        raise StoreError(f"{backup} is not a file.")
    try:
        conn = sqlite3.connect(file_uri(backup, "ro", immutable=True), uri=True)
        try:
            verdict = conn.execute("PRAGMA integrity_check").fetchone()[0]
        finally:
            conn.close()
    except sqlite3.DatabaseError as exc:
        raise StoreError(f"{backup.name} cannot be restored: {explain(exc)}") from None
    if verdict != "ok":
        raise StoreError(f"{backup.name} cannot be restored: its integrity check failed.")
    stamp = (now or datetime.now(UTC)).strftime("%Y%m%dT%H%M%SZ")
    kept = path.with_name(f"{path.name}.before-restore-{stamp}")
    if path.exists():
        path.replace(kept)
        for suffix in SIDE_FILES:
            side = path.with_name(path.name + suffix)
            if side.exists():
                side.replace(kept.with_name(kept.name + suffix))
    tmp = path.with_name(path.name + ".restoring")
    shutil.copy2(backup, tmp)
    tmp.replace(path)  # the restored file appears whole or not at all
    return kept
