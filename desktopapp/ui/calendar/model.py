"""The calendar's state shared by its three views: the display zone, the filter, the
entries of the visible range grouped by local day, and moves with their undo."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from zoneinfo import ZoneInfo

from PySide6.QtCore import QObject, Signal

from desktopapp.app import schedule
from desktopapp.app.context import AppContext
from desktopapp.core import calendar_entries, scheduling, workflow, zones
from desktopapp.core.calendar_entries import CalendarFilter, Entry
from desktopapp.core.errors import DomainError


@dataclass(frozen=True)
class Move:
    draft_id: int
    before: datetime | None
    before_zone: str
    after: datetime
    voided_approval: bool


class CalendarModel(QObject):
    changed = Signal()  # entries, filter or zone changed: views repaint
    moved = Signal(str)  # a message for the status bar after a move or an undo

    def __init__(self, ctx: AppContext, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.actor_id = ctx.actor
        self.zone: ZoneInfo = zones.display_zone()
        self.filter = CalendarFilter()
        self._range: tuple[date, date] | None = None
        self.by_day: dict[date, list[Entry]] = {}
        self.undo_stack: list[Move] = []
        self._checks: dict[tuple[int, datetime], scheduling.ScheduleCheck] = {}

    # --- loading ---------------------------------------------------------------------
    def load(self, first: date, last: date) -> None:
        """Entries from `first` to `last` (inclusive local days in the display zone)."""
        self._range = (first, last)
        self.reload()

    def reload(self) -> None:
        if self._range is None:
            return
        first, last = self._range
        start = datetime.combine(first, time(0), tzinfo=self.zone).astimezone(UTC)
        end = datetime.combine(last + timedelta(days=1), time(0), tzinfo=self.zone)
        grouped: dict[date, list[Entry]] = defaultdict(list)
        for entry in calendar_entries.entries(start, end.astimezone(UTC), self.filter):
            grouped[entry.when.astimezone(self.zone).date()].append(entry)
        self.by_day = dict(grouped)
        self._checks.clear()
        self.changed.emit()

    def set_filter(self, flt: CalendarFilter) -> None:
        self.filter = flt
        self.reload()

    def set_zone(self, name: str) -> None:
        zones.set_display_zone(name)
        self.zone = zones.display_zone()
        self.reload()

    def entry(self, draft_id: int) -> Entry | None:
        for day_entries in self.by_day.values():
            for e in day_entries:
                if e.draft_id == draft_id:
                    return e
        return None

    def local(self, instant: datetime) -> datetime:
        return instant.astimezone(self.zone)

    def time_label(self, entry: Entry) -> str:
        """“09:00” or “09:00 Berlin · 08:00 London” when the post's zones differ."""
        zone_names = [entry.zone] + [c.timezone for c in entry.channels]
        return zones.zone_label(entry.when, zone_names, self.zone)

    # --- moving ------------------------------------------------------------------------
    def target_on_day(self, entry: Entry, day: date) -> datetime:
        """Same wall-clock time (in the post's own zone) on another day."""
        return zones.move_to_day(entry.when, ZoneInfo(entry.zone), day)

    def target_at(self, day: date, clock: time) -> datetime:
        """A time picked on the week grid: wall clock in the display zone."""
        return zones.to_utc(day, clock, self.zone)

    def check(self, draft_id: int, when: datetime) -> scheduling.ScheduleCheck:
        """Asked on every hover while dragging: cached per (draft, target)."""
        key = (draft_id, when)
        if key not in self._checks:
            try:
                self._checks[key] = scheduling.check(draft_id, when)
            except DomainError as exc:
                self._checks[key] = scheduling.ScheduleCheck(False, [str(exc)])
        return self._checks[key]

    def move(self, draft_id: int, when: datetime) -> scheduling.ScheduleCheck:
        """Reschedule, keeping the post's zone. Raises DomainError when not allowed."""
        entry = self.entry(draft_id)
        row = workflow.require_row(draft_id)
        before, before_zone = row.scheduled_at, row.schedule_zone
        zone = entry.zone if entry is not None else None
        verdict = workflow.schedule(draft_id, when, self.actor_id, zone=zone)
        self.undo_stack.append(Move(draft_id, before, before_zone, when,
                                    verdict.voids_approval))
        self.reload()
        self.moved.emit(f"Moved to {self.local(when):%a %d %b %H:%M}. "
                        + ("The approval is void; it needs a new review. "
                           if verdict.voids_approval else "") + "Ctrl+Z undoes it.")
        return verdict

    def undo(self) -> bool:
        if not self.undo_stack:
            return False
        last = self.undo_stack[-1]
        try:
            workflow.schedule(last.draft_id, last.before, self.actor_id,
                              zone=last.before_zone or None)
        except DomainError as exc:
            self.moved.emit(f"Cannot undo: {exc}")
            return False
        self.undo_stack.pop()
        self.reload()
        self.moved.emit("Move undone." + (" The approval stays void: ask for a new review."
                                          if last.voided_approval else ""))
        return True

    def create_at(self, when: datetime) -> int:
        """A new empty draft scheduled at `when` (double-click on an empty slot)."""
        draft_id = schedule.create_at(self.ctx, when, self.zone.key)
        self.reload()
        return draft_id
