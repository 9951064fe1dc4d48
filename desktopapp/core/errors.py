"""Domain errors: each carries a message that can be shown to a person as it is."""


class DomainError(Exception):
    """A request the domain refuses (wrong state, missing permission, bad input)."""


class NotFound(DomainError):
    pass


class InvalidTransition(DomainError):
    pass


class PermissionDenied(DomainError):
    """The person is not allowed to do this (wrong role, or their own draft)."""


class ConfirmationRequired(DomainError):
    """An irreversible action was asked for without an explicit confirmation."""


class ConflictError(DomainError):
    """Someone else changed this row since it was read: nothing was written. `current` is
    the row's version number now, so the caller can show both versions and choose."""

    def __init__(self, message: str, current: int | None = None) -> None:
        super().__init__(message)
        self.current = current
