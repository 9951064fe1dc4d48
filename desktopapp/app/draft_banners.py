"""What the strips above the editor show about the open draft — its cool-off and where
the review stands, the reviewer's decision for its author, a post stuck half-sent — and
the ways out of a half-sent post (announced on the change feed like every change)."""

from __future__ import annotations

from datetime import datetime

from desktopapp.app.context import AppContext
from desktopapp.app.events import ChangeKind
from desktopapp.core import feedback, gates
from desktopapp.core.drafts import require_row
from desktopapp.core.feedback import Feedback
from desktopapp.core.gates import HalfSent
from desktopapp.core.states import DraftState
from desktopapp.records import record

__all__ = ["CoolingOff", "Feedback", "HalfSent", "act_on_rest", "cooling_off",
           "decision_for_author", "half_sent"]


@record
class CoolingOff:
    until: datetime | None
    reason: str  # the plain sentence saying why the hold is this long
    review: str  # "Review: …" with who it waits for, or "" when no review is needed


def cooling_off(_ctx: AppContext, draft_id: int) -> CoolingOff | None:
    """The hold of a submitted draft; None for any other (or a trashed) draft."""
    row = require_row(draft_id)
    if row.state != DraftState.SUBMITTED.value or row.trashed_at:
        return None
    approval = next((g for g in gates.gates(row.id) if g.name == "approval"), None)
    reviewer = row.reviewer.display_name if row.reviewer is not None else ""
    if approval is None:
        review = ""
    elif approval.open:
        review = f"Review: {approval.why}"
    else:
        review = f"Review: {approval.why}" + (f" Waiting for {reviewer}." if reviewer else "")
    return CoolingOff(row.cooloff_until, row.cooloff_reason, review)


def decision_for_author(_ctx: AppContext, draft_id: int) -> Feedback | None:
    """The reviewer's "changes requested" or "rejected" with its comments, until the
    author edits or submits again."""
    return feedback.for_author(draft_id)


def half_sent(_ctx: AppContext, draft_id: int) -> HalfSent | None:
    return gates.half_sent(draft_id)


def act_on_rest(ctx: AppContext, draft_id: int, action: str) -> int:
    """"retry" the failed channels, "cancel" the rest, or "reopen" it to edit; returns how
    many channels that touched."""
    from desktopapp.core import workflow  # on a click: the strips are read at start-up

    act = {"retry": workflow.retry_rest, "cancel": workflow.cancel_rest,
           "reopen": workflow.reopen_rest}[action]
    touched = act(draft_id, ctx.actor)
    ctx.bus.emit(ChangeKind.DRAFT, [draft_id])
    return touched
