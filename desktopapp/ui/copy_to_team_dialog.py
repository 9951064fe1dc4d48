"""File → Copy to a team workspace…: the open draft, every draft with a tag, or every
draft, copied from the personal workspace into a team's. The copy runs as a child process
(app/copy_to_team.py says why), so the window never waits on the team's server."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QProcess
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from desktopapp.app.context import AppContext
from desktopapp.app.copy_to_team import command
from desktopapp.config import is_team_url


class CopyToTeamDialog(QDialog):
    def __init__(self, ctx: AppContext, open_draft: tuple[int, str] | None, tags: list[str],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setWindowTitle("Copy to a team workspace")
        self.setMinimumWidth(520)
        layout = QVBoxLayout(self)
        intro = QLabel("The copies start as drafts in the team, written by you, with their "
                       "text, notes, tags, images and alt text. Your drafts here stay as "
                       "they are.")
        intro.setWordWrap(True)
        layout.addWidget(intro)
        form = QFormLayout()
        self.url = QLineEdit()
        self.url.setPlaceholderText("postgresql://you@server/database")
        self.url.setAccessibleName("Team workspace address")
        form.addRow("Team workspace:", self.url)
        layout.addLayout(form)
        self.which = QButtonGroup(self)
        self.this = QRadioButton("The open draft" + (
            f": “{' '.join(open_draft[1].split())[:50]}”" if open_draft else ""))
        self.this.setEnabled(open_draft is not None)
        self.tagged = QRadioButton("Every draft tagged")
        self.tag = QComboBox()
        self.tag.addItems(tags)
        self.tag.setAccessibleName("Tag of the drafts to copy")
        self.tagged.setEnabled(bool(tags))
        self.every = QRadioButton("Every draft (not the Trash)")
        for button in (self.this, self.tagged, self.every):
            self.which.addButton(button)
        (self.this if open_draft else self.every).setChecked(True)
        self._draft_id = open_draft[0] if open_draft else None
        layout.addWidget(self.this)
        layout.addWidget(self.tagged)
        layout.addWidget(self.tag)
        layout.addWidget(self.every)
        self.result_label = QLabel()
        self.result_label.setWordWrap(True)
        layout.addWidget(self.result_label)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.copy_button = self.buttons.addButton("Copy",
                                                  QDialogButtonBox.ButtonRole.ActionRole)
        self.copy_button.clicked.connect(self.start)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self.process = QProcess(self)
        self.process.finished.connect(self._finished)

    def start(self) -> None:
        url = self.url.text().strip()
        if not is_team_url(url):
            self.result_label.setText("Give the team workspace's address, as in "
                                      "postgresql://you@server/database.")
            return
        ids = [self._draft_id] if self.this.isChecked() and self._draft_id else []
        argv = command(self.ctx, url, ids, tag=self.tag.currentText()
                       if self.tagged.isChecked() else "", everything=self.every.isChecked())
        self.copy_button.setEnabled(False)
        self.result_label.setText("Copying…")
        self.process.start(argv[0], argv[1:])

    def _finished(self, code: int, _status: QProcess.ExitStatus) -> None:
        out = bytes(self.process.readAllStandardOutput().data()).decode("utf-8", "replace")
        err = bytes(self.process.readAllStandardError().data()).decode("utf-8", "replace")
        self.copy_button.setEnabled(True)
        if code != 0:
            said = err.strip().splitlines()[-1] if err.strip() else f"exit code {code}"
            self.result_label.setText(f"<b>Nothing was copied.</b> "
                                      f"{escape(said.removeprefix('secondthought: '))}")
            return
        lines = out.strip().splitlines()
        copied = sum(1 for line in lines if line.startswith("copied "))
        notes = [escape(line.removeprefix("note: ")) for line in lines
                 if line.startswith("note: ")]
        self.result_label.setText(f"<b>Copied {copied} draft{'s' if copied != 1 else ''}."
                                  "</b>" + "".join(f"<br>{n}" for n in notes))
