"""Fields both this person (offline) and a teammate changed: notes, tags, a channel's own
text, an alt text. Each shows who changed it, both versions side by side, and a choice;
until the person chooses, both stay in the offline journal on this computer (closing the
app loses neither). A draft's text has its own conflict banner in the editor."""

from __future__ import annotations

from collections.abc import Callable
from html import escape

from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktopapp.app import offline
from desktopapp.app.context import ACTION_ERRORS, AppContext
from desktopapp.app.offline import Conflicted


class ConflictRow(QWidget):
    def __init__(self, conflict: Conflicted, choose: Callable[[Conflicted, bool], None]
                 ) -> None:
        super().__init__()
        self.conflict = conflict
        layout = QGridLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.label = QLabel(f"<b>{escape(offline.describe(conflict))}.</b> Choose which "
                            "version to keep.")
        self.label.setWordWrap(True)
        layout.addWidget(self.label, 0, 0, 1, 2)
        self.mine = self._version("Your version (typed offline)", conflict.mine)
        self.theirs = self._version(f"Their version ({conflict.who})", conflict.theirs)
        layout.addWidget(QLabel("Yours, typed offline:"), 1, 0)
        layout.addWidget(QLabel(f"{escape(conflict.who)}'s:"), 1, 1)
        layout.addWidget(self.mine, 2, 0)
        layout.addWidget(self.theirs, 2, 1)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        self.keep_mine = QPushButton("Keep mine")
        self.keep_mine.setToolTip("Store your version over theirs")
        self.keep_mine.clicked.connect(lambda: choose(conflict, True))
        self.keep_theirs = QPushButton("Keep theirs")
        self.keep_theirs.setToolTip("Leave theirs; your version is dropped")
        self.keep_theirs.clicked.connect(lambda: choose(conflict, False))
        buttons.addWidget(self.keep_mine)
        buttons.addWidget(self.keep_theirs)
        layout.addLayout(buttons, 3, 0, 1, 2)

    @staticmethod
    def _version(name: str, text: str) -> QPlainTextEdit:
        box = QPlainTextEdit(text)
        box.setReadOnly(True)
        box.setAccessibleName(name)
        box.setMaximumHeight(64)
        box.setTabChangesFocus(True)
        return box


class ConflictsPanel(QFrame):
    """Above the editor, one row per field in conflict; hidden when there is none."""

    def __init__(self, ctx: AppContext, failed: Callable[[BaseException], None]) -> None:
        super().__init__()
        self.ctx = ctx
        self._failed = failed  # a choice that could not be stored (the server went away)
        self.setObjectName("errorBanner")
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(12, 8, 8, 8)
        self.rows: list[ConflictRow] = []
        self.hide()

    def refresh(self) -> None:
        for row in self.rows:
            row.deleteLater()
        self.rows = [ConflictRow(c, self.choose) for c in offline.conflicts(self.ctx)]
        for row in self.rows:
            self._layout.addWidget(row)
        self.setVisible(bool(self.rows))

    def choose(self, conflict: Conflicted, keep_mine: bool) -> None:
        try:
            offline.settle(self.ctx, conflict, keep_mine)
        except ACTION_ERRORS as exc:  # the conflict stays until the choice is stored
            self._failed(exc)
            return
        self.refresh()
