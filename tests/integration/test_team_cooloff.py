"""The cool-off on a team workspace is not only the client's: a member with psql cannot
shorten, clear or reword the hold of a submitted draft (only a reviewer who is not its
author ends it early), the policy is an admin's, the hold's start is the server's clock,
and the worker works the hold out again from what it is about to send, so a forged
`cooloff_until` (even one the database owner wrote) does not let a post out early."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any

import psycopg
import pytest

from desktopapp.core import channels, workflow
from desktopapp.core.channels import Kind
from desktopapp.publish import publisher
from desktopapp.store import team_members
from desktopapp.store.connection import Store, open_location
from desktopapp.store.models import AuditEvent
from tests.support.postgres import Cluster
from tests.support.team import Team, drop_team, make_team

PAST = "2020-01-01T09:00:00.000000Z"
REFUSED = "cannot be shortened, cleared or reworded"


@pytest.fixture(scope="module")
def team(pg_cluster: Cluster) -> Iterator[Team]:
    made = make_team(pg_cluster, "cool")
    for name, role in [("Alex Author", "author"), ("Rae Reviewer", "reviewer"),
                       ("Ada Admin", "admin")]:
        made.invite(name, role)
    yield made
    drop_team(made)


def open_as(team: Team, name: str) -> Store:
    return open_location(team.url(name), password=team.members[name].password,
                         run_migrations=False)


def one(conn: psycopg.Connection[Any], sql: str, params: tuple[Any, ...] = ()) -> Any:
    row = conn.execute(sql, params).fetchone()
    assert row is not None
    return row[0] if len(row) == 1 else row


def submitted_draft(conn: psycopg.Connection[Any], author_id: int) -> int:
    """Submitted with raw SQL, dated in the past with a 30-minute hold (as forged)."""
    draft = one(conn, "INSERT INTO draft (body, notes, state, author_id, created_at, "
                "updated_at, schedule_zone, cooloff_reason, version) VALUES ('Sale Friday', "
                "'', 'draft', %s, %s, %s, '', '', 1) RETURNING id", (author_id, PAST, PAST))
    conn.execute("UPDATE draft SET state = 'submitted', submitted_at = %s, cooloff_until = "
                 "'2020-01-01T09:30:00.000000Z', cooloff_reason = 'every post waits' "
                 "WHERE id = %s", (PAST, draft))
    return int(draft)


def hold(conn: psycopg.Connection[Any], draft: int) -> tuple[datetime, datetime, datetime]:
    start, until, server_now = one(conn, "SELECT submitted_at::timestamptz, "
                                   "cooloff_until::timestamptz, now() FROM draft "
                                   "WHERE id = %s", (draft,))
    return start, until, server_now


def test_a_member_cannot_shorten_clear_or_reword_a_cooloff(team: Team) -> None:
    alex, rae = team.members["Alex Author"], team.members["Rae Reviewer"]
    with team.sql("Alex Author") as conn:
        draft = submitted_draft(conn, alex.person_id)
        # Submitting starts the hold by the server's clock, whatever time the client says;
        # the end the client computed moves with it (30 minutes stay 30 minutes).
        start, until, server_now = hold(conn, draft)
        assert abs((start - server_now).total_seconds()) < 60
        assert until - start == timedelta(minutes=30)
        for sql in ("UPDATE draft SET cooloff_until = %s WHERE id = %s",
                    "UPDATE draft SET cooloff_until = NULL WHERE id = %s",
                    "UPDATE draft SET cooloff_reason = 'no wait' WHERE id = %s",
                    "UPDATE draft SET cooloff_until = %s, cooloff_reason = cooloff_reason || "
                    "' Skipped by Alex Author: mine' WHERE id = %s"):
            params = (PAST, draft) if sql.count("%s") == 2 else (draft,)
            with pytest.raises(psycopg.errors.InsufficientPrivilege, match=REFUSED):
                conn.execute(sql, params)
        # Dating the submission back only starts the hold again, now.
        conn.execute("UPDATE draft SET submitted_at = %s WHERE id = %s", (PAST, draft))
        assert hold(conn, draft)[0] >= start
        # A longer hold is fine; withdrawing ends it (the draft is no longer on its way).
        conn.execute("UPDATE draft SET cooloff_until = '2999-01-01T00:00:00.000000Z' "
                     "WHERE id = %s", (draft,))
        own = submitted_draft(conn, alex.person_id)
        conn.execute("UPDATE draft SET state = 'draft', cooloff_until = NULL WHERE id = %s",
                     (own,))
    with team.sql("Rae Reviewer") as conn:
        # A reviewer ends another author's hold only the way the app's skip does.
        with pytest.raises(psycopg.errors.InsufficientPrivilege, match=REFUSED):
            conn.execute("UPDATE draft SET cooloff_until = %s WHERE id = %s", (PAST, draft))
        conn.execute("UPDATE draft SET cooloff_until = %s, cooloff_reason = cooloff_reason "
                     "|| ' Skipped by Rae Reviewer: store emergency' WHERE id = %s",
                     (PAST, draft))
        mine = submitted_draft(conn, rae.person_id)  # … never their own
        with pytest.raises(psycopg.errors.InsufficientPrivilege, match=REFUSED):
            conn.execute("UPDATE draft SET cooloff_until = %s, cooloff_reason = cooloff_reason"
                         " || ' Skipped by Rae Reviewer: mine' WHERE id = %s", (PAST, mine))


def test_only_an_admin_sets_the_cooloff_policy(team: Team) -> None:
    policy = '{"base_minutes": 0}'
    for name in ("Alex Author", "Rae Reviewer"):
        with team.sql(name) as conn, pytest.raises(psycopg.errors.InsufficientPrivilege):
            conn.execute("INSERT INTO setting (key, value) VALUES ('cooloff.policy', %s)",
                         (policy,))
    with team.sql("Ada Admin") as conn:
        conn.execute("INSERT INTO setting (key, value) VALUES ('cooloff.policy', %s)",
                     (policy,))
        with team.sql("Alex Author") as author:
            for sql in ("UPDATE setting SET value = %s WHERE key = 'cooloff.policy'",
                        "DELETE FROM setting WHERE key = 'cooloff.policy' AND value <> %s"):
                assert author.execute(sql, ('{"base_minutes": 1}',)).rowcount == 0
        conn.execute("DELETE FROM setting WHERE key = 'cooloff.policy'")


def test_the_worker_holds_a_forged_cooloff_until_the_real_one_ends(team: Team,
                                                                   tmp_path: Path) -> None:
    alex = team.members["Alex Author"]
    outbox = tmp_path / "outbox"
    store = open_location(team.admin_url, run_migrations=False)
    try:
        channels.add_channel(Kind.OUTBOX, "cool box", None, path=str(outbox))
    finally:
        store.close()
    with team.superuser() as db:
        worker = team_members.add_worker(db, f"worker_{team.database}")
        db.execute_sql("INSERT INTO setting (key, value) VALUES ('review.required', 'false')")
    store = open_as(team, "Alex Author")
    try:
        draft = workflow.create_draft(alex.person_id, "Our market opens Saturday at 9.")
        channels.set_targets(draft.id, ["cool box"])
        workflow.submit(draft.id, alex.person_id)
    finally:
        store.close()
    with team.superuser() as db:  # the owner forges the hold away and makes it due
        db.execute_sql("UPDATE draft SET cooloff_until = %s, scheduled_at = %s, "
                       "schedule_zone = 'UTC' WHERE id = %s", (PAST, PAST, draft.id))
        start = db.execute_sql("SELECT submitted_at::timestamptz FROM draft WHERE id = %s",
                               (draft.id,)).fetchone()[0]
    store = open_location(team.cluster.url(team.database, user=worker.login),
                          password=worker.password, run_migrations=False)
    try:
        early = publisher.run_once(now=start + timedelta(minutes=29), media_dir=tmp_path)
        assert early.sent == [] and early.held and not outbox.exists()
        again = publisher.run_once(now=start + timedelta(minutes=29, seconds=30),
                                   media_dir=tmp_path)
        assert again.sent == [] and again.held
        events = [e.reason for e in AuditEvent.select().where(
            (AuditEvent.subject_id == draft.id) & (AuditEvent.action == "held by the publisher"))]
        assert len(events) == 1, events  # said once, not on every pass
        assert "holds it until" in events[0] and "stored cool-off end: 2020-01-01" in events[0]
        late = publisher.run_once(now=start + timedelta(minutes=30, seconds=1),
                                  media_dir=tmp_path)
        assert len(late.sent) == 1
        assert len(list(outbox.glob("*.json"))) == 1
    finally:
        store.close()
        with team.superuser() as db:
            team_members.remove_worker(db, worker.login)
            db.execute_sql("DELETE FROM setting WHERE key = 'review.required'")
