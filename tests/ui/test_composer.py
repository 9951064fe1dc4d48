"""The composer in a real main window: chips for the draft's channels with each network's
count and thread parts, per-channel text edited in place, the schedule, images and state
under the editor, and length warnings that follow the channels."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication

from desktopapp.core import channels, media, workflow
from desktopapp.core.channels import Kind
from tests.support.keyring_session import secret_service
from tests.unit.test_composer_counts import LONG

FIXTURE = Path(__file__).parents[1] / "fixtures" / "red-square.png"


@pytest.fixture
def channels_with_secrets(tmp_path, store, user):
    with secret_service(tmp_path / "home"):
        channels.add_channel(Kind.X, "Shop on X", user.id, url="http://127.0.0.1:9",
                             secret="t", timezone="Europe/Berlin")
        channels.add_channel(Kind.BLUESKY, "Shop Bluesky", user.id, url="http://127.0.0.1:9",
                             handle="shop.example", secret="t")
        yield


def codes(window) -> list[str]:
    return [w.code for w in window.editor.visible_warnings()]


def wait_for_counts(qtbot, window, text: str) -> None:
    qtbot.waitUntil(lambda: window.live.state is not None and window.live.state.text == text
                    and bool(window.live.state.counts), timeout=60_000)


def test_chips_count_per_channel_and_a_thread_is_not_a_length_error(
        make_window, qtbot, user, paths, channels_with_secrets) -> None:
    d = workflow.create_draft(user.id, LONG)
    channels.set_targets(d.id, ["Shop on X", "Shop Bluesky"], user.id)
    channels.set_channel_text(d.id, "Shop Bluesky", "Sale from Tuesday!", user.id)
    media.attach_image(d.id, FIXTURE, "", paths.db_path.parent / "media", user.id)
    when = datetime(2030, 3, 5, 8, 0, tzinfo=UTC)
    workflow.schedule(d.id, when, user.id, zone="Europe/Berlin", now=when - timedelta(days=9))
    window = make_window()
    wait_for_counts(qtbot, window, LONG)
    chips = window.editor.composer.chips.chips
    assert set(chips) == {"", "Shop on X", "Shop Bluesky"}
    assert chips[""].isChecked()
    assert chips["Shop on X"].text() == "Shop on X · 2 parts"
    assert chips["Shop Bluesky"].text() == "Shop Bluesky ✎ · 18/300"
    assert not chips["Shop on X"].property("danger")
    assert not any(c.startswith("length.") for c in codes(window))  # it becomes a thread
    assert not window.editor.lengths.isVisible()  # the Networks menu is for no channels
    footer = window.editor.composer.details
    assert footer.state.text() == "Draft"
    assert footer.schedule._full.startswith("Tue 05 Mar 09:00 Berlin")
    assert footer.images._full == "1 image · 1 without alt text"
    assert chips["Shop on X"].accessibleName().startswith("Edit the text for Shop on X")


def test_a_chip_edits_that_channels_text_in_place(make_window, qtbot, user,
                                                  channels_with_secrets) -> None:
    d = workflow.create_draft(user.id, LONG)
    channels.set_targets(d.id, ["Shop on X", "Shop Bluesky"], user.id)
    window = make_window()
    composer = window.editor.composer
    wait_for_counts(qtbot, window, LONG)
    qtbot.mouseClick(composer.chips.chips["Shop Bluesky"], Qt.MouseButton.LeftButton)
    assert composer.stack.currentWidget() is composer.pane
    assert composer.pane.text.toPlainText() == ""  # no own text yet: it gets the main one
    assert LONG[:40] in composer.pane.text.placeholderText()
    composer.pane.text.setPlainText("Linen sale from Tuesday")
    qtbot.waitUntil(lambda: composer.chips.chips["Shop Bluesky"].text()
                    == "Shop Bluesky ✎ · 23/300", timeout=30_000)  # counted as typed
    assert window.editor.flush()
    assert channels.channel_texts(d.id) == {"Shop Bluesky": "Linen sale from Tuesday"}
    assert window.editor.text.toPlainText() == LONG  # the main text is untouched
    composer.pane.use_main.click()
    assert channels.channel_texts(d.id) == {}
    composer.chips.chips[""].click()
    assert composer.stack.currentWidget() is window.editor.text


def test_a_part_too_long_even_as_a_thread_warns_for_that_channel(
        make_window, qtbot, user, channels_with_secrets) -> None:
    text = "Look: https://example.org/" + "a" * 400
    d = workflow.create_draft(user.id, text)
    channels.set_targets(d.id, ["Shop Bluesky"], user.id)
    window = make_window()
    wait_for_counts(qtbot, window, text)
    qtbot.waitUntil(lambda: "length.bluesky" in codes(window), timeout=30_000)
    assert window.editor.composer.chips.chips["Shop Bluesky"].property("danger")


def test_without_channels_the_networks_menu_counts(make_window, qtbot, user) -> None:
    workflow.create_draft(user.id, "No channels yet")
    window = make_window()
    assert window.editor.lengths.isVisible()
    assert window.editor.composer.chips.empty.isVisible()
    assert window.editor.composer.chips.chips == {}


def test_the_schedule_in_the_footer_opens_the_schedule_dialog(make_window, qtbot,
                                                              user) -> None:
    workflow.create_draft(user.id, "Schedule me")
    window = make_window()
    footer = window.editor.composer.details
    assert footer.schedule._full == "Not scheduled"
    assert footer.images._full == "No images"
    seen: list[str] = []

    def close_dialog() -> None:
        dialog = QApplication.activeModalWidget()
        seen.append(dialog.windowTitle() if dialog is not None else "")
        if dialog is not None:
            dialog.reject()

    QTimer.singleShot(300, close_dialog)
    qtbot.mouseClick(footer.schedule, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bool(seen), timeout=10_000)
    assert "Schedule" in seen[0]


def test_choosing_channels_counts_for_them_at_once_without_a_keystroke(
        make_window, qtbot, user, tmp_path) -> None:
    from desktopapp.app import channels as app_channels

    channels.add_channel(Kind.OUTBOX, "Folder", user.id, path=str(tmp_path / "out"))
    workflow.create_draft(user.id, "Doors open at nine on Saturday.")
    window = make_window()
    strip = window.editor.composer.chips
    qtbot.waitUntil(lambda: window.live.state is not None, timeout=60_000)
    assert strip.empty.isVisibleTo(window) and "no channel yet" in strip.empty.text()
    draft_id = window.editor.draft.id
    app_channels.set_targets(window.ctx, draft_id, ["Folder"])  # as the dialog does
    qtbot.waitUntil(lambda: "Folder" in strip.chips
                    and "…" not in strip.chips["Folder"].text(), timeout=20_000)
    assert not strip.empty.isVisibleTo(window)
