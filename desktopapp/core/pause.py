"""The crisis switch: pause all publishing at once, with a reason, audited."""

from __future__ import annotations

import json
from datetime import datetime

from desktopapp.core import audit
from desktopapp.core.errors import DomainError, InvalidTransition
from desktopapp.core.states import DraftState
from desktopapp.records import record
from desktopapp.store.fields import utcnow
from desktopapp.store.models import Setting

KEY = "publishing.paused"


@record
class PauseState:
    paused: bool
    reason: str = ""
    since: str = ""


def state() -> PauseState:
    row = Setting.get_or_none(Setting.key == KEY)
    if row is None:
        return PauseState(False)
    try:
        data = json.loads(row.value)
        return PauseState(bool(data.get("paused")), str(data.get("reason", "")),
                          str(data.get("since", "")))
    except (ValueError, AttributeError):
        return PauseState(True, "The pause setting is damaged; publishing stays paused.")


def pause(reason: str, actor_id: int | None, now: datetime | None = None) -> None:
    if not reason.strip():
        raise DomainError("Say why publishing is paused (it is shown everywhere).")
    db = Setting._meta.database
    with db.atomic():
        Setting.put(KEY, json.dumps({"paused": True, "reason": reason.strip(),
                                     "since": (now or utcnow()).isoformat()}))
        audit.record(actor_id, "publishing paused", "workspace", None, reason=reason.strip())


def resume(actor_id: int | None) -> None:
    if not state().paused:
        raise InvalidTransition("Publishing is not paused.")
    db = Setting._meta.database
    with db.atomic():
        Setting.put(KEY, json.dumps({"paused": False}))
        audit.record(actor_id, "publishing resumed", "workspace", None)


@record
class DueItem:
    draft_id: int
    due: datetime
    channels: tuple[str, ...]
    preview: str


def due_now(now: datetime | None = None) -> list[DueItem]:
    """What would go out the moment publishing resumes: submitted drafts whose time has
    come and that are not sent yet, oldest first (gates are still checked when sending)."""
    from desktopapp.store.models import Channel, Draft, DraftChannel

    now = now or utcnow()
    rows = (Draft.select(Draft.id, Draft.scheduled_at, Draft.body)
            .where(Draft.state.in_([DraftState.SUBMITTED, DraftState.PUBLISHING])
                   & Draft.trashed_at.is_null()
                   & Draft.scheduled_at.is_null(False) & (Draft.scheduled_at <= now))
            .order_by(Draft.scheduled_at))
    items = []
    for row in rows:
        names = tuple(c.name for c in Channel.select(Channel.name).join(DraftChannel)
                      .where(DraftChannel.draft == row.id).order_by(Channel.name))
        flat = " ".join(row.body.split())
        items.append(DueItem(row.id, row.scheduled_at, names,
                             flat if len(flat) <= 90 else flat[:89] + "…"))
    return items
