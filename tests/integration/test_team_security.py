"""What a team member can do with psql and their own password: no more than the app lets
them. Every attack here is raw SQL over a real scram-sha-256 login to a real PostgreSQL
whose schema `team init` made (tests/support/team.py)."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import psycopg
import pytest

from desktopapp.store import team_schema
from desktopapp.store.postgres import TeamDatabase
from tests.support.postgres import Cluster
from tests.support.team import Team, drop_team, make_team

T = "2026-06-10T10:00:00.000000Z"
DRAFT_COLUMNS = ("body, notes, state, author_id, created_at, updated_at, schedule_zone, "
                 "cooloff_reason, version")


@pytest.fixture(scope="module")
def team(pg_cluster: Cluster) -> Iterator[Team]:
    made = make_team(pg_cluster, "sec")
    for name, role in [("Alex Author", "author"), ("Blake Author", "author"),
                       ("Rae Reviewer", "reviewer"), ("Ada Admin", "admin")]:
        made.invite(name, role)
    yield made
    drop_team(made)


def new_draft(conn: psycopg.Connection[Any], author_id: int, body: str = "Sale Friday",
              state: str = "submitted") -> int:
    row = conn.execute(f"INSERT INTO draft ({DRAFT_COLUMNS}) VALUES (%s, '', %s, %s, %s, %s, "
                       "'', '', 1) RETURNING id", (body, state, author_id, T, T)).fetchone()
    assert row is not None
    return int(row[0])


def decide(conn: psycopg.Connection[Any], draft_id: int, reviewer_id: int,
           decision: str = "approved") -> None:
    conn.execute("INSERT INTO review (draft_id, reviewer_id, decision, content_hash, "
                 "revision_number, comment, decided_at, void_reason, source) "
                 "VALUES (%s, %s, %s, 'h', 1, '', %s, '', 'local')",
                 (draft_id, reviewer_id, decision, T))


def reviews(team: Team, draft_id: int) -> list[tuple[Any, ...]]:
    with team.sql("Ada Admin") as conn:
        return conn.execute("SELECT reviewer_id, decision, voided_at FROM review WHERE "
                            "draft_id = %s ORDER BY id", (draft_id,)).fetchall()


def one(conn: psycopg.Connection[Any], sql: str, params: tuple[Any, ...] = ()) -> Any:
    row = conn.execute(sql, params).fetchone()
    assert row is not None
    return row[0]


def test_an_author_cannot_approve_their_own_draft(team: Team) -> None:
    alex = team.members["Alex Author"]
    with team.sql("Alex Author") as conn:
        draft = new_draft(conn, alex.person_id)
        with pytest.raises(psycopg.errors.InsufficientPrivilege):
            decide(conn, draft, alex.person_id)
    assert reviews(team, draft) == []


def test_a_reviewer_cannot_approve_their_own_draft_or_in_another_name(team: Team) -> None:
    rae, ada = team.members["Rae Reviewer"], team.members["Ada Admin"]
    alex = team.members["Alex Author"]
    with team.sql("Rae Reviewer") as conn:
        own = new_draft(conn, rae.person_id)
        with pytest.raises(psycopg.errors.InsufficientPrivilege, match="author of a draft"):
            decide(conn, own, rae.person_id)
    with team.sql("Alex Author") as conn:
        theirs = new_draft(conn, alex.person_id)
    with team.sql("Rae Reviewer") as conn:
        with pytest.raises(psycopg.errors.InsufficientPrivilege, match="your own name"):
            decide(conn, theirs, ada.person_id)
        decide(conn, theirs, rae.person_id)  # the one thing a reviewer may do
    assert reviews(team, own) == []
    assert [(r[0], r[1]) for r in reviews(team, theirs)] == [(rae.person_id, "approved")]


def test_an_author_cannot_change_another_authors_draft(team: Team) -> None:
    alex, blake = team.members["Alex Author"], team.members["Blake Author"]
    with team.sql("Blake Author") as conn:
        draft = new_draft(conn, blake.person_id, "Blake's words", state="draft")
    with team.sql("Alex Author") as conn:
        # Row-level security hides the row from UPDATE and DELETE: nothing happens.
        assert conn.execute("UPDATE draft SET body = 'hijacked' WHERE id = %s",
                            (draft,)).rowcount == 0
        assert conn.execute("DELETE FROM draft WHERE id = %s", (draft,)).rowcount == 0
        with pytest.raises(psycopg.errors.InsufficientPrivilege):
            new_draft(conn, blake.person_id, "in Blake's name")
        with pytest.raises(psycopg.errors.InsufficientPrivilege):
            conn.execute("INSERT INTO draft_tag (draft_id, name) VALUES (%s, 'x')", (draft,))
        assert conn.execute("UPDATE draft SET author_id = %s WHERE author_id = %s",
                            (alex.person_id, blake.person_id)).rowcount == 0
        mine = new_draft(conn, alex.person_id, state="draft")
        with pytest.raises(psycopg.errors.InsufficientPrivilege):  # nor give one away
            conn.execute("UPDATE draft SET author_id = %s WHERE id = %s",
                         (blake.person_id, mine))
        assert one(conn, "SELECT body FROM draft WHERE id = %s", (draft,)) == "Blake's words"
    # Reviewers edit any draft, not its authorship.
    with team.sql("Rae Reviewer") as conn, \
            pytest.raises(psycopg.errors.InsufficientPrivilege, match="keeps its author"):
        conn.execute("UPDATE draft SET author_id = %s WHERE id = %s",
                     (team.members["Rae Reviewer"].person_id, draft))


def test_the_audit_log_is_insert_only_and_its_actor_is_the_login(team: Team) -> None:
    alex, rae = team.members["Alex Author"], team.members["Rae Reviewer"]
    with team.sql("Alex Author") as conn:
        event = one(conn, "INSERT INTO audit_event (at, actor_id, keyboard_id, action, "
                    "subject_type, reason) VALUES ('1999-01-01T00:00:00.000000Z', %s, %s, "
                    "'approved', 'draft', 'forged') RETURNING id",
                    (rae.person_id, rae.person_id))
        actor, keyboard, at = conn.execute("SELECT actor_id, keyboard_id, at FROM audit_event "
                                           "WHERE id = %s", (event,)).fetchone() or ()
        assert (actor, keyboard) == (alex.person_id, alex.person_id)
        assert not at.startswith("1999")
        with pytest.raises(psycopg.errors.InsufficientPrivilege):
            conn.execute("UPDATE audit_event SET reason = 'nothing' WHERE id = %s", (event,))
        with pytest.raises(psycopg.errors.InsufficientPrivilege):
            conn.execute("DELETE FROM audit_event WHERE id = %s", (event,))
        with pytest.raises(psycopg.errors.InsufficientPrivilege):
            conn.execute("TRUNCATE audit_event")
    with team.sql("Ada Admin") as conn, pytest.raises(psycopg.errors.InsufficientPrivilege):
        conn.execute("DELETE FROM audit_event")  # not even an admin


def test_no_member_can_read_a_password_or_a_credential(team: Team) -> None:
    with team.sql("Ada Admin") as conn:
        for sql in ("SELECT rolpassword FROM pg_authid",
                    "SELECT passwd FROM pg_shadow",
                    "SELECT pg_read_file('global/pg_authid')"):
            with pytest.raises(psycopg.errors.InsufficientPrivilege):
                conn.execute(sql)
        # pg_roles shows every role's password as ********, never the verifier.
        assert {r[0] for r in conn.execute("SELECT rolpassword FROM pg_roles")} <= {None,
                                                                                    "********"}
        assert one(conn, "SELECT count(*) FROM person WHERE passphrase_hash <> ''") == 0
        secretish = conn.execute(
            "SELECT table_name, column_name FROM information_schema.columns WHERE "
            "table_schema = 'public' AND (column_name ~ '(password|token|secret|credential)')"
        ).fetchall()
        assert secretish == []


def test_approvals_are_voided_when_approved_content_changes(team: Team) -> None:
    alex, rae = team.members["Alex Author"], team.members["Rae Reviewer"]
    with team.sql("Ada Admin") as conn:
        channel = one(conn, "INSERT INTO channel (kind, name, url, handle, path, timezone, "
                      "limits, created_at, color, min_gap_minutes, paused_reason, version) "
                      "VALUES ('outbox', 'folder', '', '', '/tmp', 'UTC', '{}', %s, '', 0, "
                      "'', 1) RETURNING id", (T,))
    changes = [
        "UPDATE draft SET body = body || '!' WHERE id = {d}",
        "UPDATE draft_channel SET text = 'own text' WHERE draft_id = {d}",
        "DELETE FROM draft_channel WHERE draft_id = {d}",
        "INSERT INTO draft_media (draft_id, sha256, filename, mime, size, alt_text, position) "
        "VALUES ({d}, 'abc', 'a.png', 'image/png', 3, 'a cat', 0)",
        "UPDATE draft SET scheduled_at = '2026-06-12T09:00:00.000000Z' WHERE id = {d}",
    ]
    for change in changes:
        with team.sql("Alex Author") as conn:
            draft = new_draft(conn, alex.person_id)
            conn.execute("INSERT INTO draft_channel (draft_id, channel_id, text) "
                         "VALUES (%s, %s, '')", (draft, channel))
            conn.execute("UPDATE draft SET scheduled_at = '2026-06-11T09:00:00.000000Z', "
                         "schedule_zone = 'Europe/Berlin' WHERE id = %s", (draft,))
        with team.sql("Rae Reviewer") as conn:
            decide(conn, draft, rae.person_id)
        with team.sql("Alex Author") as conn:
            # Later the same day (Berlin) keeps the approval; the change under test voids it.
            conn.execute("UPDATE draft SET scheduled_at = '2026-06-11T20:00:00.000000Z' "
                         "WHERE id = %s", (draft,))
            assert reviews(team, draft)[-1][2] is None, change
            conn.execute(change.format(d=draft))
        assert reviews(team, draft)[-1][2] is not None, change


def test_a_voided_decision_stays_void_and_a_decision_cannot_be_rewritten(team: Team) -> None:
    alex, rae = team.members["Alex Author"], team.members["Rae Reviewer"]
    with team.sql("Alex Author") as conn:
        draft = new_draft(conn, alex.person_id)
    with team.sql("Rae Reviewer") as conn:
        decide(conn, draft, rae.person_id, "rejected")
    with team.sql("Alex Author") as conn:
        with pytest.raises(psycopg.errors.InsufficientPrivilege):
            conn.execute("UPDATE review SET decision = 'approved' WHERE draft_id = %s",
                         (draft,))
        conn.execute("UPDATE review SET voided_at = %s, void_reason = 'edited' "
                     "WHERE draft_id = %s", (T, draft))  # an edit voids: allowed
        with pytest.raises(psycopg.errors.InsufficientPrivilege, match="stays void"):
            conn.execute("UPDATE review SET voided_at = NULL WHERE draft_id = %s", (draft,))


def test_a_member_cannot_raise_their_rights(team: Team) -> None:
    alex = team.members["Alex Author"]
    roles = team_schema.roles_for(team.database)
    with team.sql("Alex Author") as conn:
        attempts = [
            ("SELECT st_add_member('Eve', 'eve_x', 'admin', 'SCRAM-SHA-256$x')", ()),
            ("SELECT st_remove_member(%s)", (team.members["Ada Admin"].person_id,)),
            # Ending sessions is the removal's business (and an admin's, for gone logins).
            ("SELECT st_end_sessions((SELECT oid FROM pg_roles WHERE rolname = %s))",
             (team.members["Ada Admin"].login,)),
            ("SELECT st_end_removed_sessions()", ()),
            ("SELECT st_restart_hold(1)", ()),
            ("UPDATE person SET role = 'admin' WHERE id = %s", (alex.person_id,)),
            ("UPDATE person SET login_role = 'x' WHERE id = %s", (alex.person_id,)),
            (f'GRANT "{roles.admin}" TO CURRENT_USER', ()),
            (f'SET ROLE "{roles.owner}"', ()),
            ("ALTER TABLE draft DISABLE ROW LEVEL SECURITY", ()),
            ("DROP TRIGGER st_review_guard ON review", ()),
            ("CREATE TABLE mine (x int)", ()),
            ("CREATE FUNCTION public.st_me() RETURNS int LANGUAGE sql AS 'SELECT 2'", ()),
            ("INSERT INTO setting (key, value) VALUES ('review.required', 'false')", ()),
            ("INSERT INTO channel (kind, name, created_at) VALUES ('x', 'mine', 'x')", ()),
        ]
        for sql, params in attempts:
            with pytest.raises(psycopg.Error):
                conn.execute(sql, params)
        with team.sql("Ada Admin") as admin, pytest.raises(psycopg.Error):
            conn.execute("SELECT pg_terminate_backend(%s)", (admin.info.backend_pid,))
        assert one(conn, "SELECT role FROM person WHERE id = %s", (alex.person_id,)) == "author"
        # The emergency brake and the spelling words are everyone's.
        for key in ("publishing.paused", "spelling.words"):
            conn.execute("INSERT INTO setting (key, value) VALUES (%s, '[]') ON CONFLICT "
                         "(key) DO UPDATE SET value = EXCLUDED.value", (key,))


def test_an_admin_adds_and_removes_a_member_and_the_login_goes(team: Team) -> None:
    from desktopapp.store import team_members

    admin = team.members["Ada Admin"]
    db = TeamDatabase(team.url("Ada Admin"), password=admin.password)
    db.connect()
    try:
        invitation = team_members.add_member(db, "Sam Writer", "author", f"sam_{team.database}")
        with psycopg.connect(host="127.0.0.1", port=team.cluster.port, dbname=team.database,
                             user=invitation.login, password=invitation.password) as conn:
            assert one(conn, "SELECT st_me()") == invitation.person_id
        assert team_members.remove_member(db, invitation.person_id) == invitation.login
    finally:
        db.close()
    with pytest.raises(psycopg.OperationalError):
        psycopg.connect(host="127.0.0.1", port=team.cluster.port, dbname=team.database,
                        user=invitation.login, password=invitation.password)


def test_init_is_idempotent(team: Team) -> None:
    with team.superuser() as db:
        before = db.execute_sql("SELECT count(*) FROM pg_policies").fetchone()[0]
        report = team_schema.install(db)
        after = db.execute_sql("SELECT count(*) FROM pg_policies").fetchone()[0]
        forced = db.execute_sql("SELECT count(*) FROM pg_class c JOIN pg_namespace n ON "
                                "n.oid = c.relnamespace WHERE n.nspname = 'public' AND "
                                "c.relkind = 'r' AND NOT (c.relrowsecurity AND "
                                "c.relforcerowsecurity)").fetchone()[0]
        owners = db.execute_sql("SELECT DISTINCT tableowner FROM pg_tables WHERE "
                                "schemaname = 'public'").fetchall()
    assert report.applied == [] and before == after
    assert forced == 0
    assert owners == [(report.roles.owner,)]
    with team.sql("Alex Author") as conn:  # members' work survives a re-init
        assert one(conn, "SELECT count(*) FROM person") >= 4


def test_the_worker_publishes_but_never_decides(team: Team) -> None:
    from desktopapp.store import team_members

    alex, rae = team.members["Alex Author"], team.members["Rae Reviewer"]
    with team.superuser() as db:
        worker = team_members.add_worker(db, f"worker_{team.database}")
    with team.sql("Alex Author") as conn:
        draft = new_draft(conn, alex.person_id)
    with psycopg.connect(host="127.0.0.1", port=team.cluster.port, dbname=team.database,
                         user=worker.login, password=worker.password,
                         autocommit=True) as conn:
        assert conn.execute("UPDATE draft SET state = 'published' WHERE id = %s",
                            (draft,)).rowcount == 1
        event = one(conn, "INSERT INTO audit_event (at, actor_id, action, subject_type, "
                    "reason) VALUES ('x', %s, 'published', 'draft', '') RETURNING actor_id",
                    (rae.person_id,))
        assert event is None  # the worker is no person: "system", never someone else
        for sql, params in [
            ("INSERT INTO review (draft_id, reviewer_id, decision, content_hash, "
             "revision_number, comment, decided_at, void_reason, source) VALUES "
             "(%s, %s, 'approved', 'h', 1, '', 'x', '', 'local')", (draft, rae.person_id)),
            ("UPDATE person SET role = 'admin'", ()),
            ("DELETE FROM audit_event", ()),
            ("SELECT st_add_member('Eve', 'eve_x', 'admin', 'SCRAM-SHA-256$x')", ()),
        ]:
            with pytest.raises(psycopg.errors.InsufficientPrivilege):
                conn.execute(sql, params)
    with team.superuser() as db:
        assert team_members.remove_worker(db, worker.login) == worker.login


def test_a_removed_member_or_worker_is_cut_off_at_once(team: Team) -> None:
    """Removing someone ends the sessions they have open (not only their next login);
    their drafts and their history stay."""
    from desktopapp.app import team as team_service
    from desktopapp.store import team_members

    sam = team.invite("Sam Leaving", "author")
    with team.superuser() as db:
        worker = team_members.add_worker(db, f"wk_{team.database}")

    def connect(login: str, password: str) -> psycopg.Connection[Any]:
        return psycopg.connect(host="127.0.0.1", port=team.cluster.port, dbname=team.database,
                               user=login, password=password, autocommit=True)

    with team.sql("Sam Leaving") as conn:
        draft = new_draft(conn, sam.person_id, "Sam's last post", state="draft")
        conn.execute("INSERT INTO audit_event (at, action, subject_type, subject_id, reason) "
                     "VALUES ('x', 'edited', 'draft', %s, '')", (draft,))
    sessions = [connect(sam.login, sam.password), connect(sam.login, sam.password),
                connect(worker.login, worker.password)]
    try:
        for conn in sessions:
            assert one(conn, "SELECT 1") == 1
        admin = team.members["Ada Admin"]
        db = TeamDatabase(team.url("Ada Admin"), password=admin.password)
        db.connect()
        try:  # the service `team remove-person` and the Team dialog call
            assert team_service.remove_person(db, "Sam Leaving") == sam.login
            assert team_service.remove_worker(db, worker.login) == worker.login
        finally:
            db.close()
        for conn in sessions:
            with pytest.raises(psycopg.OperationalError):
                conn.execute("SELECT 1")
    finally:
        for conn in sessions:
            conn.close()
    for login, password in [(sam.login, sam.password), (worker.login, worker.password)]:
        with pytest.raises(psycopg.OperationalError):
            connect(login, password)
    with team.sql("Ada Admin") as conn:
        assert one(conn, "SELECT author_id FROM draft WHERE id = %s", (draft,)) == sam.person_id
        actions = [a for (a,) in conn.execute(
            "SELECT action FROM audit_event WHERE actor_id = %s OR (subject_type = 'person' "
            "AND subject_id = %s) ORDER BY id", (sam.person_id, sam.person_id))]
        assert actions[-2:] == ["edited", "person removed"]
