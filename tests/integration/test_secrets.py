"""Secrets in a real Secret Service (gnome-keyring on a private D-Bus session)."""

from __future__ import annotations

from pathlib import Path

import keyring.core
import pytest

from desktopapp import secrets
from tests.support.keyring_session import secret_service


def test_store_read_delete_in_a_real_keyring(tmp_path: Path) -> None:
    with secret_service(tmp_path / "home"):
        assert secrets.secure_backend_available()
        assert "SecretService" in secrets.backend_name()
        secrets.set_secret("token", "bluesky:me", "s3cr3t-value")
        assert secrets.get_secret("token", "bluesky:me") == "s3cr3t-value"
        secrets.delete_secret("token", "bluesky:me")
        assert secrets.get_secret("token", "bluesky:me") is None


def test_without_a_secure_backend_nothing_is_stored() -> None:
    keyring.core.set_keyring(keyring.core.load_keyring("keyring.backends.fail.Keyring"))
    assert not secrets.secure_backend_available()
    with pytest.raises(secrets.SecretStoreUnavailable, match="no secure keyring") as exc:
        secrets.set_secret("token", "x", "never-stored-anywhere")
    assert "never-stored-anywhere" not in str(exc.value)
