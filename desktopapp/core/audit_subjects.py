"""What an audit event is about, in words a person recognises: a draft by its first words,
a channel or a person by name (the log itself keeps only kinds and ids)."""

from __future__ import annotations

import re
from collections.abc import Iterable
from datetime import datetime
from typing import Any

import peewee as pw

from desktopapp.core.errors import DomainError
from desktopapp.core.zones import zone_info
from desktopapp.store.models import Channel, Draft, Person

IDS_PER_QUERY = 500  # well under SQLite's smallest default limit on bound variables
TITLE_CHARS = 48

# How the schedule events store their time: "2026-12-03T11:00:00+00:00 (Europe/London)".
_STORED_WHEN = re.compile(r"^(\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(?:\.\d+)?[+-]\d\d:\d\d) \(([^()]+)\)$")


def _first_words(body: str) -> str:
    line = next((part.strip() for part in body.splitlines() if part.strip()), "")
    if not line:
        return "(empty)"
    return line if len(line) <= TITLE_CHARS else line[:TITLE_CHARS - 1].rstrip() + "…"


# kind → (model, the column that names it)
# (a draft's first few hundred characters, not a long body's whole text)
_LABELS: dict[str, tuple[Any, Any]] = {"draft": (Draft, pw.fn.SUBSTR(Draft.body, 1, 400)),
                                       "channel": (Channel, Channel.name),
                                       "person": (Person, Person.display_name)}


def titles(subjects: Iterable[tuple[str, int | None]]) -> dict[tuple[str, int], str]:
    """{(kind, id): title} for the drafts, channels and people among `subjects` that still
    exist (a deleted one keeps its bare id)."""
    wanted: dict[str, set[int]] = {}
    for kind, subject_id in subjects:
        if subject_id is not None and kind in _LABELS:
            wanted.setdefault(kind, set()).add(subject_id)
    found: dict[tuple[str, int], str] = {}
    for kind, ids in wanted.items():
        model, label = _LABELS[kind]
        ordered = sorted(ids)
        for start in range(0, len(ordered), IDS_PER_QUERY):
            chunk = ordered[start:start + IDS_PER_QUERY]
            query: Any = model.select(model.id, label).where(model.id.in_(chunk)).tuples()
            for subject_id, text in query:
                found[(kind, subject_id)] = _first_words(text) if kind == "draft" else text
    return found


def readable_reason(reason: str) -> str:
    """A schedule event's stored time as a person reads it, in the post's own zone:
    "Thu 3 Dec 2026 11:00 (Europe/London)"; any other reason as it is."""
    match = _STORED_WHEN.match(reason)
    if match is None:
        return reason
    try:
        when = datetime.fromisoformat(match.group(1)).astimezone(zone_info(match.group(2)))
    except (ValueError, DomainError):  # a zone this computer does not know: as stored
        return reason
    return f"{when:%a} {when.day} {when:%b %Y %H:%M} ({match.group(2)})"
