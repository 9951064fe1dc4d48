"""Which database engine a (possibly proxied) peewee database is, for the few places in
store/ that must speak an engine's own SQL."""

from __future__ import annotations

import peewee as pw


def is_sqlite(db: pw.Database | pw.DatabaseProxy) -> bool:
    # Models hold a DatabaseProxy; look through it at the database it stands for.
    target = db.obj if isinstance(db, pw.DatabaseProxy) else db
    return isinstance(target, pw.SqliteDatabase)
