"""The two questions before a decision in someone's name: their passphrase, and (for an
approval) a tick for each danger warning, so "approved" means "read and approved"."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from desktopapp.core.variants import Danger


def ask_passphrase(parent: QWidget, name: str, what: str) -> str | None:
    """None when cancelled."""
    text, ok = QInputDialog.getText(parent, f"{name}'s passphrase",
                                    f"To {what} as {name}, enter {name}'s passphrase:",
                                    QLineEdit.EchoMode.Password)
    return text if ok else None


class AcknowledgeDialog(QDialog):
    """One box per danger warning; Approve is enabled only once every box is ticked."""

    def __init__(self, dangers: list[Danger], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle("Read the danger warnings")
        self.resize(560, 360)
        layout = QVBoxLayout(self)
        intro = QLabel(f"This post has {len(dangers)} danger warning(s). Tick each one to "
                       "confirm you have read it; the audit log records that you did.")
        intro.setWordWrap(True)
        layout.addWidget(intro)
        body = QWidget()
        rows = QVBoxLayout(body)
        self.boxes: list[tuple[Danger, QCheckBox]] = []
        for danger in dangers:
            row = QHBoxLayout()
            box = QCheckBox()
            box.setAccessibleName(danger.text)
            box.toggled.connect(lambda _on: self._update())
            label = QLabel(danger.text)
            label.setWordWrap(True)
            label.setBuddy(box)
            row.addWidget(box, 0, Qt.AlignmentFlag.AlignTop)
            row.addWidget(label, 1)
            rows.addLayout(row)
            self.boxes.append((danger, box))
        rows.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(body)
        layout.addWidget(scroll, 1)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.approve = self.buttons.addButton("Approve", QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self._update()

    def _update(self) -> None:
        self.approve.setEnabled(all(box.isChecked() for _d, box in self.boxes))

    def acknowledged(self) -> list[str]:
        return [d.key for d, box in self.boxes if box.isChecked()]
