"""The one place where a draft changes state. Every transition checks the state it starts
from and writes its audit event in the same transaction as the change itself (who may act
and from which state is asked of `workflow_guards`)."""

from __future__ import annotations

from collections.abc import Collection
from datetime import UTC, datetime

import peewee as pw

from desktopapp.checks.model import RiskLevel
from desktopapp.core import (
    audit,
    cooloff,
    passphrases,
    review,
    scheduling,
    variants,
    workspace,
)
from desktopapp.core.drafts import (
    DraftInfo,
    add_revision,
    get_draft,
    normalise_tags,
    reindex,
    require_row,
    validate_body,
)
from desktopapp.core.errors import (
    ConfirmationRequired,
    DomainError,
    InvalidTransition,
)
from desktopapp.core.gates import Gate, gates  # noqa: F401  (re-exported: callers use workflow)
from desktopapp.core.people import require_person_row
from desktopapp.core.states import DraftState, PublicationState
from desktopapp.core.workflow_guards import (
    TRASHABLE,
    decision_verb,
    require_author_or_admin,
    require_reviewer_of,
    submitted_for,
    unsent,
)
from desktopapp.store import search
from desktopapp.store.fields import utcnow
from desktopapp.store.models import Draft, DraftChannel, DraftTag, Publication, Revision


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


# --- submit, review, cool-off ------------------------------------------------------
def risk_of(body: str) -> RiskLevel:
    from desktopapp.checks.engine import CheckEngine  # the engine loads models: lazily

    return CheckEngine().check(body, workspace.load().context(), grammar=False).risk.level


def submit(draft_id: int, actor_id: int, reviewer_id: int | None = None,
           now: datetime | None = None) -> str:
    """Finish a draft: start its cool-off and route it to a reviewer. Returns the sentence
    that explains the hold."""
    now = now or utcnow()
    db = Draft._meta.database
    with db.atomic():
        row = require_row(draft_id)
        actor = require_person_row(actor_id)
        state = DraftState(row.state)
        if row.trashed_at is not None:
            raise InvalidTransition("A draft in the Trash cannot be submitted.")
        if state is not DraftState.DRAFT:
            raise InvalidTransition(f"Draft {draft_id} is {state.value}; only a draft can be "
                                    "submitted.")
        require_author_or_admin(actor, row, "submit this draft")
        if not row.body.strip():
            raise DomainError("An empty draft cannot be submitted.")
        if reviewer_id is not None:
            require_reviewer_of(require_person_row(reviewer_id), row, "review")
        elif review.review_required(row.author_id):
            default = review.reviewers(excluding=row.author_id)
            reviewer_id = default[0].id if default else None
        # The highest risk of every text it would publish (channels' own texts too).
        hold = cooloff.compute_hold(now, variants.draft_risk(draft_id, row),
                                    cooloff.load_policy())
        row.state = DraftState.SUBMITTED.value
        row.submitted_at, row.cooloff_until, row.cooloff_reason = now, hold.until, hold.reason
        row.reviewer_id = reviewer_id
        row.save()
        # A new round: earlier decisions were about earlier text.
        review.void_open_reviews(draft_id, "submitted again", now)
        audit.record(actor_id, "submitted", "draft", draft_id, from_state=state.value,
                     to_state=row.state, reason=hold.reason)
    return hold.reason


def withdraw(draft_id: int, actor_id: int) -> None:
    db = Draft._meta.database
    with db.atomic():
        row = require_row(draft_id)
        actor = require_person_row(actor_id)
        if DraftState(row.state) is not DraftState.SUBMITTED:
            raise InvalidTransition(f"Draft {draft_id} is not submitted.")
        require_author_or_admin(actor, row, "withdraw this draft")
        row.state = DraftState.DRAFT.value
        row.cooloff_until = None
        row.save()
        review.void_open_reviews(draft_id, "withdrawn by the author")
        audit.record(actor_id, "withdrawn", "draft", draft_id, from_state="submitted",
                     to_state="draft")


def content_changed(row: Draft, actor_id: int, now: datetime | None = None) -> None:
    """Called (inside the save's transaction) when a submitted draft's text changes: the
    cool-off starts again and any approval is void, so the reviewer sees it again."""
    from desktopapp.core.drafts import require_content_editable

    require_content_editable(row)  # never while going out (rolls the change back)
    if DraftState(row.state) is not DraftState.SUBMITTED:
        return
    now = now or utcnow()
    hold = cooloff.compute_hold(now, variants.draft_risk(row.id, row), cooloff.load_policy())
    row.submitted_at, row.cooloff_until, row.cooloff_reason = now, hold.until, hold.reason
    row.save()
    voided = review.void_open_reviews(row.id, "the text changed", now)
    audit.record(actor_id, "edited while submitted", "draft", row.id, from_state="submitted",
                 to_state="submitted",
                 reason="cool-off restarted" + ("; approval voided" if voided else ""))


def _decide(draft_id: int, reviewer_id: int, decision: review.Decision, comment: str,
            now: datetime | None, source: str = "local", passphrase: str | None = None,
            acknowledged: Collection[str] = ()) -> None:
    read = ""
    if source == "local":
        # A decision made on this computer in someone else's name needs their passphrase
        # (a packet's decision is proved by its signature instead). Checked before the
        # transaction, so a wrong guess is audited even though the decision is refused.
        submitted_for(draft_id, reviewer_id, "review")
        passphrases.prove(reviewer_id, passphrase, decision_verb(decision))
        if decision is review.Decision.APPROVED:
            read = variants.acknowledged(draft_id, acknowledged)
    db = Draft._meta.database
    with db.atomic():
        row, _reviewer = submitted_for(draft_id, reviewer_id, "review")
        if decision is not review.Decision.APPROVED and not comment.strip():
            raise DomainError("Say what should change: a comment is required.")
        review.void_open_reviews(draft_id, "superseded by a newer decision", now)
        number = (Revision.select(pw.fn.MAX(Revision.number))
                  .where(Revision.draft == draft_id).scalar() or 0)
        review.record_decision(draft_id, reviewer_id, decision, number, comment.strip(),
                               source, now)
        to_state = DraftState.SUBMITTED if decision is review.Decision.APPROVED \
            else DraftState.DRAFT
        if comment.strip():
            review.add_comment(draft_id, reviewer_id, comment)
        row.state = to_state.value
        row.save()
        audit.record(reviewer_id, decision.value.replace("_", " "), "draft", draft_id,
                     from_state="submitted", to_state=to_state.value,
                     reason="; ".join(p for p in (comment.strip(), read) if p))


def approve(draft_id: int, reviewer_id: int, comment: str = "",
            now: datetime | None = None, source: str = "local", *,
            passphrase: str | None = None, acknowledged: Collection[str] = ()) -> None:
    _decide(draft_id, reviewer_id, review.Decision.APPROVED, comment, now, source,
            passphrase, acknowledged)


def request_changes(draft_id: int, reviewer_id: int, comment: str,
                    now: datetime | None = None, source: str = "local", *,
                    passphrase: str | None = None) -> None:
    _decide(draft_id, reviewer_id, review.Decision.CHANGES_REQUESTED, comment, now, source,
            passphrase)


def reject(draft_id: int, reviewer_id: int, comment: str, now: datetime | None = None,
           source: str = "local", *, passphrase: str | None = None) -> None:
    _decide(draft_id, reviewer_id, review.Decision.REJECTED, comment, now, source, passphrase)


def skip_cooloff(draft_id: int, reviewer_id: int, reason: str,
                 now: datetime | None = None, *, passphrase: str | None = None) -> None:
    """A reviewer's override: end the hold now. Needs a written reason (and, in someone
    else's name, their passphrase); audited."""
    now = now or utcnow()
    submitted_for(draft_id, reviewer_id, "skip the cool-off of")
    passphrases.prove(reviewer_id, passphrase, "skip a cool-off")
    db = Draft._meta.database
    with db.atomic():
        row, reviewer = submitted_for(draft_id, reviewer_id, "skip the cool-off of")
        if len(reason.strip()) < 5:
            raise DomainError("Write down why the cool-off is skipped.")
        if row.cooloff_until is None or row.cooloff_until <= now:
            raise InvalidTransition("The cool-off is already over.")
        row.cooloff_until = now
        row.cooloff_reason += f" Skipped by {reviewer.display_name}: {reason.strip()}"
        row.save()
        audit.record(reviewer_id, "cool-off skipped", "draft", draft_id,
                     from_state="submitted", to_state="submitted", reason=reason.strip())


# --- publishing ---------------------------------------------------------------------
def mark_sent(draft_id: int, all_done: bool, detail: str, row: Draft | None = None) -> None:
    """A channel confirmed the post. Called by the publisher inside its transaction."""
    row = row if row is not None else require_row(draft_id)
    before = DraftState(row.state)
    after = DraftState.PUBLISHED if all_done else DraftState.PUBLISHING
    if before not in (DraftState.SUBMITTED, DraftState.PUBLISHING):
        raise InvalidTransition(f"Draft {draft_id} is {before.value}; it cannot be sent.")
    # Unconditional (the post is live whatever else changed), but the version moves, so
    # an editor still holding the old text meets a conflict instead of overwriting.
    Draft.update({Draft.state: after.value, **Draft.bump()}).where(Draft.id == draft_id).execute()
    row.state, row.version = after.value, row.version + 1
    audit.record(None, "sent", "draft", draft_id, from_state=before.value,
                 to_state=after.value, reason=detail)


def mark_failed(draft_id: int, detail: str) -> None:
    row = require_row(draft_id)
    before = DraftState(row.state)
    row.state = DraftState.FAILED.value
    row.save()
    audit.record(None, "failed", "draft", draft_id, from_state=before.value,
                 to_state=DraftState.FAILED.value, reason=detail)


# --- a post stuck half-sent: always a way out ---------------------------------------
def retry_rest(draft_id: int, actor_id: int) -> int:
    """Try the channels that failed again, now (gates are checked again before sending)."""
    db = Draft._meta.database
    with db.atomic():
        row, rest = unsent(draft_id, "be retried")
        failed = [p.id for p in rest if p.state == PublicationState.FAILED]
        Publication.update(state=PublicationState.PENDING, attempts=0, next_attempt_at=None,
                           lease_owner="", lease_until=None, updated_at=utcnow()).where(
            Publication.id.in_(failed)).execute()
        sent = Publication.select().where((Publication.draft == draft_id) & (
            Publication.state == PublicationState.SENT)).exists()
        before, row.state = row.state, (DraftState.PUBLISHING if sent
                                        else DraftState.SUBMITTED).value
        row.save()
        audit.record(actor_id, "retry", "draft", draft_id, from_state=before,
                     to_state=row.state, reason=f"{len(failed)} channel(s) tried again")
    return len(failed)


def cancel_rest(draft_id: int, actor_id: int, reason: str = "") -> int:
    """Stop: what has not gone out never will; the post counts as published where it is."""
    db = Draft._meta.database
    with db.atomic():
        row, rest = unsent(draft_id, "have the rest cancelled")
        names = [p.channel.name for p in rest]
        Publication.update(state=PublicationState.FAILED, lease_owner="", lease_until=None,
                           next_attempt_at=None, last_error="cancelled by the author",
                           updated_at=utcnow()).where(
            Publication.id.in_([p.id for p in rest])).execute()
        DraftChannel.delete().where((DraftChannel.draft == draft_id) & DraftChannel.channel.in_(
            [p.channel_id for p in rest])).execute()
        before, row.state = row.state, DraftState.PUBLISHED.value
        row.save()
        audit.record(actor_id, "rest cancelled", "draft", draft_id, from_state=before,
                     to_state=row.state, reason=", ".join(names) + (f": {reason}" if reason
                                                                    else ""))
    return len(rest)


def reopen_rest(draft_id: int, actor_id: int) -> int:
    """Back to a draft for the channels it has not reached: edit it, then submit it again
    (cool-off and review start over, for what has not gone out). Channels that have it
    keep it and are not sent to again."""
    db = Draft._meta.database
    with db.atomic():
        row, rest = unsent(draft_id, "be reopened")
        actor = require_person_row(actor_id)
        require_author_or_admin(actor, row, "reopen this post")
        Publication.delete().where(Publication.id.in_([p.id for p in rest])).execute()
        before, row.state = row.state, DraftState.DRAFT.value
        row.cooloff_until = None
        row.save()
        review.void_open_reviews(draft_id, "reopened to edit what had not gone out")
        audit.record(actor_id, "reopened", "draft", draft_id, from_state=before,
                     to_state=row.state, reason=f"{len(rest)} channel(s) not sent yet")
    return len(rest)


def schedule(draft_id: int, when: datetime | None, actor_id: int, zone: str | None = None,
             now: datetime | None = None) -> scheduling.ScheduleCheck:
    """Set, move or clear when the draft should go out, in `zone` (default: see
    `scheduling.default_zone`). Refused before the cool-off ends or in the past; moving a
    submitted draft to another day voids its approval (the approval covered a day)."""
    if when is not None and when.tzinfo is None:
        raise DomainError("A schedule time needs a time zone.")
    db = Draft._meta.database
    with db.atomic():
        row = require_row(draft_id)
        verdict = scheduling.ScheduleCheck(True)
        if when is not None:
            zone = zone or scheduling.default_zone(draft_id, row)
            verdict = scheduling.check(draft_id, when, zone, now, row=row)
            if not verdict.allowed:
                raise DomainError(" ".join(verdict.problems))
        before = review.schedule_window(row.scheduled_at, row.schedule_zone)
        row.scheduled_at = when.astimezone(UTC) if when is not None else None
        row.schedule_zone = (zone or "") if when is not None else ""
        row.save()
        after = review.schedule_window(row.scheduled_at, row.schedule_zone)
        voided = 0
        if before != after and DraftState(row.state) is DraftState.SUBMITTED:
            voided = review.void_open_reviews(draft_id, "moved to another day", now)
        detail = f"{when.isoformat()} ({zone})" if when is not None else ""
        audit.record(actor_id, "scheduled" if when else "unscheduled", "draft", draft_id,
                     reason=detail + ("; approval voided: another day" if voided else ""))
    return verdict
