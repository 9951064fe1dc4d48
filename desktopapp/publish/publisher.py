"""The publisher (Qt-free): sends due posts exactly once.

A publication is claimed with a compare-and-set lease, so two publishers (the window and
a cron job) never send the same post. Just before sending, every gate is checked again
(pause, cool-off, approval). A crash after sending but before recording leaves the claim
to expire; the next run asks the network (`confirm`) before sending again, and sends with
the same idempotency key when it cannot ask. What a run records once it holds a claim (the
attempt log; a post held, sent, retried or failed) is written by `outcomes`.
"""

from __future__ import annotations

import json
import logging
import os
import threading
import time
import uuid
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from pathlib import Path

from peewee import JOIN

from desktopapp.core import audit, channels, pause, review, workflow
from desktopapp.core.channels import ChannelInfo
from desktopapp.core.due import next_due_at  # noqa: F401  (re-exported for callers)
from desktopapp.core.states import AttemptOutcome, DraftState, PublicationState
from desktopapp.publish import content_hold, payload, tid
from desktopapp.publish.base import (
    Adapter,
    KeyRefused,
    PermanentError,
    Post,
    Sent,
    TransientError,
)
from desktopapp.publish.outcomes import (
    MAX_ATTEMPTS,
    fail,
    log_attempt,
    ours,
    part_ids,
    record_sent,
    release,
    retry_later,
)
from desktopapp.publish.registry import adapter_for, thread_parts
from desktopapp.publish.tid import new_tid
from desktopapp.store import claims
from desktopapp.store.fields import utcnow
from desktopapp.store.models import Channel, Draft, DraftChannel, Publication

log = logging.getLogger(__name__)
# How long a claim protects a post being sent; a crashed publisher's claims are taken over
# after this. SECONDTHOUGHT_LEASE_SECONDS shortens it (the crash test uses 2 s).
LEASE = timedelta(seconds=float(os.environ.get("SECONDTHOUGHT_LEASE_SECONDS", "60")))


@dataclass
class RunReport:
    sent: list[int] = field(default_factory=list)  # publication ids
    held: list[str] = field(default_factory=list)
    retried: list[int] = field(default_factory=list)
    failed: list[int] = field(default_factory=list)


def plan(now: datetime) -> int:
    """Create a pending publication for each target of each due, submitted draft that does
    not have one yet (one query finds them, however many posts are already planned).

    The rows are read in full before the first insert, inside one IMMEDIATE transaction:
    writing while the SELECT's cursor is still open upgrades a read snapshot to a write,
    which SQLite refuses at once ("database is locked") when another publisher committed
    in between; the IMMEDIATE lock makes a second publisher wait and then see these rows."""
    missing = (DraftChannel.select(DraftChannel.draft, DraftChannel.channel)
               .join(Draft, on=DraftChannel.draft == Draft.id)
               .join(Publication, JOIN.LEFT_OUTER,
                     on=((Publication.draft == DraftChannel.draft)
                         & (Publication.channel == DraftChannel.channel)))
               .where((Draft.state == DraftState.SUBMITTED.value)
                      & Draft.trashed_at.is_null() & Draft.scheduled_at.is_null(False)
                      & (Draft.scheduled_at <= now) & Publication.id.is_null())
               .order_by(Draft.scheduled_at, Draft.id))
    db = Publication._meta.database
    with db.atomic():
        claims.lock_planning(db)  # several workers on one PostgreSQL database take turns
        targets = [(t.draft_id, t.channel_id) for t in missing]
        hashes: dict[int, str] = {}
        for draft_id, channel_id in targets:
            if draft_id not in hashes:
                hashes[draft_id] = review.content_hash(draft_id)
            Publication.create(draft=draft_id, channel=channel_id, idempotency_key=new_tid(),
                               content_hash=hashes[draft_id], created_at=now, updated_at=now)
    return len(targets)


def _claimable(now: datetime) -> list[int]:
    return [p.id for p in Publication.select(Publication.id)
            .where(claims.claimable(now, now)).order_by(Publication.id)]


def claim(publication_id: int, owner: str, now: datetime) -> tuple[bool, bool]:
    """(claimed, was_stale): compare-and-set, so only one publisher wins."""
    won, stale, _row = _claim(publication_id, owner, now)
    return won, stale


def _claim(publication_id: int, owner: str,
           now: datetime) -> tuple[bool, bool, Publication | None]:
    row = Publication.get_or_none(Publication.id == publication_id)
    if row is None:
        return False, False, None
    stale = row.state == PublicationState.CLAIMED
    condition = (Publication.id == publication_id) & (
        ((Publication.state == PublicationState.PENDING)
         & (Publication.updated_at == row.updated_at))
        | ((Publication.state == PublicationState.CLAIMED) & (Publication.lease_until < now)
           & (Publication.lease_owner == row.lease_owner)))
    won = Publication.update(state=PublicationState.CLAIMED, lease_owner=owner,
                             lease_until=now + LEASE, updated_at=now).where(condition).execute()
    if won == 1:  # the row as it now is, without reading it again
        row.state, row.lease_owner, row.lease_until, row.updated_at = \
            PublicationState.CLAIMED, owner, now + LEASE, now
    return won == 1, stale, row


@dataclass
class Run:
    """What one run looks up once and shares between its posts: one adapter (one login)
    per channel, the channels, whether an author's drafts need a review. The pause
    switches are never cached: they are read again just before every send."""

    adapters: dict[int, Adapter] = field(default_factory=dict)
    media_dir: Path | None = None
    channel_infos: dict[int, ChannelInfo] = field(default_factory=dict)
    review_needed: dict[int, bool] = field(default_factory=dict)
    started: float = field(default_factory=time.monotonic)

    def clock(self, now: datetime) -> datetime:
        """The run's `now` moved on by the time the run has taken: leases are measured
        from the moment of each claim, not from the start of a run that may have been
        sending for minutes (its claims would be expired the moment they were made)."""
        return now + timedelta(seconds=time.monotonic() - self.started)

    def channel(self, channel_id: int) -> ChannelInfo:
        if channel_id not in self.channel_infos:
            self.channel_infos[channel_id] = channels.get_channel(channel_id)
        return self.channel_infos[channel_id]

    def needs_review(self, author_id: int) -> bool:
        if author_id not in self.review_needed:
            self.review_needed[author_id] = review.review_required(author_id)
        return self.review_needed[author_id]


def _held_now(channel_id: int) -> str:
    """Why nothing may go out this very moment ("" when it may): either switch."""
    state = pause.state()
    if state.paused:
        return f"Publishing is paused: {state.reason}"
    reason = (Channel.select(Channel.paused_reason).where(Channel.id == channel_id)
              .scalar() or "")
    return f"This channel is paused: {reason}" if reason else ""


def _media_dir(media_dir: Path | None) -> Path:
    if media_dir is None:
        from desktopapp.config import resolve_paths

        media_dir = resolve_paths().db_path.parent / "media"  # beside the database
    return media_dir


# Called (in tests) after the gates passed and before anything is sent: the moment a
# change by another process would have slipped through when the text was read late.
between_check_and_send: Callable[[int], None] | None = None


def process(pub_id: int, owner: str, now: datetime,
            adapters: dict[int, Adapter] | None = None, media_dir: Path | None = None,
            run: Run | None = None, fresh_key: bool = False) -> str:
    run = run or Run(adapters if adapters is not None else {}, media_dir)
    won, stale, claimed = _claim(pub_id, owner, run.clock(now))
    if not won or claimed is None:
        return "taken"
    return process_claimed(claimed, stale or (claimed.attempts > 0 and not fresh_key),
                           owner, now, run)


def process_claimed(pub: Publication, stale: bool, owner: str, now: datetime,
                    run: Run) -> str:
    """Send a publication this publisher has just claimed (or hold, retry, fail it).
    `stale`: it may have reached the network already (a crashed publisher held it, or
    its last attempt timed out), so it is looked for there before it is sent again."""
    # The exact payload, read once: the gates judge its hash, and only it is sent.
    sending = payload.read(pub.draft_id, _media_dir(run.media_dir))
    draft = sending.draft
    channel = run.channel(pub.channel_id)
    closed = [g for g in workflow.gates(draft.id, now, row=draft,
                                        review_needed=run.needs_review(draft.author_id),
                                        payload_hash=sending.content_hash)
              if not g.open] or content_hold.closed_gates(sending, now)
    if closed:
        release(pub, "; ".join(g.why for g in closed))
        return "held"
    if between_check_and_send is not None:
        between_check_and_send(pub.id)
    try:
        if channel.id not in run.adapters:
            run.adapters[channel.id] = adapter_for(channel)
        adapter = run.adapters[channel.id]
        body = sending.text_for(channel.name)  # its own text, as read with the rest
        parts = thread_parts(body, channel, adapter)
        done = [Sent(*entry) for entry in json.loads(pub.part_ids)[:pub.parts_done]]
        outcome = AttemptOutcome.SENT
        for index in range(len(done), len(parts)):
            key = pub.idempotency_key if index == 0 else tid.offset(pub.idempotency_key, index)
            whole = getattr(adapter, "whole_thread", False)
            post = Post(draft.id, body if whole else parts[index], key,
                        parts=tuple(parts) if whole else (),
                        root=done[0] if done else None, parent=done[-1] if done else None,
                        images=sending.images if index == 0 else ())
            # Either switch may have been thrown a moment ago: nothing reaches the
            # network while paused, not even a look for an earlier send.
            held = _held_now(channel.id)
            if held:
                release(pub, held)
                return "held"
            # Our lease, renewed at the last moment: if it ran out (a stalled machine) and
            # another publisher took the post over, it is theirs to send, not ours.
            if not claims.renew(pub.id, owner, run.clock(now) + LEASE):
                log.warning("publication %d: lease lost to another publisher", pub.id)
                return "taken"
            result = adapter.confirm(post) if stale else None
            if result is not None:
                outcome = AttemptOutcome.CONFIRMED  # a crashed run had sent it: not again
            else:
                if stale:
                    log_attempt(pub.id, AttemptOutcome.UNCONFIRMED,
                         f"part {index + 1}: no trace of an earlier send; sending now")
                    stale = False
                result = adapter.send(post)
            done.append(result)
            if whole or len(done) == len(parts):
                break  # the last part is recorded together with "sent", below
            # Each confirmed part is recorded at once, so a crash resumes after it.
            if Publication.update(parts_done=len(done), part_ids=part_ids(done),
                                  lease_until=run.clock(now) + LEASE).where(
                    ours(pub)).execute() != 1:
                return "taken"
    except KeyRefused as exc:
        if pub.attempts + 1 >= MAX_ATTEMPTS:
            return fail(pub, channel.name, str(exc))
        # Nothing was written under the old key, so a new one cannot duplicate anything;
        # it is stored before the next attempt, so a crash still finds the post by key.
        if Publication.update(idempotency_key=new_tid(), state=PublicationState.PENDING,
                              lease_owner="", lease_until=None, next_attempt_at=now,
                              attempts=pub.attempts + 1, last_error=str(exc),
                              updated_at=utcnow()).where(ours(pub)).execute() != 1:
            return "taken"
        log_attempt(pub.id, AttemptOutcome.RETRY, f"{exc}; retrying with a new key")
        return process(pub.id, owner, now, run=run, fresh_key=True)
    except TransientError as exc:
        return retry_later(pub, channel.name, exc, now)
    except PermanentError as exc:
        return fail(pub, channel.name, str(exc))
    return "sent" if record_sent(pub, draft, channel.name, done, outcome) else "taken"


def _outcomes(owner: str, now: datetime, run: Run,
              cancel: threading.Event | None) -> Iterator[tuple[int, str]]:
    """(publication, outcome) for each due post this publisher handles in one run."""
    db = Publication._meta.database
    if not claims.shared(db):
        # One writer at a time (SQLite): list what is due, then claim each by compare-and-set.
        for pub_id in _claimable(now):
            if cancel is not None and cancel.is_set():
                log.info("publisher run cancelled before publication %d", pub_id)
                return
            yield pub_id, process(pub_id, owner, now, run=run)
        return
    # Workers side by side (PostgreSQL): each takes the next row nobody holds. A post this
    # run already handled (held by a gate, retrying later) is not taken again this run.
    handled: set[int] = set()
    while cancel is None or not cancel.is_set():
        claimed = claims.claim_next(owner, now, run.clock(now), LEASE, handled)
        if claimed is None:
            return
        pub, stale = claimed
        handled.add(pub.id)
        # A post whose last attempt failed for a passing reason (a timeout) may have
        # reached the network all the same: it is looked for first, like a crash's.
        stale = stale or pub.attempts > 0
        yield pub.id, process_claimed(pub, stale, owner, now, run)


def run_once(owner: str | None = None, now: datetime | None = None,
             adapters: dict[int, Adapter] | None = None,
             media_dir: Path | None = None,
             cancel: threading.Event | None = None,
             after_each: Callable[[str], None] | None = None) -> RunReport:
    """Send what is due. Setting `cancel` stops the run between two posts (a post being
    sent is finished and recorded first, so nothing is left half-done). `after_each` is
    called with each post's outcome (a worker's heartbeat)."""
    now = now or utcnow()
    owner = owner or uuid.uuid4().hex
    run = Run(dict(adapters or {}), media_dir)  # shared by every post of this run
    plan(now)
    report = RunReport()
    for pub_id, outcome in _outcomes(owner, now, run, cancel):
        if outcome == "sent":
            report.sent.append(pub_id)
        elif outcome == "held":
            report.held.append(str(pub_id))
        elif outcome == "pending":
            report.retried.append(pub_id)
        elif outcome == "failed":
            report.failed.append(pub_id)
        if after_each is not None:
            after_each(outcome)
    if report.sent or report.failed or report.retried:
        log.info("publisher run: sent %d, failed %d, retrying %d, held %d", len(report.sent),
                 len(report.failed), len(report.retried), len(report.held))
    if report.sent or report.failed:
        audit.record(None, "publisher run", "publisher", None,
                     reason=f"sent {len(report.sent)}, failed {len(report.failed)}, "
                            f"retrying {len(report.retried)}, held {len(report.held)}")
    return report
