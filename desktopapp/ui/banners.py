"""The editor's banners: a message with one action (the Trash, a failed save), and the
conflict banner, shown when the open draft was changed elsewhere while this window had
unsaved text: the person's own text stays in the editor, the other version is shown here,
and they choose. Neither text is lost: the one not chosen stays in the revision history."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
)

from desktopapp.ui.markup import escape


class Banner(QFrame):
    def __init__(self, name: str, action_text: str = "") -> None:
        super().__init__()
        self.setObjectName(name)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(12, 8, 8, 8)
        self.label = QLabel()
        self.label.setWordWrap(True)
        layout.addWidget(self.label, 1)
        self.button = QPushButton(action_text)
        layout.addWidget(self.button)  # parented first: shown alone it would be a window
        self.button.setVisible(bool(action_text))
        self.hide()

    def show_message(self, text: str) -> None:
        self.label.setText(text)
        self.show()


class ConflictBanner(QFrame):
    keep_mine = Signal()
    use_theirs = Signal()

    def __init__(self) -> None:
        super().__init__()
        self.setObjectName("errorBanner")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 8, 8, 8)
        self.label = QLabel()
        self.label.setWordWrap(True)
        layout.addWidget(self.label)
        self.theirs = QPlainTextEdit()
        self.theirs.setReadOnly(True)
        self.theirs.setMaximumHeight(96)
        layout.addWidget(self.theirs)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        mine = QPushButton("Keep my text")
        mine.setToolTip("Save the text in the editor as the newest version")
        mine.clicked.connect(self.keep_mine.emit)
        theirs = QPushButton("Use the other version")
        theirs.setToolTip("Show the other version; your text stays in the history")
        theirs.clicked.connect(self.use_theirs.emit)
        buttons.addWidget(mine)
        buttons.addWidget(theirs)
        layout.addLayout(buttons)
        self.hide()

    def show_conflict(self, their_text: str, version: int, who: str = "") -> None:
        by = f" by {escape(who)}" if who else ""
        self.label.setText(
            f"<b>This draft was changed elsewhere{by}</b> (now version {version}) while you "
            "were typing. Your text is still here and was kept in the history; the other "
            "version is below. Choose which one to keep.")
        self.theirs.setPlainText(their_text)
        self.show()
