"""Errors the store raises with messages fit to show a person."""


class StoreError(Exception):
    """The database cannot be opened or used; the message says why in plain words."""


class NewerDatabaseError(StoreError):
    """The database was written by a newer Second Thought; it is left untouched."""
