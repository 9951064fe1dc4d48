"""Channels: the accounts posts go to. Add, edit, remove and "Test connection" (which
really logs in, off the GUI thread). Secrets go to the OS keyring and are never shown
again: the field stays empty, and typing into it replaces the stored one."""

from __future__ import annotations

from collections.abc import Callable
from zoneinfo import available_timezones

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QColor, QIcon, QPainter, QPaintEvent, QPalette, QPixmap
from PySide6.QtWidgets import (
    QCheckBox,
    QColorDialog,
    QComboBox,
    QDialog,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from desktopapp import keychain
from desktopapp.app import channels
from desktopapp.app import drafts as app_drafts
from desktopapp.app.channels import NEEDS_SECRET, ChannelForm, ChannelInfo, Kind
from desktopapp.app.context import ACTION_ERRORS, AppContext
from desktopapp.core.errors import DomainError
from desktopapp.core.zones import zone_info
from desktopapp.ui.field_errors import checked
from desktopapp.ui.theme import inset_spin_boxes
from desktopapp.ui.window_state import default_size
from desktopapp.ui.workers import SerialWorker

SECRET_LABELS = {Kind.BLUESKY: "App password", Kind.MASTODON: "Access token",
                 Kind.X: "Bearer / access token", Kind.WEBHOOK: "Signing key"}
URL_HINTS = {Kind.BLUESKY: "https://bsky.social (or your PDS)",
             Kind.MASTODON: "https://mastodon.social", Kind.X: "https://api.x.com (optional)",
             Kind.WEBHOOK: "https://example.org/hooks/posts", Kind.OUTBOX: ""}


def swatch(colour: str) -> QIcon:
    pixmap = QPixmap(14, 14)
    pixmap.fill(QColor(colour))
    return QIcon(pixmap)


def _reason(check: Callable[[], object]) -> str | None:
    try:
        check()
    except DomainError as exc:
        return str(exc)
    return None


class EmptyNoteList(QListWidget):
    """A list that says what it is for while it is empty (a blank white box looked
    broken beside the form)."""

    def __init__(self, note: str) -> None:
        super().__init__()
        self.note = note

    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)
        if self.count():
            return
        painter = QPainter(self.viewport())
        painter.setPen(self.palette().color(QPalette.ColorRole.PlaceholderText))
        area = self.viewport().rect().adjusted(10, 10, -10, -10)
        painter.drawText(area, int(Qt.AlignmentFlag.AlignTop | Qt.TextFlag.TextWordWrap),
                         self.note)
        painter.end()


class ChannelsDialog(QDialog):
    changed = Signal()

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle("Channels")
        default_size(self, 820, 520)
        self.ctx = ctx
        self.list = EmptyNoteList("No channels yet. Pick a kind, fill in the form and Save.")
        self.list.setAccessibleName("Channels")
        self.list.setMinimumWidth(220)
        self.list.currentItemChanged.connect(lambda *_: self._load_current())
        self.kind = QComboBox()
        for kind in Kind:
            self.kind.addItem(kind.value.capitalize() if kind is not Kind.X else "X",
                              kind.value)
        self.kind.currentIndexChanged.connect(self._kind_changed)
        self.name = QLineEdit()
        self.name.setAccessibleName("Channel name")
        self.url = QLineEdit()
        self.url.setAccessibleName("Address (URL)")
        self.handle = QLineEdit()
        self.handle.setAccessibleName("Account handle")
        self.path = QLineEdit()
        self.path.setAccessibleName("Outbox folder")
        browse = QPushButton("Browse…")
        browse.clicked.connect(self._browse)
        self.path_row = QHBoxLayout()
        path_box, path_error = checked(self.path)
        self.path_row.addWidget(path_box, 1)
        self.path_row.addWidget(browse)
        self.zone = QComboBox()
        self.zone.setEditable(True)
        self.zone.addItems(sorted(available_timezones()))
        self.colour = QPushButton()
        self.colour.clicked.connect(self._pick_colour)
        self._colour_value = ""
        self.gap = QSpinBox()
        self.gap.setRange(0, 7 * 24 * 60)
        self.gap.setSuffix(" min")
        self.slots = QLineEdit()
        self.slots.setAccessibleName("Queue slots")
        self.slots.setPlaceholderText("mon-fri 09:00,13:00; sat 10:00")
        self.secret = QLineEdit()
        self.secret.setAccessibleName("Secret (token or password)")
        self.secret.setEchoMode(QLineEdit.EchoMode.Password)
        self.paused = QCheckBox("Hold every post to this channel")
        self.pause_reason = QLineEdit()
        self.pause_reason.setAccessibleName("Why it is paused")
        self.pause_reason.setPlaceholderText("Why (shown on its posts in the calendar)")
        self.paused.toggled.connect(self.pause_reason.setEnabled)
        pause_row = QVBoxLayout()
        pause_row.addWidget(self.paused)
        pause_row.addWidget(self.pause_reason)
        self.form = QFormLayout()
        self.form.addRow("Kind", self.kind)
        name_box, name_error = checked(self.name)
        self.form.addRow("Name", name_box)
        self.form.addRow("Server URL", self.url)
        self.form.addRow("Handle", self.handle)
        self.form.addRow("Folder", self.path_row)
        zone_box, zone_error = checked(self.zone)
        self.form.addRow("Time zone", zone_box)
        self.form.addRow("Colour", self.colour)
        self.form.addRow("Minimum gap", self.gap)
        slots_box, slots_error = checked(self.slots)
        self.form.addRow("Queue slots", slots_box)
        self.field_errors = {"name": name_error, "path": path_error, "zone": zone_error,
                             "slots": slots_error}
        self.form.addRow("Secret", self.secret)
        self.form.addRow("Paused", pause_row)
        self.keyring_note = QLabel()
        self.keyring_note.setWordWrap(True)
        self.outcome = QLabel()
        self.outcome.setWordWrap(True)
        self.outcome.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.add_button = QPushButton("New channel")
        self.save_button = QPushButton("Save")
        self.save_button.setDefault(True)
        self.close_button = QPushButton("Close")
        self.close_button.clicked.connect(self.accept)
        self.remove_button = QPushButton("Remove…")
        self.test_button = QPushButton("Test connection")
        self.add_button.clicked.connect(self._new)
        self.save_button.clicked.connect(self.save)
        self.remove_button.clicked.connect(self._remove)
        self.test_button.clicked.connect(self.test_connection)
        buttons = QHBoxLayout()
        for b in (self.test_button, self.remove_button):
            buttons.addWidget(b)
        buttons.addStretch(1)
        buttons.addWidget(self.save_button)
        buttons.addWidget(self.close_button)
        right = QVBoxLayout()
        right.addLayout(self.form)
        right.addWidget(self.keyring_note)
        right.addWidget(self.outcome)
        right.addStretch(1)
        right.addLayout(buttons)
        left = QVBoxLayout()
        left.addWidget(self.list, 1)
        left.addWidget(self.add_button)
        layout = QHBoxLayout(self)
        layout.addLayout(left)
        layout.addLayout(right, 1)
        self.worker = SerialWorker(self)
        self.worker.result.connect(lambda _r, text: self._show_result(str(text), ok=True))
        self.worker.error.connect(lambda _r, text: self._show_result(text, ok=False))
        self._tests = 0
        inset_spin_boxes(self)
        self.reload()

    # --- list ------------------------------------------------------------------------------
    def reload(self, select: str | None = None) -> None:
        self.list.clear()
        for info in channels.list_channels(self.ctx):
            item = QListWidgetItem(swatch(info.colour), f"{info.name}  ·  {info.kind.value}"
                                   + ("  · paused" if info.paused else ""))
            item.setData(Qt.ItemDataRole.UserRole, info.name)
            self.list.addItem(item)
            if info.name == select:
                self.list.setCurrentItem(item)
        if self.list.currentItem() is None and self.list.count():
            self.list.setCurrentRow(0)
        if not self.list.count():
            self._new()

    def current(self) -> ChannelInfo | None:
        item = self.list.currentItem()
        return None if item is None else channels.get(
            self.ctx, str(item.data(Qt.ItemDataRole.UserRole)))

    def _load_current(self) -> None:
        info = self.current()
        if info is None:
            return
        self.kind.setCurrentIndex(self.kind.findData(info.kind.value))
        self.kind.setEnabled(False)
        self.name.setText(info.name)
        self.name.setReadOnly(True)
        self.url.setText(info.url)
        self.handle.setText(info.handle)
        self.path.setText(info.path)
        self.zone.setCurrentText(info.timezone)
        self._set_colour(info.color, shown=info.colour)
        self.gap.setValue(info.min_gap_minutes)
        self.slots.setText(channels.slots_text(self.ctx, info.name))
        self.slots.setCursorPosition(0)  # show the start, not the end of a long list
        for error in self.field_errors.values():
            error.clear_reason()
        self.secret.clear()
        self.secret.setPlaceholderText("stored in the keyring; type to replace it")
        self.paused.setChecked(info.paused)
        self.pause_reason.setText(info.paused_reason)
        self.pause_reason.setEnabled(info.paused)
        self.outcome.clear()
        self.remove_button.setEnabled(True)
        self.test_button.setEnabled(True)
        self._kind_changed()

    def _new(self) -> None:
        self.list.setCurrentRow(-1)
        self.kind.setEnabled(True)
        self.name.setReadOnly(False)
        for field in (self.name, self.url, self.handle, self.path, self.slots, self.secret):
            field.clear()
        for error in self.field_errors.values():
            error.clear_reason()
        # The zone the workspace shows times in (a setting, else this computer's): its
        # queue slots and times are then what the person reads everywhere else.
        self.zone.setCurrentText(getattr(app_drafts.display_zone(self.ctx), "key", None)
                                 or "UTC")
        self._set_colour("")
        self.gap.setValue(0)
        self.secret.setPlaceholderText("")
        self.paused.setChecked(False)
        self.pause_reason.clear()
        self.pause_reason.setEnabled(False)
        self.outcome.setText("A new channel: fill in the fields and Save.")
        self.remove_button.setEnabled(False)
        self.test_button.setEnabled(False)
        self.name.setFocus()
        self._kind_changed()

    def _kind_changed(self) -> None:
        kind = Kind(self.kind.currentData())
        self.form.setRowVisible(self.url, kind is not Kind.OUTBOX)
        self.form.setRowVisible(self.handle, kind in (Kind.BLUESKY, Kind.X))
        self.form.setRowVisible(self.path_row, kind is Kind.OUTBOX)
        self.form.setRowVisible(self.secret, kind in NEEDS_SECRET)
        self.url.setPlaceholderText(URL_HINTS[kind])
        label = self.form.labelForField(self.secret)
        if isinstance(label, QLabel):
            label.setText(SECRET_LABELS.get(kind, "Secret"))
        secure = keychain.secure_backend_available()
        self.keyring_note.setText(
            "" if kind not in NEEDS_SECRET else
            f"Secrets are kept in {keychain.backend_label()}." if secure
            else "<b>No secure keyring is available</b> (no Secret Service is running), so "
                 "this channel's secret cannot be stored. Start your desktop's keyring and "
                 "try again.")

    # --- actions ----------------------------------------------------------------------------
    def _check_fields(self) -> bool:
        """Mark what is wrong next to each field (all at once) before anything is saved;
        everything typed stays as it is."""
        errors = self.field_errors
        fine = errors["zone"].show_reason(_reason(lambda: zone_info(
            self.zone.currentText().strip())))
        fine &= errors["slots"].show_reason(_reason(lambda: channels.parse_slots(
            self.slots.text())))
        outbox = Kind(self.kind.currentData()) is Kind.OUTBOX
        fine &= errors["path"].show_reason(
            "Choose the folder the posts are written to." if outbox
            and not self.path.text().strip() else None)
        if self.current() is None:
            fine &= errors["name"].show_reason(
                "A channel needs a name." if not self.name.text().strip() else
                f"There is already a channel called “{self.name.text().strip()}”."
                if self.name.text().strip() in channels.names(self.ctx)
                else None)
        if not fine:
            first = next(e for e in errors.values() if e.shown)
            first.field.setFocus()
            self._show_result("Not saved: see the fields marked in red.", ok=False)
        return fine

    def save(self) -> bool:
        kind = Kind(self.kind.currentData())
        zone = self.zone.currentText().strip()
        if not self._check_fields():
            return False
        form = ChannelForm(kind, self.name.text(), url=self.url.text(),
                           handle=self.handle.text(), path=self.path.text(), timezone=zone,
                           color=self._colour_value, min_gap_minutes=self.gap.value(),
                           slots=self.slots.text(), paused=self.paused.isChecked(),
                           pause_reason=self.pause_reason.text(),
                           secret=self.secret.text() or None)
        try:
            info = channels.save(self.ctx, form)
        except ACTION_ERRORS as exc:
            self._show_result(str(exc), ok=False)
            return False
        self.reload(select=info.name)
        self._show_result(f"Saved “{info.name}”.", ok=True)
        self.changed.emit()
        return True

    def _remove(self) -> None:
        info = self.current()
        if info is None:
            return
        answer = QMessageBox.question(
            self, "Remove channel", f"Remove “{info.name}”? Drafts stop going there and its "
            "secret is deleted from the keyring. Posts already published stay online.")
        if answer != QMessageBox.StandardButton.Yes:
            return
        channels.remove(self.ctx, info.name)
        self.reload()
        self.changed.emit()

    def test_connection(self) -> None:
        info = self.current()
        if info is None:
            return
        self.outcome.setText(f"Connecting to {info.name}…")
        self._tests += 1
        self.worker.submit(self._tests, lambda: channels.check_connection(info))

    def _show_result(self, text: str, ok: bool) -> None:
        colour = "#16a34a" if ok else "#dc2626"
        self.outcome.setText(f"<span style='color:{colour}'>{'✓' if ok else '✗'}</span> "
                            f"{text}")

    def _browse(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, "Outbox folder", self.path.text())
        if folder:
            self.path.setText(folder)

    def _pick_colour(self) -> None:
        chosen = QColorDialog.getColor(QColor(self._colour_value or "#3b82f6"), self,
                                       "Channel colour")
        if chosen.isValid():
            self._set_colour(chosen.name())

    def _set_colour(self, value: str, shown: str = "") -> None:
        """`value` is what is saved ("" for the palette's); `shown` what it looks like."""
        self._colour_value = value
        self.colour.setIcon(swatch(value or shown or "#8b949e"))
        self.colour.setText(value or "automatic")

    def done(self, code: int) -> None:
        self.worker.wait(15_000)
        super().done(code)
