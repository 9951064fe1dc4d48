"""Claiming publications on a shared (PostgreSQL) workspace, where several workers run.

On SQLite one writer holds the whole file, and the publisher's compare-and-set lease is
enough. On PostgreSQL workers run side by side: each takes the next due publication with
`FOR UPDATE SKIP LOCKED` (a row another worker is claiming this instant is skipped, not
waited for, and never taken twice) and writes its lease in the same transaction, so the
claim survives the transaction and protects the post while it is being sent.
"""

from __future__ import annotations

from collections.abc import Collection
from datetime import datetime, timedelta

import peewee as pw

from desktopapp.core.states import PublicationState
from desktopapp.store.dialect import is_sqlite
from desktopapp.store.models import Publication

# Any fixed number: every worker planning publications for one database takes this lock.
_PLAN_LOCK_KEY = 0x5EC0_7D01


def shared(db: pw.Database | pw.DatabaseProxy) -> bool:
    """Whether workers claim with row locks here (PostgreSQL), not by compare-and-set."""
    return not is_sqlite(db)


def lock_planning(db: pw.Database | pw.DatabaseProxy) -> None:
    """Inside a transaction: let one worker at a time create publications. Two workers
    planning at once would both find a due draft without one and both insert it (the
    second insert breaks the unique draft+channel index and fails its whole run). SQLite
    needs nothing: its IMMEDIATE transactions already take turns."""
    if shared(db):
        db.execute_sql("SELECT pg_advisory_xact_lock(%s)", (_PLAN_LOCK_KEY,))


def claimable(now: datetime, clock_now: datetime) -> pw.Expression:
    """Due and pending, or claimed by a publisher whose lease ran out (it crashed)."""
    ready = (Publication.state == PublicationState.PENDING) & (
        Publication.next_attempt_at.is_null() | (Publication.next_attempt_at <= now))
    stale = (Publication.state == PublicationState.CLAIMED) & (
        Publication.lease_until < clock_now)
    return ready | stale


def claim_next(owner: str, now: datetime, clock_now: datetime, lease: timedelta,
               skip: Collection[int]) -> tuple[Publication, bool] | None:
    """Claim the oldest claimable publication not in `skip` (those this run already
    handled): (the row as claimed, whether a crashed publisher had held it). None when
    nothing is left. PostgreSQL only."""
    db = Publication._meta.database
    with db.atomic():
        query = Publication.select().where(claimable(now, clock_now))
        if skip:
            query = query.where(Publication.id.not_in(list(skip)))
        row = (query.order_by(Publication.id).limit(1)
               .for_update(skip_locked=True).first())
        if row is None:
            return None
        stale = row.state == PublicationState.CLAIMED
        until = clock_now + lease
        Publication.update(state=PublicationState.CLAIMED, lease_owner=owner,
                           lease_until=until, updated_at=clock_now).where(
            Publication.id == row.id).execute()
    row.state, row.lease_owner, row.lease_until, row.updated_at = \
        PublicationState.CLAIMED, owner, until, clock_now
    return row, stale


def renew(publication_id: int, owner: str, until: datetime) -> bool:
    """Extend our own lease just before sending; False when it is no longer ours (it ran
    out and another publisher took the post over): then we must not send."""
    return Publication.update(lease_until=until).where(
        (Publication.id == publication_id) & (Publication.lease_owner == owner)
        & (Publication.state == PublicationState.CLAIMED)).execute() == 1
