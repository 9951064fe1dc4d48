"""Who is connected to a team workspace: the person whose login role is current_user.

The server says who a session is; a client cannot claim to be someone else by setting a
flag in a row (a personal workspace's `is_local_user`), so on a team workspace that flag
is never consulted."""

from __future__ import annotations

from typing import Final

import peewee as pw

from desktopapp.store.dialect import is_sqlite

NOT_A_TEAM: Final = -1  # a personal workspace, or a PostgreSQL one `team init` never made


def _target(db: pw.Database | pw.DatabaseProxy) -> pw.Database:
    return db.obj if isinstance(db, pw.DatabaseProxy) else db


def is_team(db: pw.Database | pw.DatabaseProxy) -> bool:
    target = _target(db)
    if is_sqlite(target):
        return False
    known = getattr(target, "_secondthought_team", None)
    if known is None:
        from desktopapp.store.team_schema import is_team as initialised

        known = initialised(target)
        # A database does not stop being a team workspace.
        target._secondthought_team = known  # type: ignore[attr-defined]
    return bool(known)


def connected_person_id(db: pw.Database | pw.DatabaseProxy) -> int | None:
    """The connected member's person id; None for a login that is no member (the worker,
    a removed person); NOT_A_TEAM where identity is the local flag."""
    target = _target(db)
    if not is_team(target):
        return NOT_A_TEAM
    row = target.execute_sql("SELECT id FROM person WHERE login_role = current_user").fetchone()
    return int(row[0]) if row else None


def voided_by_the_server(db: pw.Database | pw.DatabaseProxy, draft_id: int) -> int:
    """How many approvals of the draft the server's void-on-change trigger voided in this
    transaction (a change to approved content on a team voids them before the app gets
    to: the app still says so). 0 on a personal workspace, which has no such trigger."""
    target = _target(db)
    if not is_team(target):
        return 0
    row = target.execute_sql(
        "SELECT count(*) FROM review WHERE draft_id = %s AND decision = 'approved' AND "
        "voided_at = to_char(now() AT TIME ZONE 'UTC', 'YYYY-MM-DD\"T\"HH24:MI:SS.US\"Z\"')",
        (draft_id,)).fetchone()
    return int(row[0])
