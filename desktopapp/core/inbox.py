"""The reviewer's inbox: what waits for whom, and what changed since they last looked."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum

from desktopapp.core import review
from desktopapp.core.states import DraftState
from desktopapp.store.models import Draft, Review, Revision


class Box(StrEnum):
    WAITING = "waiting"
    CHANGES_REQUESTED = "changes_requested"
    APPROVED = "approved"
    REJECTED = "rejected"

    @property
    def label(self) -> str:
        return {"waiting": "Waiting for me", "changes_requested": "Changes requested",
                "approved": "Approved", "rejected": "Rejected"}[self.value]


@dataclass(frozen=True)
class InboxItem:
    draft_id: int
    author: str
    body: str
    cooloff_until: datetime | None
    box: Box
    last_reviewed_body: str | None  # the text this reviewer last decided on, if any


def _latest_decision(draft_id: int, reviewer_id: int) -> Review | None:
    return (Review.select().where((Review.draft == draft_id) & (Review.reviewer == reviewer_id))
            .order_by(Review.id.desc()).first())


def _reviewed_body(draft_id: int, decision: Review | None) -> str | None:
    if decision is None:
        return None
    revision = Revision.get_or_none((Revision.draft == draft_id)
                                    & (Revision.number == decision.revision_number))
    return revision.body if revision is not None else None


def items(reviewer_id: int) -> dict[Box, list[InboxItem]]:
    """Every draft this reviewer has to look at or has decided on, by box."""
    boxes: dict[Box, list[InboxItem]] = {box: [] for box in Box}
    candidates = (Draft.select().where(Draft.trashed_at.is_null() & (Draft.author != reviewer_id))
                  .order_by(Draft.updated_at.desc()))
    for row in candidates:
        mine = _latest_decision(row.id, reviewer_id)
        submitted = row.state == DraftState.SUBMITTED.value
        if submitted:
            if review.approval_state(row.id).valid:
                box: Box | None = Box.APPROVED
            elif row.reviewer_id == reviewer_id or (
                    row.reviewer_id is None and review.review_required(row.author_id)):
                box = Box.WAITING
            else:
                box = None
        elif mine is not None and mine.decision == review.Decision.CHANGES_REQUESTED.value:
            box = Box.CHANGES_REQUESTED
        elif mine is not None and mine.decision == review.Decision.REJECTED.value:
            box = Box.REJECTED
        else:
            box = None
        if box is not None:
            boxes[box].append(InboxItem(row.id, row.author.display_name, row.body,
                                        row.cooloff_until, box, _reviewed_body(row.id, mine)))
    return boxes


def counts(reviewer_id: int) -> dict[Box, int]:
    return {box: len(entries) for box, entries in items(reviewer_id).items()}
