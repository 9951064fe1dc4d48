"""A draft's images as the Images dialog shows and changes them: thumbnails from the
workspace's media folder, alt text, each network's size limit. Every change is announced
on the change feed (the warnings follow the images, other views refresh)."""

from __future__ import annotations

from pathlib import Path

from desktopapp.app.context import AppContext
from desktopapp.app.events import ChangeKind
from desktopapp.core import channels, media
from desktopapp.core.media import MAX_IMAGES, MediaInfo

__all__ = ["MAX_IMAGES", "MediaInfo", "attach", "images", "remove", "set_alt_text",
           "too_large_for"]


def images(ctx: AppContext, draft_id: int) -> list[MediaInfo]:
    return media.images(draft_id, ctx.media_dir)


def attach(ctx: AppContext, draft_id: int, file: Path, alt_text: str = "") -> MediaInfo:
    """Copies the file into the workspace; DomainError when it is not an image we take."""
    image = media.attach_image(draft_id, file, alt_text, ctx.media_dir, ctx.actor)
    ctx.bus.emit(ChangeKind.DRAFT, [draft_id])
    return image


def set_alt_text(ctx: AppContext, draft_id: int, media_id: int, alt_text: str) -> None:
    media.set_alt_text(media_id, alt_text, ctx.actor)
    ctx.bus.emit(ChangeKind.DRAFT, [draft_id])


def remove(ctx: AppContext, draft_id: int, media_id: int) -> None:
    media.remove_image(media_id, ctx.actor, ctx.media_dir)
    ctx.bus.emit(ChangeKind.DRAFT, [draft_id])


def too_large_for(_ctx: AppContext, draft_id: int, image: MediaInfo) -> tuple[list[str], bool]:
    """(the networks of the draft's channels that refuse this image by size, whether the
    draft has any channel yet)."""
    kinds = {c.kind.value for c in channels.targets(draft_id)}
    return [k for k in sorted(kinds) if media.too_large_for(k, [image])], bool(kinds)
