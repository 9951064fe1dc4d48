"""PostgreSQL's side of the change feed: triggers that `NOTIFY` after every committed
change to what members look at, and the payload they send.

A payload is `{"kind", "id", "version"}` and nothing else: a listener learns *that* a row
changed, never its content, and refetches through its own permissions (row-level security
decides what it may see). Rows that belong to a draft (comments, reviews, tags, targets,
images, publications) announce their draft, so one refresh of that draft shows them.
NOTIFY is delivered only when the transaction commits, and identical payloads in one
transaction are sent once, so a bulk import of 500 drafts is 500 small messages at most.
"""

from __future__ import annotations

import json
from dataclasses import dataclass

import peewee as pw

CHANNEL = "secondthought_changes"

# table -> (kind announced, column naming the id announced, column with a row version)
WATCHED: dict[str, tuple[str, str, str | None]] = {
    "draft": ("draft", "id", "version"),
    "comment": ("draft", "draft_id", None),
    "review": ("draft", "draft_id", None),
    "draft_tag": ("draft", "draft_id", None),
    "draft_channel": ("draft", "draft_id", None),
    "draft_media": ("draft", "draft_id", None),
    "revision": ("draft", "draft_id", None),
    "publication": ("publication", "draft_id", None),
    "channel": ("channel", "id", "version"),
    "person": ("person", "id", None),
    "setting": ("setting", "key", None),
}

_FUNCTION = f"""
CREATE OR REPLACE FUNCTION st_notify_change() RETURNS trigger
LANGUAGE plpgsql AS $$
DECLARE
    row_data jsonb;
BEGIN
    IF TG_OP = 'DELETE' THEN
        row_data := to_jsonb(OLD);
    ELSE
        row_data := to_jsonb(NEW);
    END IF;
    PERFORM pg_notify('{CHANNEL}', json_build_object(
        'kind', TG_ARGV[0],
        'id', row_data -> TG_ARGV[1],
        'version', CASE WHEN TG_ARGV[2] = '' THEN NULL ELSE row_data -> TG_ARGV[2] END
    )::text);
    RETURN NULL;
END $$
"""


def install(db: pw.Database) -> None:
    """Create (or replace) the trigger function and one trigger per watched table.
    PostgreSQL only; SQLite's change feed polls `PRAGMA data_version` instead."""
    db.execute_sql(_FUNCTION)
    for table, (kind, id_column, version_column) in WATCHED.items():
        db.execute_sql(f'DROP TRIGGER IF EXISTS st_notify_{table} ON "{table}"')
        db.execute_sql(
            f'CREATE TRIGGER st_notify_{table} AFTER INSERT OR UPDATE OR DELETE ON "{table}" '
            f"FOR EACH ROW EXECUTE FUNCTION st_notify_change('{kind}', '{id_column}', "
            f"'{version_column or ''}')")


@dataclass(frozen=True)
class Notice:
    """One notification as received: what kind of row, which one, at which version."""

    kind: str
    id: int | str | None
    version: int | None = None


def parse(payload: str) -> Notice | None:
    """A notification's payload, or None when it is not one of ours (a listener must not
    fail on a stray NOTIFY someone sent by hand)."""
    try:
        data = json.loads(payload)
    except ValueError:
        return None
    if not isinstance(data, dict) or not isinstance(data.get("kind"), str):
        return None
    ident = data.get("id")
    version = data.get("version")
    return Notice(data["kind"], ident if isinstance(ident, int | str) else None,
                  version if isinstance(version, int) else None)
