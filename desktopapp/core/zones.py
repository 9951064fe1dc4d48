"""Wall-clock time in named zones, the calendar's way.

Times are stored in UTC together with the zone they were chosen in. Everything that
moves or creates a time (queue slots, drag and drop, imports) works on the wall clock of
that zone and converts at the end, so a 09:00 Berlin post stays 09:00 Berlin when the
clocks change. Times that do not exist (the hour skipped in spring) move forward by the
gap; times that exist twice (the hour repeated in autumn) mean the first of the two.
"""

from __future__ import annotations

import re
from datetime import UTC, date, datetime, time, timedelta
from functools import lru_cache
from typing import TYPE_CHECKING

from desktopapp.core.errors import DomainError

if TYPE_CHECKING:
    from zoneinfo import ZoneInfo

# zoneinfo is imported where a zone is made, not here: the window imports this module
# before its first frame, which needs no zone unless a draft is scheduled (issue 12).


def parse_clock(value: str) -> time:
    try:
        hours, minutes = value.split(":")
        return time(int(hours), int(minutes))
    except (ValueError, TypeError):
        raise DomainError(f"“{value}” is not a time of day like 22:00.") from None


def zone_info(name: str) -> ZoneInfo:
    from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

    try:
        return ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError):
        raise DomainError(f"“{name}” is not a time zone name like Europe/Berlin.") from None


def local_zone() -> ZoneInfo:
    """This computer's zone by name; UTC when the machine has none configured."""
    import os
    from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

    name = os.environ.get("TZ", "").lstrip(":")
    if not name:
        try:
            link = os.path.realpath("/etc/localtime")
            name = link.split("zoneinfo/", 1)[1] if "zoneinfo/" in link else ""
        except OSError:
            name = ""
    if name in ("Etc/UTC", "Etc/Universal", "Etc/Zulu", "UTC0", "Universal", "Zulu"):
        name = "UTC"  # the same zone; "UTC" is what people expect to read
    try:
        return ZoneInfo(name or "UTC")
    except (ZoneInfoNotFoundError, ValueError):
        return ZoneInfo("UTC")


@lru_cache(maxsize=512)
def usable(name: str) -> str:
    """The zone name if it is one, else "UTC": a damaged row must not break a view."""
    from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

    try:
        ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError):
        return "UTC"
    return name or "UTC"


def exists(local: datetime) -> bool:
    """False for a wall-clock time skipped by a daylight-saving change."""
    back = local.astimezone(UTC).astimezone(local.tzinfo)
    return back.replace(tzinfo=None) == local.replace(tzinfo=None)


def is_ambiguous(local: datetime) -> bool:
    """True for a wall-clock time that happens twice (the autumn change)."""
    return local.replace(fold=0).utcoffset() != local.replace(fold=1).utcoffset()


def to_utc(day: date, clock: time, zone: ZoneInfo) -> datetime:
    """The UTC instant of `clock` on `day` in `zone` (see the module doc for gaps/folds)."""
    # fold=0: zoneinfo reads a repeated time as the first occurrence, and a skipped time
    # with the offset from before the change, so going through UTC lands the same distance
    # after the gap (02:30 → 03:30 in Berlin): what a person means by "the 02:30 slot".
    local = datetime.combine(day, clock.replace(tzinfo=None), tzinfo=zone).replace(fold=0)
    return local.astimezone(UTC)


def move_to_day(instant: datetime, zone: ZoneInfo, day: date) -> datetime:
    """The same wall-clock time on another day, in `zone`."""
    local = instant.astimezone(zone)
    return to_utc(day, local.time(), zone)


def short_name(zone: ZoneInfo | str) -> str:
    """“Berlin” for Europe/Berlin, “New York” for America/New_York, “UTC” for UTC."""
    key = zone if isinstance(zone, str) else zone.key
    return key.rsplit("/", 1)[-1].replace("_", " ") if key else "UTC"


def zone_label(instant: datetime, zones: list[str], display: ZoneInfo) -> str:
    """“09:00 Berlin · 08:00 London”: the time in each distinct zone, display zone last
    when it differs; just “09:00” when every zone shows the same wall clock."""
    names = list(dict.fromkeys([z for z in zones if z] + [display.key]))
    shown = [(instant.astimezone(zone_info(n)).strftime("%H:%M"), short_name(n))
             for n in names]
    if len({clock for clock, _ in shown}) == 1 and len(names) > 1:
        return shown[0][0]
    if len(shown) == 1:
        return shown[0][0]
    return " · ".join(f"{clock} {label}" for clock, label in shown)


def day_bounds(day: date, zone: ZoneInfo) -> tuple[datetime, datetime]:
    """[start, end) in UTC of a local day (23 or 25 hours long on change days)."""
    start = datetime.combine(day, time(0), tzinfo=zone).astimezone(UTC)
    end = datetime.combine(day + timedelta(days=1), time(0), tzinfo=zone).astimezone(UTC)
    return start, end


FIRST_YEAR, LAST_YEAR = 1970, 2199  # dates outside this are typing mistakes


def parse_local(text: str, zone_name: str) -> tuple[datetime, str]:
    """A date-time typed by a person or found in a CSV: with an offset it is exact; without
    one it is wall-clock time in `zone_name`. Returns (UTC instant, a note or "")."""
    from desktopapp.core.errors import DomainError

    value = text.strip()
    # Spreadsheets write "2027-03-29 9:00": pad the hour rather than refuse it.
    value = re.sub(r"^(\d{4}-\d{2}-\d{2})[ T](\d):", r"\g<1> 0\g<2>:", value)
    if re.fullmatch(r"\d{4}-\d{2}-\d{2}", value):
        raise DomainError(f"“{text.strip()}” has no time of day; write it like "
                          f"{value} 09:00.")
    try:
        parsed = datetime.fromisoformat(value)
    except ValueError:
        raise DomainError(f"“{text.strip()}” is not a date and time like "
                          "2027-03-29 09:00.") from None
    if not FIRST_YEAR <= parsed.year <= LAST_YEAR:
        # Converting year 9999 to UTC can overflow, and no post waits that long.
        raise DomainError(f"“{text.strip()}” is too far away; give a date between "
                          f"{FIRST_YEAR} and {LAST_YEAR}.")
    if parsed.tzinfo is not None:
        return parsed.astimezone(UTC), ""
    zone = zone_info(zone_name)
    local = parsed.replace(tzinfo=zone, fold=0)
    note = ""
    if not exists(local):
        moved = local.astimezone(UTC).astimezone(zone)
        note = (f"{parsed:%H:%M} does not exist on {parsed:%Y-%m-%d} in {zone.key} (the "
                f"clocks go forward); it means {moved:%H:%M}.")
    elif is_ambiguous(local):
        note = (f"{parsed:%H:%M} happens twice on {parsed:%Y-%m-%d} in {zone.key} (the "
                "clocks go back); the first one is meant.")
    return to_utc(parsed.date(), parsed.time(), zone), note
