"""Schema version 13: the publishers' heartbeat.

A team workspace is published by headless workers (`secondthought worker`) on a server,
not by any member's laptop. Each running worker keeps one row here up to date, so every
member's window can say when a publisher was last seen, and warn when none is running.
Plain columns only: the same table on SQLite and PostgreSQL."""

import peewee as pw


def apply(db: pw.Database) -> None:
    class WorkerHeartbeat(pw.Model):
        # The table as this step creates it (the live model may grow in later steps).
        worker = pw.CharField(max_length=64, unique=True)  # the worker's lease owner
        host = pw.CharField(max_length=255, default="")
        pid = pw.IntegerField(default=0)
        app_version = pw.CharField(max_length=32, default="")
        started_at = pw.CharField(max_length=32)
        seen_at = pw.CharField(max_length=32, index=True)
        stopped_at = pw.CharField(max_length=32, null=True)
        sent = pw.IntegerField(default=0)

        class Meta:
            database = db
            legacy_table_names = False

    db.create_tables([WorkerHeartbeat])
