"""The strip under the editor: a counter per chosen network, and which networks to count."""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtGui import QFontMetrics, QResizeEvent
from PySide6.QtWidgets import QHBoxLayout, QLabel, QMenu, QToolButton, QWidget

from desktopapp.checks.model import CHANNEL_LABELS as LABELS
from desktopapp.checks.model import CHANNELS, LengthResult
from desktopapp.ui.markup import escape


class LengthLabel(QLabel):
    """“X 166/280 · Bluesky 166/300”, an over-long count in red; where that does not fit,
    the counts without their limits, then those cut with “…” (in red if any is over).
    The whole is in the tooltip. A plain label was cut mid-word at 800 px and pushed the
    word count out of the footer."""

    def __init__(self, danger_colour: str) -> None:
        super().__init__()
        self.setObjectName("muted")
        self.danger_colour = danger_colour
        self.parts: list[tuple[str, str, bool]] = []  # full, without the limit, fits

    def set_parts(self, parts: list[tuple[str, str, bool]]) -> None:
        self.parts = parts
        self.setToolTip(" · ".join(full for full, _short, _fits in parts))
        self.updateGeometry()
        # The footer's row makes room for the new counts now, not at the next event loop
        # turn: fitted to the old width first, "X 103/280" flickered to "X 1…" and back.
        strip = self.parentWidget()
        footer = strip.parentWidget() if strip is not None else None
        for owner in (strip, footer):  # inner first: its new size hint reaches the row
            layout = owner.layout() if owner is not None else None
            if layout is not None:
                layout.activate()
        self._fit()

    def _width(self, texts: list[tuple[str, bool]]) -> int:
        bold = self.font()
        bold.setWeight(bold.Weight.DemiBold)
        wide = QFontMetrics(bold)
        plain = self.fontMetrics()
        sep = plain.horizontalAdvance(" · ") * max(0, len(texts) - 1)
        return sep + sum((plain if fits else wide).horizontalAdvance(text) for text, fits in texts)

    def sizeHint(self) -> QSize:
        return QSize(self._width([(full, fits) for full, _s, fits in self.parts]) + 4,
                     super().sizeHint().height())

    def minimumSizeHint(self) -> QSize:
        return QSize(min(self.sizeHint().width(), 40), super().minimumSizeHint().height())

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit()

    def _fit(self) -> None:
        room = self.contentsRect().width()
        for long in (True, False):
            texts = [(full if long else short, fits) for full, short, fits in self.parts]
            if self._width(texts) <= room:
                self.setText(" · ".join(
                    escape(text) if fits else f'<span style="color:{self.danger_colour};'
                    f' font-weight:600">{escape(text)}</span>' for text, fits in texts))
                return
        short = " · ".join(short for _full, short, _fits in self.parts)
        cut = escape(self.fontMetrics().elidedText(short, Qt.TextElideMode.ElideRight,
                                                        room))
        over = not all(fits for _full, _short, fits in self.parts)
        self.setText(f'<span style="color:{self.danger_colour}">{cut}</span>' if over else cut)


class LengthStrip(QWidget):
    channels_changed = Signal(tuple)

    def __init__(self, channels: tuple[str, ...], danger_colour: str) -> None:
        super().__init__()
        self.danger_colour = danger_colour
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.label = LengthLabel(danger_colour)
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
            short = f"{LABELS[channel]} {result.count:,}"
            parts.append((f"{short}/{result.limit:,}", short, result.valid))
        self.label.set_parts(parts)
