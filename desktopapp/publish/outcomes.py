"""What a publisher writes once it holds a post's claim: each attempt's line in the log,
a post released to wait (a closed gate), sent (with its parts), retried later (with a
growing back-off) or failed for good. Every write is on the condition that the claim is
still this publisher's (`ours`), so one whose lease ran out never overwrites what the
publisher that took the post over recorded. `publisher` decides; this module records.
"""

from __future__ import annotations

import json
import logging
import random
from datetime import datetime, timedelta
from typing import Any

from desktopapp.core import workflow
from desktopapp.core.states import AttemptOutcome, PublicationState
from desktopapp.publish.base import Sent, TransientError
from desktopapp.store.fields import utcnow
from desktopapp.store.models import Draft, Publication, PublishAttempt

# The publisher's own log: a run's lines keep one name, whichever module writes them.
log = logging.getLogger("desktopapp.publish.publisher")
MAX_ATTEMPTS = 8
BACKOFF_BASE = 30.0  # seconds; doubles each attempt, with jitter, capped at an hour


def backoff(attempts: int, retry_after: float | None = None) -> timedelta:
    if retry_after is not None:
        return timedelta(seconds=min(max(retry_after, 1.0), 3600.0))
    delay = min(BACKOFF_BASE * 2 ** max(attempts - 1, 0), 3600.0)
    return timedelta(seconds=delay * random.uniform(0.8, 1.2))


def log_attempt(pub_id: int, outcome: AttemptOutcome, message: str = "") -> None:
    PublishAttempt.create(publication=pub_id, outcome=outcome, message=message[:2000],
                          at=utcnow())


def ours(pub: Publication) -> Any:
    """Every write after the claim is on this condition: a publisher whose lease ran out
    while it was slow (and another took the post over, and perhaps finished it) must not
    overwrite what the other recorded: a late "part 1 done" would erase a recorded second
    part, a late "retry" would make a sent post pending again."""
    return ((Publication.id == pub.id) & (Publication.state == PublicationState.CLAIMED)
            & (Publication.lease_owner == pub.lease_owner))


def release(pub: Publication, why: str) -> None:
    log.info("publication %d (draft %d) held by a closed gate", pub.id, pub.draft_id)
    log.debug("held: %s", why)  # a pause reason is a person's own words
    if Publication.update(state=PublicationState.PENDING, lease_owner="", lease_until=None,
                          updated_at=utcnow()).where(ours(pub)).execute() == 1:
        log_attempt(pub.id, AttemptOutcome.HELD, why)


def record_sent(pub: Publication, draft: Draft, channel_name: str, done: list[Sent],
                 outcome: AttemptOutcome) -> bool:
    """False when the post is no longer ours to record (another publisher took it over
    and records it itself, from what it finds on the network)."""
    sent = done[0]
    db = Publication._meta.database
    with db.atomic():
        if Publication.update(state=PublicationState.SENT, remote_id=sent.remote_id,
                              remote_url=sent.url, parts_done=len(done),
                              part_ids=part_ids(done), lease_owner="", lease_until=None,
                              last_error="", updated_at=utcnow()).where(
                ours(pub)).execute() != 1:
            log.warning("publication %d: lease lost before recording; the new holder "
                        "records it", pub.id)
            return False
        log.info("draft %d sent to %s (%d part(s))", pub.draft_id, channel_name, len(done))
        log_attempt(pub.id, outcome, sent.url)
        remaining = Publication.select().where(
            (Publication.draft == pub.draft_id)
            & (Publication.state != PublicationState.SENT)).count()
        workflow.mark_sent(pub.draft_id, all_done=remaining == 0,
                           detail=f"{channel_name}: {sent.url}", row=draft)
    return True


def part_ids(done: list[Sent]) -> str:
    return json.dumps([[s.remote_id, s.url, s.cid] for s in done])


def fail(pub: Publication, channel_name: str, message: str) -> str:
    log.warning("draft %d on %s failed for good", pub.draft_id, channel_name)
    log.debug("failure: %s", message)  # a network's reply can quote the post
    if Publication.update(state=PublicationState.FAILED, attempts=pub.attempts + 1,
                          lease_owner="", lease_until=None, last_error=message,
                          updated_at=utcnow()).where(ours(pub)).execute() != 1:
        return "taken"
    log_attempt(pub.id, AttemptOutcome.FAILED, message)
    workflow.mark_failed(pub.draft_id, f"{channel_name}: {message}")
    return "failed"


def retry_later(pub: Publication, channel_name: str, exc: TransientError,
                now: datetime) -> str:
    """A passing failure (a timeout, a rate limit): tried again after a back-off, or
    failed for good after MAX_ATTEMPTS. The publication's new state, or "taken"."""
    log.info("draft %d on %s: temporary failure (%s), will retry", pub.draft_id,
             channel_name, type(exc).__name__)
    log.debug("temporary failure: %s", exc)
    attempts = pub.attempts + 1
    state = PublicationState.FAILED if attempts >= MAX_ATTEMPTS else PublicationState.PENDING
    if Publication.update(state=state, attempts=attempts, lease_owner="",
                          lease_until=None,
                          next_attempt_at=now + backoff(attempts, exc.retry_after),
                          last_error=str(exc), updated_at=utcnow()).where(
            ours(pub)).execute() != 1:
        return "taken"
    log_attempt(pub.id, AttemptOutcome.FAILED if state == PublicationState.FAILED
                else AttemptOutcome.RETRY, str(exc))
    if state == PublicationState.FAILED:
        workflow.mark_failed(pub.draft_id, f"{channel_name}: {exc}")
    return state
