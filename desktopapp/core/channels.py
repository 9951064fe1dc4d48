"""Channels: the accounts a draft can go to. Secrets go to the keyring, never here."""

from __future__ import annotations

import json
import re
from enum import StrEnum

from desktopapp import keychain
from desktopapp.core import audit
from desktopapp.core.errors import DomainError, NotFound
from desktopapp.core.zones import zone_info
from desktopapp.records import record
from desktopapp.store.models import Channel, DraftChannel

SECRET_KIND = "channel-secret"


class Kind(StrEnum):
    BLUESKY = "bluesky"
    MASTODON = "mastodon"
    X = "x"
    WEBHOOK = "webhook"
    OUTBOX = "outbox"


NEEDS_SECRET = {Kind.BLUESKY, Kind.MASTODON, Kind.X, Kind.WEBHOOK}
# Distinct at a glance in both themes; a channel without its own colour takes one by id.
PALETTE = ["#3b82f6", "#f97316", "#10b981", "#a855f7", "#ef4444", "#0ea5e9", "#eab308",
           "#ec4899", "#14b8a6", "#6366f1"]
MAX_GAP_MINUTES = 7 * 24 * 60


def colour_of(channel_id: int, color: str) -> str:
    """The channel's own colour, or its palette colour."""
    return color or PALETTE[(channel_id - 1) % len(PALETTE)]


@record
class ChannelInfo:
    id: int
    kind: Kind
    name: str
    url: str
    handle: str
    path: str
    timezone: str
    limits: dict[str, int]
    color: str = ""
    min_gap_minutes: int = 0
    paused_reason: str = ""

    @property
    def paused(self) -> bool:
        return bool(self.paused_reason)

    @property
    def colour(self) -> str:
        return colour_of(self.id, self.color)

    def to_json(self) -> dict[str, object]:
        return {"id": self.id, "kind": self.kind.value, "name": self.name, "url": self.url,
                "handle": self.handle, "path": self.path, "timezone": self.timezone,
                "limits": self.limits, "color": self.color,
                "min_gap_minutes": self.min_gap_minutes, "paused": self.paused_reason or None}


def _info(row: Channel) -> ChannelInfo:
    try:
        limits = json.loads(row.limits)
    except ValueError:
        limits = {}
    return ChannelInfo(row.id, Kind(row.kind), row.name, row.url, row.handle, row.path,
                       row.timezone, limits if isinstance(limits, dict) else {}, row.color,
                       row.min_gap_minutes, row.paused_reason)


def _check_fields(kind: Kind, url: str, path: str, timezone: str, color: str) -> None:
    zone_info(timezone)
    if kind is Kind.OUTBOX and not path:
        raise DomainError("An outbox channel needs a folder (--path).")
    if (kind in (Kind.WEBHOOK, Kind.MASTODON) and not url.startswith(("http://", "https://"))) \
            or (url and not url.startswith(("http://", "https://"))):
        raise DomainError(f"A {kind.value} channel needs an http(s) URL (--url).")
    if color and not re.fullmatch(r"#[0-9a-fA-F]{6}", color):
        raise DomainError(f"“{color}” is not a colour like #3b82f6.")


def add_channel(kind: Kind, name: str, actor_id: int | None, *, url: str = "",
                handle: str = "", path: str = "", timezone: str = "UTC",
                secret: str | None = None) -> ChannelInfo:
    name = name.strip()
    if not re.fullmatch(r"[\w .@-]{1,100}", name):
        raise DomainError("A channel name may use letters, digits, spaces, . @ _ - "
                          "(at most 100).")
    if Channel.get_or_none(Channel.name == name):
        raise DomainError(f"There is already a channel called “{name}”.")
    _check_fields(kind, url, path, timezone, "")
    if kind in NEEDS_SECRET and not secret:
        raise DomainError(f"A {kind.value} channel needs its secret (token, app password or "
                          "signing key), read from standard input or a prompt.")
    if kind in NEEDS_SECRET:
        keychain.set_secret(SECRET_KIND, name, secret or "")  # refuses without a secure store
    db = Channel._meta.database
    with db.atomic():
        row = Channel.create(kind=kind.value, name=name, url=url.strip(), handle=handle.strip(),
                             path=path.strip(), timezone=timezone)
        audit.record(actor_id, "channel added", "channel", row.id,
                     reason=f"{kind.value} “{name}”")
    return _info(row)


def get_channel(name_or_id: str | int) -> ChannelInfo:
    row = (Channel.get_or_none(Channel.id == name_or_id) if isinstance(name_or_id, int)
           else Channel.get_or_none(Channel.name == name_or_id))
    if row is None:
        raise NotFound(f"There is no channel “{name_or_id}”.")
    return _info(row)


def list_channels() -> list[ChannelInfo]:
    return [_info(r) for r in Channel.select().order_by(Channel.name)]


def update_channel(name: str, actor_id: int | None, *, url: str, handle: str, path: str,
                   timezone: str, color: str = "", min_gap_minutes: int = 0,
                   secret: str | None = None) -> ChannelInfo:
    """Edit an account's settings (not its kind or name: drafts and the keyring refer to
    it by name). A new secret replaces the one in the keyring; None keeps it."""
    info = get_channel(name)
    url, handle, path = url.strip(), handle.strip(), path.strip()
    _check_fields(info.kind, url, path, timezone, color)
    _check_gap(min_gap_minutes)
    if secret:
        keychain.set_secret(SECRET_KIND, name, secret)
    db = Channel._meta.database
    with db.atomic():
        Channel.update(Channel.bump(), url=url, handle=handle, path=path, timezone=timezone,
                       color=color, min_gap_minutes=min_gap_minutes,
                       ).where(Channel.id == info.id).execute()
        audit.record(actor_id, "channel changed", "channel", info.id,
                     reason=name + ("; new secret" if secret else ""))
    return get_channel(info.id)


def _check_gap(minutes: int) -> None:
    if not 0 <= minutes <= MAX_GAP_MINUTES:
        raise DomainError("The minimum gap must be between 0 minutes and 7 days.")


def set_min_gap(name: str, minutes: int, actor_id: int | None) -> None:
    """The least time between two posts on this channel (0: none); closer ones are warned."""
    info = get_channel(name)
    _check_gap(minutes)
    db = Channel._meta.database
    with db.atomic():
        (Channel.update(Channel.bump(), min_gap_minutes=minutes)
         .where(Channel.id == info.id).execute())
        audit.record(actor_id, "channel changed", "channel", info.id,
                     reason=f"{name}; minimum gap {minutes} min")


def pause_channel(name: str, reason: str, actor_id: int | None) -> None:
    """Hold everything for one account (a hacked account, a brand in trouble) while the
    others go on. Audited; the calendar marks the channel's posts."""
    info = get_channel(name)
    if not reason.strip():
        raise DomainError("Say why this channel is paused (it is shown on its posts).")
    db = Channel._meta.database
    with db.atomic():
        (Channel.update(Channel.bump(), paused_reason=reason.strip())
         .where(Channel.id == info.id).execute())
        audit.record(actor_id, "channel paused", "channel", info.id, reason=reason.strip())


def resume_channel(name: str, actor_id: int | None) -> None:
    info = get_channel(name)
    if not info.paused:
        raise DomainError(f"“{name}” is not paused.")
    db = Channel._meta.database
    with db.atomic():
        Channel.update(Channel.bump(), paused_reason="").where(Channel.id == info.id).execute()
        audit.record(actor_id, "channel resumed", "channel", info.id)


def remove_channel(name: str, actor_id: int | None) -> None:
    info = get_channel(name)
    db = Channel._meta.database
    with db.atomic():
        Channel.delete().where(Channel.id == info.id).execute()
        audit.record(actor_id, "channel removed", "channel", info.id, reason=name)
    if info.kind in NEEDS_SECRET:
        keychain.delete_secret(SECRET_KIND, name)


def set_limits(name: str, limits: dict[str, int]) -> None:
    Channel.update(Channel.bump(), limits=json.dumps(limits)).where(Channel.name == name).execute()


def channel_secret(info: ChannelInfo) -> str:
    value = keychain.get_secret(SECRET_KIND, info.name)
    if not value:
        raise DomainError(f"The secret for channel “{info.name}” is not in the keyring.")
    return value


def set_targets(draft_id: int, channel_names: list[str],
                actor_id: int | None = None) -> list[str]:
    """Where the draft goes. Targets are content: for a submitted draft a change restarts
    the cool-off and voids an approval (the reviewer approved other destinations). A
    channel that stays keeps its own text."""
    from desktopapp.core import workflow
    from desktopapp.core.drafts import require_content_editable, require_row

    require_content_editable(require_row(draft_id))
    infos = [get_channel(n) for n in dict.fromkeys(channel_names)]
    wanted = {i.id for i in infos}
    db = Channel._meta.database
    with db.atomic():
        current = {dc.channel_id for dc in DraftChannel.select(DraftChannel.channel)
                   .where(DraftChannel.draft == draft_id)}
        DraftChannel.delete().where((DraftChannel.draft == draft_id)
                                    & DraftChannel.channel.not_in(sorted(wanted))).execute()
        for info in infos:
            if info.id not in current:
                DraftChannel.create(draft=draft_id, channel=info.id)
        if actor_id is not None and current != wanted:
            workflow.content_changed(require_row(draft_id), actor_id)
    return [i.name for i in infos]


def set_channel_text(draft_id: int, channel_name: str, text: str, actor_id: int) -> None:
    """This channel's own version of the post (empty: use the draft's text). It is part
    of the approved content: changing it restarts the cool-off and voids an approval."""
    from desktopapp.core import workflow
    from desktopapp.core.drafts import require_content_editable, require_row, validate_body

    require_content_editable(require_row(draft_id))
    info = get_channel(channel_name)
    validate_body(text)
    db = Channel._meta.database
    with db.atomic():
        row = DraftChannel.get_or_none((DraftChannel.draft == draft_id)
                                       & (DraftChannel.channel == info.id))
        if row is None:
            raise DomainError(f"Draft {draft_id} does not go to “{info.name}”; add it first.")
        if row.text == text.strip():
            return
        row.text = text.strip()
        row.save()
        audit.record(actor_id, "channel text set" if row.text else "channel text cleared",
                     "draft", draft_id, reason=info.name)
        workflow.content_changed(require_row(draft_id), actor_id)


def channel_texts(draft_id: int) -> dict[str, str]:
    """{channel name: its own text} for the channels that have one."""
    return {dc.channel.name: dc.text for dc in DraftChannel.select(DraftChannel, Channel)
            .join(Channel).where((DraftChannel.draft == draft_id) & (DraftChannel.text != ""))}


def targets(draft_id: int) -> list[ChannelInfo]:
    rows = (Channel.select().join(DraftChannel).where(DraftChannel.draft == draft_id)
            .order_by(Channel.name))
    return [_info(r) for r in rows]
