"""Team administration for the CLI and the window: make a PostgreSQL database a team
workspace, invite and remove people, join one from an invitation, upgrade, and say how
it stands. The rules themselves live in the database (store/team_schema.py)."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from urllib.parse import urlsplit

import peewee as pw

from desktopapp import __version__, keychain
from desktopapp.app.context import AppContext, workspace_password
from desktopapp.app.events import ChangeKind
from desktopapp.config import Paths, Settings, strip_password
from desktopapp.core.errors import DomainError
from desktopapp.store import migrate, postgres, team_members, team_schema
from desktopapp.store.errors import StoreError

RECENT_KEY = "recent_teams"
RECENT_MAX = 8


@contextmanager
def connect(url: str, password: str | None = None) -> Iterator[postgres.TeamDatabase]:
    """A connection for administration: the password given, else the one in the URL or
    the keyring, else whatever libpq finds (PGPASSWORD, ~/.pgpass, a local socket)."""
    if password is None and urlsplit(url).password is None:
        password = workspace_password(strip_password(url))
    db = postgres.TeamDatabase(url, password=password)
    try:
        db.connect()
    except pw.OperationalError as exc:
        raise StoreError(f"Could not open {db.url}: {postgres.server_message(exc)}") from None
    try:
        yield db
    except pw.PeeweeException as exc:
        raise StoreError(postgres.server_message(exc)) from None
    finally:
        db.close()


def init(url: str, oldest_client: str | None = None) -> team_schema.TeamReport:
    """Create roles, schema, policies and functions (idempotent); needs a role that may
    create roles (the server's administrator)."""
    if oldest_client is not None:
        _check_version(oldest_client)
    with connect(url) as db:
        if not _may_create_roles(db):
            raise DomainError("`team init` and `team upgrade` need the server's administrator "
                              "(a role that may create roles), e.g. sudo -u postgres "
                              "secondthought team init postgresql:///DATABASE.")
        return team_schema.install(db, oldest_client=oldest_client)


upgrade = init  # the same steps: migrate under the advisory lock, reapply, record


def _may_create_roles(db: pw.Database) -> bool:
    row = db.execute_sql("SELECT rolsuper OR rolcreaterole FROM pg_roles "
                         "WHERE rolname = current_user").fetchone()
    return bool(row and row[0])


def _check_version(text: str) -> None:
    if not all(p.isdigit() for p in text.split(".")):
        raise DomainError(f"“{text}” is not a version like 0.2.0.")


def _require_team(db: pw.Database) -> None:
    if not team_schema.is_team(db):
        raise DomainError("This database is not a team workspace yet: run `secondthought "
                          "team init URL` as the server's administrator first.")


def _require_admin(db: pw.Database) -> None:
    """Said in words before the server refuses (it would: st_add_member checks too)."""
    _require_team(db)
    if team_schema.member_group(db) != "admin":
        raise DomainError("Only an admin of this team can add or remove people.")


@dataclass(frozen=True)
class Invitation:
    name: str
    role: str
    url: str  # what the member joins with (no password in it)
    password: str  # one-time: replaced when they join
    needs_host: bool  # the admin's URL named no server: the member needs its host name

    def text(self) -> str:
        lines = [f"Invitation for {self.name} ({self.role}) — give them these two, "
                 "separately:",
                 f"  workspace: {self.url}",
                 f"  password:  {self.password}   (one-time: it is replaced when they join)",
                 f"They run: secondthought team join \"{self.url}\""]
        if self.needs_host:
            lines.append("  (put the server's host name after the @ and add "
                         "?sslmode=verify-full before sending it)")
        return "\n".join(lines)


def member_url(admin_url: str, login: str) -> tuple[str, bool]:
    parts = urlsplit(strip_password(admin_url))
    host = parts.hostname or ""
    if parts.port:
        host = f"{host}:{parts.port}"
    url = parts._replace(netloc=f"{login}@{host}").geturl()
    return url, not host


def add_person(db: pw.Database, url: str, name: str, role: str,
               login: str | None = None) -> Invitation:
    _require_admin(db)
    name = " ".join(name.split())
    if not name:
        raise DomainError("A person needs a name.")
    if role not in team_schema.ROLE_NAMES:
        raise DomainError(f"“{role}” is not a role: author, reviewer or admin.")
    database = team_schema.current_database(db)
    login = login or team_members.login_name(name, database)
    invitation = team_members.add_member(db, name, role, login)
    address, needs_host = member_url(url, invitation.login)
    return Invitation(name, role, address, invitation.password, needs_host)


def add_worker(db: pw.Database, url: str, login: str | None = None) -> Invitation:
    """A login for `secondthought worker` (publishes; cannot review, edit people or the
    audit log). Its password goes into the worker machine's keyring via `team join`."""
    _require_admin(db)
    login = login or f"worker_{team_schema.current_database(db)}"
    invitation = team_members.add_worker(db, login)
    address, needs_host = member_url(url, invitation.login)
    return Invitation("the publisher (worker)", "worker", address, invitation.password,
                      needs_host)


def remove_worker(db: pw.Database, login: str) -> str:
    _require_admin(db)
    return team_members.remove_worker(db, login)


def remove_person(db: pw.Database, name: str) -> str:
    _require_admin(db)
    row = db.execute_sql("SELECT id FROM person WHERE lower(display_name) = lower(%s) "
                         "AND login_role IS NOT NULL", (" ".join(name.split()),)).fetchone()
    if row is None:
        raise DomainError(f"No member of this team is called “{name}”.")
    return team_members.remove_member(db, int(row[0]))


@dataclass(frozen=True)
class Member:
    person_id: int
    name: str
    role: str
    login: str
    is_me: bool


def members(db: pw.Database) -> list[Member]:
    rows = db.execute_sql("SELECT id, display_name, role, login_role, "
                          "login_role = current_user FROM person WHERE login_role IS NOT NULL "
                          "ORDER BY lower(display_name)").fetchall()
    return [Member(int(i), str(n), str(r), str(login), bool(me))
            for i, n, r, login, me in rows]


@dataclass(frozen=True)
class Status:
    url: str
    database: str
    schema_version: int
    app_schema: int
    oldest_client: str
    this_client: str
    members: list[Member]
    unprotected_tables: list[str]  # tables without forced row-level security
    my_role: str | None
    workers: list[str]

    @property
    def client_accepted(self) -> bool:
        return team_members.client_accepted(self.this_client, self.oldest_client)


def status(db: pw.Database, url: str) -> Status:
    _require_team(db)
    meta = team_members.read_meta(db)
    unprotected = [str(r[0]) for r in db.execute_sql(
        "SELECT c.relname FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace "
        "WHERE n.nspname = 'public' AND c.relkind = 'r' AND NOT (c.relrowsecurity AND "
        "c.relforcerowsecurity) ORDER BY 1").fetchall()]
    return Status(strip_password(url), team_schema.current_database(db),
                  migrate.read_version(db), migrate.latest_version(),
                  meta.oldest_client if meta else "?", __version__, members(db), unprotected,
                  team_schema.member_group(db),
                  team_members.workers(db, team_schema.roles_for(
                      team_schema.current_database(db)).worker))


def join(url: str, invitation_password: str, paths: Paths) -> Member:
    """First use of an invitation: connect with its password, replace that password with
    a new random one kept only in this machine's keyring, remember the workspace."""
    url = strip_password(url)
    if not postgres.is_postgres_url(url):
        raise DomainError(f"{url} is not a team workspace URL (postgresql://you@host/db).")
    if not urlsplit(url).username:
        raise DomainError("The URL names no member (postgresql://you@host/db).")
    if not keychain.secure_backend_available():
        raise DomainError("This machine has no secure keyring to keep the team password in; "
                          "joining needs one.")
    with connect(url, invitation_password) as db:
        _require_team(db)
        me = next((m for m in members(db) if m.is_me), None)
        if me is None and team_schema.member_group(db) == "worker":
            me = Member(0, "the publisher (worker)", "worker", str(urlsplit(url).username),
                        True)
        if me is None:
            raise DomainError("This login is not a member of the team (removed?). Ask an "
                              "admin for a new invitation.")
        new = team_members.new_password()
        keychain.set_secret("workspace", url, new)  # first: never a password no one has
        try:
            team_members.change_own_password(db, new)
        except BaseException:
            keychain.set_secret("workspace", url, invitation_password)
            raise
    remember(paths, url)
    return me


def recent(paths: Paths) -> list[str]:
    value = Settings.load(paths.settings_file).extra.get(RECENT_KEY, [])
    return [u for u in value if isinstance(u, str) and postgres.is_postgres_url(u)] \
        if isinstance(value, list) else []


def remember(paths: Paths, url: str) -> None:
    """Put a team workspace first in File → Workspaces (no password is ever stored)."""
    settings = Settings.load(paths.settings_file)
    url = strip_password(url)
    settings.extra[RECENT_KEY] = [url, *[u for u in recent(paths) if u != url]][:RECENT_MAX]
    settings.save(paths.settings_file)


# --- the open workspace, for the window ------------------------------------------------
def describe_url(url: str) -> str:
    """"brand — ada on db.example.org": a team workspace as a menu shows it."""
    parts = urlsplit(url)
    where = parts.hostname or "this computer"
    return f"{parts.path.strip('/')} — {parts.username or 'you'} on {where}"


def is_team(ctx: AppContext) -> bool:
    return ctx.store.url is not None and team_schema.is_team(ctx.store.db)


def my_members(ctx: AppContext) -> list[Member]:
    return members(ctx.store.db)


def am_admin(ctx: AppContext) -> bool:
    return team_schema.member_group(ctx.store.db) == "admin"


def invite(ctx: AppContext, name: str, role: str) -> Invitation:
    found = add_person(ctx.store.db, ctx.store.url or "", name, role)
    ctx.bus.emit(ChangeKind.PERSON, [])
    return found


def remove(ctx: AppContext, name: str) -> str:
    login = remove_person(ctx.store.db, name)
    ctx.bus.emit(ChangeKind.PERSON, [])
    return login
