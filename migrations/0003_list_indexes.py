"""Schema version 3: composite indexes so the draft list pages in index order.

Without them, listing the newest 200 of 10,000 drafts sorted all 10,000 in a temporary
B-tree on every start-up and every filter change.
"""

import peewee as pw
from playhouse.migrate import SchemaMigrator, migrate


def apply(db: pw.Database) -> None:
    migrator = SchemaMigrator.from_database(db)
    migrate(
        migrator.add_index("draft", ("trashed_at", "updated_at", "id"), False),
        migrator.add_index("draft", ("trashed_at", "created_at", "id"), False),
    )
