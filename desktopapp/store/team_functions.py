"""The functions and triggers of a team workspace (PostgreSQL): what a policy cannot say.

- who "I" am (`st_me`: the person whose login role is current_user) and what I may do;
- guards that refuse, in words, an author deciding on their own draft, a decision in
  someone else's name, a voided review coming back, a draft changing hands;
- the trigger that voids approvals when approved content changes (text, a channel's own
  text, targets, images and their alt text, the scheduled day), whoever changes it;
- the cool-off: never shortened, cleared or reworded by a member (a reviewer who is not
  the author may skip it), its start stamped by the server's clock;
- the audit log's actor, keyboard and time, filled in from the session, never the client;
- adding and removing members (SECURITY DEFINER: an admin needs no right to create roles).

Every function runs with a fixed search_path, so a member's own objects cannot stand in
for the tables they read. `install` runs as the owner (`SET ROLE`), who then owns them.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import peewee as pw

if TYPE_CHECKING:
    from desktopapp.store.team_schema import TeamRoles

PATH = "SET search_path = public, pg_temp"
UTC_TEXT = "to_char(now() AT TIME ZONE 'UTC', 'YYYY-MM-DD\"T\"HH24:MI:SS.US\"Z\"')"
DENIED = "USING ERRCODE = 'insufficient_privilege'"


def _helpers(r: TeamRoles) -> list[str]:
    return [
        f"""CREATE OR REPLACE FUNCTION st_me() RETURNS integer LANGUAGE sql STABLE {PATH} AS
        $$ SELECT id FROM person WHERE login_role = current_user $$""",
        f"""CREATE OR REPLACE FUNCTION st_is_reviewer() RETURNS boolean LANGUAGE sql STABLE
        {PATH} AS $$ SELECT pg_has_role(current_user, '{r.reviewer}', 'USAGE') $$""",
        f"""CREATE OR REPLACE FUNCTION st_is_admin() RETURNS boolean LANGUAGE sql STABLE
        {PATH} AS $$ SELECT pg_has_role(current_user, '{r.admin}', 'USAGE') $$""",
        # The owner (migrations, these functions) and a superuser are not members.
        f"""CREATE OR REPLACE FUNCTION st_is_system() RETURNS boolean LANGUAGE sql STABLE
        {PATH} AS $$ SELECT current_user = '{r.owner}' OR (SELECT rolsuper FROM pg_roles
        WHERE rolname = current_user) $$""",
        f"""CREATE OR REPLACE FUNCTION st_can_write_draft(d integer) RETURNS boolean
        LANGUAGE sql STABLE {PATH} AS $$ SELECT EXISTS (SELECT 1 FROM draft WHERE id = d
        AND (author_id = st_me() OR st_is_reviewer())) $$""",
        # The day an approval covers, as the app's schedule_window says it.
        f"""CREATE OR REPLACE FUNCTION st_day(at text, zone text) RETURNS text LANGUAGE sql
        STABLE {PATH} AS $$ SELECT CASE WHEN at IS NULL OR at = '' THEN NULL ELSE
        ((at::timestamptz AT TIME ZONE COALESCE(NULLIF(zone, ''), 'UTC'))::date)::text
        || ' ' || COALESCE(NULLIF(zone, ''), 'UTC') END $$""",
    ]


def _voiding() -> list[str]:
    void = (f"UPDATE review SET voided_at = {UTC_TEXT}, void_reason = why "
            "WHERE draft_id = d AND voided_at IS NULL AND decision = 'approved';")
    return [
        f"""CREATE OR REPLACE FUNCTION st_void_approvals(d integer, why text) RETURNS void
        LANGUAGE plpgsql SECURITY DEFINER {PATH} AS $$ BEGIN {void} END $$""",
        f"""CREATE OR REPLACE FUNCTION st_void_on_draft() RETURNS trigger LANGUAGE plpgsql
        SECURITY DEFINER {PATH} AS $$ BEGIN
          IF NEW.body IS DISTINCT FROM OLD.body THEN
            PERFORM st_void_approvals(NEW.id, 'the approved text changed');
          ELSIF st_day(NEW.scheduled_at, NEW.schedule_zone)
                IS DISTINCT FROM st_day(OLD.scheduled_at, OLD.schedule_zone) THEN
            PERFORM st_void_approvals(NEW.id, 'moved to another day');
          END IF;
          RETURN NEW; END $$""",
        f"""CREATE OR REPLACE FUNCTION st_void_on_target() RETURNS trigger LANGUAGE plpgsql
        SECURITY DEFINER {PATH} AS $$ BEGIN
          IF TG_OP = 'DELETE' THEN
            PERFORM st_void_approvals(OLD.draft_id, 'a channel was removed');
            PERFORM st_restart_hold(OLD.draft_id);
            RETURN OLD;
          END IF;
          IF TG_OP = 'INSERT' OR NEW.text IS DISTINCT FROM OLD.text
             OR NEW.channel_id IS DISTINCT FROM OLD.channel_id THEN
            PERFORM st_void_approvals(NEW.draft_id, 'the channels or their texts changed');
            PERFORM st_restart_hold(NEW.draft_id);
          END IF;
          RETURN NEW; END $$""",
        f"""CREATE OR REPLACE FUNCTION st_void_on_media() RETURNS trigger LANGUAGE plpgsql
        SECURITY DEFINER {PATH} AS $$ BEGIN
          IF TG_OP = 'DELETE' THEN
            PERFORM st_void_approvals(OLD.draft_id, 'an image was removed');
            PERFORM st_restart_hold(OLD.draft_id);
            RETURN OLD;
          END IF;
          IF TG_OP = 'INSERT' OR NEW.sha256 IS DISTINCT FROM OLD.sha256
             OR NEW.alt_text IS DISTINCT FROM OLD.alt_text
             OR NEW.position IS DISTINCT FROM OLD.position THEN
            PERFORM st_void_approvals(NEW.draft_id, 'the images changed');
            PERFORM st_restart_hold(NEW.draft_id);
          END IF;
          RETURN NEW; END $$""",
    ]


# States in which a draft is on its way out: its cool-off and its start are guarded.
HELD = "('submitted', 'publishing', 'failed', 'unconfirmed')"
COOLOFF_REFUSED = ("the cool-off of a submitted draft cannot be shortened, cleared or reworded; "
                   "only a reviewer who is not its author can end it early")


def _hold(r: TeamRoles) -> list[str]:
    """The cool-off on the server's side. A member cannot shorten, clear or reword the hold
    of a draft on its way out; only a reviewer who is not its author ends it early, and
    only by appending "Skipped by …" to the reason (the app's skip, audited). When a member
    submits or changes the content the hold starts again, by the server's clock: the
    trigger stamps `submitted_at` and moves the app's computed end by the same amount (a
    client's clock can be off), and the publisher works the hold out again from there
    (publish/content_hold.py), since the risk of a text is the app's checks' to judge."""
    trusted = f"st_is_system() OR pg_has_role(current_user, '{r.worker}', 'USAGE')"
    lowered = ("NEW.cooloff_until IS DISTINCT FROM OLD.cooloff_until AND NOT (NEW.cooloff_until "
               "IS NOT NULL AND OLD.cooloff_until IS NOT NULL AND "
               "NEW.cooloff_until::timestamptz >= OLD.cooloff_until::timestamptz)")
    return [
        f"""CREATE OR REPLACE FUNCTION st_utc(t timestamptz) RETURNS text LANGUAGE sql
        STABLE {PATH} AS $$ SELECT to_char(t AT TIME ZONE 'UTC',
        'YYYY-MM-DD"T"HH24:MI:SS.US"Z"') $$""",
        f"""CREATE OR REPLACE FUNCTION st_hold_guard() RETURNS trigger LANGUAGE plpgsql
        {PATH} AS $$ DECLARE held boolean; restarted boolean; BEGIN
          IF {trusted} THEN RETURN NEW; END IF;
          held := NEW.state IN {HELD};
          IF TG_OP = 'INSERT' THEN
            restarted := held;
          ELSE
            restarted := held AND (OLD.state NOT IN {HELD} OR NEW.body IS DISTINCT FROM OLD.body
                                   OR NEW.submitted_at IS DISTINCT FROM OLD.submitted_at);
          END IF;
          IF restarted THEN
            IF NEW.cooloff_until IS NOT NULL THEN
              NEW.cooloff_until := st_utc(NEW.cooloff_until::timestamptz + (now() -
                COALESCE(NEW.submitted_at::timestamptz, now())));
            END IF;
            NEW.submitted_at := st_utc(now());
            RETURN NEW;
          END IF;
          IF TG_OP = 'INSERT' THEN RETURN NEW; END IF;
          NEW.submitted_at := OLD.submitted_at;
          IF held AND (({lowered}) OR NEW.cooloff_reason IS DISTINCT FROM OLD.cooloff_reason)
             AND NOT (st_is_reviewer() AND NEW.author_id IS DISTINCT FROM st_me()
                      AND NEW.cooloff_until IS NOT NULL
                      AND starts_with(NEW.cooloff_reason, OLD.cooloff_reason || ' Skipped by '))
          THEN
            RAISE EXCEPTION '{COOLOFF_REFUSED}' {DENIED};
          END IF;
          RETURN NEW; END $$""",
        # A member changed a channel's text, the targets or the images of a draft on its
        # way out (the app restarts the hold then too): the hold starts again now.
        f"""CREATE OR REPLACE FUNCTION st_restart_hold(d integer) RETURNS void
        LANGUAGE plpgsql SECURITY DEFINER {PATH} AS $$ BEGIN
          IF (SELECT rolsuper OR pg_has_role(rolname, '{r.worker}', 'USAGE') FROM pg_roles
              WHERE rolname = session_user) THEN RETURN; END IF;
          UPDATE draft SET submitted_at = st_utc(now()) WHERE id = d AND state IN {HELD}
            AND submitted_at IS DISTINCT FROM st_utc(now());
        END $$""",
    ]


def _guards() -> list[str]:
    return [
        f"""CREATE OR REPLACE FUNCTION st_review_guard() RETURNS trigger LANGUAGE plpgsql
        {PATH} AS $$ BEGIN
          IF st_is_system() THEN RETURN NEW; END IF;
          IF TG_OP = 'UPDATE' THEN
            IF OLD.voided_at IS NOT NULL AND NEW.voided_at IS DISTINCT FROM OLD.voided_at
            THEN RAISE EXCEPTION 'a voided decision stays void' {DENIED}; END IF;
            RETURN NEW;
          END IF;
          IF NEW.reviewer_id IS DISTINCT FROM st_me() THEN
            RAISE EXCEPTION 'a decision can only be recorded in your own name' {DENIED};
          END IF;
          IF EXISTS (SELECT 1 FROM draft WHERE id = NEW.draft_id
                     AND author_id = NEW.reviewer_id) THEN
            RAISE EXCEPTION 'the author of a draft cannot approve or review it' {DENIED};
          END IF;
          IF NOT st_is_reviewer() THEN
            RAISE EXCEPTION 'only a reviewer can decide on a draft' {DENIED};
          END IF;
          RETURN NEW; END $$""",
        f"""CREATE OR REPLACE FUNCTION st_draft_guard() RETURNS trigger LANGUAGE plpgsql
        {PATH} AS $$ BEGIN
          IF NEW.author_id IS DISTINCT FROM OLD.author_id AND NOT st_is_system() THEN
            RAISE EXCEPTION 'a draft keeps its author' {DENIED};
          END IF;
          RETURN NEW; END $$""",
        # The session's login (not a role switched to with SET ROLE) is who acted.
        f"""CREATE OR REPLACE FUNCTION st_audit_actor() RETURNS trigger LANGUAGE plpgsql
        {PATH} AS $$ DECLARE who integer; BEGIN
          SELECT id INTO who FROM person WHERE login_role = session_user;
          NEW.actor_id := who; NEW.keyboard_id := who; NEW.at := {UTC_TEXT};
          RETURN NEW; END $$""",
    ]


def _members(r: TeamRoles) -> list[str]:
    admin_check = (f"IF NOT pg_has_role(session_user, '{r.admin}', 'USAGE') THEN "
                   f"RAISE EXCEPTION 'only an admin can change who is in the team' {DENIED}; "
                   "END IF;")
    return [
        f"""CREATE OR REPLACE FUNCTION st_add_member(name text, login text, member_role text,
        verifier text) RETURNS integer LANGUAGE plpgsql SECURITY DEFINER {PATH} AS $$
        DECLARE pid integer; BEGIN
          {admin_check}
          IF member_role NOT IN ('author', 'reviewer', 'admin') THEN
            RAISE EXCEPTION 'a member is an author, a reviewer or an admin'; END IF;
          IF login !~ '^[a-z_][a-z0-9_]{{0,62}}$' THEN
            RAISE EXCEPTION 'a login name is lower-case letters, digits and _'; END IF;
          IF verifier NOT LIKE 'SCRAM-SHA-256$%' THEN
            RAISE EXCEPTION 'the password must arrive hashed (SCRAM-SHA-256)'; END IF;
          IF EXISTS (SELECT 1 FROM pg_roles WHERE rolname = login) THEN
            RAISE EXCEPTION 'the server already has a login called %', login; END IF;
          IF EXISTS (SELECT 1 FROM person WHERE display_name = name
                     AND login_role IS NOT NULL) THEN
            RAISE EXCEPTION '% is already a member', name; END IF;
          EXECUTE format('CREATE ROLE %I LOGIN PASSWORD %L IN ROLE %I', login, verifier,
                         'st_{r.database}_' || member_role);
          UPDATE person SET login_role = login, role = member_role
            WHERE display_name = name RETURNING id INTO pid;
          IF pid IS NULL THEN
            INSERT INTO person (display_name, role, is_local_user, created_at, public_key,
                                passphrase_hash, failed_passphrases, login_role)
            VALUES (name, member_role, false, {UTC_TEXT}, NULL, '', 0, login)
            RETURNING id INTO pid;
          END IF;
          INSERT INTO audit_event (at, actor_id, keyboard_id, action, subject_type,
                                   subject_id, reason)
          VALUES ({UTC_TEXT}, NULL, NULL, 'person added', 'person', pid,
                  'role ' || member_role || ', login ' || login);
          RETURN pid; END $$""",
        f"""CREATE OR REPLACE FUNCTION st_remove_member(pid integer) RETURNS text
        LANGUAGE plpgsql SECURITY DEFINER {PATH} AS $$
        DECLARE login text; login_oid oid; BEGIN
          {admin_check}
          SELECT login_role INTO login FROM person WHERE id = pid;
          IF login IS NULL THEN RAISE EXCEPTION 'person % is not a member', pid; END IF;
          SELECT oid INTO login_oid FROM pg_roles WHERE rolname = login;
          IF login = session_user THEN
            RAISE EXCEPTION 'an admin cannot remove themselves'; END IF;
          UPDATE person SET login_role = NULL WHERE id = pid;
          EXECUTE format('DROP ROLE IF EXISTS %I', login);
          PERFORM st_end_sessions(login_oid);
          INSERT INTO audit_event (at, actor_id, keyboard_id, action, subject_type,
                                   subject_id, reason)
          VALUES ({UTC_TEXT}, NULL, NULL, 'person removed', 'person', pid, 'login ' || login);
          RETURN login; END $$""",
        # A removed login is cut off at once, not only refused its next connection: its
        # open sessions are ended (the owner holds pg_signal_backend, which reaches no
        # superuser; only these functions use it). Called inside the removal with the
        # role's oid, then once more after the commit for sessions of logins that no
        # longer exist (one that reconnected before the drop was committed).
        f"""CREATE OR REPLACE FUNCTION st_end_sessions(login_oid oid) RETURNS integer
        LANGUAGE sql SECURITY DEFINER {PATH} AS $$ SELECT count(*)::integer FROM
        (SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE usesysid = login_oid
         AND pid <> pg_backend_pid()) ended $$""",
        f"""CREATE OR REPLACE FUNCTION st_end_removed_sessions() RETURNS integer
        LANGUAGE sql SECURITY DEFINER {PATH} AS $$ SELECT count(*)::integer FROM
        (SELECT pg_terminate_backend(a.pid) FROM pg_stat_activity a
         WHERE a.datname = current_database() AND a.backend_type = 'client backend'
         AND a.usesysid IS NOT NULL
         AND NOT EXISTS (SELECT 1 FROM pg_roles r WHERE r.oid = a.usesysid)) ended $$""",
        # The headless publisher: a login in the worker group, no person, no review rights.
        f"""CREATE OR REPLACE FUNCTION st_add_worker(login text, verifier text) RETURNS text
        LANGUAGE plpgsql SECURITY DEFINER {PATH} AS $$ BEGIN
          {admin_check}
          IF login !~ '^[a-z_][a-z0-9_]{{0,62}}$' THEN
            RAISE EXCEPTION 'a login name is lower-case letters, digits and _'; END IF;
          IF verifier NOT LIKE 'SCRAM-SHA-256$%' THEN
            RAISE EXCEPTION 'the password must arrive hashed (SCRAM-SHA-256)'; END IF;
          IF EXISTS (SELECT 1 FROM pg_roles WHERE rolname = login) THEN
            RAISE EXCEPTION 'the server already has a login called %', login; END IF;
          EXECUTE format('CREATE ROLE %I LOGIN PASSWORD %L IN ROLE %I', login, verifier,
                         '{r.worker}');
          INSERT INTO audit_event (at, actor_id, keyboard_id, action, subject_type,
                                   subject_id, reason)
          VALUES ({UTC_TEXT}, NULL, NULL, 'worker added', 'workspace', NULL, 'login ' || login);
          RETURN login; END $$""",
        f"""CREATE OR REPLACE FUNCTION st_remove_worker(login text) RETURNS text
        LANGUAGE plpgsql SECURITY DEFINER {PATH} AS $$ BEGIN
          {admin_check}
          IF NOT EXISTS (SELECT 1 FROM pg_auth_members m JOIN pg_roles w ON w.oid = m.member
                         JOIN pg_roles g ON g.oid = m.roleid
                         WHERE w.rolname = login AND g.rolname = '{r.worker}') THEN
            RAISE EXCEPTION '% is not a worker of this team', login; END IF;
          PERFORM st_end_sessions((SELECT oid FROM pg_roles WHERE rolname = login));
          EXECUTE format('DROP ROLE %I', login);
          INSERT INTO audit_event (at, actor_id, keyboard_id, action, subject_type,
                                   subject_id, reason)
          VALUES ({UTC_TEXT}, NULL, NULL, 'worker removed', 'workspace', NULL, 'login ' || login);
          RETURN login; END $$""",
    ]


_TRIGGERS = [
    ("st_void_on_change", "AFTER UPDATE", "draft", "st_void_on_draft"),
    ("st_void_on_target", "AFTER INSERT OR UPDATE OR DELETE", "draft_channel",
     "st_void_on_target"),
    ("st_void_on_media", "AFTER INSERT OR UPDATE OR DELETE", "draft_media", "st_void_on_media"),
    ("st_review_guard", "BEFORE INSERT OR UPDATE", "review", "st_review_guard"),
    ("st_draft_guard", "BEFORE UPDATE", "draft", "st_draft_guard"),
    ("st_hold_guard", "BEFORE INSERT OR UPDATE", "draft", "st_hold_guard"),
    ("st_audit_actor", "BEFORE INSERT", "audit_event", "st_audit_actor"),
]


def install(db: pw.Database, roles: TeamRoles) -> None:
    for statement in [*_helpers(roles), *_hold(roles), *_voiding(), *_guards(),
                      *_members(roles)]:
        # psycopg reads % as a placeholder even without parameters; plpgsql needs it.
        db.execute_sql(statement.replace("%", "%%"))
    for name, when, table, function in _TRIGGERS:
        db.execute_sql(f'DROP TRIGGER IF EXISTS {name} ON "{table}"')
        db.execute_sql(f'CREATE TRIGGER {name} {when} ON "{table}" FOR EACH ROW '
                       f"EXECUTE FUNCTION {function}()")
    members = f'"{roles.author}", "{roles.worker}"'
    db.execute_sql("REVOKE ALL ON ALL FUNCTIONS IN SCHEMA public FROM PUBLIC")
    db.execute_sql(f"GRANT EXECUTE ON ALL FUNCTIONS IN SCHEMA public TO {members}")
    # Voiding is harmless but is the triggers' business; people are an admin's.
    for function in ("st_void_approvals(integer, text)", "st_restart_hold(integer)",
                     "st_end_sessions(oid)"):
        db.execute_sql(f"REVOKE EXECUTE ON FUNCTION {function} FROM {members}")
    for function in ("st_add_member(text, text, text, text)", "st_remove_member(integer)",
                     "st_add_worker(text, text)", "st_remove_worker(text)",
                     "st_end_removed_sessions()"):
        db.execute_sql(f"REVOKE EXECUTE ON FUNCTION {function} FROM {members}")
        db.execute_sql(f'GRANT EXECUTE ON FUNCTION {function} TO "{roles.admin}"')
