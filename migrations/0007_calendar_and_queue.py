"""Schema version 7: the editorial calendar. A draft's schedule keeps the zone it was made
in (so 09:00 Berlin stays 09:00 Berlin across daylight-saving changes); channels get a
colour, a minimum gap between posts and posting slots; blackout days that slots skip."""

import peewee as pw
from playhouse.migrate import SchemaMigrator, migrate


def apply(db: pw.Database) -> None:
    class Base(pw.Model):
        class Meta:
            database = db
            legacy_table_names = False

    class Channel(Base):
        pass

    class QueueSlot(Base):
        channel = pw.ForeignKeyField(Channel, on_delete="CASCADE")
        weekday = pw.IntegerField()  # 0 = Monday
        minute = pw.IntegerField()  # minutes after local midnight, in the channel's zone

        class Meta:
            indexes = ((("channel", "weekday", "minute"), True),)

    class Blackout(Base):
        day = pw.CharField(max_length=10, index=True)  # local date, YYYY-MM-DD
        channel = pw.ForeignKeyField(Channel, null=True, on_delete="CASCADE")
        reason = pw.TextField(default="")

    migrator = SchemaMigrator.from_database(db)
    migrate(
        migrator.add_column("draft", "schedule_zone", pw.CharField(max_length=64, default="")),
        migrator.add_column("channel", "color", pw.CharField(max_length=9, default="")),
        migrator.add_column("channel", "min_gap_minutes", pw.IntegerField(default=0)),
    )
    db.create_tables([QueueSlot, Blackout])
