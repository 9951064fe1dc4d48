"""The questions `workflow` asks before a draft changes state: which states a draft may
leave for the Trash or for a retry, who may act on it (its author or an admin, a reviewer
who is not its author), and which of a half-sent post's publications may still be
touched. They only read and refuse (raising the domain errors the window shows); every
change and its audit event stay in `workflow`, the one place where a draft changes state."""

from __future__ import annotations

from desktopapp.core import review
from desktopapp.core.drafts import require_row
from desktopapp.core.errors import InvalidTransition, PermissionDenied
from desktopapp.core.people import Role, require_person_row
from desktopapp.core.states import DraftState, PublicationState
from desktopapp.store.fields import utcnow
from desktopapp.store.models import Draft, Person, Publication

# States a draft may be moved to the Trash from: never while it is on its way out.
TRASHABLE = {DraftState.DRAFT, DraftState.SUBMITTED, DraftState.PUBLISHED, DraftState.FAILED}
# A post stuck half-sent: always a way out (retry, cancel the rest, reopen).
HALF_SENT = {DraftState.PUBLISHING, DraftState.FAILED}


def require_author_or_admin(actor: Person, row: Draft, what: str) -> None:
    """`what`: the act and its object, as the refusal says it ("submit this draft")."""
    if actor.id != row.author_id and actor.role != Role.ADMIN.value:
        raise PermissionDenied(f"Only the author (or an admin) can {what}.")


def require_reviewer_of(reviewer: Person, row: Draft, what: str) -> None:
    """`what`: the act, as in "The author cannot <what> their own draft"."""
    if reviewer.id == row.author_id:
        raise PermissionDenied(f"The author cannot {what} their own draft.")
    if not review.may_review(reviewer):
        raise PermissionDenied(f"{reviewer.display_name} is not a reviewer.")


def submitted_for(draft_id: int, reviewer_id: int, what: str) -> tuple[Draft, Person]:
    """The submitted draft and the reviewer acting on it, or why they may not."""
    row = require_row(draft_id)
    reviewer = require_person_row(reviewer_id)
    if DraftState(row.state) is not DraftState.SUBMITTED:
        raise InvalidTransition(f"Draft {draft_id} is not waiting for review.")
    require_reviewer_of(reviewer, row, what)
    return row, reviewer


def decision_verb(decision: review.Decision) -> str:
    return {review.Decision.APPROVED: "approve", review.Decision.REJECTED: "reject",
            review.Decision.CHANGES_REQUESTED: "request changes"}[decision]


def unsent(draft_id: int, what: str) -> tuple[Draft, list[Publication]]:
    """The half-sent draft and its publications that have not gone out, none of which a
    publisher is sending at this moment."""
    row = require_row(draft_id)
    if DraftState(row.state) not in HALF_SENT:
        raise InvalidTransition(f"Draft {draft_id} is {row.state}; only a post that is "
                                f"partly sent or failed can {what}.")
    rest = list(Publication.select().where((Publication.draft == draft_id)
                                           & (Publication.state != PublicationState.SENT)))
    if any(p.state == PublicationState.CLAIMED and p.lease_until is not None
           and p.lease_until > utcnow() for p in rest):
        raise InvalidTransition("A publisher is sending it right now; try again in a minute.")
    return row, rest
