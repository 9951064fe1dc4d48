"""The schedule as files: CSV (the same columns the importer reads, plus id and status, so
a batch can go out, be edited in a spreadsheet and come back) and iCalendar (.ics), one
event per post, in the zone the post was scheduled in, with that zone's definition
embedded so calendar apps that do not know the zone name still show the right time."""

from __future__ import annotations

import csv
import io
from datetime import datetime, timedelta
from typing import Any

from desktopapp import __version__
from desktopapp.core.calendar_entries import CalendarFilter, Entry, entries
from desktopapp.core.csv_safety import neutralise
from desktopapp.core.ical_zones import vtimezone
from desktopapp.core.zones import zone_info

EVENT_LENGTH = timedelta(minutes=15)  # a post is a moment; calendars want a duration
CSV_COLUMNS = ["id", "date", "timezone", "channels", "tags", "status", "text"]


def to_csv(found: list[Entry]) -> str:
    buffer = io.StringIO(newline="")
    writer = csv.writer(buffer, lineterminator="\r\n")
    writer.writerow(CSV_COLUMNS)
    for e in found:
        local = e.when.astimezone(zone_info(e.zone))
        writer.writerow([neutralise(v) for v in (
            e.draft_id, local.strftime("%Y-%m-%d %H:%M"), e.zone,
            "; ".join(c.name for c in e.channels), "; ".join(e.tags), e.status.value,
            e.text)])
    return buffer.getvalue()


def to_ics(found: list[Entry], generated: datetime) -> bytes:
    from icalendar import Calendar, Event, Timezone

    cal = Calendar()
    cal.add("prodid", f"-//Second Thought//{__version__}//EN")
    cal.add("version", "2.0")
    cal.add("calscale", "GREGORIAN")
    cal.add("x-wr-calname", "Second Thought schedule")
    # A VTIMEZONE for every TZID used (Outlook needs them), in RRULE form (see ical_zones),
    # before the events: parsers such as vobject resolve a TZID when they reach the event.
    # Each starts by 2000 at the latest: vobject compares a zone with UTC over 2000–2020
    # and takes London's definition for UTC if its rules only begin later.
    if found:
        years = [e.when.year for e in found]
        first = min(2000, min(years) - 1)
        for zone in sorted({e.zone for e in found} - {"UTC"}):
            cal.add_component(Timezone.from_ical(vtimezone(zone, first, max(years) + 1)))
    for e in found:
        local = e.when.astimezone(zone_info(e.zone))
        event = Event()
        event.add("uid", f"draft-{e.draft_id}@secondthought.invalid")
        event.add("dtstamp", generated)
        event.add("dtstart", local)
        event.add("dtend", local + EVENT_LENGTH)
        channels = ", ".join(c.name for c in e.channels) or "no channel yet"
        event["summary"] = _text(f"{e.preview} ({channels})")
        event["description"] = _text(
            f"{e.text}\n\nStatus: {e.status.value}. {e.approval}".strip())
        if e.tags:
            event.add("categories", list(e.tags))
        event.add("status", "CONFIRMED" if e.status.value in ("scheduled", "published")
                  else "TENTATIVE")
        cal.add_component(event)
    return bytes(cal.to_ical())


def _text(value: str) -> Any:
    """A TEXT value escaped as RFC 5545 says (backslash, semicolon, comma, line breaks).
    icalendar's own escaping first turns a literal backslash-N in the text into a line
    break, so a post containing "\\N" would read back changed."""
    from icalendar.prop import vInline

    escaped = (value.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,")
               .replace("\r\n", "\\n").replace("\r", "\\n").replace("\n", "\\n"))
    return vInline(escaped)


def export(fmt: str, start: datetime, end: datetime,
           flt: CalendarFilter = CalendarFilter(), now: datetime | None = None) -> bytes:
    from desktopapp.store.fields import utcnow

    found = entries(start, end, flt, now)
    if fmt == "csv":
        return to_csv(found).encode("utf-8")
    if fmt == "ics":
        return to_ics(found, now or utcnow())
    raise ValueError(f"unknown export format {fmt!r}")
