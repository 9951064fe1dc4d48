"""People in the workspace, with what the People dialog and `people list` show."""

from __future__ import annotations

from dataclasses import dataclass

from desktopapp.app.context import AppContext, tuples
from desktopapp.app.events import ChangeKind
from desktopapp.core import keys, people
from desktopapp.core.people import PersonInfo, Role
from desktopapp.store.models import Person


@dataclass(frozen=True)
class PersonRow:
    person: PersonInfo
    fingerprint: str  # "" before they have a key


def list_people(_ctx: AppContext) -> list[PersonInfo]:
    return people.list_people()


def people_with_keys(_ctx: AppContext) -> list[PersonRow]:
    rows = Person.select(Person.id, Person.display_name, Person.role, Person.is_local_user,
                         Person.public_key).order_by(Person.display_name)
    return [PersonRow(PersonInfo(pid, name, Role(role), bool(local)),
                      keys.fingerprint(key) if key else "")
            for pid, name, role, local, key in tuples(rows)]


def add_person(ctx: AppContext, name: str, role: Role, passphrase: str = "") -> PersonInfo:
    """A reviewer or admin needs an admin to add them; their passphrase proves them here."""
    person = people.add_person(name, role, ctx.actor, passphrase)
    ctx.bus.emit(ChangeKind.PERSON, [person.id])
    return person


def import_key(ctx: AppContext, text: str, role: Role = Role.REVIEWER) -> Person:
    person = keys.import_public_key(text, ctx.actor, role)
    ctx.bus.emit(ChangeKind.PERSON, [person.id])
    return person


def export_key(ctx: AppContext, person_id: int) -> str:
    """The person's public key file (made on first use), to share."""
    keys.ensure_keypair(person_id)
    ctx.bus.emit(ChangeKind.PERSON, [person_id])
    return keys.export_public_key(person_id)


def set_up_local_user(ctx: AppContext, name: str) -> PersonInfo:
    """First run: the person using this machine; they act from now on."""
    person = people.set_up_local_user(name)
    ctx.actor_id = person.id
    ctx.bus.emit(ChangeKind.PERSON, [person.id])
    return person


def read_key_file(text: str) -> tuple[str, str]:
    """(name, public key) from a shared key file, before anything is stored: the window
    shows the fingerprint to confirm first. DomainError when it is not a key file."""
    return keys.read_public_key(text)


def fingerprint(public_key: str) -> str:
    return keys.fingerprint(public_key)
