"""The only code that touches the OS keyring. Secrets (signing keys now, account tokens
later) never go to the database, logs, exports or exception text.

When the system has no secure keyring backend, storing a secret is refused with a plain
explanation instead of falling back to something weaker.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import TYPE_CHECKING, Any

from desktopapp.core.errors import DomainError

if TYPE_CHECKING:
    from keyring.backend import KeyringBackend

# keyring is imported when a secret is first needed, not with the window: it costs
# ~50 ms, and most sessions never touch a secret.


def _keyring() -> Any:
    import keyring
    import keyring.errors

    return keyring

SERVICE = "secondthought"
INSECURE = ("fail", "null", "chainer", "plaintext", "keyrings.alt")


class SecretStoreUnavailable(DomainError):
    """No secure place to keep secrets; the message says what to install or unlock."""


def _backend() -> KeyringBackend:
    try:
        return _keyring().get_keyring()
    except Exception as exc:  # keyring loads the backend named in keyringrc.cfg by import
        raise SecretStoreUnavailable(
            "The keyring settings (keyringrc.cfg) name a backend that cannot be loaded "
            f"({type(exc).__name__}: {str(exc)[:120]}). Fix or remove that file.") from None


def backend_name() -> str:
    backend = _backend()
    return f"{type(backend).__module__}.{type(backend).__name__}"


# What people call the places a keyring keeps secrets (by the backend's module name).
LABELS = (("secretservice", "the Secret Service keyring (GNOME Keyring or KWallet)"),
          ("kwallet", "KWallet"), ("macos", "the macOS Keychain"),
          ("windows", "the Windows Credential Manager"),
          ("libsecret", "the Secret Service keyring (GNOME Keyring or KWallet)"),
          ("fail", "none"), ("null", "none"), ("chainer", "a keyring that asks in a terminal"),
          ("plaintext", "a plain-text file"), ("keyrings.alt", "a file-based keyring"))


def backend_label() -> str:
    """The keyring in words for people, not the Python class name."""
    name = backend_name().lower()
    return next((label for key, label in LABELS if key in name), "the system keyring")


def secure_backend_available() -> bool:
    try:
        backend = _backend()
    except SecretStoreUnavailable:
        return False
    name = backend_name().lower()
    return getattr(backend, "priority", 0) > 0 and not any(bad in name for bad in INSECURE)


def _require_secure() -> None:
    _backend()  # a keyring that cannot even load says why, in its own words
    if not secure_backend_available():
        raise SecretStoreUnavailable(
            "There is no secure keyring on this computer (found: "
            f"{backend_label()}), so Second Thought will not store secrets. Install and "
            "unlock a Secret Service keyring such as GNOME Keyring or KWallet.")


def _user(kind: str, name: str) -> str:
    return f"{kind}:{name}"


def set_secret(kind: str, name: str, value: str) -> None:
    _require_secure()
    keyring = _keyring()
    try:
        keyring.set_password(SERVICE, _user(kind, name), value)
    except keyring.errors.KeyringError as exc:
        # The message may not contain the value; keyring's errors do not, ours neither.
        raise SecretStoreUnavailable(f"The keyring refused to store the {kind} "
                                     f"({type(exc).__name__}).") from None


# Where no keyring exists (a headless server running `secondthought worker` under systemd),
# secrets come from systemd credential files instead: `LoadCredential=` puts them, readable
# by the service alone, in the folder $CREDENTIALS_DIRECTORY names. File per kind:
CREDENTIAL_FILES = {"workspace": "workspace-password", "channel-secret": "channel-"}


def credential_file(kind: str, name: str) -> str | None:
    """The credential's file name for this secret ("channel-" + the channel's name, any
    character outside letters, digits, . _ - replaced by _); None for kinds never read
    from credential files (a reviewer's signing key stays in a person's keyring)."""
    prefix = CREDENTIAL_FILES.get(kind)
    if prefix is None:
        return None
    if not prefix.endswith("-"):
        return prefix
    return prefix + "".join(c if c.isascii() and (c.isalnum() or c in "._-") else "_"
                            for c in name)


def _from_credentials(kind: str, name: str) -> str | None:
    folder, file_name = os.environ.get("CREDENTIALS_DIRECTORY"), credential_file(kind, name)
    if not folder or file_name is None:
        return None
    try:
        return Path(folder, file_name).read_text(encoding="utf-8").strip() or None
    except FileNotFoundError:
        return None
    except (OSError, UnicodeError) as exc:
        raise SecretStoreUnavailable(f"The credential file {file_name} could not be read "
                                     f"({type(exc).__name__}).") from None


def get_secret(kind: str, name: str) -> str | None:
    from_file = _from_credentials(kind, name)
    if from_file is not None:
        return from_file
    _require_secure()
    keyring = _keyring()
    try:
        return keyring.get_password(SERVICE, _user(kind, name))
    except keyring.errors.KeyringError as exc:
        raise SecretStoreUnavailable(f"The keyring could not be read "
                                     f"({type(exc).__name__}).") from None


def delete_secret(kind: str, name: str) -> None:
    _require_secure()
    keyring = _keyring()
    try:
        keyring.delete_password(SERVICE, _user(kind, name))
    except keyring.errors.PasswordDeleteError:
        pass  # already gone
    except keyring.errors.KeyringError as exc:
        raise SecretStoreUnavailable(f"The keyring could not delete the {kind} "
                                     f"({type(exc).__name__}).") from None
