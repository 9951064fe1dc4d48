"""The offline journal of a team workspace: text typed while the server could not be
reached, kept in a small SQLite file on this computer (`Paths.db_path` of a team
workspace) until it is written back.

One row per draft and field holds the newest text and the version it was typed on (what
the write-back expects to find, so a teammate's change meanwhile is a conflict, never
overwritten). Every `keep` commits (synchronous=FULL): a crash or a flat battery after the
person typed loses nothing.
"""

from __future__ import annotations

import sqlite3
import threading
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

SCHEMA = """
CREATE TABLE IF NOT EXISTS typed (
    workspace TEXT NOT NULL,
    draft_id INTEGER NOT NULL,
    field TEXT NOT NULL DEFAULT 'body',
    base_version INTEGER NOT NULL,
    base_text TEXT NOT NULL,
    text TEXT NOT NULL,
    typed_at TEXT NOT NULL,
    PRIMARY KEY (workspace, draft_id, field)
)
"""


@dataclass(frozen=True)
class Typed:
    draft_id: int
    field: str
    base_version: int  # the version this text was typed on
    base_text: str  # the text it was typed from (another change to anything else is fine)
    text: str
    typed_at: datetime


class Journal:
    """Thread-safe; one short connection per call (it is written seldom, only offline)."""

    def __init__(self, path: Path, workspace: str) -> None:
        self.path = path
        self.workspace = workspace
        self._lock = threading.Lock()

    def _connect(self) -> sqlite3.Connection:
        self.path.parent.mkdir(parents=True, exist_ok=True)
        conn = sqlite3.connect(self.path, timeout=5)
        conn.execute("PRAGMA synchronous=FULL")
        conn.execute(SCHEMA)
        return conn

    def keep(self, draft_id: int, base_version: int, base_text: str, text: str,
             field: str = "body") -> None:
        """Remember the newest text typed on a draft (replacing older typing of it; the
        base is kept from the first time, since that is what the text builds on)."""
        now = datetime.now(UTC).isoformat()
        with self._lock:
            conn = self._connect()
            try:
                with conn:
                    conn.execute(
                        "INSERT INTO typed (workspace, draft_id, field, base_version, "
                        "base_text, text, typed_at) VALUES (?, ?, ?, ?, ?, ?, ?) "
                        "ON CONFLICT (workspace, draft_id, field) DO UPDATE SET "
                        "text = excluded.text, typed_at = excluded.typed_at",
                        (self.workspace, draft_id, field, base_version, base_text, text, now))
            finally:
                conn.close()

    def pending(self) -> list[Typed]:
        if not self.path.exists():
            return []
        with self._lock:
            conn = self._connect()
            try:
                rows = conn.execute(
                    "SELECT draft_id, field, base_version, base_text, text, typed_at "
                    "FROM typed WHERE workspace = ? ORDER BY typed_at",
                    (self.workspace,)).fetchall()
            finally:
                conn.close()
        return [Typed(r[0], r[1], r[2], r[3], r[4], datetime.fromisoformat(r[5]))
                for r in rows]

    def forget(self, draft_id: int, text: str | None = None, field: str = "body") -> None:
        """Written back (or kept in the history as a conflict): drop it. With `text`, only
        if nothing newer was typed in the meantime."""
        if not self.path.exists():
            return
        with self._lock:
            conn = self._connect()
            try:
                with conn:
                    conn.execute(
                        "DELETE FROM typed WHERE workspace = ? AND draft_id = ? AND field = ?"
                        + (" AND text = ?" if text is not None else ""),
                        (self.workspace, draft_id, field,
                         *(() if text is None else (text,))))
            finally:
                conn.close()
