"""Footer widgets whose text gives way to a narrow pane: a label and a flat button that end
in "…" with the whole text in the tooltip, and a helper that keeps a hidden widget's place
(so what a loaded draft fills in moves nothing when it appears)."""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QPainter, QPaintEvent, QResizeEvent
from PySide6.QtWidgets import QLabel, QSizePolicy, QToolButton, QWidget


class ElidedLabel(QLabel):
    """A one-line label that shrinks with its pane: the text ends in “…” and the whole of
    it is in the tooltip (a footer cut to “97 characte” said nothing)."""

    def __init__(self, text: str = "", *, modest: bool = False) -> None:
        super().__init__(text)
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self._tip = ""
        # Modest: asks only for its shortest wording, and shows more where room is left
        # over (with a stretch): its neighbours give way last.
        self.modest = modest
        # Shorter wordings, longest first, shown whole before anything is cut: "12 words"
        # says more than "12 words · 7…". The last one always fits (the minimum width).
        self.shorter: tuple[str, ...] = ()

    def set_text(self, text: str, *shorter: str) -> None:
        self.shorter = shorter
        self.setText(text)
        self.updateGeometry()

    def minimumSizeHint(self) -> QSize:
        height = super().minimumSizeHint().height()
        if self.shorter:
            return QSize(self.fontMetrics().horizontalAdvance(self.shorter[-1]) + 4, height)
        return QSize(24, height)

    def sizeHint(self) -> QSize:
        hint = super().sizeHint()
        if self.modest and self.shorter:
            return QSize(self.minimumSizeHint().width(), hint.height())
        return QSize(self.fontMetrics().horizontalAdvance(self.text()) + 8, hint.height())

    def setToolTip(self, tip: str) -> None:
        self._tip = tip
        super().setToolTip(tip)

    def shown_text(self) -> str:
        """What fits: the text, else the first shorter wording that fits whole, else the
        shortest one cut with “…”."""
        metrics = self.fontMetrics()
        width = self.contentsRect().width()
        wordings = (self.text(), *self.shorter)
        fitting = [t for t in wordings if metrics.horizontalAdvance(t) <= width]
        return fitting[0] if fitting else metrics.elidedText(
            wordings[-1], Qt.TextElideMode.ElideRight, width)

    def paintEvent(self, _event: QPaintEvent) -> None:
        painter = QPainter(self)
        shown = self.shown_text()
        painter.setPen(self.palette().color(self.foregroundRole()))
        painter.drawText(self.contentsRect(), int(self.alignment()), shown)
        painter.end()
        cut = shown != self.text()
        super().setToolTip(self._tip or (self.text() if cut else ""))


def keep_place_when_hidden(widget: QWidget) -> None:
    """A hidden `widget` keeps its place in the layout: what only a loaded draft fills in
    is hidden in the window's first frame, and showing it then moves nothing (issue 12)."""
    policy = widget.sizePolicy()
    policy.setRetainSizeWhenHidden(True)
    widget.setSizePolicy(policy)


class LinkButton(QToolButton):
    """A flat button in the footer (schedule, images) whose text elides like a label."""

    def __init__(self, name: str) -> None:
        super().__init__()
        self.setObjectName("footerLink")
        self.setAccessibleName(name)
        self.setAutoRaise(True)
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
        self._full = ""
        # Never quite empty: a tool button without text is sized as an icon (2 px taller
        # here), and the footer must not change height when the first draft's text
        # arrives after the window's first frame (issue 12).
        self.setText(" ")

    def set_full_text(self, text: str) -> None:
        self._full = text
        self._elide()
        self.updateGeometry()

    def sizeHint(self) -> QSize:
        hint = super().sizeHint()
        return QSize(self.fontMetrics().horizontalAdvance(self._full) + 20 + self._icon_room(),
                     hint.height())

    def _icon_room(self) -> int:
        return 0 if self.icon().isNull() else self.iconSize().width() + 6

    def minimumSizeHint(self) -> QSize:
        return QSize(48, super().minimumSizeHint().height())

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._elide()

    def _elide(self) -> None:
        shown = self.fontMetrics().elidedText(self._full, Qt.TextElideMode.ElideRight,
                                              max(0, self.width() - 16 - self._icon_room()))
        shown = shown or " "
        if shown != self.text():
            self.setText(shown)
