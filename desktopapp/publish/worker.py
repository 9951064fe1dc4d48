"""The headless publisher (`secondthought worker`): sends a workspace's due posts while
every member's laptop sleeps, and keeps its heartbeat fresh so their windows know.

Qt-free. Exactly-once comes from the publisher (leases, idempotency keys, a look on the
network before any second try); on PostgreSQL several workers run side by side, each
claiming with FOR UPDATE SKIP LOCKED (store/claims.py).
"""

from __future__ import annotations

import logging
import os
import socket
import threading
import uuid
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

import peewee as pw

from desktopapp import __version__
from desktopapp.core import heartbeat
from desktopapp.core.due import next_due_at
from desktopapp.core.errors import DomainError
from desktopapp.publish import publisher
from desktopapp.store.fields import utcnow

log = logging.getLogger(__name__)
IDLE_WAIT_S = 10.0  # the longest sleep: new posts are noticed, the heartbeat stays fresh
RECONNECT_WAIT_S = 5.0


def worker_name() -> str:
    """Unique per process; also its lease owner, so a post's claim names who holds it."""
    return f"{socket.gethostname()[:40]}:{os.getpid()}:{uuid.uuid4().hex[:8]}"


@dataclass
class Worker:
    media_dir: Path | None = None
    name: str = ""
    stop: threading.Event | None = None
    report: Callable[[publisher.RunReport], None] | None = None
    sent: int = 0

    def __post_init__(self) -> None:
        self.name = self.name or worker_name()
        self.stop = self.stop or threading.Event()
        self.started = utcnow()
        self._last_beat: datetime | None = None

    def beat(self, force: bool = False) -> None:
        now = utcnow()
        if not force and self._last_beat is not None \
                and now - self._last_beat < heartbeat.INTERVAL:
            return
        heartbeat.beat(self.name, host=socket.gethostname(), pid=os.getpid(),
                       app_version=__version__, started_at=self.started, sent=self.sent,
                       now=now)
        self._last_beat = now

    def run_once(self) -> publisher.RunReport:
        """One pass over what is due now, beating between posts."""
        self.beat(force=True)

        def after_each(outcome: str) -> None:
            self.sent += outcome == "sent"
            self.beat()

        report = publisher.run_once(owner=self.name, media_dir=self.media_dir,
                                    cancel=self.stop, after_each=after_each)
        self.beat(force=True)
        if self.report is not None:
            self.report(report)
        return report

    def serve(self, on_db_error: Callable[[Exception], None],
              on_problem: Callable[[str], None]) -> None:
        """Run until `stop` is set (SIGTERM): pass, sleep until the next post is due (at
        most IDLE_WAIT_S), pass again. A lost connection (the server restarted) is
        reported and retried, never the end of the worker."""
        assert self.stop is not None
        heartbeat.prune(utcnow())
        while not self.stop.is_set():
            try:
                report = self.run_once()
                upcoming = next_due_at(utcnow())
            except (pw.OperationalError, pw.InterfaceError) as exc:
                on_db_error(exc)
                _drop_connection()
                self.stop.wait(RECONNECT_WAIT_S)
                continue
            except DomainError as exc:
                # A channel's secret is missing on this machine, say: said once a pass
                # (the journal shows it), and the other channels' posts keep going out
                # on the next pass; the post it stopped at is taken up after its lease.
                on_problem(str(exc))
                self.stop.wait(IDLE_WAIT_S)
                continue
            wait = IDLE_WAIT_S if upcoming is None else (upcoming - utcnow()).total_seconds()
            if wait <= 0 and report.held and not (report.sent or report.failed
                                                  or report.retried):
                # What is due is held by a closed gate (no approval yet, a pause, its
                # cool-off): look again after the idle wait, not in a tight loop.
                wait = IDLE_WAIT_S
            self.stop.wait(min(IDLE_WAIT_S, max(0.2, wait)))
        self.close()

    def close(self) -> None:
        try:
            heartbeat.stopped(self.name, utcnow())
        except pw.PeeweeException as exc:  # the server is gone: the window will see it age
            log.info("could not record the stop: %s", type(exc).__name__)


def _drop_connection() -> None:
    """Forget a broken connection; the next query opens a new one."""
    from desktopapp.store.models import database_proxy

    db = database_proxy.obj
    try:
        db.close()
    except pw.PeeweeException:
        # It died inside a transaction, which peewee will not close: the connection is
        # gone anyway, so forget it and the transaction with it.
        db._state.reset()
