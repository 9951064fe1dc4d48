"""Channels dialog (add, edit, test, remove, no secure keyring), the targets checklist,
the resume dialog (send, reschedule or hold each post that came due) and the tray."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from desktopapp.core import channels, pause, post_queue, workflow
from desktopapp.core.channels import Kind
from desktopapp.store.fields import utcnow
from desktopapp.store.models import AuditEvent, Draft
from desktopapp.ui.channels_dialog import ChannelsDialog
from desktopapp.ui.publishing_dialogs import HOLD, RESCHEDULE, ResumeDialog, TargetsDialog


def test_add_edit_test_and_remove_an_outbox_channel(qtbot, store, user, app_ctx, tmp_path: Path,
                                                    monkeypatch: pytest.MonkeyPatch) -> None:
    dialog = ChannelsDialog(app_ctx)
    qtbot.addWidget(dialog)
    assert "new channel" in dialog.outcome.text().lower()  # no channels: straight to a form
    dialog.kind.setCurrentIndex(dialog.kind.findData("outbox"))
    assert not dialog.form.isRowVisible(dialog.secret)  # an outbox has no secret
    dialog.name.setText("Local folder")
    dialog.path.setText(str(tmp_path / "out"))
    dialog.zone.setCurrentText("Europe/Berlin")
    dialog.slots.setText("mon-fri 09:00,13:00")
    dialog.gap.setValue(90)
    assert dialog.save()
    info = channels.get_channel("Local folder")
    assert (info.timezone, info.min_gap_minutes) == ("Europe/Berlin", 90)
    assert [s.label() for s in post_queue.slots("Local folder")][:2] == ["Mon 09:00", "Mon 13:00"]
    dialog.zone.setCurrentText("Mars/Olympus")
    dialog.slots.setText("mon-fri 9h")
    assert not dialog.save() and "marked in red" in dialog.outcome.text()
    # In place: each field says what is wrong with it, and nothing typed is lost.
    assert "not a time zone" in dialog.field_errors["zone"].text()
    assert "9h" in dialog.field_errors["slots"].text()
    assert dialog.slots.text() == "mon-fri 9h" and dialog.gap.value() == 90
    assert [s.label() for s in post_queue.slots("Local folder")][:1] == ["Mon 09:00"]
    dialog.slots.setText("mon-fri 09:00,13:00; sat 10:00")
    dialog.zone.setCurrentText("Europe/London")
    assert dialog.save()
    assert not dialog.field_errors["zone"].shown and not dialog.field_errors["slots"].shown
    # Slots come back in the short form people type, shown from their start.
    assert dialog.slots.text() == "mon-fri 09:00,13:00; sat 10:00"
    assert dialog.slots.cursorPosition() == 0
    assert channels.get_channel("Local folder").timezone == "Europe/London"
    dialog.test_connection()
    qtbot.waitUntil(lambda: "writable" in dialog.outcome.text(), timeout=5000)
    monkeypatch.setattr("desktopapp.ui.channels_dialog.QMessageBox.question",
                        lambda *_a, **_k: QMessageBox.StandardButton.Yes)
    dialog._remove()
    assert channels.list_channels() == []
    actions = [e.action for e in AuditEvent.select().where(AuditEvent.subject_type == "channel")]
    assert actions[:3] == ["channel added", "channel changed", "queue slots set"]
    assert "channel removed" in actions


def test_without_a_secure_keyring_a_bluesky_channel_is_refused_plainly(
        qtbot, store, user, app_ctx, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr("desktopapp.keychain.secure_backend_available", lambda: False)
    dialog = ChannelsDialog(app_ctx)
    qtbot.addWidget(dialog)
    dialog.kind.setCurrentIndex(dialog.kind.findData("bluesky"))
    assert "No secure keyring" in dialog.keyring_note.text()
    assert dialog.form.labelForField(dialog.secret).text() == "App password"


def test_targets_checklist(qtbot, store, user, app_ctx, tmp_path: Path) -> None:
    for name in ("a", "b"):
        channels.add_channel(Kind.OUTBOX, name, user.id, path=str(tmp_path / name))
    d = workflow.create_draft(user.id, "Where to")
    channels.set_targets(d.id, ["b"])
    dialog = TargetsDialog(app_ctx, d.id)
    qtbot.addWidget(dialog)
    states = [dialog.list.item(i).checkState() for i in range(2)]
    assert states == [Qt.CheckState.Unchecked, Qt.CheckState.Checked]
    dialog.list.item(0).setCheckState(Qt.CheckState.Checked)
    assert dialog.chosen() == ["a", "b"]


def test_resume_lets_each_due_post_be_sent_rescheduled_or_held(
        qtbot, app_ctx, user, tmp_path: Path) -> None:
    channels.add_channel(Kind.OUTBOX, "folder", user.id, path=str(tmp_path / "o"))
    past = utcnow() - timedelta(days=2)
    ended = past + timedelta(days=1)
    ids = []
    for text in ("Send me", "Move me", "Hold me"):
        d = workflow.create_draft(user.id, text)
        channels.set_targets(d.id, ["folder"])
        workflow.submit(d.id, user.id, now=past)
        workflow.schedule(d.id, ended, user.id, now=ended)
        ids.append(d.id)
    pause.pause("Breaking news", user.id)
    dialog = ResumeDialog(app_ctx)
    qtbot.addWidget(dialog)
    assert dialog.table.rowCount() == 3 and "Breaking news" in dialog.intro.text()
    tomorrow = utcnow() + timedelta(days=1)
    dialog.choose(1, RESCHEDULE, tomorrow)
    dialog.choose(2, HOLD)
    dialog.apply()
    assert dialog.result() == dialog.DialogCode.Accepted and not pause.state().paused
    rows = {r.id: r for r in Draft.select()}
    assert rows[ids[0]].scheduled_at == ended  # goes out now
    assert abs((rows[ids[1]].scheduled_at - tomorrow).total_seconds()) < 60
    assert rows[ids[2]].scheduled_at is None and rows[ids[2]].state == "submitted"
    assert [i.draft_id for i in pause.due_now()] == [ids[0]]


def test_tray_shows_the_next_post_and_notifies_failures(qtbot, make_window, user,
                                                        tmp_path) -> None:
    window = make_window()
    qtbot.waitUntil(lambda: "Nothing scheduled" in window.tray.tooltip, timeout=3000)
    channels.add_channel(Kind.OUTBOX, "folder", user.id, path=str(tmp_path / "o"))
    d = workflow.create_draft(user.id, "Soon")
    channels.set_targets(d.id, ["folder"])
    workflow.schedule(d.id, utcnow() + timedelta(days=3), user.id)
    workflow.submit(d.id, user.id)
    window.tray.refresh()
    assert "Next post:" in window.tray.tooltip and "on folder" in window.tray.tooltip
    window.publishing.pause_all("Storm warning")
    qtbot.waitUntil(lambda: "paused: Storm warning" in window.tray.tooltip, timeout=2000)
    opened: list[int] = []
    window.tray.open_draft.connect(opened.append)
    window.tray.notify_failure(d.id, "folder", "HTTP 401: bad token")
    assert window.tray.last_message[0] == f"Post {d.id} could not go to folder"
    window.tray.icon.messageClicked.emit()
    assert opened == [d.id]


def test_per_channel_text_dialog_previews_and_saves(qtbot, store, user, app_ctx, tmp_path) -> None:
    from desktopapp.ui.channel_text_dialog import ChannelTextDialog

    channels.add_channel(Kind.OUTBOX, "folder", user.id, path=str(tmp_path / "o"))
    d = workflow.create_draft(user.id, "First part.\n---\nSecond part.")
    channels.set_targets(d.id, ["folder"])
    dialog = ChannelTextDialog(app_ctx, d.id)
    qtbot.addWidget(dialog)
    tab = dialog.channel_tabs[0]
    assert "2 posts from the draft's text" in tab.summary.text()
    tab.editor.setPlainText("Only one post here.")
    qtbot.waitUntil(lambda: "1 post from its own text" in tab.summary.text(), timeout=2000)
    dialog.save()
    assert channels.channel_texts(d.id) == {"folder": "Only one post here."}


def test_images_dialog_attaches_describes_and_removes(qtbot, store, user, app_ctx, tmp_path,
                                                     monkeypatch: pytest.MonkeyPatch) -> None:
    from desktopapp.core import media
    from desktopapp.ui.images_dialog import ImagesDialog

    png = Path(__file__).resolve().parents[1] / "fixtures" / "red-square.png"
    channels.add_channel(Kind.OUTBOX, "folder", user.id, path=str(tmp_path / "o"))
    d = workflow.create_draft(user.id, "Look at our new sign")
    channels.set_targets(d.id, ["folder"])
    dialog = ImagesDialog(app_ctx, d.id)
    qtbot.addWidget(dialog)
    assert "No images yet" in dialog.limits.text()
    dialog.attach(png)
    assert dialog.list.count() == 1 and "no alt text" in dialog.list.item(0).text()
    assert [w.code for w in _check_warnings(d.id)] == ["accessibility.alt-text"]
    dialog.alt.setPlainText("A red square sign above the shop door")
    dialog.save_alt_text()
    assert media.images(d.id, app_ctx.media_dir)[0].alt_text.startswith("A red square")
    assert _check_warnings(d.id) == []
    stored = media.images(d.id, app_ctx.media_dir)[0].path
    dialog.remove()
    assert media.images(d.id, app_ctx.media_dir) == [] and not stored.exists()
    warned: list[str] = []
    monkeypatch.setattr("desktopapp.ui.images_dialog.QMessageBox.warning",
                        lambda _parent, _title, text: warned.append(text))
    dialog.attach(tmp_path / "nope.txt")  # not there: a message, nothing attached
    assert "cannot be read" in warned[0] and dialog.list.count() == 0


def _check_warnings(draft_id: int):  # type: ignore[no-untyped-def]
    from desktopapp.checks.engine import CheckEngine
    from desktopapp.core import drafts, media, workspace

    context = workspace.load().context(media=media.for_checks(draft_id))
    report = CheckEngine().check(drafts.get_draft(draft_id).body, context, grammar=False)
    return [w for w in report.warnings if w.category.value == "accessibility"]


def test_an_outbox_without_a_folder_is_marked_at_the_field_and_a_new_channel_is_audited_once(
        qtbot, store, user, app_ctx, tmp_path: Path) -> None:
    dialog = ChannelsDialog(app_ctx)
    qtbot.addWidget(dialog)
    dialog.kind.setCurrentIndex(dialog.kind.findData("outbox"))
    dialog.name.setText("Folder")
    assert not dialog.save()
    assert "folder" in dialog.field_errors["path"].text() and "--" not in dialog.outcome.text()
    dialog.path.setText(str(tmp_path / "out"))
    assert dialog.save() and not dialog.field_errors["path"].shown
    actions = [e.action for e in AuditEvent.select().where(AuditEvent.subject_type == "channel")]
    assert actions == ["channel added"]  # not also "changed" and "no slots" with nothing set
    assert dialog.close_button.isVisibleTo(dialog)


def test_a_new_channel_starts_in_the_workspace_display_zone(qtbot, store, user, app_ctx,
                                                            monkeypatch) -> None:
    from desktopapp.core import display_zone

    monkeypatch.setenv("TZ", "America/Toronto")  # this computer's zone, without a setting
    dialog = ChannelsDialog(app_ctx)
    qtbot.addWidget(dialog)
    assert dialog.zone.currentText() == "America/Toronto"  # not "UTC"
    display_zone.set_display_zone("Europe/Berlin")  # the workspace's own choice wins
    dialog.close()
    again = ChannelsDialog(app_ctx)
    qtbot.addWidget(again)
    assert again.zone.currentText() == "Europe/Berlin"


def test_an_empty_channel_list_says_what_it_is_for(qtbot, store, user, app_ctx) -> None:
    from PySide6.QtGui import QColor, QImage

    dialog = ChannelsDialog(app_ctx)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    assert dialog.list.count() == 0 and "No channels yet" in dialog.list.note
    image = dialog.list.viewport().grab().toImage().convertToFormat(QImage.Format.Format_RGB32)
    base = image.pixelColor(image.width() - 2, image.height() - 2)  # empty corner
    drawn = sum(1 for x in range(0, image.width(), 2) for y in range(0, 60, 2)
                if image.pixelColor(x, y) != base)
    assert drawn > 20, "the note is not drawn"  # a blank box before
    assert base != QColor(0, 0, 0)
