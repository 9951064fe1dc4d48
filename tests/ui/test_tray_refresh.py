"""The tray's text is a glance refreshed from a timer: a workspace that cannot be read at
that moment (a team server gone, a window closing) must not raise in Qt's event loop."""

from __future__ import annotations

import pytest

from desktopapp.store.errors import StoreError


def test_an_unreadable_workspace_keeps_the_trays_last_text(
        make_window, monkeypatch: pytest.MonkeyPatch) -> None:
    window = make_window()
    window.tray.refresh()
    before = window.tray.tooltip
    assert before.startswith("Second Thought — ")

    def unreadable(_ctx: object) -> str:
        raise StoreError("the team server closed the connection")

    monkeypatch.setattr("desktopapp.app.tray.next_post_text", unreadable)
    window.tray.refresh()  # no exception
    assert window.tray.tooltip == before
