"""The append-only audit log: who did what, when, from which state to which, and why."""

from __future__ import annotations

from datetime import datetime

import peewee as pw

from desktopapp import records
from desktopapp.store.fields import utcnow
from desktopapp.store.models import AuditEvent, Person


@records.record
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
    keyboard: str = ""  # who was at the keyboard; "" for system events

    @property
    def who(self) -> str:
        """"Sam", or "Sam (on Alex's computer)" when it was done in Sam's name at Alex's."""
        if self.keyboard and self.keyboard != self.actor:
            return f"{self.actor} (on {self.keyboard}'s computer)"
        return self.actor

    def to_json(self) -> dict[str, object]:
        return {
            "id": self.id,
            "at": self.at.isoformat(),
            "actor": self.actor,
            "at_keyboard": self.keyboard,
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
    keyboard_id: int | None = None,
) -> None:
    """Append one event. Call it inside the transaction that makes the change it describes.
    `actor_id` is the person acted for; the person at the keyboard is the local user (or
    `keyboard_id`), recorded for every event a person caused, so acting in someone else's
    name always leaves a trace of who typed it."""
    if keyboard_id is None and actor_id is not None:
        keyboard_id = _local_user_id() or actor_id
    AuditEvent.create(
        at=utcnow(),
        actor=actor_id,
        keyboard=keyboard_id,
        action=action,
        subject_type=subject_type,
        subject_id=subject_id,
        from_state=from_state,
        to_state=to_state,
        reason=reason,
    )


def _local_user_id() -> int | None:
    """This computer's user, looked up once per open database: the row is made at first
    run and never changes, and a batch import writes thousands of events."""
    db = getattr(AuditEvent._meta.database, "obj", AuditEvent._meta.database)
    found: int | None = getattr(db, "_secondthought_local_user", None)
    if found is None:
        found = Person.select(Person.id).where(Person.is_local_user == True).scalar()  # noqa: E712
        if found is not None and db is not None:
            db._secondthought_local_user = found
    return found


def last_by(draft_id: int, actions: tuple[str, ...], reason: str | None = None
            ) -> tuple[int | None, str] | None:
    """(person id, name) of whoever made the newest of `actions` on a draft (with that
    `reason`, when given): who changed its notes, tags, a channel's text, an alt text."""
    query = (AuditEvent.select(AuditEvent.actor, Person.display_name)
             .join(Person, on=(AuditEvent.actor == Person.id), join_type=pw.JOIN.LEFT_OUTER)
             .where((AuditEvent.subject_type == "draft") & (AuditEvent.subject_id == draft_id)
                    & AuditEvent.action.in_(actions)))
    if reason is not None:
        query = query.where(AuditEvent.reason == reason)
    row = query.order_by(AuditEvent.id.desc()).tuples().first()
    if row is None:
        return None
    return row[0], row[1] or "system"


def events(subject_type: str | None = None, subject_id: int | None = None) -> list[AuditEntry]:
    typist = Person.alias()
    query = (
        AuditEvent.select(AuditEvent, Person, typist)
        .join(Person, on=(AuditEvent.actor == Person.id), join_type=pw.JOIN.LEFT_OUTER)
        .switch(AuditEvent)
        .join(typist, on=(AuditEvent.keyboard == typist.id), join_type=pw.JOIN.LEFT_OUTER)
        .order_by(AuditEvent.id)
    )
    if subject_type is not None:
        query = query.where(AuditEvent.subject_type == subject_type)
    if subject_id is not None:
        query = query.where(AuditEvent.subject_id == subject_id)
    result = []
    for row in query:
        actor = row.actor.display_name if row.actor is not None else "system"
        keyboard = row.keyboard.display_name if row.keyboard is not None else ""
        result.append(
            AuditEntry(
                row.id, row.at, actor, row.action, row.subject_type, row.subject_id,
                row.from_state, row.to_state, row.reason, keyboard,
            )
        )
    return result
