"""The strip under the editor: a counter per chosen network, and which networks to count."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QMenu, QToolButton, QWidget

from desktopapp.checks.model import CHANNEL_LABELS as LABELS
from desktopapp.checks.model import CHANNELS, LengthResult


class LengthStrip(QWidget):
    channels_changed = Signal(tuple)

    def __init__(self, channels: tuple[str, ...], danger_colour: str) -> None:
        super().__init__()
        self.danger_colour = danger_colour
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.label = QLabel()
        self.label.setObjectName("muted")
        self.button = QToolButton()
        self.button.setText("Networks")
        self.button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.button.setToolTip("Choose which networks to count length for")
        menu = QMenu(self.button)
        self._actions = {}
        for channel in CHANNELS:
            action = menu.addAction(LABELS[channel])
            action.setCheckable(True)
            action.setChecked(channel in channels)
            action.toggled.connect(self._toggled)
            self._actions[channel] = action
        self.button.setMenu(menu)
        layout.addWidget(self.label)
        layout.addWidget(self.button)

    def channels(self) -> tuple[str, ...]:
        return tuple(c for c in CHANNELS if self._actions[c].isChecked())

    def _toggled(self, _checked: bool) -> None:
        self.channels_changed.emit(self.channels())

    def show_lengths(self, results: dict[str, LengthResult]) -> None:
        parts = []
        for channel in self.channels():
            result = results.get(channel)
            if result is None:
                continue
            text = f"{LABELS[channel]} {result.count:,}/{result.limit:,}"
            if not result.valid:
                text = f'<span style="color:{self.danger_colour}; font-weight:600">{text}</span>'
            parts.append(text)
        self.label.setText(" · ".join(parts))
