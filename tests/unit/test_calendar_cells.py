"""The month grid's read model: per day the count and the first posts, which must be what
listing every post of the range and cutting it per day gives — trashed posts left out,
filters applied, days cut at local midnight across a DST change."""

from __future__ import annotations

import random
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from desktopapp.app import calendar
from desktopapp.app.context import AppContext
from desktopapp.core import calendar_cells, channels, workflow
from desktopapp.core.calendar_entries import CalendarFilter, CalendarStatus, Entry
from desktopapp.core.channels import Kind

BERLIN = ZoneInfo("Europe/Berlin")
FIRST = date(2027, 3, 15)  # the grid spans the spring-forward night (28 March)
LAST = FIRST + timedelta(days=27)
NOW = datetime(2027, 1, 1, tzinfo=UTC)


@pytest.fixture
def busy(app_ctx: AppContext, tmp_path: Path) -> list[int]:
    """150 posts, many on a few days, some at local midnight, some trashed."""
    user = app_ctx.actor
    for name in ("shop", "blog"):
        channels.add_channel(Kind.OUTBOX, name, user, path=str(tmp_path / name),
                             timezone="Europe/Berlin")
    rng = random.Random(5)
    ids = []
    for i in range(150):
        day = FIRST + timedelta(days=rng.choice([0, 1, 13, 13, 13, 14, 20, 27]))
        local = datetime.combine(day, datetime.min.time(), tzinfo=BERLIN) + timedelta(
            minutes=rng.choice([0, 0, 5, 600, 1439]))
        info = workflow.create_draft(user, f"post {i}", ["launch"] if i % 3 == 0 else [])
        channels.set_targets(info.id, ["shop"] if i % 2 else ["blog"])
        workflow.schedule(info.id, local.astimezone(UTC), user, now=NOW)
        if i % 4 == 0:
            workflow.submit(info.id, user, now=NOW)
        if i % 11 == 0:
            workflow.trash_draft(info.id, user)
        ids.append(info.id)
    return ids


def cut(every: dict[date, list[Entry]], per_day: int) -> tuple[dict[date, int],
                                                               dict[date, list[int]]]:
    return ({day: len(found) for day, found in every.items()},
            {day: [e.draft_id for e in found[:per_day]] for day, found in every.items()})


@pytest.mark.parametrize("flt", [
    CalendarFilter(),
    CalendarFilter(channels=frozenset({"shop"})),
    CalendarFilter(tag="launch"),
    CalendarFilter(channels=frozenset({"blog"}), tag="launch"),
    CalendarFilter(statuses=frozenset({CalendarStatus.DRAFT})),
], ids=["all", "channel", "tag", "channel+tag", "status"])
def test_counts_and_first_posts_match_the_full_listing(app_ctx: AppContext, busy: list[int],
                                                       flt: CalendarFilter) -> None:
    every = calendar.entries(app_ctx, FIRST, LAST, BERLIN, flt)
    assert sum(len(v) for v in every.values()) > 20  # the case is not empty
    cells = calendar.month(app_ctx, FIRST, LAST, BERLIN, 3, flt)
    counts, first = cut(every, 3)
    assert cells.counts == counts
    assert {day: [e.draft_id for e in found] for day, found in cells.entries.items()} == first
    # Only what a cell shows was built.
    assert all(len(found) <= 3 for found in cells.entries.values())


def test_trashed_posts_are_neither_counted_nor_shown(app_ctx: AppContext,
                                                     busy: list[int]) -> None:
    cells = calendar.month(app_ctx, FIRST, LAST, BERLIN, 10)
    shown = {e.draft_id for found in cells.entries.values() for e in found}
    trashed = {draft_id for i, draft_id in enumerate(busy) if i % 11 == 0}
    assert len(shown) > 30
    assert not shown & trashed
    assert sum(cells.counts.values()) == len(busy) - len(trashed)


def test_days_are_local_days_across_the_dst_change(app_ctx: AppContext) -> None:
    user = app_ctx.actor
    # 00:30 local on the day after the clocks go forward is 22:30 UTC the day before.
    late = workflow.create_draft(user, "just after midnight")
    workflow.schedule(late.id, datetime(2027, 3, 28, 22, 30, tzinfo=UTC), user, now=NOW)
    days, bounds = calendar.day_bounds(FIRST, LAST, BERLIN)
    assert bounds[days.index(date(2027, 3, 29))] == datetime(2027, 3, 28, 22, tzinfo=UTC)
    assert bounds[days.index(date(2027, 3, 28))] == datetime(2027, 3, 27, 23, tzinfo=UTC)
    cells = calendar_cells.day_cells(days, bounds, 2)
    assert cells.counts == {date(2027, 3, 29): 1}
    assert [e.draft_id for e in cells.entries[date(2027, 3, 29)]] == [late.id]


def test_bounds_must_fit_the_days() -> None:
    with pytest.raises(ValueError, match="one boundary more"):
        calendar_cells.day_cells([FIRST], [NOW], 3)
