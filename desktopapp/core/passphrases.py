"""Proof of who is reviewing. On one computer, acting in someone else's name (the review
inbox's "Reviewing as", the CLI's `--as`) needs that person's passphrase, asked at each
approval, override or rejection. It is stored only as a slow salted hash (scrypt, from
the standard library); wrong guesses are counted and written to the audit log."""

from __future__ import annotations

import base64
import hashlib
import hmac
import os

from desktopapp.core import audit
from desktopapp.core.errors import DomainError, PermissionDenied
from desktopapp.store.models import Person

MIN_LENGTH = 8
# scrypt cost: about 50 ms and 16 MiB per guess here (interactive use, RFC 7914's advice).
N, R, P = 2**14, 8, 1
SALT_BYTES = 16


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def hash_passphrase(passphrase: str, salt: bytes | None = None) -> str:
    salt = salt if salt is not None else os.urandom(SALT_BYTES)
    digest = hashlib.scrypt(passphrase.encode("utf-8"), salt=salt, n=N, r=R, p=P,
                            maxmem=64 * 1024 * 1024, dklen=32)
    return f"scrypt${N}${R}${P}${_b64(salt)}${_b64(digest)}"


def _matches(stored: str, passphrase: str) -> bool:
    try:
        kind, n, r, p, salt, digest = stored.split("$")
        if kind != "scrypt":
            return False
        computed = hashlib.scrypt(passphrase.encode("utf-8"), salt=base64.b64decode(salt),
                                  n=int(n), r=int(r), p=int(p), maxmem=64 * 1024 * 1024,
                                  dklen=32)
    except (ValueError, TypeError):
        return False
    return hmac.compare_digest(computed, base64.b64decode(digest))


def check_new(passphrase: str) -> None:
    if len(passphrase) < MIN_LENGTH:
        raise DomainError(f"A passphrase needs at least {MIN_LENGTH} characters.")


def set_passphrase(person_id: int, passphrase: str, actor_id: int | None) -> None:
    """Set (or replace) a person's passphrase: only an admin, or the person themselves
    proving the old one through `change_passphrase`."""
    check_new(passphrase)
    person = Person.get_by_id(person_id)
    if actor_id is not None and actor_id != person_id:
        actor = Person.get_or_none(Person.id == actor_id)
        if actor is None or actor.role != "admin":
            raise PermissionDenied("Only an admin can set someone else's passphrase.")
    db = Person._meta.database
    with db.atomic():
        person.passphrase_hash = hash_passphrase(passphrase)
        person.failed_passphrases = 0
        person.save()
        audit.record(actor_id, "passphrase set", "person", person_id,
                     reason=person.display_name)


def has_passphrase(person_id: int) -> bool:
    return bool(Person.select(Person.passphrase_hash).where(Person.id == person_id).scalar())


def needs_proof(person_id: int) -> bool:
    """Acting as anyone but this computer's own user (on a team: the connected member)
    needs their passphrase."""
    from desktopapp.core.people import local_user

    local = local_user()
    return local is None or person_id != local.id


def prove(person_id: int, passphrase: str | None, what: str) -> None:
    """Raise PermissionDenied unless `passphrase` is this person's. A wrong one is counted
    and audited: call this before (outside) the transaction of the action it guards, or
    the refusal would roll its own trace back."""
    if not needs_proof(person_id):
        return
    person = Person.get_by_id(person_id)
    if not person.passphrase_hash:
        raise PermissionDenied(
            f"{person.display_name} has no passphrase on this computer, so no one can "
            f"{what} in their name here. An admin sets one (People, or `secondthought "
            "people set-passphrase`).")
    if not passphrase:
        raise PermissionDenied(f"{person.display_name}'s passphrase is needed to {what} in "
                               "their name.")
    if _matches(str(person.passphrase_hash), passphrase):
        if person.failed_passphrases:
            Person.update(failed_passphrases=0).where(Person.id == person_id).execute()
        return
    db = Person._meta.database
    with db.atomic():
        Person.update(failed_passphrases=Person.failed_passphrases + 1).where(
            Person.id == person_id).execute()
        failed = Person.select(Person.failed_passphrases).where(
            Person.id == person_id).scalar()
        audit.record(person_id, "wrong passphrase", "person", person_id,
                     reason=f"trying to {what} ({failed} wrong in a row)")
    raise PermissionDenied(f"That is not {person.display_name}'s passphrase.")
