"""The crisis switch: pause all publishing at once, with a reason, audited."""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import datetime

from desktopapp.core import audit
from desktopapp.core.errors import DomainError, InvalidTransition
from desktopapp.store.fields import utcnow
from desktopapp.store.models import Setting

KEY = "publishing.paused"


@dataclass(frozen=True)
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
        Setting.insert(key=KEY, value=json.dumps({
            "paused": True, "reason": reason.strip(),
            "since": (now or utcnow()).isoformat()})).on_conflict_replace().execute()
        audit.record(actor_id, "publishing paused", "workspace", None, reason=reason.strip())


def resume(actor_id: int | None) -> None:
    if not state().paused:
        raise InvalidTransition("Publishing is not paused.")
    db = Setting._meta.database
    with db.atomic():
        Setting.insert(key=KEY, value=json.dumps({"paused": False})).on_conflict_replace(
        ).execute()
        audit.record(actor_id, "publishing resumed", "workspace", None)
