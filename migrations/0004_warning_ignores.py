"""Schema version 4: warnings dismissed with "ignore here", per draft."""

import peewee as pw


def apply(db: pw.Database) -> None:
    class Base(pw.Model):
        class Meta:
            database = db
            legacy_table_names = False

    class Draft(Base):
        pass

    class WarningIgnore(Base):
        draft = pw.ForeignKeyField(Draft, on_delete="CASCADE")
        code = pw.CharField(max_length=80)
        snippet = pw.TextField()
        created_at = pw.CharField(max_length=32)

        class Meta:
            indexes = ((("draft", "code", "snippet"), True),)

    db.create_tables([WarningIgnore])
