"""The calendar's state shared by its three views: the display zone, the filter, the
entries of the visible range grouped by local day, and moves with their undo.

Everything is read and written through `desktopapp.app.calendar`. The month grid asks
for what its cells can show (`per_day` posts and a count per day); the week and the
agenda get every post of their range."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, time
from zoneinfo import ZoneInfo

from PySide6.QtCore import QObject, Signal

from desktopapp.app import calendar, schedule
from desktopapp.app.calendar import CalendarFilter, Entry, ScheduleCheck
from desktopapp.app.context import AppContext
from desktopapp.core import zones
from desktopapp.core.errors import DomainError


@dataclass(frozen=True)
class Move:
    draft_id: int
    before: datetime | None
    before_zone: str
    after: datetime | None
    voided_approval: bool


class CalendarModel(QObject):
    changed = Signal()  # entries, filter or zone changed: views repaint
    moved = Signal(str)  # a message for the status bar after a move or an undo

    def __init__(self, ctx: AppContext, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.actor_id = ctx.actor
        self.zone: ZoneInfo = calendar.display_zone(ctx)
        self.filter = CalendarFilter()
        self._range: tuple[date, date] | None = None
        # None: every post of the range; a number: that many per day, and `counts`.
        self.per_day: int | None = None
        self.by_day: dict[date, list[Entry]] = {}
        self.counts: dict[date, int] = {}
        self.undo_stack: list[Move] = []
        self._checks: dict[tuple[int, datetime], ScheduleCheck] = {}

    # --- loading ---------------------------------------------------------------------
    def load(self, first: date, last: date, per_day: int | None = None) -> None:
        """Entries from `first` to `last` (inclusive local days in the display zone): all
        of them, or the first `per_day` of each day and the number of the rest."""
        self._range = (first, last)
        self.per_day = per_day
        self.reload()

    @property
    def range(self) -> tuple[date, date] | None:
        return self._range

    def reload(self) -> None:
        if self._range is None:
            return
        first, last = self._range
        if self.per_day is None:
            self.by_day = calendar.entries(self.ctx, first, last, self.zone, self.filter)
            self.counts = {day: len(found) for day, found in self.by_day.items()}
        else:
            cells = calendar.month(self.ctx, first, last, self.zone, self.per_day,
                                   self.filter)
            self.by_day, self.counts = cells.entries, cells.counts
        self._checks.clear()
        self.changed.emit()

    def count(self, day: date) -> int:
        return self.counts.get(day, 0)

    def set_filter(self, flt: CalendarFilter) -> None:
        self.filter = flt
        self.reload()

    def set_zone(self, name: str) -> None:
        self.zone = calendar.set_display_zone(self.ctx, name)
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

    def target_at(self, day: date, clock: time, zone: ZoneInfo | None = None) -> datetime:
        """A time picked on the week grid (or typed): wall clock in the display zone."""
        return zones.to_utc(day, clock, zone or self.zone)

    def check(self, draft_id: int, when: datetime) -> ScheduleCheck:
        """Asked on every hover while dragging: cached per (draft, target)."""
        key = (draft_id, when)
        if key not in self._checks:
            self._checks[key] = calendar.check(self.ctx, draft_id, when)
        return self._checks[key]

    def move(self, draft_id: int, when: datetime) -> ScheduleCheck:
        """Reschedule, keeping the post's zone. Raises DomainError when not allowed."""
        entry = self.entry(draft_id)
        moved = calendar.move(self.ctx, draft_id, when,
                              zone=entry.zone if entry is not None else None)
        self.undo_stack.append(Move(draft_id, moved.before, moved.before_zone, when,
                                    moved.verdict.voids_approval))
        self.reload()
        self.moved.emit(f"Moved to {self.local(when):%a %d %b %H:%M}. "
                        + ("The approval is void; it needs a new review. "
                           if moved.verdict.voids_approval else "") + "Ctrl+Z undoes it.")
        return moved.verdict

    def undo(self) -> bool:
        if not self.undo_stack:
            return False
        last = self.undo_stack[-1]
        try:
            calendar.move(self.ctx, last.draft_id, last.before, zone=last.before_zone or None)
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
