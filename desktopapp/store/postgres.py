"""Open a team workspace: a PostgreSQL database reached by URL, through psycopg 3.

The URL names the server, the database and the member's login role
(`postgresql://alex@db.example.org/brand?sslmode=verify-full`); the password never sits in
the URL or the database but comes from the OS keyring and is handed in separately.
"""

from __future__ import annotations

from typing import Any
from urllib.parse import parse_qsl, urlsplit, urlunsplit

import peewee as pw

from desktopapp.store.errors import StoreError

SCHEMES = ("postgresql", "postgres")
# How long a member waits for the server before the app says it is unreachable, and for
# another member's row lock before a write gives up (a person is waiting on the answer).
CONNECT_TIMEOUT_S = 5
LOCK_TIMEOUT_MS = 5000
# What a connection attempt says while the app knows the server is out of reach.
UNREACHABLE = "the team server cannot be reached (connection not tried: known offline)"


def is_postgres_url(location: str) -> bool:
    return urlsplit(location).scheme in SCHEMES


def redact(url: str) -> str:
    """The URL with any password taken out: safe for messages, logs and the title bar."""
    parts = urlsplit(url)
    if parts.password is None:
        return url
    host = parts.hostname or ""
    if parts.port:
        host = f"{host}:{parts.port}"
    user = f"{parts.username}@" if parts.username else ""
    return urlunsplit((parts.scheme, user + host, parts.path, parts.query, parts.fragment))


def parse_url(url: str) -> dict[str, Any]:
    """Connection keywords for psycopg from a workspace URL; refuses what is not one."""
    parts = urlsplit(url)
    if parts.scheme not in SCHEMES:
        raise StoreError(f"{redact(url)} is not a PostgreSQL URL (postgresql://user@host/db).")
    name = parts.path.lstrip("/")
    if not name or "/" in name:
        raise StoreError(f"{redact(url)} names no database (postgresql://user@host/db).")
    try:
        port = parts.port
    except ValueError:
        raise StoreError(f"{redact(url)} has a port that is not a number.") from None
    params: dict[str, Any] = {"dbname": name, "connect_timeout": CONNECT_TIMEOUT_S,
                              "application_name": "secondthought"}
    if parts.hostname:
        params["host"] = parts.hostname
    if port:
        params["port"] = port
    if parts.username:
        params["user"] = parts.username
    if parts.password:
        params["password"] = parts.password
    for key, value in parse_qsl(parts.query):
        params[key] = value
    return params


def enable_driver() -> None:
    """Give peewee the psycopg 3 driver that `desktopapp/__init__.py` kept from it at
    import (start-up of a personal workspace does not pay for loading it)."""
    if getattr(pw, "psycopg", None) is not None:
        return
    try:
        import psycopg
        from psycopg.pq import TransactionStatus
        from psycopg.types.json import Json, Jsonb
    except ImportError:
        raise StoreError("Team workspaces need the psycopg package, which is not "
                         "installed with this copy of Second Thought.") from None
    # The names peewee's module and its psycopg 3 adapter would have bound at import.
    bound = {"psycopg": psycopg, "TransactionStatus": TransactionStatus, "Json_pg3": Json,
             "Jsonb_pg3": Jsonb}
    for name, value in bound.items():
        setattr(pw, name, value)
    for name, status in (("txn_idle", TransactionStatus.IDLE),
                         ("txn_inerror", TransactionStatus.INERROR),
                         ("txn_unknown", TransactionStatus.UNKNOWN)):
        setattr(pw.Psycopg3Adapter, name, status)


class TeamDatabase(pw.PostgresqlDatabase):
    """PostgreSQL as the app uses it: psycopg 3, UTC sessions, bounded lock waits."""

    def __init__(self, url: str, password: str | None = None) -> None:
        enable_driver()
        params = parse_url(url)
        if password is not None:
            params["password"] = password
        dbname = params.pop("dbname")
        params.setdefault("options", f"-c lock_timeout={LOCK_TIMEOUT_MS} -c TimeZone=UTC")
        self.url = redact(url)
        # An older client than the team accepts reads only (team_meta.oldest_client):
        # every connection, reconnects included, is made read-only by the server.
        self.read_only = False
        # Set while the app knows the server is out of reach: connecting then fails at
        # once instead of waiting up to connect_timeout for a host that may never answer
        # (on the GUI thread, a frozen window). `reachable()` finds out when it is back.
        self.unreachable = False
        super().__init__(dbname, prefer_psycopg3=True, **params)

    def _connect(self) -> Any:
        if self.unreachable:
            raise pw.OperationalError(UNREACHABLE)
        return super()._connect()  # type: ignore[misc]

    def _initialize_connection(self, conn: Any) -> None:
        super()._initialize_connection(conn)  # type: ignore[misc]
        if self.read_only:
            conn.execute("SET default_transaction_read_only = on")


def reachable(db: TeamDatabase, timeout_s: int = CONNECT_TIMEOUT_S) -> str | None:
    """Try the server on a connection of its own (never one the app uses): None when it
    answers, else what went wrong. Blocks up to `timeout_s`: call it off the GUI thread."""
    import psycopg

    params = {**db.connect_params, "connect_timeout": max(1, timeout_s)}
    try:
        with psycopg.connect(dbname=db.database, autocommit=True, **params) as conn:
            conn.execute("SELECT 1")
    except psycopg.Error as exc:
        return server_message(exc)
    return None


def server_message(exc: BaseException) -> str:
    """One line for what the server or the driver said, without the connection string."""
    text = str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__
    lowered = text.lower()
    if "password authentication failed" in lowered:
        return "The server refused the password for this workspace."
    if "connection refused" in lowered or "could not connect" in lowered \
            or "timeout expired" in lowered or "no route to host" in lowered:
        return "The team server cannot be reached (it is down, or this machine is offline)."
    if "does not exist" in lowered and "database" in lowered:
        return "The team server has no such workspace database."
    if "permission denied" in lowered or "row-level security" in lowered:
        return f"The team server refused this: {text}"
    return f"The team server said: {text}"
