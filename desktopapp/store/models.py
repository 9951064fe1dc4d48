"""peewee models: the only place that knows how drafts are laid out in tables.

Models are bound to a `DatabaseProxy`; `store.connection.open_database` binds the real
database at start-up, so nothing opens a file at import time.
"""

from __future__ import annotations

from typing import Any

import peewee as pw

from desktopapp.core.errors import ConflictError, PermissionDenied  # a leaf: no cycle
from desktopapp.store.fields import UTCDateTimeField, utcnow

database_proxy = pw.DatabaseProxy()


class BaseModel(pw.Model):
    class Meta:
        database = database_proxy
        legacy_table_names = False


class VersionedModel(BaseModel):
    """A row two writers can change at once (the window and the CLI, a reviewer, the
    publisher). Saving a row read earlier writes only if its `version` is still the one
    read, and bumps it; otherwise nothing is written and ConflictError says so. Updates
    that do not go through `save()` bump the version with `bump()`."""

    version = pw.IntegerField(default=1)

    def save(self, force_insert: bool = False, only: Any = None) -> int | bool:
        key = self.get_id()
        if force_insert or key is None:
            return bool(super().save(force_insert=force_insert, only=only))
        model = type(self)
        pk = model._meta.primary_key
        read = self.version
        fields = only if only is not None else model._meta.sorted_fields
        values: dict[Any, Any] = {f: self.__data__[f.name] for f in fields
                                  if f is not pk and f.name in self.__data__}
        values[model.version] = read + 1
        rows = model.update(values).where((pk == key) & (model.version == read)).execute()
        if rows != 1:
            now = model.select(model.version).where(pk == key).scalar()
            if now == read:
                # Still there, still the version read, yet not updated: a team database's
                # row-level security filtered the row out of this member's UPDATE.
                raise PermissionDenied(
                    f"You may not change this {model.__name__.lower()}: the workspace's "
                    "rules give it to someone else (nothing was written).")
            raise ConflictError(
                f"This {model.__name__.lower()} was changed elsewhere meanwhile (version "
                f"{now}, not {read}); nothing was overwritten.", now)
        self.version = read + 1
        return int(rows)

    @classmethod
    def bump(cls) -> dict[Any, Any]:
        """Extra values for `Model.update(...)`: the version goes up by one."""
        return {cls.version: cls.version + 1}


class Person(BaseModel):
    id = pw.AutoField()
    display_name = pw.CharField(max_length=200)
    role = pw.CharField(max_length=20, default="author")  # author | reviewer | admin
    is_local_user = pw.BooleanField(default=False)
    created_at = UTCDateTimeField(default=utcnow)
    public_key = pw.TextField(null=True)  # Ed25519, base64; the private key is in the keyring
    passphrase_hash = pw.TextField(default="")  # scrypt, salted (core/passphrases.py)
    failed_passphrases = pw.IntegerField(default=0)  # wrong guesses since the last right one
    # A team member's PostgreSQL login role (identity there is current_user); None on a
    # personal workspace and once removed from the team.
    login_role = pw.CharField(max_length=63, null=True, unique=True)


class Draft(VersionedModel):
    id = pw.AutoField()
    body = pw.TextField(default="")
    notes = pw.TextField(default="")
    state = pw.CharField(max_length=20, default="draft", index=True)
    author = pw.ForeignKeyField(Person, backref="drafts", on_delete="RESTRICT")
    created_at = UTCDateTimeField(default=utcnow, index=True)
    updated_at = UTCDateTimeField(default=utcnow, index=True)
    trashed_at = UTCDateTimeField(null=True, index=True)
    scheduled_at = UTCDateTimeField(null=True, index=True)  # a wish, not a gate
    schedule_zone = pw.CharField(max_length=64, default="")  # the zone the time was set in
    # The hold: computed once on submit, stored in UTC, never shortened by a restart.
    submitted_at = UTCDateTimeField(null=True)
    cooloff_until = UTCDateTimeField(null=True)
    cooloff_reason = pw.TextField(default="")
    reviewer = pw.ForeignKeyField(Person, null=True, backref="assigned", on_delete="SET NULL")
    author_id: int  # peewee's accessor for the foreign key column, declared for type checkers
    reviewer_id: int | None


class DraftTag(BaseModel):
    id = pw.AutoField()
    draft = pw.ForeignKeyField(Draft, backref="tag_rows", on_delete="CASCADE")
    name = pw.CharField(max_length=100, index=True)
    draft_id: int

    class Meta:
        indexes = ((("draft", "name"), True),)


class Revision(BaseModel):
    id = pw.AutoField()
    draft = pw.ForeignKeyField(Draft, backref="revisions", on_delete="CASCADE")
    number = pw.IntegerField()
    body = pw.TextField()
    kind = pw.CharField(max_length=20, default="manual")  # created | autosave | manual | restore
    author = pw.ForeignKeyField(Person, on_delete="RESTRICT")
    created_at = UTCDateTimeField(default=utcnow)
    updated_at = UTCDateTimeField(default=utcnow)
    restored_from = pw.IntegerField(null=True)
    draft_id: int
    author_id: int

    class Meta:
        indexes = ((("draft", "number"), True),)


class AuditEvent(BaseModel):
    id = pw.AutoField()
    at = UTCDateTimeField(default=utcnow, index=True)
    actor = pw.ForeignKeyField(Person, null=True, on_delete="RESTRICT")  # acted for
    # The person actually at the keyboard (the local user), when not the same as actor.
    keyboard = pw.ForeignKeyField(Person, null=True, on_delete="RESTRICT",
                                  backref="keyboard_events")
    action = pw.CharField(max_length=60)
    subject_type = pw.CharField(max_length=30)
    subject_id = pw.IntegerField(null=True, index=True)
    from_state = pw.CharField(max_length=20, null=True)
    to_state = pw.CharField(max_length=20, null=True)
    reason = pw.TextField(default="")
    actor_id: int | None


class Setting(BaseModel):
    """Workspace-wide settings that travel with the database (not per-machine UI state)."""

    key = pw.CharField(max_length=100, primary_key=True)
    value = pw.TextField()

    @classmethod
    def put(cls, key: str, value: str) -> None:
        """Insert or overwrite one setting (an upsert both SQLite and PostgreSQL speak)."""
        cls.insert(key=key, value=value).on_conflict(
            conflict_target=[cls.key], update={cls.value: value}).execute()


class WarningIgnore(BaseModel):
    """A warning the author dismissed in one draft: its code and the exact words flagged."""

    id = pw.AutoField()
    draft = pw.ForeignKeyField(Draft, backref="ignored_warnings", on_delete="CASCADE")
    code = pw.CharField(max_length=80)
    snippet = pw.TextField()
    created_at = UTCDateTimeField(default=utcnow)

    class Meta:
        indexes = ((("draft", "code", "snippet"), True),)


class Review(BaseModel):
    """One reviewer's decision on one version of a draft. An approval is bound to the
    SHA-256 of the draft's publishable content at that moment."""

    id = pw.AutoField()
    draft = pw.ForeignKeyField(Draft, backref="reviews", on_delete="CASCADE")
    reviewer = pw.ForeignKeyField(Person, on_delete="RESTRICT")
    decision = pw.CharField(max_length=20)  # approved | changes_requested | rejected
    content_hash = pw.CharField(max_length=64)
    revision_number = pw.IntegerField()
    comment = pw.TextField(default="")
    decided_at = UTCDateTimeField(default=utcnow)
    expires_at = UTCDateTimeField(null=True)
    voided_at = UTCDateTimeField(null=True)
    void_reason = pw.TextField(default="")
    source = pw.CharField(max_length=20, default="local")  # local | packet
    draft_id: int
    reviewer_id: int


class Comment(BaseModel):
    """A reviewer's or author's remark anchored to a range of the text; replies thread."""

    id = pw.AutoField()
    draft = pw.ForeignKeyField(Draft, backref="comments", on_delete="CASCADE")
    author = pw.ForeignKeyField(Person, on_delete="RESTRICT")
    parent = pw.ForeignKeyField("self", null=True, backref="replies", on_delete="CASCADE")
    start = pw.IntegerField(default=0)
    end = pw.IntegerField(default=0)
    quote = pw.TextField(default="")
    body = pw.TextField()
    created_at = UTCDateTimeField(default=utcnow)
    resolved_at = UTCDateTimeField(null=True)
    draft_id: int
    author_id: int
    parent_id: int | None


class PacketItem(BaseModel):
    """A draft that travelled in a review packet: outgoing (ours, sent to a client) or
    incoming (someone else's, here to be reviewed), with the hash it was sent with."""

    id = pw.AutoField()
    packet_id = pw.CharField(max_length=40, index=True)
    direction = pw.CharField(max_length=10)  # outgoing | incoming
    remote_draft_id = pw.IntegerField()
    local_draft = pw.ForeignKeyField(Draft, on_delete="CASCADE")
    content_hash = pw.CharField(max_length=64)
    counterpart = pw.CharField(max_length=200, default="")
    content = pw.TextField(default="")  # incoming: JSON of what the author sent (v2 packets)
    created_at = UTCDateTimeField(default=utcnow)
    local_draft_id: int


class PacketResponse(BaseModel):
    """A response already imported: importing it again would be a replay."""

    id = pw.AutoField()
    response_id = pw.CharField(max_length=40, unique=True)
    packet_id = pw.CharField(max_length=40)
    imported_at = UTCDateTimeField(default=utcnow)


class TeamMeta(BaseModel):
    """One row on a team workspace: the schema version and the oldest client accepted."""

    id = pw.IntegerField(primary_key=True)
    schema_version = pw.IntegerField(default=0)
    oldest_client = pw.CharField(max_length=20, default="0")
    updated_at = pw.CharField(max_length=32, default="")
    updated_by = pw.CharField(max_length=100, default="")


class SchemaVersion(BaseModel):
    id = pw.AutoField()
    version = pw.IntegerField()
    applied_at = UTCDateTimeField(default=utcnow)


ALL_MODELS: list[type[BaseModel]] = [
    Person, Draft, DraftTag, Revision, AuditEvent, Setting, WarningIgnore, Review, Comment,
    PacketItem, PacketResponse, SchemaVersion, TeamMeta,
]


class Channel(VersionedModel):
    """One account to publish to. Its secret (token, password, webhook key) is never here:
    it lives in the OS keyring under the channel's name."""

    id = pw.AutoField()
    kind = pw.CharField(max_length=20)  # bluesky | mastodon | x | webhook | outbox
    name = pw.CharField(max_length=100, unique=True)
    url = pw.TextField(default="")
    handle = pw.CharField(max_length=200, default="")
    path = pw.TextField(default="")
    timezone = pw.CharField(max_length=64, default="UTC")
    limits = pw.TextField(default="{}")  # JSON, e.g. {"characters": 500}
    created_at = UTCDateTimeField(default=utcnow)
    color = pw.CharField(max_length=9, default="")  # "#rrggbb"; empty: from a palette
    min_gap_minutes = pw.IntegerField(default=0)  # between two posts on this channel
    paused_reason = pw.TextField(default="")  # not empty: this channel is paused


class DraftChannel(BaseModel):
    draft = pw.ForeignKeyField(Draft, backref="targets", on_delete="CASCADE")
    channel = pw.ForeignKeyField(Channel, backref="drafts", on_delete="CASCADE")
    text = pw.TextField(default="")  # this channel's own text; empty: the draft's
    draft_id: int
    channel_id: int

    class Meta:
        indexes = ((("draft", "channel"), True),)


class Publication(BaseModel):
    """One draft going to one channel: claimed under a lease, sent, confirmed, once."""

    id = pw.AutoField()
    draft = pw.ForeignKeyField(Draft, backref="publications", on_delete="CASCADE")
    channel = pw.ForeignKeyField(Channel, on_delete="CASCADE")
    state = pw.CharField(max_length=20, default="pending", index=True)
    idempotency_key = pw.CharField(max_length=64, unique=True)
    content_hash = pw.CharField(max_length=64)
    remote_id = pw.TextField(default="")
    remote_url = pw.TextField(default="")
    attempts = pw.IntegerField(default=0)
    lease_owner = pw.CharField(max_length=64, default="")
    lease_until = UTCDateTimeField(null=True)
    next_attempt_at = UTCDateTimeField(null=True, index=True)
    last_error = pw.TextField(default="")
    parts_done = pw.IntegerField(default=0)  # threads resume after the last confirmed part
    part_ids = pw.TextField(default="[]")  # JSON: [[remote_id, cid, url], ...]
    created_at = UTCDateTimeField(default=utcnow)
    updated_at = UTCDateTimeField(default=utcnow)
    draft_id: int
    channel_id: int

    class Meta:
        indexes = ((("draft", "channel"), True),)


class PublishAttempt(BaseModel):
    id = pw.AutoField()
    publication = pw.ForeignKeyField(Publication, backref="attempt_log", on_delete="CASCADE")
    at = UTCDateTimeField(default=utcnow)
    outcome = pw.CharField(max_length=20)  # sent | retry | failed | confirmed | held
    message = pw.TextField(default="")


class DraftMedia(BaseModel):
    """An image attached to a draft: the file is kept in the data folder under its SHA-256,
    so the same bytes are stored once and approvals can be bound to them."""

    id = pw.AutoField()
    draft = pw.ForeignKeyField(Draft, backref="media", on_delete="CASCADE")
    sha256 = pw.CharField(max_length=64)
    filename = pw.CharField(max_length=255)
    mime = pw.CharField(max_length=40)
    size = pw.IntegerField()
    alt_text = pw.TextField(default="")
    position = pw.IntegerField(default=0)
    draft_id: int


class QueueSlot(BaseModel):
    """A weekly posting slot of one channel, as wall-clock time in the channel's zone."""

    id = pw.AutoField()
    channel = pw.ForeignKeyField(Channel, backref="slots", on_delete="CASCADE")
    weekday = pw.IntegerField()  # 0 = Monday
    minute = pw.IntegerField()  # minutes after local midnight
    channel_id: int

    class Meta:
        indexes = ((("channel", "weekday", "minute"), True),)


class Blackout(BaseModel):
    """A day queue slots skip: a holiday, or a day of mourning. No channel: all channels."""

    id = pw.AutoField()
    day = pw.CharField(max_length=10, index=True)  # local date, YYYY-MM-DD
    channel = pw.ForeignKeyField(Channel, null=True, on_delete="CASCADE")
    reason = pw.TextField(default="")
    channel_id: int | None


class WorkerHeartbeat(BaseModel):
    """One running publisher (`secondthought worker`): when it was last seen, so members'
    windows can tell whether anything is publishing the team's posts."""

    id = pw.AutoField()
    worker = pw.CharField(max_length=64, unique=True)  # its lease owner on publications
    host = pw.CharField(max_length=255, default="")
    pid = pw.IntegerField(default=0)
    app_version = pw.CharField(max_length=32, default="")
    started_at = UTCDateTimeField()
    seen_at = UTCDateTimeField(index=True)
    stopped_at = UTCDateTimeField(null=True)  # set when it stopped cleanly
    sent = pw.IntegerField(default=0)  # posts it has sent since it started


ALL_MODELS += [Channel, DraftChannel, Publication, PublishAttempt, DraftMedia, QueueSlot,
               Blackout, WorkerHeartbeat]
