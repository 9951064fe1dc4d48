"""What the reviewer said, for the author: the latest "changes requested" or "rejected"
with its comments anchored in the text, shown until the author edits or resubmits; and
the decisions that arrived since a moment (for a desktop notification)."""

from __future__ import annotations

import peewee as pw

from desktopapp.core import review
from desktopapp.core.drafts import require_row
from desktopapp.core.review import CommentInfo
from desktopapp.core.states import DraftState
from desktopapp.records import record
from desktopapp.store.models import Draft, Review, Revision

LABELS = {review.Decision.CHANGES_REQUESTED.value: "asked for changes",
          review.Decision.REJECTED.value: "rejected it",
          review.Decision.APPROVED.value: "approved it"}


@record
class Feedback:
    draft_id: int
    decision: str
    reviewer: str
    comment: str
    comments: list[CommentInfo]  # unresolved, each anchored to its words (start, end)

    @property
    def headline(self) -> str:
        return f"{self.reviewer} {LABELS.get(self.decision, self.decision)}"


def for_author(draft_id: int) -> Feedback | None:
    """The decision to show above the editor, or None once the author edited the text or
    submitted it again (the decision was about the text as it was)."""
    row = require_row(draft_id)
    if row.state != DraftState.DRAFT.value:
        return None
    latest = (Review.select().where((Review.draft == draft_id) & Review.voided_at.is_null())
              .order_by(Review.id.desc()).first())
    if latest is None or latest.decision == review.Decision.APPROVED.value:
        return None
    newest = (Revision.select(pw.fn.MAX(Revision.number))
              .where(Revision.draft == draft_id).scalar() or 0)
    if newest > latest.revision_number:
        return None  # edited since: the banner has done its job
    notes = [c for c in review.comments(draft_id, include_resolved=False)
             if c.created_at >= latest.decided_at or c.end > c.start]
    return Feedback(draft_id, latest.decision, latest.reviewer.display_name, latest.comment,
                    notes)


@record
class Arrived:
    review_id: int
    draft_id: int
    decision: str
    reviewer: str
    comment: str


def last_review_id() -> int:
    return int(Review.select(pw.fn.MAX(Review.id)).scalar() or 0)


def arrived_since(author_id: int, after_review_id: int) -> list[Arrived]:
    """Decisions on this author's drafts recorded after `after_review_id`."""
    rows = (Review.select(Review, Draft).join(Draft)
            .where((Review.id > after_review_id) & (Draft.author == author_id))
            .order_by(Review.id))
    return [Arrived(r.id, r.draft_id, r.decision, r.reviewer.display_name, r.comment)
            for r in rows]
