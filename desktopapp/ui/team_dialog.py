"""The Team dialog (who is in the team workspace, with what role; admins invite and remove
people) and the Join dialog (an invitation's URL and password)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, Qt, QThreadPool, Signal
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktopapp import APP_NAME
from desktopapp.app import team
from desktopapp.app.context import ACTION_ERRORS, AppContext, describe_data_error, workspace_name
from desktopapp.config import Paths, strip_password

ROLE_WORDS = {"author": "Author — writes drafts",
              "reviewer": "Reviewer — also approves others' drafts",
              "admin": "Admin — also manages people, channels and settings"}


def _say(exc: Exception) -> str:
    return describe_data_error(exc)


class TeamDialog(QDialog):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setWindowTitle(f"Team — {workspace_name(ctx)}")
        self.resize(640, 400)
        layout = QVBoxLayout(self)
        self.admin = team.am_admin(ctx)
        note = QLabel("Everyone signs in with their own login; the server checks every "
                      "change. An author never approves their own draft."
                      + ("" if self.admin else " Only an admin adds or removes people."))
        note.setWordWrap(True)
        layout.addWidget(note)
        self.table = QTableWidget(0, 3)
        self.table.setHorizontalHeaderLabels(["Name", "Role", "Login"])
        self.table.setAccessibleName("Team members")
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QTableWidget.SelectionMode.SingleSelection)
        self.table.verticalHeader().hide()
        layout.addWidget(self.table, 1)
        row = QHBoxLayout()
        self.invite_button = QPushButton("Invite someone…")
        self.invite_button.clicked.connect(lambda: self.invite())
        self.remove_button = QPushButton("Remove")
        self.remove_button.clicked.connect(lambda: self.remove_selected())
        for button in (self.invite_button, self.remove_button):
            button.setEnabled(self.admin)
            row.addWidget(button)
        row.addStretch(1)
        close = QPushButton("Close")
        close.clicked.connect(self.accept)
        row.addWidget(close)
        layout.addLayout(row)
        self.refresh()

    def refresh(self) -> None:
        self.members = team.my_members(self.ctx)
        self.table.setRowCount(len(self.members))
        for r, m in enumerate(self.members):
            name = m.name + ("  (you)" if m.is_me else "")
            for c, value in enumerate((name, m.role.capitalize(), m.login)):
                self.table.setItem(r, c, QTableWidgetItem(value))
        self.table.resizeColumnsToContents()

    def invite(self, name: str | None = None, role: str | None = None) -> str | None:
        """Returns the invitation text (also shown, to copy and send)."""
        if name is None or role is None:
            asked = _InviteForm(self)
            if asked.exec() != QDialog.DialogCode.Accepted:
                return None
            name, role = asked.name.text(), str(asked.role.currentData())
        try:
            invitation = team.invite(self.ctx, name, role)
        except ACTION_ERRORS as exc:
            QMessageBox.warning(self, APP_NAME, f"Could not invite {name}: {_say(exc)}")
            return None
        self.refresh()
        text = invitation.text()
        shown = _InvitationView(text, self)
        shown.open()  # not modal-blocking: tests and people can go on
        self.invitation_view = shown
        return text

    def remove_selected(self, confirm: Callable[[str], bool] | None = None) -> str | None:
        rows = self.table.selectionModel().selectedRows()
        if not rows:
            QMessageBox.information(self, APP_NAME, "Select the person to remove first.")
            return None
        member = self.members[rows[0].row()]
        ask = confirm or self._confirm_removal
        if not ask(member.name):
            return None
        try:
            login = team.remove(self.ctx, member.name)
        except ACTION_ERRORS as exc:
            QMessageBox.warning(self, APP_NAME, f"Could not remove {member.name}: {_say(exc)}")
            return None
        self.refresh()
        return login

    def _confirm_removal(self, name: str) -> bool:
        answer = QMessageBox.question(
            self, APP_NAME, f"Remove {name} from the team? Their login stops working; their "
            "drafts, reviews and history stay.")
        return answer == QMessageBox.StandardButton.Yes


class _InviteForm(QDialog):
    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.setWindowTitle("Invite someone")
        form = QFormLayout(self)
        self.name = QLineEdit()
        self.name.setPlaceholderText("Their name as the team sees it")
        self.role = QComboBox()
        for value, words in ROLE_WORDS.items():
            self.role.addItem(words, value)
        form.addRow("Name", self.name)
        form.addRow("Role", self.role)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)


class _InvitationView(QDialog):
    def __init__(self, text: str, parent: QWidget) -> None:
        super().__init__(parent)
        self.setWindowTitle("Invitation")
        self.resize(620, 220)
        layout = QVBoxLayout(self)
        self.text = QPlainTextEdit(text)
        self.text.setReadOnly(True)
        self.text.setAccessibleName("Invitation to send")
        self.text.setTabChangesFocus(True)  # Tab goes on to Copy, as in any form
        layout.addWidget(self.text)
        row = QHBoxLayout()
        copy = QPushButton("Copy")
        copy.clicked.connect(lambda: QGuiApplication.clipboard().setText(text))
        done = QPushButton("Done")
        done.clicked.connect(self.accept)
        row.addStretch(1)
        row.addWidget(copy)
        row.addWidget(done)
        layout.addLayout(row)


class _Relay(QObject):
    done = Signal(object)
    failed = Signal(str)


class _Job(QRunnable):
    """Joining talks to a server (up to the connect timeout): never on the GUI thread."""

    def __init__(self, work: Callable[[], Any], relay: _Relay) -> None:
        super().__init__()
        self.work, self.relay = work, relay

    def run(self) -> None:
        try:
            self.relay.done.emit(self.work())
        except ACTION_ERRORS as exc:
            self.relay.failed.emit(_say(exc))


class JoinDialog(QDialog):
    """An invitation's URL and one-time password; on success `joined_url` is set."""

    def __init__(self, paths: Paths, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.paths = paths
        self.joined_url: str | None = None
        self.setWindowTitle("Join a team workspace")
        self.resize(560, 200)
        form = QFormLayout(self)
        intro = QLabel("Paste the two parts of the invitation an admin sent you. The "
                       "password is used once, then replaced by one only this computer's "
                       "keyring knows.")
        intro.setWordWrap(True)
        form.addRow(intro)
        self.url = QLineEdit()
        self.url.setPlaceholderText("postgresql://you@server/team?sslmode=verify-full")
        self.password = QLineEdit()
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        form.addRow("Workspace", self.url)
        form.addRow("Password", self.password)
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        form.addRow(self.message)
        # Join added first: Tab then reaches it before Cancel, in the order they are seen.
        self.buttons = QDialogButtonBox()
        self.join_button = self.buttons.addButton("Join",
                                                  QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.start)
        self.buttons.rejected.connect(self.reject)
        form.addRow(self.buttons)
        self.relay = _Relay(self)
        self.relay.done.connect(self._joined)
        self.relay.failed.connect(self._failed)

    def start(self) -> None:
        url, password = self.url.text().strip(), self.password.text().strip()
        if not url or not password:
            self.message.setText("Both the workspace and the password are needed.")
            return
        self.join_button.setEnabled(False)
        self.message.setText("Connecting…")
        QThreadPool.globalInstance().start(
            _Job(lambda: (team.join(url, password, self.paths), url), self.relay))

    def _joined(self, result: object) -> None:
        assert isinstance(result, tuple)
        member: team.Member = result[0]
        self.joined_url = strip_password(str(result[1]))
        self.message.setText(f"Joined as {member.name} ({member.role}).")
        self.accept()

    def _failed(self, message: str) -> None:
        self.join_button.setEnabled(True)
        self.message.setText(message)
