"""What the month grid shows per day: how many posts the day has and the first few of
them as full entries, the rest only counted ("+37 more").

A month of a busy calendar holds thousands of posts, a cell shows four or five. Each
day's count is an aggregate the database answers from the scheduled_at index alone, and
its first posts a LIMITed read of the same index (peewee expressions, no backend-specific
SQL); only the shown posts become `Entry` objects. Days are local days in the display
zone, given as UTC boundaries, so the database never needs to know about time zones.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Callable, Iterator, Sequence
from datetime import UTC, date, datetime
from itertools import pairwise
from typing import Any, cast

import peewee as pw

from desktopapp.core import calendar_entries
from desktopapp.core.calendar_entries import CalendarFilter, Entry
from desktopapp.store.fields import utcnow
from desktopapp.store.models import Draft

# More than a cell of any size can show.
MAX_PER_DAY = 50


class DayCells:
    """Per local day: the number of posts and the first `per_day` of them, in time order."""

    __slots__ = ("counts", "entries", "per_day")

    def __init__(self, per_day: int, counts: dict[date, int],
                 entries: dict[date, list[Entry]]) -> None:
        self.per_day = per_day
        self.counts = counts
        self.entries = entries


def day_cells(days: Sequence[date], bounds: Sequence[datetime], per_day: int,
              flt: CalendarFilter = CalendarFilter(), now: datetime | None = None) -> DayCells:
    """`bounds[i] <= time < bounds[i + 1]` is `days[i]` (UTC instants, len(days) + 1)."""
    if len(bounds) != len(days) + 1:
        raise ValueError("one boundary more than days")
    per_day = max(1, min(per_day, MAX_PER_DAY))
    if flt.statuses:
        # A post's status is worked out in Python (approvals, content hashes, pauses), so
        # counting by status needs every post of the range: the filter's rare, slower path.
        return _by_status(days, bounds, per_day, flt, now)
    counts = _counts(bounds, flt)
    counted = {days[i]: n for i, n in enumerate(counts) if n}
    if not counted:
        return DayCells(per_day, {}, {})
    ids = _first_ids(bounds, per_day, flt)
    # The ids are written into the statement as numbers: five related queries would
    # otherwise each convert every id into a parameter (peewee's slow part again), and a
    # literal list has no variable limit.
    shown = Draft.id.in_(pw.SQL("(" + ",".join(str(int(i)) for i in ids) + ")"))
    found = calendar_entries.entries_where(shown, now or utcnow()) if ids else []
    return DayCells(per_day, counted, _group(found, days, bounds))


# Each day is its own range on the scheduled_at index, so the database reads only that
# index to count (a CASE putting every post in its day costs a comparison chain per post)
# and stops after the first few rows of a day. Building a query is peewee's slow part
# (~0.4 ms each, 17 ms for a month of them), so each is built once, for a stand-in day,
# and run for every day with that day's boundaries in place of the stand-in's.
_STAND_IN = (datetime(1900, 1, 1, tzinfo=UTC), datetime(1900, 1, 2, tzinfo=UTC))


def _per_day(bounds: Sequence[datetime],
             build: Callable[[datetime, datetime], Any]) -> Iterator[list[tuple[Any, ...]]]:
    sql, params = build(*_STAND_IN).sql()
    text = Draft.scheduled_at.db_value
    at = [params.index(text(_STAND_IN[0])), params.index(text(_STAND_IN[1]))]
    db = Draft._meta.database
    for start, end in pairwise(bounds):
        params[at[0]], params[at[1]] = text(start), text(end)
        yield list(db.execute_sql(sql, params))


def _counts(bounds: Sequence[datetime], flt: CalendarFilter) -> list[int]:
    counts = [row[0][0] for row in _per_day(bounds, lambda start, end: Draft.select(
        pw.fn.COUNT(Draft.id)).where(calendar_entries.range_condition(start, end, flt)))]
    # Trashed posts are subtracted afterwards: found through the trash index (there are
    # few), tested against the range in an expression the planner cannot use as an index.
    inside = pw.Case(None, [((Draft.scheduled_at >= bounds[0])
                             & (Draft.scheduled_at < bounds[-1]), 1)], 0)
    ever = datetime(1970, 1, 1, tzinfo=UTC)  # a range the trash index answers; IS NOT NULL
    trashed = (Draft.select(Draft.scheduled_at)  # made SQLite scan the table
               .where((Draft.trashed_at >= ever) & (inside == 1)))
    chosen = calendar_entries.filter_condition(flt)
    if chosen is not None:
        trashed = trashed.where(chosen)
    when = Draft.scheduled_at.python_value
    for (stamp,) in _tuples(trashed):
        counts[bisect_right(bounds, cast(datetime, when(stamp))) - 1] -= 1
    return counts


def _first_ids(bounds: Sequence[datetime], per_day: int, flt: CalendarFilter) -> list[int]:
    """The ids of the first `per_day` live posts of each day, in time order."""
    # The trash test is an expression, not `trashed_at IS NULL`: that form tempts the
    # planner onto the trash index (every live post matches it) instead of the time range.
    live = pw.Case(None, [(Draft.trashed_at.is_null(), 1)], 0) == 1
    return [row[0] for rows in _per_day(bounds, lambda start, end: Draft.select(Draft.id)
                                        .where(calendar_entries.range_condition(start, end, flt)
                                               & live)
                                        .order_by(Draft.scheduled_at, Draft.id).limit(per_day))
            for row in rows]


def _group(found: list[Entry], days: Sequence[date],
           bounds: Sequence[datetime]) -> dict[date, list[Entry]]:
    grouped: dict[date, list[Entry]] = {}
    for entry in found:
        grouped.setdefault(days[bisect_right(bounds, entry.when) - 1], []).append(entry)
    return grouped


def _by_status(days: Sequence[date], bounds: Sequence[datetime], per_day: int,
               flt: CalendarFilter, now: datetime | None) -> DayCells:
    every = _group(calendar_entries.entries(bounds[0], bounds[-1], flt, now), days, bounds)
    return DayCells(per_day, {day: len(found) for day, found in every.items()},
                    {day: found[:per_day] for day, found in every.items()})


def _tuples(query: Any) -> list[tuple[Any, ...]]:
    return list(Draft._meta.database.execute(query))
