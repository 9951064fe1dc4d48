"""Schema version 5: the cool-off hold and assigned reviewer on drafts, reviews bound to a
content hash, anchored and threaded comments, and people's public keys."""

import peewee as pw
from playhouse.migrate import SchemaMigrator, migrate


def apply(db: pw.Database) -> None:
    class Base(pw.Model):
        class Meta:
            database = db
            legacy_table_names = False

    class Person(Base):
        pass

    class Draft(Base):
        pass

    class Review(Base):
        draft = pw.ForeignKeyField(Draft, on_delete="CASCADE")
        reviewer = pw.ForeignKeyField(Person, on_delete="RESTRICT")
        decision = pw.CharField(max_length=20)
        content_hash = pw.CharField(max_length=64)
        revision_number = pw.IntegerField()
        comment = pw.TextField(default="")
        decided_at = pw.CharField(max_length=32)
        expires_at = pw.CharField(max_length=32, null=True)
        voided_at = pw.CharField(max_length=32, null=True)
        void_reason = pw.TextField(default="")
        source = pw.CharField(max_length=20, default="local")

    class Comment(Base):
        draft = pw.ForeignKeyField(Draft, on_delete="CASCADE")
        author = pw.ForeignKeyField(Person, on_delete="RESTRICT")
        parent = pw.ForeignKeyField("self", null=True, on_delete="CASCADE")
        start = pw.IntegerField(default=0)
        end = pw.IntegerField(default=0)
        quote = pw.TextField(default="")
        body = pw.TextField()
        created_at = pw.CharField(max_length=32)
        resolved_at = pw.CharField(max_length=32, null=True)

    class PacketItem(Base):
        packet_id = pw.CharField(max_length=40, index=True)
        direction = pw.CharField(max_length=10)
        remote_draft_id = pw.IntegerField()
        local_draft = pw.ForeignKeyField(Draft, on_delete="CASCADE")
        content_hash = pw.CharField(max_length=64)
        counterpart = pw.CharField(max_length=200, default="")
        created_at = pw.CharField(max_length=32)

    class PacketResponse(Base):
        response_id = pw.CharField(max_length=40, unique=True)
        packet_id = pw.CharField(max_length=40)
        imported_at = pw.CharField(max_length=32)

    migrator = SchemaMigrator.from_database(db)
    migrate(
        migrator.add_column("draft", "submitted_at", pw.CharField(max_length=32, null=True)),
        migrator.add_column("draft", "cooloff_until", pw.CharField(max_length=32, null=True)),
        migrator.add_column("draft", "cooloff_reason", pw.TextField(default="")),
        # A plain nullable column: ALTER TABLE can add it in place, where a foreign-key
        # column would make SQLite rebuild the whole draft table.
        migrator.add_column("draft", "reviewer_id", pw.IntegerField(null=True)),
        migrator.add_index("draft", ("reviewer_id",), False),
        # Ed25519 public key (base64) for signed review packets; the private half lives
        # only in the OS keyring.
        migrator.add_column("person", "public_key", pw.TextField(null=True)),
    )
    db.create_tables([Review, Comment, PacketItem, PacketResponse])
