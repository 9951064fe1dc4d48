"""The main window's three panes (drafts list, editor, side pane) side by side.

Qt's splitter gives a narrower window's loss equally to every pane, down to each one's
minimum: at 800 px the editor, the work surface, kept 260 px and three short lines while
the list kept its full 315. Here the panes keep the widths they were given (the editor
takes whatever is left over) as long as the editor keeps its comfortable width; below
that every pane shrinks in proportion, so the layout stays the same shape at 800 px and
the side panes never grow when the window grows.

What is remembered is therefore not the widths on screen but the *preferred* widths: the
side panes' widths and the editor's comfortable width at the size where shrinking
starts. A drag, or sizes set in code, changes them so that the window looks exactly as
left at its current size."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QByteArray, QEvent, Qt
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QSplitter, QWidget

EDITOR = 1  # the pane that takes what the others leave
EDITOR_COMFORT = 640  # below this the editor stops giving way alone: all panes shrink
DEFAULT_WIDTHS = (340, EDITOR_COMFORT, 300)


class PaneSplitter(QSplitter):
    def __init__(self, panes: Sequence[QWidget]) -> None:
        super().__init__(Qt.Orientation.Horizontal)
        for pane in panes:
            self.addWidget(pane)
        self.setStretchFactor(EDITOR, 1)
        self.setChildrenCollapsible(False)
        self.setHandleWidth(1)
        self.preferred = list(DEFAULT_WIDTHS)
        self._fitting = False
        self.splitterMoved.connect(lambda _pos, _index: self.remember())

    # --- the layout ---------------------------------------------------------
    def _pane(self, index: int) -> QWidget:
        pane = self.widget(index)
        assert pane is not None
        return pane

    def _shown(self) -> list[int]:
        return [i for i in range(self.count()) if not self._pane(i).isHidden()]

    def fitted(self, space: int) -> list[int]:
        """The widths for `space` pixels of panes (handles excluded)."""
        shown = self._shown()
        total = sum(self.preferred[i] for i in shown)
        scale = min(1.0, space / total) if total > 0 else 1.0
        sizes = [0] * self.count()
        for i in shown:
            if i != EDITOR:
                least = self._pane(i).minimumSizeHint().width()
                sizes[i] = max(round(self.preferred[i] * scale), least)
        sizes[EDITOR] = space - sum(sizes)
        return sizes

    def _fit(self) -> None:
        space = sum(self.sizes())
        if self._fitting or space <= 0 or EDITOR not in self._shown():
            return
        sizes = self.fitted(space)
        if sizes != self.sizes():
            self._fitting = True
            try:
                super().setSizes(sizes)
            finally:
                self._fitting = False

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit()

    def event(self, event: QEvent) -> bool:
        handled = super().event(event)
        if event.type() == QEvent.Type.LayoutRequest:  # a pane shown or hidden
            self._fit()
        return handled

    # --- what is remembered -------------------------------------------------
    def remember(self) -> None:
        """Take the widths on screen as the preferred ones, at the scale the window now
        shows them (so the next fit at this size changes nothing)."""
        sizes, shown = self.sizes(), self._shown()
        space = sum(sizes)
        total = sum(self.preferred[i] for i in shown)
        if space <= 0 or total <= 0 or sizes[EDITOR] <= 0:
            return
        scale = min(1.0, space / total)
        for i in shown:
            self.preferred[i] = max(1, round(sizes[i] / scale))
        if scale == 1.0:  # roomy: the editor's comfort is the default unless made smaller
            self.preferred[EDITOR] = min(sizes[EDITOR], EDITOR_COMFORT)

    def setSizes(self, sizes: Sequence[int]) -> None:
        """Sizes set in code count as a drag: they are kept, and remembered."""
        super().setSizes(list(sizes))
        if self.isVisible():
            self.remember()
        else:  # not laid out yet: nothing on screen to measure, take them as given
            self.preferred = [max(1, size) for size in sizes]

    def state(self) -> QByteArray:
        return QByteArray(",".join(str(width) for width in self.preferred).encode())

    def restore(self, state: QByteArray | None, legacy: QByteArray | None = None) -> None:
        """The preferred widths saved by `state()`, else a Qt splitter state of an older
        version (its widths at whatever size the window then had), else the defaults."""
        try:
            widths = [int(part) for part in bytes(state.data()).decode().split(",")] \
                if state is not None else []
        except ValueError:
            widths = []
        if len(widths) == self.count() and all(width > 0 for width in widths):
            self.preferred = widths
        elif legacy is not None and self.restoreState(legacy):
            old = self.sizes()
            self.preferred = [width if width > 0 else default
                              for width, default in zip(old, DEFAULT_WIDTHS, strict=True)]
            self.preferred[EDITOR] = EDITOR_COMFORT
        else:
            self.preferred = list(DEFAULT_WIDTHS)
        super().setSizes(self.preferred)
