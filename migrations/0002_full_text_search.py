"""Schema version 2: a full-text index over drafts, filled from the drafts already stored
(FTS5 on SQLite, tsvectors on PostgreSQL: see desktopapp/store/search.py)."""

import peewee as pw

from desktopapp.store import search


def apply(db: pw.Database) -> None:
    search.install(db)
    search.rebuild(db)
