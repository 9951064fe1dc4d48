"""People in the workspace, and which of them is the person using this machine."""

from __future__ import annotations

from enum import StrEnum

from desktopapp.core import audit
from desktopapp.core.errors import DomainError, NotFound, PermissionDenied
from desktopapp.records import record
from desktopapp.store.models import Person


class Role(StrEnum):
    AUTHOR = "author"
    REVIEWER = "reviewer"
    ADMIN = "admin"


@record
class PersonInfo:
    id: int
    display_name: str
    role: Role
    is_local_user: bool

    def to_json(self) -> dict[str, object]:
        return {
            "id": self.id,
            "display_name": self.display_name,
            "role": self.role.value,
            "is_local_user": self.is_local_user,
        }


def _info(row: Person) -> PersonInfo:
    return PersonInfo(row.id, row.display_name, Role(row.role), bool(row.is_local_user))


def _clean_name(name: str) -> str:
    cleaned = " ".join(name.split())
    if not cleaned:
        raise DomainError("A person needs a name.")
    if len(cleaned) > 200:
        raise DomainError("A name can be at most 200 characters long.")
    return cleaned


def local_user() -> PersonInfo | None:
    """The person using this app. On a team workspace that is whoever the server says is
    connected (their login role is current_user), never a flag a client could set."""
    from desktopapp.store import team_identity

    team = team_identity.connected_person_id(Person._meta.database)
    if team is not team_identity.NOT_A_TEAM:
        row = Person.get_or_none(Person.id == team) if team is not None else None
        return _info(row) if row else None
    row = Person.get_or_none(Person.is_local_user == True)  # noqa: E712 (peewee expression)
    return _info(row) if row else None


def set_up_local_user(display_name: str, role: Role = Role.ADMIN) -> PersonInfo:
    """Create the person who uses this machine (first run), or return the existing one."""
    from desktopapp.store import team_identity

    existing = local_user()
    if existing:
        return existing
    db = Person._meta.database
    if team_identity.is_team(db):
        raise PermissionDenied("This login is not a member of this team workspace (an admin "
                               "may have removed it). Ask an admin for an invitation.")
    with db.atomic():
        row = Person.create(display_name=_clean_name(display_name), role=role.value,
                            is_local_user=True)
        audit.record(row.id, "person added", "person", row.id, reason="local user (first run)")
    return _info(row)


def add_person(display_name: str, role: Role, actor_id: int | None,
               passphrase: str = "") -> PersonInfo:
    """Add someone. A reviewer or admin can approve posts, so only an admin may add one
    (audited); their passphrase, if given, is what proves them when they act here."""
    from desktopapp.core import passphrases

    name = _clean_name(display_name)
    if role is not Role.AUTHOR:
        actor = Person.get_or_none(Person.id == actor_id) if actor_id is not None else None
        if actor is None or actor.role != Role.ADMIN.value:
            raise PermissionDenied("Only an admin can add a reviewer or an admin.")
    if passphrase:
        passphrases.check_new(passphrase)
    if Person.get_or_none(Person.display_name == name) is not None:
        raise DomainError(f"Someone called “{name}” is already here.")
    db = Person._meta.database
    with db.atomic():
        row = Person.create(display_name=name, role=role.value)
        audit.record(actor_id, "person added", "person", row.id, reason=f"role {role.value}")
        if passphrase:
            passphrases.set_passphrase(row.id, passphrase, actor_id)
    return _info(row)


def require_person_row(person_id: int) -> Person:
    row = Person.get_or_none(Person.id == person_id)
    if row is None:
        raise NotFound(f"There is no person with id {person_id}.")
    return row


def get_person(person_id: int) -> PersonInfo:
    row = Person.get_or_none(Person.id == person_id)
    if row is None:
        raise NotFound(f"There is no person with id {person_id}.")
    return _info(row)


def list_people() -> list[PersonInfo]:
    return [_info(row) for row in Person.select().order_by(Person.display_name)]
