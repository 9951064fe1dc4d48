"""Schema version 1: people, drafts with tags and revisions, the audit log, settings.

The tables are declared here as a frozen snapshot (not imported from the live models),
so this step keeps creating exactly the version-1 schema however the models change.
"""

import peewee as pw


def apply(db: pw.Database) -> None:
    class Base(pw.Model):
        class Meta:
            database = db
            legacy_table_names = False

    class SchemaVersion(Base):
        version = pw.IntegerField()
        applied_at = pw.CharField(max_length=32)

    class Person(Base):
        display_name = pw.CharField(max_length=200)
        role = pw.CharField(max_length=20, default="author")
        is_local_user = pw.BooleanField(default=False)
        created_at = pw.CharField(max_length=32)

    class Draft(Base):
        body = pw.TextField(default="")
        notes = pw.TextField(default="")
        state = pw.CharField(max_length=20, default="draft", index=True)
        author = pw.ForeignKeyField(Person, on_delete="RESTRICT")
        created_at = pw.CharField(max_length=32, index=True)
        updated_at = pw.CharField(max_length=32, index=True)
        trashed_at = pw.CharField(max_length=32, null=True, index=True)

    class DraftTag(Base):
        draft = pw.ForeignKeyField(Draft, on_delete="CASCADE")
        name = pw.CharField(max_length=100, index=True)

        class Meta:
            indexes = ((("draft", "name"), True),)

    class Revision(Base):
        draft = pw.ForeignKeyField(Draft, on_delete="CASCADE")
        number = pw.IntegerField()
        body = pw.TextField()
        kind = pw.CharField(max_length=20, default="manual")
        author = pw.ForeignKeyField(Person, on_delete="RESTRICT")
        created_at = pw.CharField(max_length=32)
        updated_at = pw.CharField(max_length=32)
        restored_from = pw.IntegerField(null=True)

        class Meta:
            indexes = ((("draft", "number"), True),)

    class AuditEvent(Base):
        at = pw.CharField(max_length=32, index=True)
        actor = pw.ForeignKeyField(Person, null=True, on_delete="RESTRICT")
        action = pw.CharField(max_length=60)
        subject_type = pw.CharField(max_length=30)
        subject_id = pw.IntegerField(null=True, index=True)
        from_state = pw.CharField(max_length=20, null=True)
        to_state = pw.CharField(max_length=20, null=True)
        reason = pw.TextField(default="")

    class Setting(Base):
        key = pw.CharField(max_length=100, primary_key=True)
        value = pw.TextField()

    db.create_tables([SchemaVersion, Person, Draft, DraftTag, Revision, AuditEvent, Setting])
