"""Database-level guards that the application code must not be able to bypass."""

from __future__ import annotations

import peewee as pw

from desktopapp.store.dialect import is_sqlite


def make_audit_append_only(db: pw.Database) -> None:
    """Refuse UPDATE and DELETE on the audit log: it is a record, not a working table."""
    if is_sqlite(db):
        for verb in ("UPDATE", "DELETE"):
            db.execute_sql(
                f"CREATE TRIGGER IF NOT EXISTS audit_event_no_{verb.lower()} "
                f"BEFORE {verb} ON audit_event "
                "BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END"
            )
    else:
        db.execute_sql(
            "CREATE OR REPLACE FUNCTION audit_event_append_only() RETURNS trigger AS $$ "
            # An integrity violation, as SQLite's RAISE(ABORT) is: callers see one kind of error.
            "BEGIN RAISE EXCEPTION 'the audit log is append-only' "
            "USING ERRCODE = 'integrity_constraint_violation'; END $$ LANGUAGE plpgsql"
        )
        db.execute_sql(
            "CREATE TRIGGER audit_event_append_only BEFORE UPDATE OR DELETE ON audit_event "
            "FOR EACH ROW EXECUTE FUNCTION audit_event_append_only()"
        )
