"""Channels as the window's Publishing menu uses them: the list, where a draft goes, and
changing that (announced on the change feed, so every view follows)."""

from __future__ import annotations

from desktopapp.app.context import AppContext
from desktopapp.app.events import ChangeKind
from desktopapp.core import channels
from desktopapp.core.channels import ChannelInfo

__all__ = ["ChannelInfo", "list_channels", "names", "set_targets", "targets"]


def list_channels(_ctx: AppContext) -> list[ChannelInfo]:
    return channels.list_channels()


def names(ctx: AppContext) -> list[str]:
    return [info.name for info in list_channels(ctx)]


def targets(_ctx: AppContext, draft_id: int) -> list[ChannelInfo]:
    return channels.targets(draft_id)


def set_targets(ctx: AppContext, draft_id: int, channel_names: list[str]) -> list[str]:
    """Where the draft goes (for a submitted draft this restarts its cool-off)."""
    chosen = channels.set_targets(draft_id, channel_names, ctx.actor)
    ctx.bus.emit(ChangeKind.DRAFT, [draft_id])
    return chosen
