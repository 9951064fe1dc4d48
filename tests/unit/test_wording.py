"""Words people read: a failed connection always gives a reason (never a bare colon), and
the keyring is named in words, not as a Python class."""

from __future__ import annotations

import socket

import pytest

from desktopapp import keychain
from desktopapp.core.errors import DomainError
from desktopapp.publish.networks.bluesky import _message


def _closed_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def test_a_refused_bluesky_connection_says_why() -> None:
    from atproto import Client

    client = Client(base_url=f"http://127.0.0.1:{_closed_port()}")
    with pytest.raises(Exception) as caught:
        client.login("someone.test", "pw", fetch_bsky_profile=False)
    assert str(caught.value) == ""  # the SDK's own message is empty: the cause has it
    reason = _message(caught.value)
    assert reason and not reason.endswith(":")
    assert "refused" in reason.lower() and "Errno" not in reason


def test_no_keyring_message_has_no_class_name() -> None:
    # This machine's default keyring is keyring.backends.fail (see TESTING.md).
    with pytest.raises(DomainError) as caught:
        keychain.set_secret("test", "x", "value")
    assert "keyring.backends" not in str(caught.value)
    assert "found: none" in str(caught.value)
