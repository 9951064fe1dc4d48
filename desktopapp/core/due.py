"""When the publisher next has something to do. Kept apart from the publisher so the
window can ask (for its timer and the tray) without importing the network adapters."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from peewee import fn

from desktopapp.core.states import DraftState, PublicationState
from desktopapp.store.models import Draft, Publication


def _earliest(query: Any, column: Any) -> datetime | None:
    value = query.select(fn.MIN(column)).scalar()
    return value if isinstance(value, datetime) or value is None else column.python_value(value)


def next_due_at(now: datetime | None = None) -> datetime | None:
    """When the publisher next has something to do: the earliest moment a waiting post
    becomes due (the later of its schedule and its cool-off end, or its next retry).

    Asked by the window after every publisher run, so it is three aggregate queries,
    not a walk over every scheduled draft: the earliest schedule among drafts whose
    cool-off ends first, the earliest cool-off end among those it holds back, the
    earliest retry."""
    waiting = Draft.select().where((Draft.state == DraftState.SUBMITTED.value)
                                   & Draft.trashed_at.is_null()
                                   & Draft.scheduled_at.is_null(False))
    times = [
        _earliest(waiting.where(Draft.cooloff_until.is_null()
                                | (Draft.cooloff_until <= Draft.scheduled_at)),
                  Draft.scheduled_at),
        _earliest(waiting.where(Draft.cooloff_until > Draft.scheduled_at), Draft.cooloff_until),
        _earliest(Publication.select().where((Publication.state == PublicationState.PENDING)
                                             & Publication.next_attempt_at.is_null(False)),
                  Publication.next_attempt_at),
    ]
    found = [t for t in times if t is not None]
    return min(found) if found else None
