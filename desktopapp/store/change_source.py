"""A cheap, monotonic sign that someone else changed the database.

SQLite: `PRAGMA data_version` changes whenever another connection (another process, or
another thread's connection in this one) commits a change to the file; a commit on this
connection leaves it alone, and reading it costs microseconds. A PostgreSQL store would
offer the same `changed()` backed by LISTEN/NOTIFY instead.
"""

from __future__ import annotations

import peewee as pw


class DataVersionSource:
    """`changed()` is True once after each commit by another connection. Call it on the
    thread whose connection should be watched (each thread has its own connection)."""

    def __init__(self, db: pw.Database) -> None:
        self._db = db
        self._last = self._read()

    def _read(self) -> int:
        row = self._db.execute_sql("PRAGMA data_version").fetchone()
        return int(row[0]) if row else 0

    def changed(self) -> bool:
        current = self._read()
        if current == self._last:
            return False
        self._last = current
        return True
