"""What the tray icon says: the next post and where it goes, or the pause."""

from __future__ import annotations

from desktopapp.app.context import AppContext
from desktopapp.app.review import submitted_drafts
from desktopapp.core import channels, pause
from desktopapp.core.due import next_due_at


def next_post_text(ctx: AppContext) -> str:
    """“Next post: Tue 24 Nov 14:00 on shop” / “Publishing is paused: …” / nothing due."""
    state = pause.state()
    if state.paused:
        return f"Publishing is paused: {state.reason}"
    upcoming = next_due_at(ctx.clock())
    if upcoming is None:
        return "Nothing scheduled"
    first = next(iter(submitted_drafts(ctx, order_by="scheduled", limit=1)), None)
    names = [c.name for c in channels.targets(first.id)] if first is not None else []
    where = f" on {', '.join(names)}" if names else ""
    return f"Next post: {upcoming.astimezone():%a %d %b %H:%M}{where}"
