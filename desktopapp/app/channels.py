"""Channels as the window and the CLI use them: the list, adding, editing, pausing and
removing one, its posting slots, where a draft goes and its per-channel texts. Every
change is announced on the change feed, so every view follows."""

from __future__ import annotations

from dataclasses import dataclass

from desktopapp.app.context import AppContext, atomic
from desktopapp.app.events import ChangeKind
from desktopapp.core import channels, post_queue
from desktopapp.core.channels import NEEDS_SECRET, ChannelInfo, Kind
from desktopapp.core.post_queue import Slot

__all__ = ["NEEDS_SECRET", "ChannelForm", "ChannelInfo", "Kind", "add", "channel_texts",
           "check_connection", "get", "list_channels", "names", "parse_slots", "pause", "remove",
           "resume", "save", "set_channel_text", "set_targets", "slots_text", "targets"]


def list_channels(_ctx: AppContext) -> list[ChannelInfo]:
    return channels.list_channels()


def names(ctx: AppContext) -> list[str]:
    return [info.name for info in list_channels(ctx)]


def get(_ctx: AppContext, name: str) -> ChannelInfo:
    """NotFound (a DomainError) when there is no such channel."""
    return channels.get_channel(name)


def add(ctx: AppContext, kind: Kind, name: str, *, url: str = "", handle: str = "",
        path: str = "", timezone: str = "UTC", secret: str | None = None) -> ChannelInfo:
    info = channels.add_channel(kind, name, ctx.actor, url=url, handle=handle, path=path,
                                timezone=timezone, secret=secret)
    ctx.bus.emit(ChangeKind.CHANNEL, [info.id])
    return info


@dataclass(frozen=True)
class ChannelForm:
    """Everything the Channels dialog edits about one channel."""

    kind: Kind
    name: str
    url: str = ""
    handle: str = ""
    path: str = ""
    timezone: str = "UTC"
    color: str = ""  # "" for the palette's
    min_gap_minutes: int = 0
    slots: str = ""  # "mon-fri 09:00, 13:00"
    paused: bool = False
    pause_reason: str = ""
    secret: str | None = None  # None keeps the stored one


def save(ctx: AppContext, form: ChannelForm) -> ChannelInfo:
    """Create the channel when there is none of that name, else change it; its slots and
    pause follow, all in one transaction (DomainError: nothing changed)."""
    with atomic(ctx):
        creating = form.name.strip() not in names(ctx)
        if creating:
            info = channels.add_channel(form.kind, form.name, ctx.actor, url=form.url,
                                        handle=form.handle, path=form.path,
                                        timezone=form.timezone, secret=form.secret)
        else:
            info = channels.get_channel(form.name.strip())
        # Only what the form changes is written (and audited): a new channel is not also
        # "changed" and given "no slots" in the same breath.
        wanted = (form.url.strip(), form.handle.strip(), form.path.strip(),
                  form.timezone.strip(), form.color, form.min_gap_minutes)
        secret = None if creating else form.secret
        if secret or wanted != (info.url, info.handle, info.path, info.timezone, info.color,
                                info.min_gap_minutes):
            info = channels.update_channel(info.name, ctx.actor, url=form.url,
                                           handle=form.handle, path=form.path,
                                           timezone=form.timezone, color=form.color,
                                           min_gap_minutes=form.min_gap_minutes,
                                           secret=secret)
        if sorted(set(post_queue.parse_slots(form.slots))) != post_queue.slots(info.name):
            post_queue.set_slots(info.name, form.slots, ctx.actor)
        if form.paused and form.pause_reason.strip() != info.paused_reason:
            channels.pause_channel(info.name, form.pause_reason, ctx.actor)
        elif not form.paused and info.paused:
            channels.resume_channel(info.name, ctx.actor)
        ctx.bus.emit(ChangeKind.CHANNEL, [info.id])
    return channels.get_channel(info.name)


def remove(ctx: AppContext, name: str) -> None:
    info = channels.get_channel(name)
    channels.remove_channel(name, ctx.actor)
    ctx.bus.emit(ChangeKind.CHANNEL, [info.id])


def pause(ctx: AppContext, name: str, reason: str) -> None:
    channels.pause_channel(name, reason, ctx.actor)
    ctx.bus.emit(ChangeKind.CHANNEL, [channels.get_channel(name).id])


def resume(ctx: AppContext, name: str) -> None:
    channels.resume_channel(name, ctx.actor)
    ctx.bus.emit(ChangeKind.CHANNEL, [channels.get_channel(name).id])


def slots_text(_ctx: AppContext, name: str) -> str:
    """The channel's posting slots as typed: "mon-fri 09:00, 13:00"."""
    return post_queue.compact_spec(post_queue.slots(name))


def parse_slots(text: str) -> list[Slot]:
    """Raises DomainError with the reason when `text` is not a slot list."""
    return post_queue.parse_slots(text)


def check_connection(info: ChannelInfo) -> str:
    """Reach the network with the stored secret (slow: call it off the GUI thread)."""
    from desktopapp.publish.registry import check_connection

    return check_connection(info)


def targets(_ctx: AppContext, draft_id: int) -> list[ChannelInfo]:
    return channels.targets(draft_id)


def set_targets(ctx: AppContext, draft_id: int, channel_names: list[str]) -> list[str]:
    """Where the draft goes (for a submitted draft this restarts its cool-off)."""
    chosen = channels.set_targets(draft_id, channel_names, ctx.actor)
    ctx.bus.emit(ChangeKind.DRAFT, [draft_id])
    return chosen


def channel_texts(_ctx: AppContext, draft_id: int) -> dict[str, str]:
    """The draft's own text for a channel, by channel name (absent: the main text)."""
    return channels.channel_texts(draft_id)


def set_channel_text(ctx: AppContext, draft_id: int, channel: str, text: str) -> None:
    channels.set_channel_text(draft_id, channel, text, ctx.actor)
    ctx.bus.emit(ChangeKind.DRAFT, [draft_id])
