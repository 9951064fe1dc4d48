"""People's signing keys: Ed25519 pairs whose private half lives only in the OS keyring
(through desktopapp/keychain.py) and whose public half is in the database. Review
responses are signed with them; a short fingerprint can be compared over the phone."""

from __future__ import annotations

import base64
import hashlib
import json

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives.asymmetric.ed25519 import (
    Ed25519PrivateKey,
    Ed25519PublicKey,
)
from cryptography.hazmat.primitives.serialization import Encoding, PublicFormat

from desktopapp import keychain
from desktopapp.core import audit
from desktopapp.core.errors import DomainError, PermissionDenied
from desktopapp.core.people import Role, require_person_row
from desktopapp.store.models import Person

SECRET_KIND = "signing-key"
MAX_KEY_FILE = 10_000


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def fingerprint(public_key_b64: str) -> str:
    """16 hex digits in four groups, e.g. "3f2a 91c0 77be 0d45": short enough to read out."""
    digest = hashlib.sha256(base64.b64decode(public_key_b64)).hexdigest()[:16]
    return " ".join(digest[i:i + 4] for i in range(0, 16, 4))


def ensure_keypair(person_id: int) -> str:
    """The person's public key, creating the pair (private half into the keyring) if needed."""
    row = require_person_row(person_id)
    if row.public_key and keychain.get_secret(SECRET_KIND, str(person_id)):
        return str(row.public_key)
    private = Ed25519PrivateKey.generate()
    raw_private = private.private_bytes_raw()
    public = _b64(private.public_key().public_bytes(Encoding.Raw, PublicFormat.Raw))
    keychain.set_secret(SECRET_KIND, str(person_id), _b64(raw_private))
    row.public_key = public
    row.save(only=[Person.public_key])  # a team member may change only this of their row
    audit.record(person_id, "key created", "person", person_id,
                 reason=f"fingerprint {fingerprint(public)}")
    return public


def sign(person_id: int, data: bytes) -> str:
    stored = keychain.get_secret(SECRET_KIND, str(person_id))
    if not stored:
        raise DomainError("This person has no signing key on this computer.")
    private = Ed25519PrivateKey.from_private_bytes(base64.b64decode(stored))
    return _b64(private.sign(data))


def verify(public_key_b64: str, data: bytes, signature_b64: str) -> bool:
    try:
        key = Ed25519PublicKey.from_public_bytes(base64.b64decode(public_key_b64))
        key.verify(base64.b64decode(signature_b64), data)
        return True
    except (InvalidSignature, ValueError):
        return False


def export_public_key(person_id: int) -> str:
    row = require_person_row(person_id)
    if not row.public_key:
        raise DomainError(f"{row.display_name} has no key yet.")
    return json.dumps({"format": "secondthought-public-key", "version": 1,
                       "name": row.display_name, "public_key": row.public_key,
                       "fingerprint": fingerprint(row.public_key)}, indent=2) + "\n"


def import_public_key(text: str, actor_id: int | None,
                      role: Role = Role.REVIEWER) -> Person:
    """Add (or confirm) a person from their exported key file. A different key for a name
    that already has one is refused: replacing keys silently is how trust is lost. Every
    refusal is audited."""
    try:
        return _import_public_key(text, actor_id, role)
    except DomainError as exc:
        audit.record(actor_id, "key rejected", "person", None, reason=str(exc))
        raise


def read_public_key(text: str) -> tuple[str, str]:
    """(name, public key) from a key file, checked but not trusted: the caller shows the
    fingerprint to compare before `import_public_key` trusts it."""
    if len(text) > MAX_KEY_FILE:
        raise DomainError("That is not a key file (too large).")
    try:
        data = json.loads(text)
        name, public = str(data["name"]).strip(), str(data["public_key"])
        Ed25519PublicKey.from_public_bytes(base64.b64decode(public, validate=True))
    except (ValueError, KeyError, TypeError, RecursionError, AttributeError):
        raise DomainError("That is not a Second Thought public key file.") from None
    if data.get("format") != "secondthought-public-key" or not name:
        raise DomainError("That is not a Second Thought public key file.")
    return name, public


def _import_public_key(text: str, actor_id: int | None, role: Role) -> Person:
    name, public = read_public_key(text)
    if role is not Role.AUTHOR:  # a reviewer's signature approves posts: admins only
        actor = Person.get_or_none(Person.id == actor_id) if actor_id is not None else None
        if actor is None or actor.role != Role.ADMIN.value:
            raise PermissionDenied("Only an admin can trust a reviewer's key.")
    existing = Person.get_or_none(Person.display_name == name)
    if existing is not None and existing.is_local_user:
        raise DomainError(f"“{name}” is you on this computer; a key file cannot replace "
                          "your own key.")
    if existing is not None:
        if existing.public_key and existing.public_key != public:
            raise DomainError(f"{name} already has a different key "
                              f"({fingerprint(existing.public_key)}); not replaced.")
        existing.public_key = public
        existing.save()
        person = existing
    else:
        person = Person.create(display_name=name, role=role.value, public_key=public)
    audit.record(actor_id, "key imported", "person", person.id,
                 reason=f"{name}, fingerprint {fingerprint(public)}")
    return person
