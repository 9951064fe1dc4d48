"""A team workspace's trust core on PostgreSQL: roles, forced row-level security, grants.

A member connects with their own login role; the database, not the client, decides what
they may do. Every table is owned by `st_<db>_owner`, a role no one logs in as (NOLOGIN),
and row-level security is FORCEd, so even code running as the owner obeys a policy. Group
roles carry the rights: `st_<db>_author` (every member), `st_<db>_reviewer` (an author who
may also decide), `st_<db>_admin` (a reviewer who may also manage people, channels and
settings) and `st_<db>_worker` (the headless publisher, no person). The functions and
triggers that enforce the rules a policy cannot express are in `team_functions.py`.

`install()` is idempotent: `team init` and `team upgrade` run it (as a role that may create
roles, normally the server's `postgres`), and it reapplies everything after migrations, so
tables a later migration adds get their policies too.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

import peewee as pw

from desktopapp.store import team_functions
from desktopapp.store.errors import StoreError

ROLE_NAMES = ("author", "reviewer", "admin")
_SAFE_NAME = re.compile(r"^[a-z_][a-z0-9_]{0,40}$")


@dataclass(frozen=True)
class TeamRoles:
    """The role names of one team database (roles are cluster-wide: named per database)."""

    database: str

    def _name(self, kind: str) -> str:
        return f"st_{self.database}_{kind}"

    @property
    def owner(self) -> str:
        return self._name("owner")

    @property
    def author(self) -> str:
        return self._name("author")

    @property
    def reviewer(self) -> str:
        return self._name("reviewer")

    @property
    def admin(self) -> str:
        return self._name("admin")

    @property
    def worker(self) -> str:
        return self._name("worker")

    def group(self, role: str) -> str:
        """The group role of a person's role (author | reviewer | admin) or the worker."""
        if role not in (*ROLE_NAMES, "worker"):
            raise StoreError(f"{role!r} is not a team role (author, reviewer or admin).")
        return self._name(role)


def roles_for(database: str) -> TeamRoles:
    if not _SAFE_NAME.match(database):
        raise StoreError(f"The database name {database!r} cannot be a team workspace: use "
                         "lower-case letters, digits and _ (at most 41 characters).")
    return TeamRoles(database)


def current_database(db: pw.Database) -> str:
    return str(db.execute_sql("SELECT current_database()").fetchone()[0])


# Which rows of a table a member may write, as a condition on the row (None: read only).
# Tables not named here (added by later migrations) are readable by members and written by
# the owner and the worker only, until a rule is added here: closed by default.
DRAFT_WRITABLE = "st_can_write_draft(draft_id)"
MEMBER_WRITES: dict[str, str] = {
    "draft_tag": DRAFT_WRITABLE,
    "revision": DRAFT_WRITABLE,
    "warning_ignore": DRAFT_WRITABLE,
    "draft_channel": DRAFT_WRITABLE,
    "draft_media": DRAFT_WRITABLE,
    "draft_fts": DRAFT_WRITABLE,
    "publication": DRAFT_WRITABLE,
    "publish_attempt": "EXISTS (SELECT 1 FROM publication p WHERE p.id = publication_id "
                       "AND st_can_write_draft(p.draft_id))",
    "packet_item": "st_can_write_draft(local_draft_id)",
    "packet_response": "true",
    # Pausing publishing is everyone's emergency brake, and the spelling words and languages
    # are everyone's; every other setting (review, cool-off, brand rules) is an admin's.
    "setting": "key = 'publishing.paused' OR key LIKE 'spelling.%%' OR st_is_admin()",
}
# Tables members only add to (never change or delete): images' bytes, content-addressed,
# may be shown by another draft too.
MEMBER_INSERTS: dict[str, str] = {"media_blob": "true"}
# Tables only an admin changes (besides the owner and the worker).
ADMIN_WRITES = ("channel", "queue_slot", "blackout")
# Tables the worker may only read (its decisions are never reviews, people or history).
WORKER_READ_ONLY = ("review", "person", "audit_event", "team_meta", "schema_version",
                    "media_blob")


def install(db: pw.Database, *, oldest_client: str | None = None) -> TeamReport:
    """Create the roles, take ownership, migrate as the owner (under the advisory lock),
    apply functions and policies, and record the schema version and the oldest client
    accepted: `oldest_client` when given, else what was recorded (this app's version on a
    new team, or when this run changed the schema)."""
    from desktopapp import __version__
    from desktopapp.store import migrate, team_members

    roles = roles_for(current_database(db))
    with db.atomic():
        _create_roles(db, roles)
        _take_ownership(db, roles)
    db.execute_sql(f'SET ROLE "{roles.owner}"')
    try:
        report = migrate.migrate_locked(db)
    finally:
        db.execute_sql("RESET ROLE")
    with db.atomic():
        _take_ownership(db, roles)  # anything a migration made as someone else
        db.execute_sql(f'SET LOCAL ROLE "{roles.owner}"')
        team_functions.install(db, roles)
        _apply_policies(db, roles)
        meta = team_members.read_meta(db)
        if oldest_client is None:
            oldest_client = __version__ if meta is None or report.applied \
                else meta.oldest_client
        team_members.write_meta(db, migrate.read_version(db), oldest_client)
    return TeamReport(roles, report.from_version, report.to_version, report.applied,
                      oldest_client)


@dataclass(frozen=True)
class TeamReport:
    roles: TeamRoles
    from_version: int
    to_version: int
    applied: list[str]
    oldest_client: str


def _create_roles(db: pw.Database, roles: TeamRoles) -> None:
    # CREATEROLE lets the owner's SECURITY DEFINER functions (only those: no one logs in as
    # the owner) create and drop members' login roles when an admin adds or removes someone.
    wanted = [(roles.owner, "NOLOGIN CREATEROLE"), (roles.author, "NOLOGIN"),
              (roles.reviewer, "NOLOGIN"), (roles.admin, "NOLOGIN"), (roles.worker, "NOLOGIN")]
    for name, options in wanted:
        db.execute_sql(
            "DO $$ BEGIN IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = "
            f"'{name}') THEN CREATE ROLE \"{name}\" {options}; END IF; END $$")
    db.execute_sql(f'ALTER ROLE "{roles.owner}" NOLOGIN CREATEROLE')
    # Removing someone ends their open sessions (st_end_sessions); never a superuser's.
    db.execute_sql(f'GRANT pg_signal_backend TO "{roles.owner}"')
    # A reviewer can do what an author can, an admin what a reviewer can.
    db.execute_sql(f'GRANT "{roles.author}" TO "{roles.reviewer}"')
    db.execute_sql(f'GRANT "{roles.reviewer}" TO "{roles.admin}"')
    for group in (roles.author, roles.reviewer, roles.admin, roles.worker):
        # PostgreSQL 16+ lets a CREATEROLE role grant only roles it administers.
        db.execute_sql(f'GRANT "{group}" TO "{roles.owner}" WITH ADMIN OPTION')
    name = roles.database
    db.execute_sql(f'REVOKE ALL ON DATABASE "{name}" FROM PUBLIC')
    db.execute_sql(f'GRANT CONNECT, TEMPORARY ON DATABASE "{name}" TO "{roles.author}", '
                   f'"{roles.worker}"')
    db.execute_sql("REVOKE CREATE ON SCHEMA public FROM PUBLIC")
    db.execute_sql(f'GRANT USAGE, CREATE ON SCHEMA public TO "{roles.owner}"')
    db.execute_sql(f'GRANT USAGE ON SCHEMA public TO "{roles.author}", "{roles.worker}"')


def _take_ownership(db: pw.Database, roles: TeamRoles) -> None:
    """Every table and function in the schema belongs to the owner (a database migrated
    before `team init` was made by whoever ran it)."""
    tables = db.execute_sql(
        "SELECT c.relname FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace "
        "WHERE n.nspname = 'public' AND c.relkind IN ('r', 'p', 'v') "
        "AND pg_get_userbyid(c.relowner) <> %s", (roles.owner,)).fetchall()
    for (table,) in tables:
        db.execute_sql(f'ALTER TABLE public."{table}" OWNER TO "{roles.owner}"')
    functions = db.execute_sql(
        "SELECT p.oid::regprocedure::text FROM pg_proc p JOIN pg_namespace n "
        "ON n.oid = p.pronamespace WHERE n.nspname = 'public' "
        "AND pg_get_userbyid(p.proowner) <> %s", (roles.owner,)).fetchall()
    for (signature,) in functions:
        db.execute_sql(f'ALTER FUNCTION {signature} OWNER TO "{roles.owner}"')


def tables(db: pw.Database) -> list[str]:
    rows = db.execute_sql("SELECT tablename FROM pg_tables WHERE schemaname = 'public' "
                          "ORDER BY tablename").fetchall()
    return [str(r[0]) for r in rows]


def _apply_policies(db: pw.Database, roles: TeamRoles) -> None:
    o, a, r, ad, w = roles.owner, roles.author, roles.reviewer, roles.admin, roles.worker
    sql = db.execute_sql
    sql(f'REVOKE ALL ON ALL TABLES IN SCHEMA public FROM PUBLIC, "{a}", "{r}", "{ad}", "{w}"')
    sql(f'GRANT SELECT ON ALL TABLES IN SCHEMA public TO "{a}", "{w}"')
    sql(f'GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA public TO "{a}", "{w}"')
    for table in tables(db):
        for (policy,) in sql("SELECT policyname FROM pg_policies WHERE schemaname = 'public' "
                             "AND tablename = %s", (table,)).fetchall():
            sql(f'DROP POLICY "{policy}" ON public."{table}"')
        sql(f'ALTER TABLE public."{table}" ENABLE ROW LEVEL SECURITY')
        sql(f'ALTER TABLE public."{table}" FORCE ROW LEVEL SECURITY')
        sql(f'CREATE POLICY st_owner ON "{table}" TO "{o}" USING (true) WITH CHECK (true)')
        sql(f'CREATE POLICY st_read ON "{table}" FOR SELECT TO "{a}", "{w}" USING (true)')
        if table not in WORKER_READ_ONLY:
            sql(f'GRANT INSERT, UPDATE, DELETE ON "{table}" TO "{w}"')
            sql(f'CREATE POLICY st_worker ON "{table}" TO "{w}" USING (true) '
                "WITH CHECK (true)")
        rule = MEMBER_WRITES.get(table)
        if table in ADMIN_WRITES:
            rule = "st_is_admin()"
        if rule is not None:
            sql(f'GRANT INSERT, UPDATE, DELETE ON "{table}" TO "{a}"')
            sql(f'CREATE POLICY st_member ON "{table}" TO "{a}" USING ({rule}) '
                f"WITH CHECK ({rule})")
        if table in MEMBER_INSERTS:
            sql(f'GRANT INSERT ON "{table}" TO "{a}"')
            sql(f'CREATE POLICY st_member_add ON "{table}" FOR INSERT TO "{a}" '
                f"WITH CHECK ({MEMBER_INSERTS[table]})")
    _special_tables(db, roles)


def _special_tables(db: pw.Database, roles: TeamRoles) -> None:
    a, r, ad = roles.author, roles.reviewer, roles.admin
    sql = db.execute_sql
    me = "(SELECT st_me())"
    # Drafts: a member writes their own; reviewers write any (a decision updates the
    # draft); only the author or an admin deletes one.
    sql(f'GRANT INSERT, UPDATE, DELETE ON draft TO "{a}"')
    sql(f'CREATE POLICY st_draft_insert ON draft FOR INSERT TO "{a}" '
        f"WITH CHECK (author_id = {me})")
    sql(f'CREATE POLICY st_draft_update ON draft FOR UPDATE TO "{a}" '
        f"USING (author_id = {me} OR st_is_reviewer()) "
        f"WITH CHECK (author_id = {me} OR st_is_reviewer())")
    sql(f'CREATE POLICY st_draft_delete ON draft FOR DELETE TO "{a}" '
        f"USING (author_id = {me} OR st_is_admin())")
    # Reviews: only a reviewer decides, in their own name, never on their own draft (the
    # guard trigger says so in words first). Anyone who may edit a draft may void its
    # open reviews (an edit voids them), and nothing else: voided_at and void_reason only.
    sql(f'GRANT INSERT ON review TO "{r}"')
    sql(f'CREATE POLICY st_review_decide ON review FOR INSERT TO "{r}" WITH CHECK ('
        f"reviewer_id = {me} AND NOT EXISTS (SELECT 1 FROM draft d WHERE d.id = draft_id "
        f"AND d.author_id = {me}))")
    sql(f'GRANT UPDATE (voided_at, void_reason) ON review TO "{a}"')
    sql(f'CREATE POLICY st_review_void ON review FOR UPDATE TO "{a}" '
        f"USING ({DRAFT_WRITABLE}) WITH CHECK ({DRAFT_WRITABLE})")
    # Comments: in one's own name; resolving is for the commenter or whoever edits.
    sql(f'GRANT INSERT, UPDATE ON comment TO "{a}"')
    sql(f'CREATE POLICY st_comment_add ON comment FOR INSERT TO "{a}" '
        f"WITH CHECK (author_id = {me})")
    sql(f'CREATE POLICY st_comment_resolve ON comment FOR UPDATE TO "{a}" '
        f"USING (author_id = {me} OR {DRAFT_WRITABLE})")
    # The audit log: anyone appends (the trigger fills in who), no one changes it.
    sql(f'GRANT INSERT ON audit_event TO "{a}", "{roles.worker}"')
    sql(f'CREATE POLICY st_audit_append ON audit_event FOR INSERT TO "{a}", '
        f'"{roles.worker}" WITH CHECK (true)')
    # People: added and removed by an admin through functions; one's own key only.
    sql(f'GRANT UPDATE (public_key, failed_passphrases) ON person TO "{a}"')
    sql(f'CREATE POLICY st_person_self ON person FOR UPDATE TO "{a}" '
        "USING (login_role = current_user) WITH CHECK (login_role = current_user)")
    del ad  # admins act through the policies above and the functions


def is_team(db: pw.Database) -> bool:
    """Whether `team init` made this database a team workspace (it writes team_meta)."""
    if not db.table_exists("team_meta"):
        return False
    return db.execute_sql("SELECT count(*) FROM team_meta").fetchone()[0] > 0


def member_group(db: pw.Database) -> str | None:
    """The role (author | reviewer | admin | worker) the connected login role has here."""
    roles = roles_for(current_database(db))
    for role in ("admin", "reviewer", "author", "worker"):
        if db.execute_sql("SELECT pg_has_role(current_user, %s, 'USAGE')",
                          (roles.group(role),)).fetchone()[0]:
            return role
    return None
