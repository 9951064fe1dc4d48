"""Review packets from the window: send drafts to a client, open a packet to review,
answer it, and bring the client's signed answer back. Everything goes through
core/packets.py; refusals are shown with their specific reason."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QObject, Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QVBoxLayout,
    QWidget,
)

from desktopapp.app.events import ChangeKind
from desktopapp.app.review import SubmittedDraft, submitted_drafts
from desktopapp.core.errors import DomainError
from desktopapp.ui.shell import Shell


def choose_drafts(parent: QWidget, submitted: list[SubmittedDraft]) -> list[int]:
    """Tick the submitted drafts to send; returns their ids."""
    dialog = QDialog(parent)
    dialog.setWindowTitle("Send drafts for review")
    layout = QVBoxLayout(dialog)
    layout.addWidget(QLabel("Submitted drafts to put in the packet:"))
    listing = QListWidget()
    for row in submitted:
        item = QListWidgetItem(row.first_line)
        item.setData(Qt.ItemDataRole.UserRole, row.id)
        item.setCheckState(Qt.CheckState.Checked)
        listing.addItem(item)
    layout.addWidget(listing)
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                               | QDialogButtonBox.StandardButton.Cancel)
    buttons.accepted.connect(dialog.accept)
    buttons.rejected.connect(dialog.reject)
    layout.addWidget(buttons)
    if listing.count() == 0:
        QMessageBox.information(parent, "Send for review",
                                "Nothing is submitted yet: submit drafts first.")
        return []
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return []
    return [listing.item(i).data(Qt.ItemDataRole.UserRole) for i in range(listing.count())
            if listing.item(i).checkState() == Qt.CheckState.Checked]


class PacketsController(QObject):
    """The File → Review by packet menu. `open_inbox` shows the drafts a packet brought."""

    def __init__(self, shell: Shell, open_inbox: Callable[[], None]) -> None:
        super().__init__(shell.window)
        self.shell = shell
        self.host = shell.window  # the parent of every dialog opened here
        self._open_inbox = open_inbox

    def _packet_error(self, what: str, exc: DomainError) -> None:
        QMessageBox.warning(self.host, what, str(exc))

    def send_packet(self, target: str | None = None) -> None:
        ids = choose_drafts(self.host, submitted_drafts(self.shell.ctx, order_by="id"))
        if not ids:
            return
        if target is None:
            target, _ = QFileDialog.getSaveFileName(self.host, "Save the review packet",
                                                    "for-review.stpacket", "*.stpacket")
            if not target:
                return
        try:
            from desktopapp.app import packets  # signing keys: loaded on use

            packets.export_packet(self.shell.ctx, ids, Path(target))
        except DomainError as exc:
            self._packet_error("Send for review", exc)
            return
        self.shell.status(f"Packet with {len(ids)} draft(s) saved: send "
                                     f"{Path(target).name} to your reviewer.", 8000)

    def open_packet(self, source: str | None = None) -> None:
        if source is None:
            source, _ = QFileDialog.getOpenFileName(self.host, "Open a review packet", "",
                                                    "Review packets (*.stpacket)")
            if not source:
                return
        try:
            from desktopapp.app import packets  # signing keys: loaded on use

            incoming = packets.open_packet(self.shell.ctx, Path(source))
        except DomainError as exc:
            self._packet_error("Open a review packet", exc)
            return
        self.shell.changed(ChangeKind.PACKET, incoming.local_draft_ids)
        self.shell.status(f"{len(incoming.local_draft_ids)} post(s) from "
                                     f"{incoming.author} are in your review inbox.", 8000)
        self._open_inbox()

    def answer_packet(self, target: str | None = None) -> None:
        from desktopapp.app import packets  # signing keys: loaded on use

        latest = packets.latest_incoming(self.shell.ctx)
        if latest is None:
            QMessageBox.information(self.host, "Answer a packet",
                                    "No review packet was opened here.")
            return
        packet_id, author = latest
        if target is None:
            target, _ = QFileDialog.getSaveFileName(
                self.host, f"Save your answer to {author}", "answer.stresponse", "*.stresponse")
            if not target:
                return
        try:
            packets.export_response(self.shell.ctx, packet_id, Path(target))
        except DomainError as exc:
            self._packet_error("Answer a packet", exc)
            return
        self.shell.status(f"Signed answer saved: send {Path(target).name} back to "
                                     f"{author}.", 8000)

    def import_answer(self, source: str | None = None) -> None:
        if source is None:
            source, _ = QFileDialog.getOpenFileName(self.host, "Import a reviewer's answer", "",
                                                    "Review answers (*.stresponse)")
            if not source:
                return
        try:
            from desktopapp.app import packets  # signing keys: loaded on use

            result = packets.import_response(self.shell.ctx, Path(source))
        except DomainError as exc:
            self._packet_error("Import an answer", exc)
            return
        approved = sum(1 for d in result.applied.values() if d == "approved")
        self.shell.changed(ChangeKind.PACKET, tuple(result.applied))
        self.shell.status(f"{result.reviewer}: {approved} approved, "
                                     f"{len(result.applied) - approved} sent back.", 8000)
