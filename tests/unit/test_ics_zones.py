"""The .ics export's time zones, read back by three independent parsers (icalendar,
vobject — which resolves TZIDs from the embedded VTIMEZONE, as Radicale does — and ical),
across both daylight-saving changes in Europe and North America, in the southern
hemisphere, and after 2038."""

from __future__ import annotations

import io
from datetime import UTC, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest
import vobject
from ical.calendar_stream import IcsCalendarStream
from icalendar import Calendar

from desktopapp.core.calendar_entries import CalendarStatus, Entry
from desktopapp.core.calendar_export import to_ics
from desktopapp.core.ical_zones import transitions, vtimezone

# Local wall-clock times next to the changes: the day after Europe springs forward, the
# morning it does, New York's autumn change, Sydney's spring, and years past 2038.
POSTS = [
    ("Europe/Berlin", datetime(2027, 3, 29, 9, 0)),
    ("Europe/Berlin", datetime(2027, 3, 28, 3, 30)),
    ("Europe/Berlin", datetime(2027, 10, 31, 1, 30)),
    ("America/New_York", datetime(2027, 11, 1, 17, 30)),
    ("America/New_York", datetime(2027, 3, 14, 12, 0)),
    ("Europe/London", datetime(2045, 7, 1, 8, 0)),
    ("Australia/Sydney", datetime(2027, 10, 3, 9, 0)),
    ("Asia/Kolkata", datetime(2051, 1, 15, 10, 0)),
]


def _entries() -> list[Entry]:
    return [Entry(draft_id=i, when=local.replace(tzinfo=ZoneInfo(zone)).astimezone(UTC),
                  zone=zone, status=CalendarStatus.SCHEDULED, channels=(),
                  text=f"Post {i}", tags=(), approval="")
            for i, (zone, local) in enumerate(POSTS, start=1)]


@pytest.fixture(scope="module")
def exported() -> tuple[bytes, dict[int, datetime]]:
    found = _entries()
    return to_ics(found, datetime(2027, 1, 1, tzinfo=UTC)), {e.draft_id: e.when for e in found}


def _uid_number(uid: str) -> int:
    return int(uid.split("@")[0].removeprefix("draft-"))


def test_icalendar_reads_the_same_instants(exported) -> None:
    data, expected = exported
    events = Calendar.from_ical(data).walk("VEVENT")
    assert {_uid_number(str(e["uid"])): e.decoded("dtstart").astimezone(UTC)
            for e in events} == expected


def test_vobject_reads_the_same_instants_from_the_embedded_zones(exported) -> None:
    data, expected = exported
    cal = vobject.readOne(io.StringIO(data.decode()))
    got = {_uid_number(ev.uid.value): ev.dtstart.value.astimezone(UTC)
           for ev in cal.vevent_list}
    assert got == expected


def test_ical_reads_the_same_instants(exported) -> None:
    data, expected = exported
    cal = IcsCalendarStream.calendar_from_ics(data.decode())
    got = {_uid_number(ev.uid): ev.dtstart.astimezone(UTC) for ev in cal.events}
    assert got == expected


def test_zones_are_rules_not_lists_of_dates(exported) -> None:
    data, _ = exported
    text = data.decode()
    assert "RDATE" not in text
    assert "BYDAY=-1SU" in text and "BYDAY=2SU" in text and "BYDAY=1SU" in text


@pytest.mark.parametrize("zone", ["Europe/Berlin", "America/New_York", "Europe/London",
                                  "Australia/Sydney", "America/Santiago", "Asia/Kolkata",
                                  "Pacific/Auckland", "America/St_Johns", "Asia/Tehran",
                                  "Africa/Casablanca"])
def test_embedded_definition_matches_zoneinfo_for_decades(zone: str) -> None:
    """vobject turns the VTIMEZONE into a tzinfo on its own: its offsets must agree with
    the system's zoneinfo every 5 days for 30 years, beyond 2038."""
    # Morocco's changes follow Ramadan, which no RRULE describes: its definition is exact
    # through the years asked for. Every other zone's is asked only through 2027 and must
    # hold beyond, by its open-ended rule.
    last = 2056 if zone == "Africa/Casablanca" else 2027
    text = ("BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:test\r\n" + vtimezone(zone, 2000, last)
            + "\r\nEND:VCALENDAR\r\n")
    tz = vobject.readOne(io.StringIO(text)).vtimezone.gettzinfo()
    real = ZoneInfo(zone)
    moment = datetime(2026, 1, 3, 12, tzinfo=UTC)
    while moment.year < 2056:
        assert moment.astimezone(tz).utcoffset() == moment.astimezone(real).utcoffset(), moment
        moment += timedelta(days=5)


def test_transitions_are_found_to_the_second() -> None:
    spring, autumn = transitions(ZoneInfo("Europe/Berlin"), 2027)
    assert spring.utc == datetime(2027, 3, 28, 1, 0, tzinfo=UTC)
    assert spring.local == datetime(2027, 3, 28, 2, 0) and spring.daylight
    assert autumn.local == datetime(2027, 10, 31, 3, 0) and not autumn.daylight
    assert transitions(ZoneInfo("Asia/Kolkata"), 2027) == []
