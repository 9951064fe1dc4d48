"""A cheap sign that someone else changed the database, for the change feed.

SQLite (`DataVersionSource`): `PRAGMA data_version` changes whenever another connection
(another process, or another thread's connection in this one) commits a change to the
file; a commit on this connection leaves it alone, and reading it costs microseconds.

PostgreSQL (`NotifySource`): the server pushes. Triggers (store/notify.py) NOTIFY
`{kind, id, version}` on commit; a daemon thread LISTENs on its own autocommit connection
(peewee has no LISTEN, and psycopg's `notifies()` holds the connection while it waits) and
queues what arrives. After a drop (a laptop slept, Wi-Fi went) it reconnects with backoff
and asks for one full refetch, since anything may have changed while it was away.
"""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING

import peewee as pw

from desktopapp.store import notify

if TYPE_CHECKING:
    import psycopg

log = logging.getLogger(__name__)

HEARTBEAT_S = 5.0  # an idle listener checks its connection this often (sleep, cut cables)
WAIT_S = 0.5  # notifies() returns this often to look at the stop flag and the heartbeat
MAX_BACKOFF_S = 10.0
# TCP keepalives, so a dead route is found even while a query waits (seconds).
KEEPALIVES = {"keepalives": 1, "keepalives_idle": 5, "keepalives_interval": 2,
              "keepalives_count": 2}


class DataVersionSource:
    """`changed()` is True once after each commit by another connection. Call it on the
    thread whose connection should be watched (each thread has its own connection)."""

    online = True  # a local file is never out of reach

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

    def close(self) -> None:
        """Nothing to release: the watched connection belongs to the store."""


@dataclass
class Drained:
    """What arrived since the last drain: notices, and whether to refetch everything."""

    notices: list[tuple[notify.Notice, int]]  # with the sending server process id
    resync: bool = False


class NotifySource:
    """LISTENs for the workspace's change notifications in a background thread.

    `drain()` hands over what arrived; `wake` (called on the listener thread) tells the
    owner that there is something to drain, so it need not wait for its next poll.
    `online` is False while the server cannot be reached."""

    def __init__(self, db: pw.PostgresqlDatabase, wake: Callable[[], None] | None = None,
                 *, connect_timeout: float | None = None) -> None:
        params = dict(db.connect_params)
        params.update(KEEPALIVES)
        if connect_timeout is not None:
            params["connect_timeout"] = max(1, int(connect_timeout))
        self._params = {"dbname": db.database, **params}
        self._wake = wake or (lambda: None)
        self._lock = threading.Lock()
        self._pending: list[tuple[notify.Notice, int]] = []
        self._resync = False
        self.online = True
        self.listening = threading.Event()  # set once LISTEN is in place (tests wait on it)
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, name="change-listener",
                                        daemon=True)
        self._thread.start()

    def drain(self) -> Drained:
        with self._lock:
            drained = Drained(self._pending, self._resync)
            self._pending, self._resync = [], False
        return drained

    def changed(self) -> bool:
        drained = self.drain()
        return drained.resync or bool(drained.notices)

    def close(self) -> None:
        self._stop.set()
        self._thread.join(timeout=WAIT_S * 4)

    # --- the listener thread ---------------------------------------------------
    def _run(self) -> None:
        import psycopg  # here, not at the top: a personal workspace never loads it

        backoff = 0.5
        first = True
        while not self._stop.is_set():
            try:
                conn = psycopg.connect(autocommit=True, **self._params)
            except psycopg.Error as exc:
                self._set_online(False, exc)
                first = False  # whatever happened meanwhile was missed
                self._stop.wait(backoff)
                backoff = min(backoff * 2, MAX_BACKOFF_S)
                continue
            backoff = 0.5
            try:
                with conn:
                    conn.execute(f"LISTEN {notify.CHANNEL}")
                    if not first:
                        with self._lock:
                            self._resync = True  # missed while away: refetch everything
                    first = False
                    self._set_online(True, None)
                    self.listening.set()
                    self._listen(conn)
            except psycopg.Error as exc:
                self.listening.clear()
                self._set_online(False, exc)

    def _listen(self, conn: psycopg.Connection) -> None:
        last_heard = time.monotonic()
        while not self._stop.is_set():
            # The generator yields each notification as it arrives and ends after WAIT_S.
            for item in conn.notifies(timeout=WAIT_S):
                last_heard = time.monotonic()
                notice = notify.parse(item.payload)
                if notice is not None:
                    with self._lock:
                        self._pending.append((notice, item.pid))
                    self._wake()
            if time.monotonic() - last_heard > HEARTBEAT_S:
                conn.execute("SELECT 1")  # raises when the server went away quietly
                last_heard = time.monotonic()

    def _set_online(self, online: bool, exc: BaseException | None) -> None:
        if online == self.online:
            return
        self.online = online
        if exc is not None:
            log.warning("change listener lost the team server: %s",
                        str(exc).strip().splitlines()[0] if str(exc).strip() else exc)
        self._wake()
