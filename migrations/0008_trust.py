"""Schema version 8: who really acted, and what a packet's reviewer saw.

A reviewer proves who they are with a passphrase, stored only as a slow salted hash
(scrypt); wrong guesses are counted. Every audit event records the person at the keyboard
as well as the one acted for. An incoming packet keeps what the author sent about each
post (each channel's text, images and alt text, schedule, warnings), so the reviewer's
inbox shows all of it."""

import peewee as pw
from playhouse.migrate import SchemaMigrator, migrate


def apply(db: pw.Database) -> None:
    migrator = SchemaMigrator.from_database(db)
    migrate(
        migrator.add_column("person", "passphrase_hash", pw.TextField(default="")),
        migrator.add_column("person", "failed_passphrases", pw.IntegerField(default=0)),
        migrator.add_column("audit_event", "keyboard_id", pw.IntegerField(null=True)),
        migrator.add_column("packet_item", "content", pw.TextField(default="")),
    )
