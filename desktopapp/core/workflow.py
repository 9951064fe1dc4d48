"""The one place where a draft changes state. Every transition checks the state it starts
from and writes its audit event in the same transaction as the change itself."""

from __future__ import annotations

from desktopapp.core import audit
from desktopapp.core.drafts import (
    DraftInfo,
    add_revision,
    get_draft,
    normalise_tags,
    reindex,
    require_row,
    validate_body,
)
from desktopapp.core.errors import ConfirmationRequired, InvalidTransition
from desktopapp.core.states import DraftState
from desktopapp.store import search
from desktopapp.store.fields import utcnow
from desktopapp.store.models import Draft, DraftTag

# States a draft may be moved to the Trash from: never while it is on its way out.
TRASHABLE = {DraftState.DRAFT, DraftState.SUBMITTED, DraftState.PUBLISHED, DraftState.FAILED}


def create_draft(actor_id: int, body: str = "", tags: list[str] | None = None,
                 notes: str = "") -> DraftInfo:
    validate_body(body)
    validate_body(notes)
    clean_tags = normalise_tags(tags or [])
    db = Draft._meta.database
    with db.atomic():
        now = utcnow()
        row = Draft.create(body=body, notes=notes, author=actor_id, state=DraftState.DRAFT.value,
                           created_at=now, updated_at=now)
        for name in clean_tags:
            DraftTag.create(draft=row.id, name=name)
        add_revision(row, body, actor_id, "created")
        reindex(row)
        audit.record(actor_id, "created", "draft", row.id, to_state=DraftState.DRAFT.value)
    return get_draft(row.id)


def duplicate_draft(draft_id: int, actor_id: int) -> DraftInfo:
    source = get_draft(draft_id)
    copy = create_draft(actor_id, source.body, source.tags, source.notes)
    audit.record(actor_id, "duplicated", "draft", copy.id, reason=f"copy of draft {draft_id}")
    return copy


def trash_draft(draft_id: int, actor_id: int, reason: str = "") -> None:
    db = Draft._meta.database
    with db.atomic():
        row = require_row(draft_id)
        state = DraftState(row.state)
        if row.trashed_at is not None:
            raise InvalidTransition(f"Draft {draft_id} is already in the Trash.")
        if state not in TRASHABLE:
            raise InvalidTransition(
                f"Draft {draft_id} is {state.value}; it cannot be moved to the Trash now.")
        if state is DraftState.SUBMITTED:
            # A draft waiting to go out is withdrawn first, so restoring it never
            # silently re-queues a post.
            row.state = DraftState.DRAFT.value
        row.trashed_at = utcnow()
        row.save()
        audit.record(actor_id, "trashed", "draft", draft_id, from_state=state.value,
                     to_state="trash", reason=reason)


def restore_draft(draft_id: int, actor_id: int) -> None:
    db = Draft._meta.database
    with db.atomic():
        row = require_row(draft_id)
        if row.trashed_at is None:
            raise InvalidTransition(f"Draft {draft_id} is not in the Trash.")
        row.trashed_at = None
        row.updated_at = utcnow()
        row.save()
        audit.record(actor_id, "restored", "draft", draft_id, from_state="trash",
                     to_state=row.state)


def empty_trash(actor_id: int, *, confirmed: bool) -> int:
    """Delete every draft in the Trash for good. Irreversible, so it must be confirmed."""
    if not confirmed:
        raise ConfirmationRequired("Emptying the Trash deletes its drafts for good; confirm first.")
    db = Draft._meta.database
    with db.atomic():
        ids = [r.id for r in Draft.select(Draft.id).where(Draft.trashed_at.is_null(False))]
        for draft_id in ids:
            search.remove_draft(db, draft_id)
        if ids:
            Draft.delete().where(Draft.id.in_(ids)).execute()
        audit.record(actor_id, "trash emptied", "draft", None,
                     reason=f"deleted {len(ids)} draft(s): {', '.join(map(str, ids))}")
    return len(ids)
