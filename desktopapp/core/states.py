"""The states a draft can be in (the lifecycle is in docs and core/workflow.py)."""

from enum import StrEnum


class DraftState(StrEnum):
    DRAFT = "draft"
    SUBMITTED = "submitted"
    PUBLISHING = "publishing"
    PUBLISHED = "published"
    FAILED = "failed"
    UNCONFIRMED = "unconfirmed"

    @property
    def label(self) -> str:
        return self.value.capitalize()


class PublicationState(StrEnum):
    """One draft going to one channel (a `Publication` row)."""

    PENDING = "pending"  # waiting for its time, its gates or its next retry
    CLAIMED = "claimed"  # a publisher holds its lease and is sending it
    SENT = "sent"  # the network has it (every part of a thread)
    FAILED = "failed"  # given up on: the network refused it, or too many attempts


class AttemptOutcome(StrEnum):
    """What one try at a publication came to (a `PublishAttempt` row, the publish log)."""

    SENT = "sent"
    CONFIRMED = "confirmed"  # a crashed run had sent it; found on the network, not re-sent
    UNCONFIRMED = "unconfirmed"  # no trace of an earlier send could be found
    HELD = "held"  # a gate was closed at the moment of sending
    RETRY = "retry"
    FAILED = "failed"
