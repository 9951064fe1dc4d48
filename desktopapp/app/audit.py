"""The audit log as the window and the CLI read it: filtered the same way, exported as CSV
or JSON, with times shown in the workspace's display zone."""

from __future__ import annotations

from zoneinfo import ZoneInfo

from desktopapp.app.context import AppContext
from desktopapp.core import audit, audit_export, audit_subjects
from desktopapp.core import display_zone as shown_zone
from desktopapp.core.audit import AuditEntry

__all__ = ["AuditEntry", "display_zone", "entries", "filter_choices", "readable_reason",
           "subject_titles", "to_csv", "to_json"]


def entries(_ctx: AppContext, action: str = "", actor: str = "", text: str = ""
            ) -> list[AuditEntry]:
    """Oldest first; each filter empty means "any"."""
    return audit_export.filtered(action, actor, text)


def filter_choices(_ctx: AppContext) -> tuple[list[str], list[str]]:
    """The actions and the people that occur in the log, sorted: the window's filters."""
    everything = audit.events()
    return sorted({e.action for e in everything}), sorted({e.actor for e in everything})


def display_zone(_ctx: AppContext) -> ZoneInfo:
    return shown_zone.display_zone()


def to_csv(found: list[AuditEntry]) -> str:
    return audit_export.to_csv(found)


def to_json(found: list[AuditEntry]) -> str:
    return audit_export.to_json(found)


def subject_titles(_ctx: AppContext, found: list[AuditEntry]) -> dict[tuple[str, int], str]:
    """{(kind, id): "Spring sale starts Friday…" / a channel's or person's name} for the
    events shown: the window names what an event is about instead of "Draft 7"."""
    return audit_subjects.titles((e.subject_type, e.subject_id) for e in found)


def readable_reason(entry: AuditEntry) -> str:
    """The event's reason as shown; a stored schedule time reads like a date, not ISO."""
    return audit_subjects.readable_reason(entry.reason)
