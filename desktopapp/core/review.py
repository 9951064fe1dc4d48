"""Reviews bound to content: the canonical content hash, approvals and their validity,
and comments anchored to the text. State changes caused by a decision are made in
core/workflow.py; this module answers questions and stores decisions."""

from __future__ import annotations

import hashlib
import json
from datetime import datetime, timedelta
from enum import StrEnum
from typing import Any

from desktopapp.core.errors import DomainError, NotFound
from desktopapp.core.people import Role
from desktopapp.records import record
from desktopapp.store import team_identity
from desktopapp.store.fields import utcnow
from desktopapp.store.models import Comment, Draft, Person, Review, Setting

APPROVAL_MAX_AGE = timedelta(days=14)
CONTENT_VERSION = 1


class Decision(StrEnum):
    APPROVED = "approved"
    CHANGES_REQUESTED = "changes_requested"
    REJECTED = "rejected"


def canonical_content(draft: Draft | Any, targets: list[str] | None = None,
                      media: list[list[str]] | None = None,
                      channel_text: dict[str, str] | None = None) -> dict[str, object]:
    """Everything that would be published, in a fixed shape: the text (thread parts are
    cut from it per channel, deterministically), target channels, every image's bytes
    and alt text, and the day it is scheduled for (see `schedule_window`)."""
    from desktopapp.store.models import Channel, DraftChannel, DraftMedia

    if media is None:  # callers hashing many drafts pass what they fetched in one query
        media = [[m.sha256, m.alt_text] for m in DraftMedia.select()
                 .where(DraftMedia.draft == draft.id).order_by(DraftMedia.position)]
    if targets is None:
        targets = [c.name for c in Channel.select().join(DraftChannel)
                   .where(DraftChannel.draft == draft.id).order_by(Channel.name)]
    content: dict[str, object] = {
        "version": CONTENT_VERSION,
        "body": draft.body,  # the thread parts are derived from it per channel
        "channels": targets,
        "media": media,  # image bytes (by SHA-256) and their alt text
        "schedule_window": schedule_window(draft.scheduled_at, draft.schedule_zone),
    }
    if channel_text is None:
        channel_text = {dc.channel.name: dc.text for dc in DraftChannel.select(
            DraftChannel, Channel).join(Channel).where(
            (DraftChannel.draft == draft.id) & (DraftChannel.text != ""))}
    if channel_text:  # only when used, so drafts without it keep their earlier hash
        content["channel_text"] = channel_text
    return content


def schedule_window(when: datetime | None, zone_name: str) -> str | None:
    """What an approval says about timing: the local day the post goes out on, in the zone
    it was scheduled in ("2027-03-30 Europe/Berlin"). Moving the post within that day
    keeps the approval; moving it to another day voids it. Unscheduled: any time."""
    if when is None:
        return None
    from desktopapp.core.zones import zone_info

    zone = zone_info(zone_name or "UTC")
    return f"{when.astimezone(zone):%Y-%m-%d} {zone.key}"


def content_hash(draft_id: int, row: Draft | None = None) -> str:
    """SHA-256 of the canonical content. Publishing recomputes it; a mismatch blocks."""
    draft = row if row is not None else Draft.get_or_none(Draft.id == draft_id)
    if draft is None:
        raise NotFound(f"There is no draft with id {draft_id}.")
    return hash_content(canonical_content(draft))


def hash_content(content: dict[str, object]) -> str:
    data = json.dumps(content, sort_keys=True, ensure_ascii=False, separators=(",", ":"))
    return hashlib.sha256(data.encode("utf-8")).hexdigest()


def may_review(person: Person) -> bool:
    return person.role in (Role.REVIEWER.value, Role.ADMIN.value)


def reviewers(excluding: int | None = None) -> list[Person]:
    query = Person.select().where(Person.role.in_([Role.REVIEWER.value, Role.ADMIN.value]))
    if excluding is not None:
        query = query.where(Person.id != excluding)
    return list(query.order_by(Person.display_name))


def review_required(author_id: int) -> bool:
    """Required once the workspace has someone other than the author who may review,
    unless the workspace turned it off. A solo workspace relies on the cool-off alone."""
    row = Setting.get_or_none(Setting.key == "review.required")
    if row is not None and row.value == "false":
        return False
    return bool(reviewers(excluding=author_id))


@record
class ApprovalState:
    valid: bool
    why: str
    review: Review | None = None


def approval_state(draft_id: int, now: datetime | None = None,
                   row: Draft | None = None, payload_hash: str | None = None) -> ApprovalState:
    """Whether the latest decision approves this content now. `payload_hash`: the hash of
    the exact payload the publisher read (else the content is read and hashed here)."""
    now = now or utcnow()
    latest = (Review.select().where((Review.draft == draft_id) & Review.voided_at.is_null())
              .order_by(Review.id.desc()).first())
    if latest is None:
        return ApprovalState(False, "No one has approved this version yet.")
    if latest.decision != Decision.APPROVED.value:
        label = "asked for changes" if latest.decision == Decision.CHANGES_REQUESTED.value \
            else "rejected it"
        return ApprovalState(False, f"The reviewer {label}.", latest)
    if latest.expires_at is not None and now >= latest.expires_at:
        return ApprovalState(False, f"The approval expired on {latest.expires_at:%Y-%m-%d}; "
                                    "it needs a fresh look.", latest)
    current = payload_hash if payload_hash is not None else content_hash(draft_id, row)
    if latest.content_hash != current:
        return ApprovalState(False, "The text changed after it was approved.", latest)
    return ApprovalState(True, f"Approved by {latest.reviewer.display_name}.", latest)


def approval_max_age() -> timedelta:
    """How long an approval stays good (setting "review.approval_days", default 14)."""
    row = Setting.get_or_none(Setting.key == "review.approval_days")
    try:
        days = int(row.value) if row is not None else APPROVAL_MAX_AGE.days
    except ValueError:
        days = APPROVAL_MAX_AGE.days
    return timedelta(days=min(max(days, 1), 365))


def set_approval_max_age(days: int) -> None:
    if not 1 <= days <= 365:
        raise DomainError("Approvals can last from 1 to 365 days.")
    Setting.put("review.approval_days", str(days))


def record_decision(draft_id: int, reviewer_id: int, decision: Decision, revision: int,
                    comment: str = "", source: str = "local",
                    now: datetime | None = None) -> Review:
    now = now or utcnow()
    expires = now + approval_max_age() if decision is Decision.APPROVED else None
    return Review.create(draft=draft_id, reviewer=reviewer_id, decision=decision.value,
                         content_hash=content_hash(draft_id), revision_number=revision,
                         comment=comment, decided_at=now, expires_at=expires, source=source)


def void_open_reviews(draft_id: int, reason: str, now: datetime | None = None) -> int:
    """Void the draft's open decisions; how many were open (on a team, approvals the
    server voided a moment ago in this transaction, because their content changed,
    count too)."""
    voided = (Review.update(voided_at=now or utcnow(), void_reason=reason)
              .where((Review.draft == draft_id) & Review.voided_at.is_null()).execute())
    return voided + team_identity.voided_by_the_server(Review._meta.database, draft_id)


# --- comments -----------------------------------------------------------------
@record
class CommentInfo:
    id: int
    author: str
    body: str
    quote: str
    start: int
    end: int
    parent_id: int | None
    created_at: datetime
    resolved: bool


def add_comment(draft_id: int, author_id: int, body: str, start: int = 0, end: int = 0,
                parent_id: int | None = None) -> CommentInfo:
    body = body.strip()
    if not body:
        raise DomainError("A comment needs some text.")
    draft = Draft.get_or_none(Draft.id == draft_id)
    if draft is None:
        raise NotFound(f"There is no draft with id {draft_id}.")
    if not 0 <= start <= end <= len(draft.body):
        raise DomainError("The comment's range is outside the text.")
    if parent_id is not None:
        parent = Comment.get_or_none((Comment.id == parent_id) & (Comment.draft == draft_id))
        if parent is None:
            raise NotFound("The comment being answered does not exist.")
        start, end = parent.start, parent.end
    row = Comment.create(draft=draft_id, author=author_id, body=body, start=start, end=end,
                         quote=draft.body[start:end], parent=parent_id, created_at=utcnow())
    return _comment_info(row)


def resolve_comment(comment_id: int) -> None:
    row = Comment.get_or_none(Comment.id == comment_id)
    if row is None:
        raise NotFound(f"There is no comment {comment_id}.")
    row.resolved_at = utcnow()
    row.save()


def comments(draft_id: int, include_resolved: bool = True) -> list[CommentInfo]:
    query = Comment.select().where(Comment.draft == draft_id).order_by(Comment.id)
    rows = [_comment_info(r) for r in query]
    return rows if include_resolved else [c for c in rows if not c.resolved]


def _comment_info(row: Comment) -> CommentInfo:
    return CommentInfo(row.id, row.author.display_name, row.body, row.quote, row.start,
                       row.end, row.parent_id, row.created_at, row.resolved_at is not None)
