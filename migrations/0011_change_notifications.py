"""Schema version 10: live updates for team workspaces. On PostgreSQL, triggers NOTIFY
`{kind, id, version}` (never content) after each change to drafts, their comments,
reviews, tags, targets, images and publications, channels, people and settings; the app
LISTENs and refetches. SQLite needs nothing: its change feed polls `PRAGMA data_version`."""

import peewee as pw

from desktopapp.store import notify
from desktopapp.store.dialect import is_sqlite


def apply(db: pw.Database) -> None:
    if not is_sqlite(db):
        notify.install(db)
