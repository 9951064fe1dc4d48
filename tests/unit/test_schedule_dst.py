"""Daylight-saving changes, in two zones: a 09:00 Berlin slot stays 09:00 Berlin, a time
skipped in spring moves forward, a time repeated in autumn means the first one, and none
of it depends on the machine's own zone."""

from __future__ import annotations

from datetime import UTC, date, datetime, time
from zoneinfo import ZoneInfo

import pytest

from desktopapp.core import calendar_entries, channels, display_zone, post_queue, workflow, zones
from desktopapp.core.channels import Kind

BERLIN, LONDON, NEW_YORK = (ZoneInfo("Europe/Berlin"), ZoneInfo("Europe/London"),
                            ZoneInfo("America/New_York"))
# 2027: Europe changes on 28 March and 31 October, the US on 14 March and 7 November.
BEFORE = datetime(2027, 3, 1, tzinfo=UTC)


@pytest.fixture(params=["", "UTC", "America/New_York"])
def machine_zone(request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch) -> str:
    """The machine's TZ must not matter: unset, UTC, or a third zone."""
    if request.param:
        monkeypatch.setenv("TZ", request.param)
    else:
        monkeypatch.delenv("TZ", raising=False)
    return str(request.param)


def test_spring_forward_keeps_the_wall_clock_in_berlin(machine_zone: str) -> None:
    friday = zones.to_utc(date(2027, 3, 26), time(9), BERLIN)
    monday = zones.move_to_day(friday, BERLIN, date(2027, 3, 29))
    assert friday == datetime(2027, 3, 26, 8, 0, tzinfo=UTC)  # CET, UTC+1
    assert monday == datetime(2027, 3, 29, 7, 0, tzinfo=UTC)  # CEST, UTC+2
    assert monday.astimezone(BERLIN).strftime("%H:%M") == "09:00"


def test_fall_back_keeps_the_wall_clock_in_new_york(machine_zone: str) -> None:
    friday = zones.to_utc(date(2027, 11, 5), time(9), NEW_YORK)
    monday = zones.move_to_day(friday, NEW_YORK, date(2027, 11, 8))
    assert friday == datetime(2027, 11, 5, 13, 0, tzinfo=UTC)  # EDT, UTC-4
    assert monday == datetime(2027, 11, 8, 14, 0, tzinfo=UTC)  # EST, UTC-5


def test_a_skipped_time_moves_forward_and_says_so() -> None:
    when, note = zones.parse_local("2027-03-28 02:30", "Europe/Berlin")
    assert when == datetime(2027, 3, 28, 1, 30, tzinfo=UTC)
    assert when.astimezone(BERLIN).strftime("%H:%M") == "03:30"
    assert "does not exist" in note and "03:30" in note
    assert not zones.exists(datetime(2027, 3, 28, 2, 30, tzinfo=BERLIN))


def test_a_repeated_time_means_the_first_and_says_so() -> None:
    when, note = zones.parse_local("2027-10-31 02:30", "Europe/Berlin")
    assert when == datetime(2027, 10, 31, 0, 30, tzinfo=UTC)  # still CEST
    assert "happens twice" in note
    when, _ = zones.parse_local("2027-11-07 01:30", "America/New_York")
    assert when == datetime(2027, 11, 7, 5, 30, tzinfo=UTC)  # still EDT


def test_an_offset_in_the_text_is_exact() -> None:
    when, note = zones.parse_local("2027-03-28T02:30+01:00", "Europe/Berlin")
    assert when == datetime(2027, 3, 28, 1, 30, tzinfo=UTC) and note == ""


def test_change_days_are_23_and_25_hours_long() -> None:
    start, end = zones.day_bounds(date(2027, 3, 28), BERLIN)
    assert (end - start).total_seconds() == 23 * 3600
    start, end = zones.day_bounds(date(2027, 10, 31), LONDON)
    assert (end - start).total_seconds() == 25 * 3600


def test_two_zones_are_both_shown_and_the_gap_between_them_changes() -> None:
    at = zones.to_utc(date(2027, 3, 10), time(9), BERLIN)
    assert zones.zone_label(at, ["Europe/Berlin"], LONDON) == "09:00 Berlin · 08:00 London"
    assert zones.zone_label(at, ["Europe/Berlin"], BERLIN) == "09:00"
    # Between the US and the European change New York is 5 hours behind Berlin, not 6.
    before = zones.to_utc(date(2027, 3, 10), time(9), NEW_YORK)
    between = zones.to_utc(date(2027, 3, 17), time(9), NEW_YORK)
    assert zones.zone_label(before, ["America/New_York"], BERLIN) == \
        "09:00 New York · 15:00 Berlin"
    assert zones.zone_label(between, ["America/New_York"], BERLIN) == \
        "09:00 New York · 14:00 Berlin"


def test_queue_slots_stay_at_nine_in_both_zones_across_the_change(
        store, user, tmp_path, machine_zone: str) -> None:
    for name, zone in (("berlin", "Europe/Berlin"), ("london", "Europe/London")):
        channels.add_channel(Kind.OUTBOX, name, user.id, path=str(tmp_path / name),
                             timezone=zone)
        post_queue.set_slots(name, "mon-fri 09:00", user.id)
    start = datetime(2027, 3, 24, 12, tzinfo=UTC)  # Wednesday before the change
    found: dict[str, list[datetime]] = {"berlin": [], "london": []}
    for name in found:
        after = start
        for _ in range(5):
            after = post_queue.next_free_slot(name, after)
            found[name].append(after)
            d = workflow.create_draft(user.id, f"{name} {after}")
            channels.set_targets(d.id, [name])
            workflow.schedule(d.id, after, user.id, zone=channels.get_channel(name).timezone,
                              now=BEFORE)
    for name, zone in (("berlin", BERLIN), ("london", LONDON)):
        local = [t.astimezone(zone) for t in found[name]]
        assert [t.strftime("%a %H:%M") for t in local] == \
            ["Thu 09:00", "Fri 09:00", "Mon 09:00", "Tue 09:00", "Wed 09:00"]
        offsets = {t.utcoffset() for t in local}
        assert len(offsets) == 2  # the UTC time moved by an hour; the wall clock did not
    # The calendar shows the same local times, whatever the machine's zone.
    shown = calendar_entries.entries(datetime(2027, 3, 22, tzinfo=UTC),
                                     datetime(2027, 4, 5, tzinfo=UTC), now=BEFORE)
    assert {e.when.astimezone(ZoneInfo(e.zone)).strftime("%H:%M") for e in shown} == {"09:00"}
    assert {e.zone for e in shown} == {"Europe/Berlin", "Europe/London"}


def test_display_zone_falls_back_to_utc_without_a_machine_zone(
        store, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("TZ", "")
    monkeypatch.setattr("os.path.realpath", lambda _p: "/nonexistent")
    assert display_zone.display_zone().key == "UTC"
    display_zone.set_display_zone("Europe/Berlin")
    assert display_zone.display_zone().key == "Europe/Berlin"


def test_spreadsheet_times_are_read_and_ambiguous_ones_refused() -> None:
    from desktopapp.core.errors import DomainError

    when, _ = zones.parse_local("2027-03-29 9:05", "Europe/Berlin")
    assert when == datetime(2027, 3, 29, 7, 5, tzinfo=UTC)
    assert zones.parse_local("2027-03-29T09:05:00", "UTC")[0].minute == 5
    for bad, why in (("2027-03-29", "no time of day"), ("29/03/2027 09:00", "not a date"),
                     ("next tuesday", "not a date")):
        with pytest.raises(DomainError, match=why):
            zones.parse_local(bad, "UTC")
