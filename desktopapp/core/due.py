"""When the publisher next has something to do. Kept apart from the publisher so the
window can ask (for its timer and the tray) without importing the network adapters."""

from __future__ import annotations

from datetime import datetime

from peewee import fn

from desktopapp.core.states import DraftState
from desktopapp.store.fields import utcnow
from desktopapp.store.models import Draft, Publication


def next_due_at(now: datetime | None = None) -> datetime | None:
    """When the publisher next has something to do: the earliest moment a waiting post
    becomes due (its schedule, its cool-off end, or its next retry)."""
    now = now or utcnow()
    times: list[datetime] = []
    drafts = (Draft.select(Draft.scheduled_at, Draft.cooloff_until)
              .where((Draft.state == DraftState.SUBMITTED.value) & Draft.trashed_at.is_null()
                     & Draft.scheduled_at.is_null(False)))
    for draft in drafts:
        candidates = [t for t in (draft.scheduled_at, draft.cooloff_until) if t is not None]
        times.append(max(candidates))
    retry = (Publication.select(fn.MIN(Publication.next_attempt_at))
             .where((Publication.state == "pending") & Publication.next_attempt_at.is_null(False))
             .scalar())
    parsed = retry if isinstance(retry, datetime) else \
        Publication.next_attempt_at.python_value(retry)
    if parsed is not None:
        times.append(parsed)
    return min(times) if times else None
