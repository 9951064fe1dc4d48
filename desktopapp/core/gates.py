"""Every gate between a draft and publishing, open or not, with a reason: asked by the
window, the CLI and (with the exact payload's hash) the publisher just before it sends."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from desktopapp.core import review
from desktopapp.core.drafts import require_row
from desktopapp.core.states import DraftState
from desktopapp.store.fields import utcnow
from desktopapp.store.models import Draft


@dataclass(frozen=True)
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
