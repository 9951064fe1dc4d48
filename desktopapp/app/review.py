"""Review as the window and the CLI see it: the drafts waiting (submitted, not trashed),
in one query — the packet dialog, `review list` and the tray all read it from here."""

from __future__ import annotations

from collections.abc import Collection
from dataclasses import dataclass
from datetime import datetime

from peewee import JOIN

from desktopapp.app.context import AppContext, tuples
from desktopapp.app.events import ChangeKind
from desktopapp.core import review
from desktopapp.core.states import DraftState
from desktopapp.store.models import Draft, Person


@dataclass(frozen=True)
class SubmittedDraft:
    id: int
    body: str
    author: str
    reviewer: str | None
    cooloff_until: datetime | None
    scheduled_at: datetime | None

    @property
    def first_line(self) -> str:
        text = self.body.strip()
        return text.splitlines()[0][:80] if text else "(empty)"


def submitted_drafts(_ctx: AppContext, *, order_by: str = "cooloff",
                     limit: int | None = None) -> list[SubmittedDraft]:
    """Submitted drafts not in the Trash: by cool-off end ("cooloff"), id ("id") or
    scheduled time ("scheduled", only those with a time)."""
    reviewer = Person.alias()
    query = (Draft.select(Draft.id, Draft.body, Person.display_name, reviewer.display_name,
                          Draft.cooloff_until, Draft.scheduled_at)
             .join(Person, on=(Draft.author == Person.id))
             .switch(Draft).join(reviewer, JOIN.LEFT_OUTER,
                                 on=(Draft.reviewer == reviewer.id))
             .where((Draft.state == DraftState.SUBMITTED) & Draft.trashed_at.is_null()))
    if order_by == "scheduled":
        query = query.where(Draft.scheduled_at.is_null(False)).order_by(Draft.scheduled_at)
    else:
        query = query.order_by(Draft.id if order_by == "id" else Draft.cooloff_until)
    if limit is not None:
        query = query.limit(limit)
    return [SubmittedDraft(*row) for row in tuples(query)]


@dataclass(frozen=True)
class Waiting:
    draft: SubmittedDraft
    approved: bool
    approval: str  # why it is (not) approved, in plain words

    def to_json(self) -> dict[str, object]:
        d = self.draft
        return {"id": d.id, "preview": d.body[:80], "author": d.author, "reviewer": d.reviewer,
                "cooloff_until": d.cooloff_until.isoformat() if d.cooloff_until else None,
                "approved": self.approved, "approval": self.approval}


def waiting_for_review(ctx: AppContext) -> list[Waiting]:
    result = []
    for draft in submitted_drafts(ctx):
        state = review.approval_state(draft.id, ctx.clock())
        result.append(Waiting(draft, state.valid, state.why))
    return result


DONE = {"approve": "approved", "request-changes": "changes requested", "reject": "rejected"}


def submit(ctx: AppContext, draft_id: int, reviewer_id: int | None = None) -> str:
    """Finish a draft: its cool-off starts and it is routed; returns why it waits."""
    from desktopapp.core import workflow  # not at import: the tray reads this module

    reason = workflow.submit(draft_id, ctx.actor, reviewer_id)
    ctx.bus.emit(ChangeKind.DRAFT, [draft_id])
    return reason


def decide(ctx: AppContext, draft_id: int, reviewer_id: int, action: str,
           comment: str = "", *, passphrase: str | None = None,
           acknowledged: Collection[str] = ()) -> None:
    """"approve", "request-changes" or "reject", as `reviewer_id` (whose passphrase is
    needed unless they are this computer's user; an approval needs each danger warning
    acknowledged, see core/variants.py)."""
    from desktopapp.core import workflow

    if action == "approve":
        workflow.approve(draft_id, reviewer_id, comment, passphrase=passphrase,
                         acknowledged=acknowledged)
    else:
        {"request-changes": workflow.request_changes, "reject": workflow.reject}[action](
            draft_id, reviewer_id, comment, passphrase=passphrase)
    ctx.bus.emit(ChangeKind.DRAFT, [draft_id])


@dataclass(frozen=True)
class ReviewerChoice:
    people: list[tuple[int, str]]  # (person id, name) of those who may review it
    required: bool  # False: "no review, the cool-off alone" is a choice too


def reviewer_choice(_ctx: AppContext, author_id: int) -> ReviewerChoice:
    """Who the Submit dialog offers as the reviewer of `author_id`'s draft."""
    return ReviewerChoice([(p.id, p.display_name) for p in review.reviewers(excluding=author_id)],
                          review.review_required(author_id))


def hold_preview(ctx: AppContext, risk: str) -> str:
    """What the Submit dialog says before submitting: "Held until Thu 08:00 (Europe/London)
    because …", worked out the way submitting will, from the risk the editor's check found.
    (Submitting takes the highest risk over the channels' own texts too, so a riskier
    channel text makes the real hold longer, never shorter.)"""
    from desktopapp.checks.model import RiskLevel
    from desktopapp.core import cooloff

    level = RiskLevel(risk)
    return cooloff.compute_hold(ctx.clock(), level, cooloff.load_policy()).reason


def latest_review_id(_ctx: AppContext) -> int:
    """Where "decisions since" starts counting: the newest review recorded so far."""
    from desktopapp.core import feedback

    return feedback.last_review_id()


@dataclass(frozen=True)
class DecisionNotice:
    review_id: int
    draft_id: int
    headline: str  # "Riley approved it (post 12)"
    comment: str


def decisions_since(_ctx: AppContext, author_id: int, after_review_id: int
                    ) -> list[DecisionNotice]:
    """Reviewers' decisions on this author's drafts recorded after `after_review_id`,
    oldest first, worded for a desktop notification."""
    from desktopapp.core import feedback

    return [DecisionNotice(a.review_id, a.draft_id,
                           f"{a.reviewer} {feedback.LABELS.get(a.decision, a.decision)} "
                           f"(post {a.draft_id})", a.comment or "No comment.")
            for a in feedback.arrived_since(author_id, after_review_id)]
