"""The offline journal of a team workspace: text typed while the server could not be
reached, kept in a small SQLite file on this computer (`Paths.db_path` of a team
workspace) until it is written back.

One row per draft and field (the text, its notes, its tags, one channel's own text, one
image's alt text: see app/offline_fields.py) holds the newest text and the version it was
typed on (what the write-back expects to find, so a teammate's change meanwhile is a conflict, never
overwritten). Every `keep` commits with synchronous=FULL (a flat battery loses nothing
committed), on a writer thread of its own: the fsync can take 100 ms on a busy disk, and
the person typing on the GUI thread must never wait for it. What is queued is written
before the journal is read, and at exit.
"""

from __future__ import annotations

import atexit
import logging
import queue
import sqlite3
import threading
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import ClassVar

log = logging.getLogger(__name__)

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
);
CREATE TABLE IF NOT EXISTS conflicted (
    workspace TEXT NOT NULL,
    draft_id INTEGER NOT NULL,
    field TEXT NOT NULL,
    mine TEXT NOT NULL,
    theirs TEXT NOT NULL,
    who TEXT NOT NULL,
    at TEXT NOT NULL,
    PRIMARY KEY (workspace, draft_id, field)
);
"""


@dataclass(frozen=True)
class Typed:
    draft_id: int
    field: str
    base_version: int  # the version this text was typed on
    base_text: str  # the text it was typed from (another change to anything else is fine)
    text: str
    typed_at: datetime


@dataclass(frozen=True)
class Conflicted:
    """A field both this person (offline) and a teammate changed: both versions are kept
    here until the person chooses (a draft's text keeps its own in the history instead)."""

    draft_id: int
    field: str
    mine: str
    theirs: str
    who: str  # who changed it meanwhile
    at: datetime


class Journal:
    """One per file and workspace (`Journal.at`): thread-safe. It knows which fields it
    holds, so a save that reached the server costs no disk work when none was kept."""

    _open: ClassVar[dict[tuple[Path, str], Journal]] = {}
    _open_lock: ClassVar[threading.Lock] = threading.Lock()

    @classmethod
    def at(cls, path: Path, workspace: str) -> Journal:
        with cls._open_lock:
            found = cls._open.get((path, workspace))
            if found is None:
                found = cls._open[(path, workspace)] = cls(path, workspace)
            return found

    def __init__(self, path: Path, workspace: str) -> None:
        self.path = path
        self.workspace = workspace
        self._lock = threading.Lock()  # one connection at a time
        self._queue: queue.Queue[tuple[object, ...]] = queue.Queue()
        # (draft, field) → the newest text kept; None until first read from the file.
        self._keys: dict[tuple[int, str], str] | None = None
        # Started now, not at the first `keep`: starting a thread waits until it runs (50 ms
        # on a loaded machine), which the person typing offline would feel.
        self._writer = threading.Thread(target=self._write_queued, name="journal",
                                        daemon=True)
        self._writer.start()
        atexit.register(self.flush)  # closing the app writes what is queued

    def _connect(self) -> sqlite3.Connection:
        self.path.parent.mkdir(parents=True, exist_ok=True)
        conn = sqlite3.connect(self.path, timeout=5)
        conn.execute("PRAGMA synchronous=FULL")
        conn.executescript(SCHEMA)
        return conn

    def _run(self, sql: str, args: tuple[object, ...]) -> list[tuple[object, ...]]:
        with self._lock:
            conn = self._connect()
            try:
                with conn:
                    return conn.execute(sql, args).fetchall()
            finally:
                conn.close()

    def _known(self) -> dict[tuple[int, str], str]:
        if self._keys is None:
            rows = self._run("SELECT draft_id, field, text FROM typed WHERE workspace = ?",
                             (self.workspace,)) if self.path.exists() else []
            self._keys = {(int(str(r[0])), str(r[1])): str(r[2]) for r in rows}
        return self._keys

    def kept(self, draft_id: int, field: str) -> str | None:
        """The newest text kept for a field and not yet written back (from memory: no
        disk work, fit for the GUI thread)."""
        return self._known().get((draft_id, field))

    def keep(self, draft_id: int, base_version: int, base_text: str, text: str,
             field: str = "body") -> None:
        """Remember the newest text typed on a draft (replacing older typing of it; the
        base is kept from the first time, since that is what the text builds on).
        Returns at once; the writer thread commits it."""
        now = datetime.now(UTC).isoformat()
        self._known()[(draft_id, field)] = text
        self._queue.put((self.workspace, draft_id, field, base_version, base_text, text, now))

    def _write_queued(self) -> None:
        while True:
            row = self._queue.get()
            try:
                self._run("INSERT INTO typed (workspace, draft_id, field, base_version, "
                          "base_text, text, typed_at) VALUES (?, ?, ?, ?, ?, ?, ?) "
                          "ON CONFLICT (workspace, draft_id, field) DO UPDATE SET "
                          "text = excluded.text, typed_at = excluded.typed_at", row)
            except (sqlite3.Error, OSError) as exc:  # a full disk: said, and retried next
                log.error("could not write the offline journal %s: %s", self.path, exc)
            finally:
                self._queue.task_done()

    def flush(self) -> None:
        """Wait until everything kept so far is on disk."""
        self._queue.join()

    def pending(self) -> list[Typed]:
        self.flush()
        if not self.path.exists():
            return []
        rows = self._run("SELECT draft_id, field, base_version, base_text, text, typed_at "
                         "FROM typed WHERE workspace = ? ORDER BY typed_at",
                         (self.workspace,))
        return [Typed(int(str(r[0])), str(r[1]), int(str(r[2])), str(r[3]), str(r[4]),
                      datetime.fromisoformat(str(r[5]))) for r in rows]

    def forget(self, draft_id: int, text: str | None = None, field: str = "body") -> None:
        """Written back (or kept in the history as a conflict): drop it. With `text`, only
        if nothing newer was typed in the meantime."""
        if (draft_id, field) not in self._known():
            return  # nothing kept for it: the usual case of a save that reached the server
        self.flush()
        condition = " AND text = ?" if text is not None else ""
        left = self._run(
            f"DELETE FROM typed WHERE workspace = ? AND draft_id = ? AND field = ?{condition} "
            "RETURNING 1", (self.workspace, draft_id, field, *(() if text is None else (text,))))
        if left or not self._run("SELECT 1 FROM typed WHERE workspace = ? AND draft_id = ? "
                                 "AND field = ?", (self.workspace, draft_id, field)):
            self._known().pop((draft_id, field), None)

    def conflict(self, draft_id: int, field: str, mine: str, theirs: str, who: str) -> None:
        """Keep both versions of a field until the person chooses; the typing is done."""
        now = datetime.now(UTC).isoformat()
        self.flush()
        self._run("INSERT INTO conflicted (workspace, draft_id, field, mine, theirs, who, at) "
                  "VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT (workspace, draft_id, field) DO "
                  "UPDATE SET mine = excluded.mine, theirs = excluded.theirs, "
                  "who = excluded.who, at = excluded.at",
                  (self.workspace, draft_id, field, mine, theirs, who, now))
        self.forget(draft_id, mine, field)

    def conflicts(self) -> list[Conflicted]:
        self.flush()
        if not self.path.exists():
            return []
        rows = self._run("SELECT draft_id, field, mine, theirs, who, at FROM conflicted "
                         "WHERE workspace = ? ORDER BY at", (self.workspace,))
        return [Conflicted(int(str(r[0])), str(r[1]), str(r[2]), str(r[3]), str(r[4]),
                           datetime.fromisoformat(str(r[5]))) for r in rows]

    def settle(self, draft_id: int, field: str) -> None:
        """The person chose: the conflict is done."""
        if self.path.exists():
            self._run("DELETE FROM conflicted WHERE workspace = ? AND draft_id = ? AND "
                      "field = ?", (self.workspace, draft_id, field))
