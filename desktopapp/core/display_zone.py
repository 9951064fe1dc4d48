"""The workspace's display zone: the zone the calendar, the audit log and the composer
show times in (a setting), falling back to this computer's zone."""

from __future__ import annotations

from typing import TYPE_CHECKING

from desktopapp.core.zones import local_zone, zone_info
from desktopapp.store.models import Setting

if TYPE_CHECKING:
    from zoneinfo import ZoneInfo  # core.zones imports it when a zone is made

DISPLAY_ZONE_KEY = "calendar.display_zone"


def display_zone() -> ZoneInfo:
    """The workspace's display zone (a setting), or this computer's zone, or UTC."""
    row = Setting.get_or_none(Setting.key == DISPLAY_ZONE_KEY)
    if row is not None and row.value:
        try:
            return zone_info(row.value)
        except ValueError:
            pass
    return local_zone()


def set_display_zone(name: str) -> None:
    zone_info(name)  # refuses names that are not zones
    Setting.put(DISPLAY_ZONE_KEY, name)
