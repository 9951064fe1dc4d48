"""Team members on the server: login roles, one-time passwords, the team's metadata.

A password leaves this machine only as a SCRAM-SHA-256 verifier (what PostgreSQL stores),
so it is never in a statement the server could log, and never in the database.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import re
import secrets
import unicodedata
from dataclasses import dataclass
from datetime import UTC, datetime

import peewee as pw

from desktopapp.store.errors import StoreError

SCRAM_ITERATIONS = 4096  # PostgreSQL's default (scram_iterations)


def new_password() -> str:
    """A one-time password for an invitation: 24 characters a person can type."""
    return secrets.token_urlsafe(18)


def scram_verifier(password: str, *, salt: bytes | None = None,
                   iterations: int = SCRAM_ITERATIONS) -> str:
    """The verifier PostgreSQL stores for a password (RFC 5802/7677, as libpq makes it)."""
    salt = salt if salt is not None else secrets.token_bytes(16)
    normalized = unicodedata.normalize("NFKC", password).encode("utf-8")
    salted = hashlib.pbkdf2_hmac("sha256", normalized, salt, iterations)
    client_key = hmac.new(salted, b"Client Key", hashlib.sha256).digest()
    stored_key = hashlib.sha256(client_key).digest()
    server_key = hmac.new(salted, b"Server Key", hashlib.sha256).digest()

    def b64(data: bytes) -> str:
        return base64.b64encode(data).decode("ascii")

    return (f"SCRAM-SHA-256${iterations}:{b64(salt)}${b64(stored_key)}:{b64(server_key)}")


def login_name(display_name: str, database: str) -> str:
    """A login role from a person's name: `alex_brand` for Alex Müller in `brand`."""
    first = unicodedata.normalize("NFKD", display_name.split()[0] if display_name.split()
                                  else "member")
    plain = re.sub(r"[^a-z0-9_]", "", first.encode("ascii", "ignore").decode().lower())
    plain = plain or "member"
    if plain[0].isdigit():
        plain = "m" + plain
    return f"{plain[:20]}_{database}"[:63]


@dataclass(frozen=True)
class Invitation:
    person_id: int
    login: str
    password: str  # shown once; the member changes it when they join


def add_member(db: pw.Database, name: str, role: str, login: str) -> Invitation:
    """Create the login role and the person (the caller must be an admin or a superuser)."""
    password = new_password()
    row = db.execute_sql("SELECT st_add_member(%s, %s, %s, %s)",
                         (name, login, role, scram_verifier(password))).fetchone()
    return Invitation(int(row[0]), login, password)


def add_worker(db: pw.Database, login: str) -> Invitation:
    """A login for the headless publisher (worker group: no person, never reviews)."""
    password = new_password()
    db.execute_sql("SELECT st_add_worker(%s, %s)", (login, scram_verifier(password)))
    return Invitation(0, login, password)


def remove_worker(db: pw.Database, login: str) -> str:
    login = str(db.execute_sql("SELECT st_remove_worker(%s)", (login,)).fetchone()[0])
    _end_removed_sessions(db)
    return login


def _end_removed_sessions(db: pw.Database) -> None:
    """After the removal is committed: end any session of a login that no longer exists
    (one opened between the removal's own termination and its commit)."""
    if not db.in_transaction():
        db.execute_sql("SELECT st_end_removed_sessions()")


def workers(db: pw.Database, group: str) -> list[str]:
    rows = db.execute_sql("SELECT w.rolname FROM pg_auth_members m JOIN pg_roles w ON "
                          "w.oid = m.member JOIN pg_roles g ON g.oid = m.roleid WHERE "
                          "g.rolname = %s AND w.rolcanlogin ORDER BY 1", (group,)).fetchall()
    return [str(r[0]) for r in rows]


def remove_member(db: pw.Database, person_id: int) -> str:
    """Drop the person's login role and end their open sessions; their drafts and history
    stay. Returns the login."""
    login = str(db.execute_sql("SELECT st_remove_member(%s)", (person_id,)).fetchone()[0])
    _end_removed_sessions(db)
    return login


def change_own_password(db: pw.Database, password: str) -> None:
    """Replace the connected member's password (first use of an invitation)."""
    # ALTER ROLE takes no parameters; the verifier is base64 and '$', ':' only.
    verifier = scram_verifier(password)
    if not re.fullmatch(r"[A-Za-z0-9+/=$:\-]+", verifier):
        raise StoreError("Could not make a password verifier.")
    db.execute_sql(f"ALTER ROLE CURRENT_USER PASSWORD '{verifier}'")


@dataclass(frozen=True)
class TeamMeta:
    schema_version: int
    oldest_client: str
    updated_at: str
    updated_by: str


def read_meta(db: pw.Database) -> TeamMeta | None:
    if not db.table_exists("team_meta"):
        return None
    row = db.execute_sql("SELECT schema_version, oldest_client, updated_at, updated_by "
                         "FROM team_meta WHERE id = 1").fetchone()
    return TeamMeta(int(row[0]), str(row[1]), str(row[2]), str(row[3])) if row else None


def write_meta(db: pw.Database, schema_version: int, oldest_client: str) -> None:
    """Record what `team init`/`team upgrade` left (run as the owner)."""
    now = datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%S.%fZ")
    db.execute_sql(
        "INSERT INTO team_meta (id, schema_version, oldest_client, updated_at, updated_by) "
        "VALUES (1, %s, %s, %s, session_user) ON CONFLICT (id) DO UPDATE SET "
        "schema_version = EXCLUDED.schema_version, oldest_client = EXCLUDED.oldest_client, "
        "updated_at = EXCLUDED.updated_at, updated_by = EXCLUDED.updated_by",
        (schema_version, oldest_client, now))


def version_tuple(text: str) -> tuple[int, ...]:
    """"0.10.2" → (0, 10, 2); what is not a number counts as 0."""
    return tuple(int(p) if p.isdigit() else 0 for p in text.strip().split("."))


def client_accepted(client: str, oldest: str) -> bool:
    return version_tuple(client) >= version_tuple(oldest)
