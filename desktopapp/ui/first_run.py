"""First run: ask who is writing, so drafts, revisions and the audit log name a person."""

from __future__ import annotations

import getpass

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from desktopapp.app import people
from desktopapp.app.context import AppContext


class FirstRunDialog(QDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle("Welcome to Second Thought")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 24, 24, 16)
        layout.setSpacing(12)
        title = QLabel("<h3>Welcome to Second Thought</h3>")
        intro = QLabel("Second Thought keeps your drafts on this computer and gives you a "
                       "moment to reconsider before anything is posted.")
        intro.setWordWrap(True)
        question = QLabel("What name should your drafts and their history show?")
        question.setWordWrap(True)
        for label in (title, intro, question):
            layout.addWidget(label)
        self.name = QLineEdit(getpass.getuser() if _safe_user() else "")
        self.name.setPlaceholderText("Your name")
        self.name.selectAll()
        layout.addWidget(self.name)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self._accept)
        buttons.rejected.connect(self.reject)
        self.ok = buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.name.textChanged.connect(lambda t: self.ok.setEnabled(bool(t.strip())))
        self.ok.setEnabled(bool(self.name.text().strip()))
        layout.addWidget(buttons)
        self.setMinimumWidth(460)

    def _accept(self) -> None:
        if self.name.text().strip():
            self.accept()


def _safe_user() -> bool:
    try:
        return bool(getpass.getuser())
    except (KeyError, OSError):
        return False


def ask_for_local_user(ctx: AppContext,
                       parent: QWidget | None = None) -> people.PersonInfo | None:
    """The name of the person using this computer; they act from now on (None: cancelled).
    Asked over `parent` (the window's frame, on start)."""
    dialog = FirstRunDialog(parent)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return None
    return people.set_up_local_user(ctx, dialog.name.text())
