"""Schema version 3: composite indexes so the draft list pages in index order, and an
append-only audit log.

Without the indexes, listing the newest 100 of 10,000 drafts sorted all 10,000 in a
temporary B-tree on every start-up and every filter change.
"""

import peewee as pw
from playhouse.migrate import SchemaMigrator, migrate

from desktopapp.store.guards import make_audit_append_only


def apply(db: pw.Database) -> None:
    migrator = SchemaMigrator.from_database(db)
    migrate(
        migrator.add_index("draft", ("trashed_at", "updated_at", "id"), False),
        migrator.add_index("draft", ("trashed_at", "created_at", "id"), False),
    )
    make_audit_append_only(db)
