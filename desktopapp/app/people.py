"""People in the workspace, with what the People dialog and `people list` show."""

from __future__ import annotations

from desktopapp.app.context import AppContext, tuples
from desktopapp.app.events import ChangeKind
from desktopapp.core import people
from desktopapp.core.errors import DomainError, NotFound
from desktopapp.core.people import PersonInfo, Role
from desktopapp.records import record
from desktopapp.store.models import Person


@record
class PersonRow:
    person: PersonInfo
    fingerprint: str  # "" before they have a key


def list_people(_ctx: AppContext) -> list[PersonInfo]:
    return people.list_people()


def people_with_keys(_ctx: AppContext) -> list[PersonRow]:
    from desktopapp.core import keys  # signing keys load with their first use

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
    from desktopapp.core import keys  # signing keys load with their first use

    person = keys.import_public_key(text, ctx.actor, role)
    ctx.bus.emit(ChangeKind.PERSON, [person.id])
    return person


def export_key(ctx: AppContext, person_id: int) -> str:
    """The person's public key file (made on first use), to share."""
    from desktopapp.core import keys  # signing keys load with their first use

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
    from desktopapp.core import keys  # signing keys load with their first use

    return keys.read_public_key(text)


def fingerprint(public_key: str) -> str:
    from desktopapp.core import keys  # signing keys load with their first use

    return keys.fingerprint(public_key)


def get(_ctx: AppContext, person_id: int) -> PersonInfo:
    """NotFound (a DomainError) when there is no such person."""
    return people.get_person(person_id)


def find(ctx: AppContext, name: str) -> PersonInfo:
    """The person called `name` (any case); NotFound when there is none, DomainError when
    the name is not unique."""
    matches = [p for p in list_people(ctx) if p.display_name.lower() == name.lower()]
    if not matches:
        raise NotFound(f"There is no person called “{name}”.")
    if len(matches) > 1:
        raise DomainError(f"More than one person is called “{name}”.")
    return matches[0]


def needs_passphrase(_ctx: AppContext, person_id: int) -> bool:
    """Acting as anyone but this computer's own user (on a team: the connected member)
    needs their passphrase."""
    from desktopapp.core import passphrases  # loads with its first use

    return passphrases.needs_proof(person_id)


def set_passphrase(ctx: AppContext, person_id: int, passphrase: str) -> None:
    """Only an admin, or the person themselves."""
    from desktopapp.core import passphrases  # loads with its first use

    passphrases.set_passphrase(person_id, passphrase, ctx.actor)
    ctx.bus.emit(ChangeKind.PERSON, [person_id])
