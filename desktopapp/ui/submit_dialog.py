"""Submitting a draft: who reviews it, and what will happen next, said before it happens."""

from __future__ import annotations

import html

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from desktopapp.app import review
from desktopapp.app.context import AppContext

MAX_LISTED = 6


def danger_summary(risk: str | None, dangers: list[tuple[str, str]]) -> str:
    """HTML for the dialog: the post's risk and its danger warnings, said before submitting
    (not only in the side pane, which may be closed)."""
    if risk is None:
        return ("<b>The warnings for the latest text are still being worked out.</b> Look "
                "at the Warnings pane before you submit.")
    if not dangers:
        return ""
    items = "".join(f"<li><b>“{html.escape(words[:60])}”</b>: {html.escape(message)}</li>"
                    if words else f"<li>{html.escape(message)}</li>"
                    for words, message in dangers[:MAX_LISTED])
    more = (f"<li>… and {len(dangers) - MAX_LISTED} more in the Warnings pane.</li>"
            if len(dangers) > MAX_LISTED else "")
    count = f"{len(dangers)} danger warning{'s' if len(dangers) != 1 else ''}"
    return (f"<b>This post's risk is {html.escape(risk)}, with {count}:</b>"
            f"<ul style='margin-left:-20px'>{items}{more}</ul>"
            "Submit only if you would still post it tomorrow.")


class SubmitDialog(QDialog):
    def __init__(self, ctx: AppContext, author_id: int, parent: QWidget | None = None,
                 risk: str | None = "none",
                 dangers: list[tuple[str, str]] | None = None) -> None:
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
        self.dangers = QLabel(danger_summary(risk, dangers or []))
        self.dangers.setWordWrap(True)
        self.dangers.setObjectName("dangerSummary")
        self.dangers.setVisible(bool(self.dangers.text()))
        layout.addWidget(self.dangers)
        # Said before it happens: the hold's end and why, not only "it will be long".
        self.hold = QLabel(review.hold_preview(ctx, risk) if risk is not None else
                           "The hold is worked out from the warnings when you submit.")
        self.hold.setWordWrap(True)
        self.hold.setObjectName("holdPreview")
        self.hold.setStyleSheet("font-weight: 600")
        layout.addWidget(self.hold)
        self.reviewer = QComboBox()
        choice = review.reviewer_choice(ctx, author_id)
        if not choice.required:
            self.reviewer.addItem("No review (the cool-off alone)", None)
        for person_id, name in choice.people:
            self.reviewer.addItem(name, person_id)
        form = QFormLayout()
        form.addRow("Reviewer", self.reviewer)
        layout.addLayout(form)
        note = QLabel("A second person must approve this exact text before it can go out."
                      if choice.required else
                      "This workspace has no reviewer, so only the cool-off applies. To "
                      "have a second person look first, add a reviewer in File → People "
                      "and keys…")
        note.setWordWrap(True)
        note.setObjectName("muted")
        layout.addWidget(note)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(
            "Submit anyway" if dangers else "Submit")
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addStretch(1)
        layout.addWidget(buttons)
        # Wrapped labels ask for the height they need at the narrowest width; sized at its
        # real width the dialog has no empty bands between them.
        width = max(self.sizeHint().width(), self.minimumWidth())
        self.resize(width, layout.totalHeightForWidth(width))

    def chosen_reviewer(self) -> int | None:
        value = self.reviewer.currentData()
        return int(value) if value is not None else None
