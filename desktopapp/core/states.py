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
