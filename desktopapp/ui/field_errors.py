"""Validation in place: a refused field turns red and says why right under it, the dialog
stays open and keeps everything typed. The reason goes away as soon as the field changes."""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QDateTimeEdit, QLabel, QLineEdit, QVBoxLayout, QWidget


class FieldError(QLabel):
    """The reason a field was refused, shown under it (hidden while the field is fine)."""

    def __init__(self, field: QWidget, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.field = field
        self.setObjectName("fieldError")  # the theme colours it as danger
        self.setWordWrap(True)
        self.hide()
        if isinstance(field, QLineEdit):
            field.textEdited.connect(lambda _t: self.clear_reason())
        elif isinstance(field, QComboBox):
            field.currentTextChanged.connect(lambda _t: self.clear_reason())
        elif isinstance(field, QDateTimeEdit):
            field.dateTimeChanged.connect(lambda _d: self.clear_reason())

    def show_reason(self, reason: str | None) -> bool:
        """Mark the field (or clear it when `reason` is None); True when it is fine."""
        self.field.setProperty("invalid", reason is not None)
        # A dynamic property only restyles after an unpolish/polish round.
        self.field.style().unpolish(self.field)
        self.field.style().polish(self.field)
        self.setText(reason or "")
        self.setVisible(reason is not None)
        self.field.setToolTip(reason or "")
        self.field.setAccessibleDescription(reason or "")
        return reason is None

    def clear_reason(self) -> None:
        if self.isVisible() or self.field.property("invalid"):
            self.show_reason(None)

    @property
    def shown(self) -> bool:
        return not self.isHidden()


def checked(field: QWidget) -> tuple[QWidget, FieldError]:
    """The field with its reason label under it, as one widget for a form row."""
    box = QWidget()
    column = QVBoxLayout(box)
    column.setContentsMargins(0, 0, 0, 0)
    column.setSpacing(2)
    column.addWidget(field)
    error = FieldError(field)
    column.addWidget(error)
    return box, error
