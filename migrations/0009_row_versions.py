"""Schema version 9: a `version` number on the rows two writers can change at once (a
draft: the window's editor, the CLI, a reviewer, the publisher; a channel: its dialog and
the CLI). Every update is conditional on the version it read and bumps it, so a lost race
is refused with a clear conflict instead of silently overwriting the other writer's change.
Existing rows start at version 1."""

import peewee as pw
from playhouse.migrate import SchemaMigrator, migrate


def apply(db: pw.Database) -> None:
    migrator = SchemaMigrator.from_database(db)
    migrate(
        migrator.add_column("draft", "version", pw.IntegerField(default=1)),
        migrator.add_column("channel", "version", pw.IntegerField(default=1)),
    )
