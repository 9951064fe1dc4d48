"""The append-only audit log: who did what, when, from which state to which, and why."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

import peewee as pw

from desktopapp.store.fields import utcnow
from desktopapp.store.models import AuditEvent, Person


@dataclass(frozen=True)
class AuditEntry:
    id: int
    at: datetime
    actor: str
    action: str
    subject_type: str
    subject_id: int | None
    from_state: str | None
    to_state: str | None
    reason: str

    def to_json(self) -> dict[str, object]:
        return {
            "id": self.id,
            "at": self.at.isoformat(),
            "actor": self.actor,
            "action": self.action,
            "subject_type": self.subject_type,
            "subject_id": self.subject_id,
            "from": self.from_state,
            "to": self.to_state,
            "reason": self.reason,
        }


def record(
    actor_id: int | None,
    action: str,
    subject_type: str,
    subject_id: int | None,
    *,
    from_state: str | None = None,
    to_state: str | None = None,
    reason: str = "",
) -> None:
    """Append one event. Call it inside the transaction that makes the change it describes."""
    AuditEvent.create(
        at=utcnow(),
        actor=actor_id,
        action=action,
        subject_type=subject_type,
        subject_id=subject_id,
        from_state=from_state,
        to_state=to_state,
        reason=reason,
    )


def events(subject_type: str | None = None, subject_id: int | None = None) -> list[AuditEntry]:
    query = (
        AuditEvent.select(AuditEvent, Person)
        .join(Person, on=(AuditEvent.actor == Person.id), join_type=pw.JOIN.LEFT_OUTER)
        .order_by(AuditEvent.id)
    )
    if subject_type is not None:
        query = query.where(AuditEvent.subject_type == subject_type)
    if subject_id is not None:
        query = query.where(AuditEvent.subject_id == subject_id)
    result = []
    for row in query:
        actor = row.actor.display_name if row.actor is not None else "system"
        result.append(
            AuditEntry(
                row.id, row.at, actor, row.action, row.subject_type, row.subject_id,
                row.from_state, row.to_state, row.reason,
            )
        )
    return result
