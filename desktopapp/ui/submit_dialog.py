"""Submitting a draft: who reviews it, and what will happen next, said before it happens."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from desktopapp.core import review


class SubmitDialog(QDialog):
    def __init__(self, author_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle("Submit this draft")
        self.setMinimumWidth(460)
        layout = QVBoxLayout(self)
        layout.setSpacing(12)
        intro = QLabel("Submitting starts the cool-off: the post is held for a while that "
                       "grows with its risk, and never ends in the middle of the night. "
                       "Editing it later starts the cool-off again.")
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.reviewer = QComboBox()
        candidates = review.reviewers(excluding=author_id)
        required = review.review_required(author_id)
        if not required:
            self.reviewer.addItem("No review (the cool-off alone)", None)
        for person in candidates:
            self.reviewer.addItem(person.display_name, person.id)
        form = QFormLayout()
        form.addRow("Reviewer", self.reviewer)
        layout.addLayout(form)
        note = QLabel("A second person must approve this exact text before it can go out."
                      if required else
                      "This workspace has no reviewer, so only the cool-off applies. Add a "
                      "reviewer with `secondthought people add NAME` to require one.")
        note.setWordWrap(True)
        note.setObjectName("muted")
        layout.addWidget(note)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText("Submit")
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def chosen_reviewer(self) -> int | None:
        value = self.reviewer.currentData()
        return int(value) if value is not None else None
