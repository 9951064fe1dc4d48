"""VTIMEZONE components in the rule form calendar programs expect.

icalendar's own `add_missing_timezones` lists every transition as an RDATE between 1970
and 2038. Parsers that read the embedded definition (vobject, and calendar servers built
on it) then get posts after 2038 wrong, and some read even near dates an hour off. Here
each zone's transitions are found from the system's zoneinfo for the years the export
covers, consecutive years that follow the same rule ("last Sunday of March at 02:00")
become one RRULE observance, and the newest rule is left open-ended, so the definition
holds for any later year, as tzdata's own footer rule does. Years whose changes follow
no weekday rule (a few zones move by decree or by the lunar calendar) are listed as
RDATEs for exactly those years."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from zoneinfo import ZoneInfo

WEEKDAYS = ("MO", "TU", "WE", "TH", "FR", "SA", "SU")


@dataclass(frozen=True)
class Transition:
    local: datetime  # wall clock just before the change, naive, in the old offset
    utc: datetime
    offset_from: timedelta
    offset_to: timedelta
    daylight: bool
    name: str


def _offset(zone: ZoneInfo, instant: datetime) -> timedelta:
    offset = instant.astimezone(zone).utcoffset()
    assert offset is not None
    return offset


def transitions(zone: ZoneInfo, year: int) -> list[Transition]:
    """Every offset change in `year`: a daily scan, then bisection to the second."""
    found: list[Transition] = []
    day = datetime(year, 1, 1, tzinfo=UTC)
    end = datetime(year + 1, 1, 1, tzinfo=UTC)
    previous = _offset(zone, day)
    while day < end:
        following = day + timedelta(days=1)
        after = _offset(zone, following)
        if after != previous:
            low, high = day, following
            while high - low > timedelta(seconds=1):
                middle = low + (high - low) / 2
                if _offset(zone, middle) == previous:
                    low = middle
                else:
                    high = middle
            moment = high.replace(microsecond=0)
            local_after = moment.astimezone(zone)
            found.append(Transition(
                local=(moment + previous).replace(tzinfo=None), utc=moment,
                offset_from=previous, offset_to=after,
                daylight=bool(local_after.dst()), name=local_after.tzname() or ""))
            previous = after
        day = following
    return found


def _ordinal(day: date) -> set[int]:
    """The BYDAY ordinals that name this day: its week of the month, and -1 in the last."""
    following = date(day.year + day.month // 12, day.month % 12 + 1, 1)
    return {(day.day - 1) // 7 + 1} | ({-1} if (following - day).days <= 7 else set())


def _by_day(run: list[Transition]) -> str | None:
    """The RRULE day part that gives every change in `run`: "BYDAY=-1SU" where one ordinal
    fits every year, "BYDAY=SU;BYMONTHDAY=2,…,8" for "the Sunday on or after the 2nd"
    (Chile's rule), None where no weekday rule fits."""
    days = [t.local.date() for t in run]
    weekday = WEEKDAYS[days[0].weekday()]
    shared = set.intersection(*(_ordinal(d) for d in days))
    if shared:
        return f"BYDAY={-1 if -1 in shared else min(shared)}{weekday}"
    low = min(d.day for d in days)
    if max(d.day for d in days) - low <= 6 and low + 6 <= 28:
        return f"BYDAY={weekday};BYMONTHDAY=" + ",".join(str(n) for n in range(low, low + 7))
    return None


def _offset_text(delta: timedelta) -> str:
    seconds = int(delta.total_seconds())
    sign = "-" if seconds < 0 else "+"
    hours, rest = divmod(abs(seconds), 3600)
    minutes, secs = divmod(rest, 60)
    return f"{sign}{hours:02d}{minutes:02d}" + (f"{secs:02d}" if secs else "")


def _stamp(moment: datetime) -> str:
    return moment.strftime("%Y%m%dT%H%M%S")


def _observance(kind: str, first: Transition, extra: list[str]) -> list[str]:
    return [f"BEGIN:{kind}", f"DTSTART:{_stamp(first.local)}", *extra,
            f"TZOFFSETFROM:{_offset_text(first.offset_from)}",
            f"TZOFFSETTO:{_offset_text(first.offset_to)}",
            *([f"TZNAME:{first.name}"] if first.name else []), f"END:{kind}"]


def _runs(changes: list[Transition]) -> list[list[Transition]]:
    """Consecutive yearly changes in the same month, on the same weekday, at the same
    clock time, between the same offsets, that one weekday rule describes: one RRULE
    each (Sydney's "last Sunday of October" until 2007, "first Sunday" after)."""
    runs: list[list[Transition]] = []
    for t in changes:
        if runs:
            last = runs[-1][-1]
            same = (last.local.month, last.local.weekday(), last.local.time(),
                    last.offset_from, last.offset_to, last.name) == (
                t.local.month, t.local.weekday(), t.local.time(), t.offset_from,
                t.offset_to, t.name)
            if same and last.local.year == t.local.year - 1 and _by_day([*runs[-1], t]):
                runs[-1].append(t)
                continue
        runs.append([t])
    return runs


def vtimezone(name: str, first_year: int, last_year: int) -> str:
    """The VTIMEZONE text for `name`: exact from `first_year` through `last_year`, and
    beyond where the zone's newest rule is a weekday rule (the usual case)."""
    zone = ZoneInfo(name)
    # At least 28 years (the calendar's full cycle of weekdays and dates) are scanned, so
    # a rule that only looks like "the first Sunday" for a few years is not mistaken.
    scan_end = max(last_year, first_year + 28) + 1
    changes = [t for year in range(first_year, scan_end + 1) for t in transitions(zone, year)]
    lines = ["BEGIN:VTIMEZONE", f"TZID:{name}"]
    start = datetime(first_year, 1, 1)
    in_force = datetime(first_year, 1, 1, tzinfo=zone)
    offset = changes[0].offset_from if changes else _offset(zone, start.replace(tzinfo=UTC))
    # The offset in force before the first change, so early instants are covered too.
    opening = Transition(start, start.replace(tzinfo=UTC), offset, offset,
                         bool(in_force.dst()), in_force.tzname() or "")
    body = _observance("DAYLIGHT" if opening.daylight else "STANDARD", opening, [])
    for daylight in (True, False):
        kind = "DAYLIGHT" if daylight else "STANDARD"
        runs = _runs([t for t in changes if t.daylight == daylight])
        for run in runs:
            by_day = _by_day(run) if len(run) > 1 else None
            if by_day is None:  # no weekday rule: the dates themselves
                body += _observance(kind, run[0], [f"RDATE:{_stamp(t.local)}" for t in run[1:]])
                continue
            rrule = f"RRULE:FREQ=YEARLY;BYMONTH={run[0].local.month};{by_day}"
            if run is not runs[-1] or run[-1].local.year < scan_end:
                rrule += f";UNTIL={run[-1].utc.strftime('%Y%m%dT%H%M%SZ')}"
            body += _observance(kind, run[0], [rrule])
    return "\r\n".join([*lines, *body, "END:VTIMEZONE"])
