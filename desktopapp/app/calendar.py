"""The calendar's read model and its moves: what the month, week and agenda views show,
the check run while a post is dragged (or moved with the keyboard), the move itself with
what undoing it needs, and the calendar's side data (blackout days, free queue slots,
filters, export).

The month grid asks for counts and the first few posts per day only (`month`), so a month
with 10,000 posts costs about what a quiet one does; the week and agenda list every post
of their range (`entries`).
"""

from __future__ import annotations

from datetime import UTC, date, datetime, time, timedelta
from typing import NamedTuple
from zoneinfo import ZoneInfo

from desktopapp.app.context import AppContext
from desktopapp.app.events import ChangeKind
from desktopapp.core import (
    calendar_cells,
    calendar_entries,
    calendar_export,
    channels,
    post_queue,
    scheduling,
    workflow,
    zones,
)
from desktopapp.core import display_zone as shown_zone
from desktopapp.core import drafts as core_drafts
from desktopapp.core.calendar_cells import DayCells
from desktopapp.core.calendar_entries import CalendarFilter, CalendarStatus, Entry
from desktopapp.core.errors import DomainError
from desktopapp.core.post_queue import SlotTime
from desktopapp.core.scheduling import ScheduleCheck

__all__ = ["CalendarFilter", "CalendarStatus", "DayCells", "Entry", "Moved", "ScheduleCheck",
           "SlotTime", "blackouts", "channel_names", "check", "day_bounds", "display_zone",
           "entries", "export", "free_slots", "month", "move", "set_display_zone", "tag_names",
           "zone_label"]


class Moved(NamedTuple):
    """A reschedule and what undoing it needs."""

    draft_id: int
    before: datetime | None
    before_zone: str
    after: datetime | None
    verdict: ScheduleCheck


def day_bounds(first: date, last: date, zone: ZoneInfo) -> tuple[list[date], list[datetime]]:
    """The local days first..last in `zone` and their UTC boundaries (one more than days;
    a day across a DST change is 23 or 25 hours long)."""
    days = [first + timedelta(days=i) for i in range((last - first).days + 1)]
    bounds = [datetime.combine(d, time(0), tzinfo=zone).astimezone(UTC)
              for d in [*days, last + timedelta(days=1)]]
    return days, bounds


def month(_ctx: AppContext, first: date, last: date, zone: ZoneInfo, per_day: int,
          flt: CalendarFilter = CalendarFilter()) -> DayCells:
    """Per local day: how many posts, and the first `per_day` of them."""
    days, bounds = day_bounds(first, last, zone)
    return calendar_cells.day_cells(days, bounds, per_day, flt)


def entries(_ctx: AppContext, first: date, last: date, zone: ZoneInfo,
            flt: CalendarFilter = CalendarFilter()) -> dict[date, list[Entry]]:
    """Every post from `first` to `last` (local days), grouped by day, in time order."""
    _days, bounds = day_bounds(first, last, zone)
    grouped: dict[date, list[Entry]] = {}
    for entry in calendar_entries.entries(bounds[0], bounds[-1], flt):
        grouped.setdefault(entry.when.astimezone(zone).date(), []).append(entry)
    return grouped


def check(_ctx: AppContext, draft_id: int, when: datetime, zone: str | None = None
          ) -> ScheduleCheck:
    """What moving the post to `when` (chosen in `zone`, else the post's own) would do;
    a refusal is a verdict, not an error."""
    try:
        return scheduling.check(draft_id, when, zone)
    except DomainError as exc:
        return ScheduleCheck(False, [str(exc)])


def move(ctx: AppContext, draft_id: int, when: datetime | None,
         zone: str | None = None) -> Moved:
    """Reschedule (keeping the post's zone unless one is given); DomainError if refused."""
    row = workflow.require_row(draft_id)
    before, before_zone = row.scheduled_at, row.schedule_zone
    verdict = workflow.schedule(draft_id, when, ctx.actor, zone=zone)
    ctx.bus.emit(ChangeKind.DRAFT, [draft_id])
    return Moved(draft_id, before, before_zone, when, verdict)


def blackouts(_ctx: AppContext, channel_names: frozenset[str]) -> dict[date, str]:
    """Blackout days that apply to what is shown (all channels, or those filtered on)."""
    return {b.day: b.reason for b in post_queue.blackouts()
            if not b.channel or b.channel in channel_names}


def free_slots(_ctx: AppContext, first: date, last: date, zone: ZoneInfo,
               channel_names: frozenset[str]) -> list[SlotTime]:
    _days, bounds = day_bounds(first, last, zone)
    return post_queue.free_slot_times(bounds[0], bounds[-1], channel_names)


def channel_names(_ctx: AppContext) -> list[str]:
    return [info.name for info in channels.list_channels()]


def tag_names(_ctx: AppContext) -> list[str]:
    return list(core_drafts.all_tags())


def export(_ctx: AppContext, fmt: str, first: date, last: date, zone: ZoneInfo,
           flt: CalendarFilter) -> bytes:
    _days, bounds = day_bounds(first, last, zone)
    return calendar_export.export(fmt, bounds[0], bounds[-1], flt)


def display_zone(_ctx: AppContext) -> ZoneInfo:
    return shown_zone.display_zone()


def zone_label(instant: datetime, zone_names: list[str], display: ZoneInfo) -> str:
    """“09:00” or “09:00 Berlin · 08:00 London” when the zones differ."""
    return zones.zone_label(instant, zone_names, display)


def set_display_zone(_ctx: AppContext, name: str) -> ZoneInfo:
    shown_zone.set_display_zone(name)
    return shown_zone.display_zone()
