"""When drafts go out: a time per draft, a new draft at a time on the calendar, drafts
without a time (beside the calendar), the posting queue."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path
from typing import TYPE_CHECKING
from zoneinfo import ZoneInfo

from desktopapp.app.context import AppContext, tuples
from desktopapp.app.events import ChangeKind
from desktopapp.core import channels, post_queue, scheduling, workflow
from desktopapp.core.drafts import require_row
from desktopapp.core.post_queue import BlackoutDay, FillItem, Slot
from desktopapp.core.scheduling import ScheduleCheck
from desktopapp.core.states import DraftState
from desktopapp.core.zones import zone_info
from desktopapp.store.models import Draft

if TYPE_CHECKING:  # the CSV importer loads when a batch is read, not with the window
    from desktopapp.core.batch_import import Preview


@dataclass(frozen=True)
class Timing:
    """What the schedule dialog starts from."""

    scheduled_at: datetime | None
    cooloff_until: datetime | None
    zone: str  # the zone a time for this draft means (see scheduling.default_zone)


def timing(_ctx: AppContext, draft_id: int) -> Timing:
    row = require_row(draft_id)
    return Timing(row.scheduled_at, row.cooloff_until, scheduling.default_zone(draft_id, row))


def scheduled_at(_ctx: AppContext, draft_id: int) -> datetime | None:
    found = tuples(Draft.select(Draft.scheduled_at).where(Draft.id == draft_id))
    when: datetime | None = found[0][0] if found else None
    return when


def default_zone(_ctx: AppContext, draft_id: int) -> str:
    return scheduling.default_zone(draft_id)


def schedule(ctx: AppContext, draft_id: int, when: datetime | None,
             zone: str | None = None) -> ScheduleCheck:
    verdict = workflow.schedule(draft_id, when, ctx.actor, zone=zone)
    ctx.bus.emit(ChangeKind.DRAFT, [draft_id])
    return verdict


def create_at(ctx: AppContext, when: datetime, zone: str) -> int:
    """A new empty draft scheduled at `when` (double-click on an empty calendar slot); a
    refused time leaves no empty draft behind."""
    with ctx.bus.batch(), ctx.store.db.atomic():
        info = workflow.create_draft(ctx.actor, "")
        workflow.schedule(info.id, when, ctx.actor, zone=zone)
        ctx.bus.emit(ChangeKind.DRAFT, [info.id])
    return info.id


@dataclass(frozen=True)
class Unscheduled:
    id: int
    body: str
    state: DraftState


def unscheduled(_ctx: AppContext, limit: int) -> list[Unscheduled]:
    """Drafts with text and without a time, newest first (to drag onto the calendar)."""
    rows = (Draft.select(Draft.id, Draft.body, Draft.state)
            .where(Draft.scheduled_at.is_null() & Draft.trashed_at.is_null()
                   & Draft.state.in_([DraftState.DRAFT, DraftState.SUBMITTED])
                   & (Draft.body != ""))
            .order_by(Draft.updated_at.desc()).limit(limit))
    return [Unscheduled(i, body, DraftState(state)) for i, body, state in tuples(rows)]


def add_to_queue(ctx: AppContext, draft_id: int, channel: str) -> tuple[datetime,
                                                                       ScheduleCheck]:
    when, verdict = post_queue.add_to_queue(draft_id, channel, ctx.actor)
    ctx.bus.emit(ChangeKind.DRAFT, [draft_id])
    return when, verdict


def fill_queue(ctx: AppContext, channel: str, *, tag: str = "", limit: int = 50
               ) -> list[tuple[int, datetime]]:
    queued = post_queue.fill(channel, ctx.actor, tag=tag, limit=limit)
    ctx.bus.emit(ChangeKind.DRAFT, [draft_id for draft_id, _when in queued])
    return queued


def fill_plan(ctx: AppContext, channel: str, *, tag: str = "", everything: bool = False,
              apply: bool = False) -> list[FillItem]:
    """What filling the queue would do (a preview), or does with `apply`."""
    items = post_queue.fill_plan(channel, ctx.actor, tag=tag, everything=everything,
                                 apply=apply)
    if apply:
        ctx.bus.emit(ChangeKind.DRAFT, [i.draft_id for i in items if i.when is not None])
    return items


def queue_channels(_ctx: AppContext) -> list[str]:
    """The channels that have queue slots (the ones a queue can be filled on)."""
    return [info.name for info in channels.list_channels() if post_queue.slots(info.name)]


def nothing_to_fill_reason(_ctx: AppContext, channel: str, *, tag: str = "",
                           everything: bool = False) -> str:
    return post_queue.nothing_to_fill_reason(channel, tag=tag, everything=everything)


def read_batch(_ctx: AppContext, path: Path) -> Preview:
    """A CSV batch read and checked row by row; nothing is written."""
    from desktopapp.core import batch_import

    return batch_import.preview(batch_import.read_file(path))


def preview_batch(_ctx: AppContext, data: bytes) -> Preview:
    from desktopapp.core import batch_import

    return batch_import.preview(data)


def import_batch(ctx: AppContext, preview: Preview) -> list[int]:
    """Create the drafts of a batch whose every row is fine (all or nothing)."""
    from desktopapp.core import batch_import

    created = batch_import.import_rows(preview, ctx.actor)
    ctx.bus.emit(ChangeKind.DRAFT, created)
    return created


def channel_zone(_ctx: AppContext, channel: str) -> ZoneInfo:
    """The zone a channel's queue slots are in (UTC when it has none)."""
    return zone_info(channels.get_channel(channel).timezone or "UTC")


def slots(_ctx: AppContext, channel: str) -> list[Slot]:
    return post_queue.slots(channel)


def set_slots(ctx: AppContext, channel: str, spec: str) -> list[Slot]:
    """Replace the channel's weekly posting slots ("mon-fri 09:00,13:00; sat 10:30")."""
    found = post_queue.set_slots(channel, spec, ctx.actor)
    ctx.bus.emit(ChangeKind.CHANNEL, [channels.get_channel(channel).id])
    return found


def set_min_gap(ctx: AppContext, channel: str, minutes: int) -> None:
    channels.set_min_gap(channel, minutes, ctx.actor)
    ctx.bus.emit(ChangeKind.CHANNEL, [channels.get_channel(channel).id])


def blackout_days(_ctx: AppContext) -> list[BlackoutDay]:
    return post_queue.blackouts()


def add_blackout(ctx: AppContext, day: date, reason: str, channel: str | None = None
                 ) -> BlackoutDay:
    """A day nothing goes out (on one channel, or on all of them)."""
    found = post_queue.add_blackout(day, reason, ctx.actor, channel)
    ctx.bus.emit(ChangeKind.CHANNEL)  # the calendar greys the day out
    return found


def remove_blackout(ctx: AppContext, blackout_id: int) -> None:
    post_queue.remove_blackout(blackout_id, ctx.actor)
    ctx.bus.emit(ChangeKind.CHANNEL)
