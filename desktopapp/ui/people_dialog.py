"""People and their keys: roles, short fingerprints to compare by phone, and key files."""

from __future__ import annotations

import html
from collections.abc import Callable
from pathlib import Path

from PySide6.QtWidgets import (
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktopapp.app import people
from desktopapp.app.context import AppContext
from desktopapp.core.errors import DomainError
from desktopapp.core.people import Role


class PeopleDialog(QDialog):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setWindowTitle("People and keys")
        self.resize(620, 380)
        layout = QVBoxLayout(self)
        note = QLabel("A reviewer's answers are trusted only when signed with the key you "
                      "imported for them. Compare fingerprints over the phone once.")
        note.setWordWrap(True)
        layout.addWidget(note)
        self.table = QTableWidget(0, 3)
        self.table.setAccessibleName("People")
        self.table.setHorizontalHeaderLabels(["Name", "Role", "Key fingerprint"])
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        layout.addWidget(self.table, 1)
        row = QHBoxLayout()
        for label, slot in (("Add a reviewer…", self.add_reviewer),
                            ("Import a key…", self.import_key),
                            ("Export my key…", self.export_key)):
            button = QPushButton(label)
            button.clicked.connect(lambda _=False, s=slot: s())
            row.addWidget(button)
        layout.addLayout(row)
        self.status = QLabel()
        self.status.setWordWrap(True)
        layout.addWidget(self.status)
        # Asked before a key is trusted; tests replace it.
        self.confirm_fingerprint: Callable[[str, str], bool] = self._ask_fingerprint
        self.refresh()

    def refresh(self) -> None:
        everyone = people.people_with_keys(self.ctx)
        self.table.setRowCount(len(everyone))
        for r, row in enumerate(everyone):
            person = row.person
            me = " (you)" if person.is_local_user else ""
            fp = row.fingerprint or "no key yet"
            for c, value in enumerate((person.display_name + me, person.role.value, fp)):
                self.table.setItem(r, c, QTableWidgetItem(value))
        self.table.resizeColumnsToContents()

    def add_reviewer(self, name: str | None = None, passphrase: str | None = None) -> None:
        if name is None:
            name, ok = QInputDialog.getText(self, "Add a reviewer", "Name")
            if not ok:
                return
        if passphrase is None:
            passphrase = self._new_passphrase(name)
            if passphrase is None:
                return
        try:
            people.add_person(self.ctx, name, Role.REVIEWER, passphrase)
        except DomainError as exc:
            QMessageBox.warning(self, "Add a reviewer", str(exc))
        self.refresh()

    def _new_passphrase(self, name: str) -> str | None:
        """Asked twice. The reviewer types it: it is what proves them when they review on
        this computer, and it is stored only as a slow salted hash."""
        first, ok = QInputDialog.getText(
            self, "Add a reviewer", f"{name}, choose your passphrase (at least 8 "
            "characters). You will be asked for it each time you review here:",
            QLineEdit.EchoMode.Password)
        if not ok:
            return None
        again, ok = QInputDialog.getText(self, "Add a reviewer", "The same passphrase again:",
                                         QLineEdit.EchoMode.Password)
        if not ok:
            return None
        if first != again:
            QMessageBox.warning(self, "Add a reviewer", "The two passphrases differ.")
            return None
        return first

    def import_key(self, source: str | None = None) -> None:
        """Show the key's fingerprint to compare with its owner BEFORE trusting it: a key
        trusted first and checked later has already been trusted."""
        if source is None:
            source, _ = QFileDialog.getOpenFileName(self, "Import a public key", "", "*.key")
            if not source:
                return
        try:
            text = Path(source).read_text(encoding="utf-8", errors="replace")
            name, public = people.read_key_file(text)
        except (DomainError, OSError) as exc:
            QMessageBox.warning(self, "Import a key", str(exc))
            return
        if not self.confirm_fingerprint(name, people.fingerprint(public)):
            self.status.setText(f"{name}'s key was not imported: the fingerprints were not "
                                "confirmed.")
            return
        try:
            person = people.import_key(self.ctx, text)
        except DomainError as exc:
            QMessageBox.warning(self, "Import a key", str(exc))
            return
        self.status.setText(f"{person.display_name}'s key is trusted now.")
        self.refresh()

    def _ask_fingerprint(self, name: str, fingerprint: str) -> bool:
        answer = QMessageBox.question(
            self, "Compare fingerprints",
            f"<p>This file says it is <b>{html.escape(name)}</b>'s key. Before trusting it, "
            f"call {html.escape(name)} (or meet) and ask them to read out the fingerprint "
            "shown in their People and keys window.</p>"
            f"<p style='font-size:15px'><b>{fingerprint}</b></p>"
            "<p>Does it match, every group?</p>",
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No)
        return answer == QMessageBox.StandardButton.Yes

    def export_key(self, target: str | None = None) -> None:
        if target is None:
            target, _ = QFileDialog.getSaveFileName(self, "Export your public key",
                                                    "my-key.key", "*.key")
            if not target:
                return
        try:
            Path(target).write_text(people.export_key(self.ctx, self.ctx.actor),
                                    encoding="utf-8")
        except (DomainError, OSError) as exc:
            QMessageBox.warning(self, "Export your key", str(exc))
            return
        self.refresh()
