"""The publishers' heartbeat: each running worker keeps its row's `seen_at` fresh, so any
member's window can tell whether something is publishing the team's posts."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta

import peewee as pw

from desktopapp.store.models import WorkerHeartbeat

# A worker beats at least this often (between posts and while it waits for the next one);
# one not seen for ALIVE_FOR is taken for dead (its machine is off, or it crashed).
INTERVAL = timedelta(seconds=10)
ALIVE_FOR = timedelta(seconds=60)
KEEP_FOR = timedelta(days=7)  # rows of workers gone longer than this are removed


@dataclass(frozen=True)
class Beat:
    worker: str
    host: str
    seen_at: datetime
    stopped_at: datetime | None
    sent: int


def beat(worker: str, *, host: str, pid: int, app_version: str, started_at: datetime,
         sent: int, now: datetime) -> None:
    """Say this worker is alive (an update; the first beat inserts its row)."""
    changed = WorkerHeartbeat.update(seen_at=now, sent=sent, stopped_at=None).where(
        WorkerHeartbeat.worker == worker).execute()
    if changed == 0:
        WorkerHeartbeat.create(worker=worker, host=host[:255], pid=pid,
                               app_version=app_version[:32], started_at=started_at,
                               seen_at=now, sent=sent)


def stopped(worker: str, now: datetime) -> None:
    """A clean stop: the window says "stopped" rather than waiting to call it dead."""
    WorkerHeartbeat.update(seen_at=now, stopped_at=now).where(
        WorkerHeartbeat.worker == worker).execute()


def prune(now: datetime) -> int:
    return int(WorkerHeartbeat.delete().where(
        WorkerHeartbeat.seen_at < now - KEEP_FOR).execute())


def latest(now: datetime) -> Beat | None:
    """A worker alive now if there is one, else the one seen last (a worker that stopped
    a second ago must not hide another still running)."""
    newest = WorkerHeartbeat.select().order_by(WorkerHeartbeat.seen_at.desc())
    row = newest.where(_alive(now)).first() or newest.first()
    if row is None:
        return None
    return Beat(row.worker, row.host, row.seen_at, row.stopped_at, row.sent)


def _alive(now: datetime) -> pw.Expression:
    return WorkerHeartbeat.stopped_at.is_null() & (WorkerHeartbeat.seen_at >= now - ALIVE_FOR)


def running(now: datetime) -> int:
    """How many workers are alive now."""
    return int(WorkerHeartbeat.select().where(_alive(now)).count())
