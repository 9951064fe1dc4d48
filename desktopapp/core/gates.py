"""Every gate between a draft and publishing, open or not, with a reason: asked by the
window, the CLI and (with the exact payload's hash) the publisher just before it sends."""

from __future__ import annotations

from datetime import datetime

from desktopapp.core import review
from desktopapp.core.drafts import require_row
from desktopapp.core.states import DraftState
from desktopapp.records import record
from desktopapp.store.fields import utcnow
from desktopapp.store.models import Draft


@record
class Gate:
    name: str
    open: bool
    why: str


def gates(draft_id: int, now: datetime | None = None, *, row: Draft | None = None,
          review_needed: bool | None = None, payload_hash: str | None = None) -> list[Gate]:
    """Every gate between this draft and publishing, open or not, with a reason. The
    publisher passes the row it holds, what it knows of the workspace's reviewers, and
    the hash of the exact payload it is about to send (else it is computed here)."""
    now = now or utcnow()
    row = row if row is not None else require_row(draft_id)
    result = []
    if DraftState(row.state) not in (DraftState.SUBMITTED, DraftState.PUBLISHING):
        result.append(Gate("submitted", False, "It has not been submitted."))
        return result
    until = row.cooloff_until
    result.append(Gate("cool-off", until is not None and until <= now,
                       "The cool-off is over." if until is not None and until <= now
                       else row.cooloff_reason or "It is cooling off."))
    if review_needed is None:
        review_needed = review.review_required(row.author_id)
    if review_needed:
        state = review.approval_state(draft_id, now, row=row, payload_hash=payload_hash)
        result.append(Gate("approval", state.valid, state.why))
    else:
        result.append(Gate("approval", True, "No review needed: this workspace has no "
                                             "reviewer, so the cool-off alone applies."))
    return result


@record
class HalfSent:
    """A post partly out: where it went, where not yet, and why not (failures)."""

    sent: list[str]
    rest: list[str]
    failures: list[str]  # "Channel: last error"


def half_sent(draft_id: int) -> HalfSent | None:
    from desktopapp.core.states import PublicationState
    from desktopapp.store.models import Publication

    row = require_row(draft_id)
    if row.trashed_at is not None or \
            row.state not in (DraftState.PUBLISHING.value, DraftState.FAILED.value):
        return None
    pubs = list(Publication.select().where(Publication.draft == draft_id))
    rest = [p for p in pubs if p.state != PublicationState.SENT]
    return HalfSent([p.channel.name for p in pubs if p.state == PublicationState.SENT],
                    [p.channel.name for p in rest],
                    [f"{p.channel.name}: {p.last_error}" for p in rest
                     if p.state == PublicationState.FAILED and p.last_error])
