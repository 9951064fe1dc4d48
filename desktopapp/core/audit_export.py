"""The audit log as CSV or JSON, filtered the same way in the window and the CLI."""

from __future__ import annotations

import csv
import io
import json

from desktopapp.core.audit import AuditEntry, events
from desktopapp.core.csv_safety import neutralise

FIELDS = ["id", "at", "actor", "at_keyboard", "action", "subject_type", "subject_id", "from",
          "to", "reason"]


def filtered(action: str = "", actor: str = "", text: str = "") -> list[AuditEntry]:
    needle = text.strip().lower()
    return [e for e in events()
            if (not action or e.action == action) and (not actor or e.actor == actor)
            and (not needle or needle in f"{e.action} {e.reason} {e.subject_id}".lower())]


def to_csv(entries: list[AuditEntry]) -> str:
    buffer = io.StringIO()
    writer = csv.DictWriter(buffer, fieldnames=FIELDS)
    writer.writeheader()
    # Every cell: a reason quotes file names and texts that came from outside.
    writer.writerows({k: neutralise(v) for k, v in e.to_json().items()} for e in entries)
    return buffer.getvalue()


def to_json(entries: list[AuditEntry]) -> str:
    return json.dumps({"events": [e.to_json() for e in entries]}, indent=2,
                      ensure_ascii=False) + "\n"
