"""Secrets in a real Secret Service (gnome-keyring on a private D-Bus session)."""

from __future__ import annotations

from pathlib import Path

import keyring.core
import pytest

from desktopapp import keychain
from tests.support.keyring_session import secret_service


def test_store_read_delete_in_a_real_keyring(tmp_path: Path) -> None:
    with secret_service(tmp_path / "home"):
        assert keychain.secure_backend_available()
        assert "SecretService" in keychain.backend_name()
        # People read words, not the class name.
        assert keychain.backend_label() == ("the Secret Service keyring (GNOME Keyring or "
                                            "KWallet)")
        keychain.set_secret("token", "bluesky:me", "s3cr3t-value")
        assert keychain.get_secret("token", "bluesky:me") == "s3cr3t-value"
        keychain.delete_secret("token", "bluesky:me")
        assert keychain.get_secret("token", "bluesky:me") is None


def test_without_a_secure_backend_nothing_is_stored() -> None:
    keyring.core.set_keyring(keyring.core.load_keyring("keyring.backends.fail.Keyring"))
    assert not keychain.secure_backend_available()
    with pytest.raises(keychain.SecretStoreUnavailable, match="no secure keyring") as exc:
        keychain.set_secret("token", "x", "never-stored-anywhere")
    assert "never-stored-anywhere" not in str(exc.value)
