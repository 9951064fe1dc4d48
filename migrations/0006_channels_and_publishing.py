"""Schema version 6: channels (accounts), which drafts go where, when, the publications
and attempts that make sending exactly-once, and images attached to drafts."""

import peewee as pw
from playhouse.migrate import SchemaMigrator, migrate


def apply(db: pw.Database) -> None:
    class Base(pw.Model):
        class Meta:
            database = db
            legacy_table_names = False

    class Draft(Base):
        pass

    class Channel(Base):
        kind = pw.CharField(max_length=20)
        name = pw.CharField(max_length=100, unique=True)
        url = pw.TextField(default="")
        handle = pw.CharField(max_length=200, default="")
        path = pw.TextField(default="")
        timezone = pw.CharField(max_length=64, default="UTC")
        limits = pw.TextField(default="{}")
        created_at = pw.CharField(max_length=32)

    class DraftChannel(Base):
        draft = pw.ForeignKeyField(Draft, on_delete="CASCADE")
        channel = pw.ForeignKeyField(Channel, on_delete="CASCADE")

        class Meta:
            indexes = ((("draft", "channel"), True),)

    class Publication(Base):
        draft = pw.ForeignKeyField(Draft, on_delete="CASCADE")
        channel = pw.ForeignKeyField(Channel, on_delete="CASCADE")
        state = pw.CharField(max_length=20, default="pending", index=True)
        idempotency_key = pw.CharField(max_length=64, unique=True)
        content_hash = pw.CharField(max_length=64)
        remote_id = pw.TextField(default="")
        remote_url = pw.TextField(default="")
        attempts = pw.IntegerField(default=0)
        lease_owner = pw.CharField(max_length=64, default="")
        lease_until = pw.CharField(max_length=32, null=True)
        next_attempt_at = pw.CharField(max_length=32, null=True, index=True)
        last_error = pw.TextField(default="")
        parts_done = pw.IntegerField(default=0)
        part_ids = pw.TextField(default="[]")
        created_at = pw.CharField(max_length=32)
        updated_at = pw.CharField(max_length=32)

        class Meta:
            indexes = ((("draft", "channel"), True),)

    class PublishAttempt(Base):
        publication = pw.ForeignKeyField(Publication, on_delete="CASCADE")
        at = pw.CharField(max_length=32)
        outcome = pw.CharField(max_length=20)
        message = pw.TextField(default="")

    class DraftMedia(Base):
        draft = pw.ForeignKeyField(Draft, on_delete="CASCADE")
        sha256 = pw.CharField(max_length=64)
        filename = pw.CharField(max_length=255)
        mime = pw.CharField(max_length=40)
        size = pw.IntegerField()
        alt_text = pw.TextField(default="")
        position = pw.IntegerField(default=0)

    migrator = SchemaMigrator.from_database(db)
    migrate(
        migrator.add_column("draft", "scheduled_at", pw.CharField(max_length=32, null=True)),
        migrator.add_index("draft", ("scheduled_at",), False),
    )
    db.create_tables([Channel, DraftChannel, Publication, PublishAttempt, DraftMedia])
