"""Errors the store raises with messages fit to show a person, and the plain words for
what SQLite reports when the disk, the folder or another process gets in the way."""

from __future__ import annotations


class StoreError(Exception):
    """The database cannot be opened or used; the message says why in plain words."""


class NewerDatabaseError(StoreError):
    """The database was written by a newer Second Thought; it is left untouched."""


# SQLite's own words (sqlite3_errstr) -> what happened, for a person. Order matters: a full
# disk is often followed by "disk I/O error" on the next statement.
_EXPLAINED = (
    ("database or disk is full",
     "The disk is full: free some space and try again. Nothing that was saved is lost."),
    ("disk i/o error",
     "The disk reported an error while writing (it may be full or failing). Nothing was "
     "changed; free some space or check the disk and try again."),
    ("readonly database",
     "The database is read-only here (its file or folder cannot be written). Reading works; "
     "changes cannot be saved until it is writable again."),
    ("database is locked",
     "Another Second Thought process kept the database busy for more than 5 seconds. "
     "Nothing was changed; try again in a moment."),
    ("database is busy",
     "Another Second Thought process kept the database busy for more than 5 seconds. "
     "Nothing was changed; try again in a moment."),
    ("unable to open database file",
     "The database file cannot be opened (its folder is missing or not accessible)."),
    ("malformed", "The database file is damaged. Run `secondthought doctor` to check it and "
                  "restore a backup."),
    ("not a database", "The database file is damaged. Run `secondthought doctor` to check it "
                       "and restore a backup."),
)


def explain(exc: BaseException) -> str:
    """One line saying what a database error means, or the error itself when unknown."""
    text = str(exc)
    lowered = text.lower()
    for needle, words in _EXPLAINED:
        if needle in lowered:
            return words
    return f"The database could not do that ({text})."
