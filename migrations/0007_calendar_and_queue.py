"""Schema version 7: the editorial calendar and per-channel text. A draft's schedule keeps
the zone it was made in (so 09:00 Berlin stays 09:00 Berlin across daylight-saving
changes); channels get a colour, a minimum gap between posts and posting slots; blackout
days that slots skip; one channel can be paused on its own; a draft may have its own
text for one channel.

Approvals now cover the day a post is scheduled for (it is part of the approved content).
Approvals given before this version, still valid for the content they saw, are carried
over to the day the post is scheduled for now, so upgrading voids nothing."""

import hashlib
import json
from datetime import datetime
from zoneinfo import ZoneInfo

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
        migrator.add_column("draft_channel", "text", pw.TextField(default="")),
        migrator.add_column("channel", "paused_reason", pw.TextField(default="")),
    )
    db.create_tables([QueueSlot, Blackout])
    _carry_over_approvals(db)


def _content_hash(content: dict[str, object]) -> str:
    # The same canonical form as core/review.py at version 7 (a migration must not import
    # the app's current code: it describes this version, forever).
    data = json.dumps(content, sort_keys=True, ensure_ascii=False, separators=(",", ":"))
    return hashlib.sha256(data.encode("utf-8")).hexdigest()


def _carry_over_approvals(db: pw.Database) -> None:
    p = db.param  # "?" on SQLite, "%s" on PostgreSQL
    reviews = db.execute_sql(
        "SELECT r.id, r.content_hash, d.id, d.body, d.scheduled_at FROM review r "
        "JOIN draft d ON d.id = r.draft_id WHERE r.decision = 'approved' "
        "AND r.voided_at IS NULL AND d.scheduled_at IS NOT NULL").fetchall()
    for review_id, stored, draft_id, body, scheduled_at in reviews:
        channels = [row[0] for row in db.execute_sql(
            "SELECT c.name FROM channel c JOIN draft_channel dc ON dc.channel_id = c.id "
            f"WHERE dc.draft_id = {p} ORDER BY c.name", (draft_id,)).fetchall()]
        media = [[row[0], row[1]] for row in db.execute_sql(
            f"SELECT sha256, alt_text FROM draft_media WHERE draft_id = {p} ORDER BY position",
            (draft_id,)).fetchall()]
        content = {"version": 1, "body": body, "channels": channels, "media": media,
                   "schedule_window": None}
        if _content_hash(content) != stored:
            continue  # already stale before the upgrade: it stays void
        when = datetime.fromisoformat(str(scheduled_at).replace("Z", "+00:00"))
        content["schedule_window"] = f"{when.astimezone(ZoneInfo('UTC')):%Y-%m-%d} UTC"
        db.execute_sql(f"UPDATE review SET content_hash = {p} WHERE id = {p}",
                       (_content_hash(content), review_id))
