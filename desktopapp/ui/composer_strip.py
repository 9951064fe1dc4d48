"""The composer's strips: above the editor a chip per channel the draft goes to (each with
its network's own count and thread parts; choosing one edits that channel's own text in
place), below it the schedule, the images and the state. Everything is read through the
application layer (app/composer.py); counting runs on the checking worker."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QPoint, QRect, QSize, Qt, Signal
from PySide6.QtGui import QColor, QIcon, QPainter, QPaintEvent, QPixmap, QResizeEvent
from PySide6.QtWidgets import (
    QButtonGroup,
    QHBoxLayout,
    QLabel,
    QLayout,
    QLayoutItem,
    QSizePolicy,
    QToolButton,
    QWidget,
    QWidgetItem,
)

from desktopapp.ui.icons import icon
from desktopapp.ui.markup import escape

if TYPE_CHECKING:
    from desktopapp.app.composer import ChannelCount, Plan

MAIN = ""  # the chip of the draft's own text


def dot(colour: str, size: int = 10) -> QIcon:
    pixmap = QPixmap(size * 2, size * 2)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setBrush(QColor(colour))
    painter.setPen(Qt.PenStyle.NoPen)
    painter.drawEllipse(2, 2, size * 2 - 4, size * 2 - 4)
    painter.end()
    return QIcon(pixmap)


# True whether or not the workspace has channels: this draft has none of them yet.
NO_CHANNELS = ("This draft goes to no channel yet (choose with Channels…); until then, "
               "lengths are counted for the networks chosen below.")

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


class FlowLayout(QLayout):
    """Items left to right, wrapping onto the next line when the pane is narrow (chips
    never hide behind a scroll bar at 1024 px)."""

    def __init__(self, spacing: int = 6) -> None:
        super().__init__()
        self._items: list[QLayoutItem] = []
        self._spacing = spacing
        # A widget kept narrow enough for the item after it to fit on its line.
        self.shares_line: QWidget | None = None
        self.setContentsMargins(0, 0, 0, 0)

    def addItem(self, item: QLayoutItem) -> None:
        self._items.append(item)

    def insert_widget(self, index: int, widget: QWidget) -> None:
        self.addChildWidget(widget)
        self._items.insert(index, QWidgetItem(widget))
        self.invalidate()

    def count(self) -> int:
        return len(self._items)

    def itemAt(self, index: int) -> QLayoutItem | None:
        return self._items[index] if 0 <= index < len(self._items) else None

    def takeAt(self, index: int) -> QLayoutItem | None:
        return self._items.pop(index) if 0 <= index < len(self._items) else None

    def expandingDirections(self) -> Qt.Orientation:
        return Qt.Orientation(0)

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        m = self.contentsMargins()
        inner = QRect(0, 0, width - m.left() - m.right(), 0)
        return self._place(inner, move=False) + m.top() + m.bottom()

    def setGeometry(self, rect: QRect) -> None:
        super().setGeometry(rect)
        self._place(rect.marginsRemoved(self.contentsMargins()), move=True)

    def sizeHint(self) -> QSize:
        return self.minimumSize()

    def spacing(self) -> int:
        return self._spacing

    def minimumSize(self) -> QSize:
        size = QSize()
        for item in self._items:
            size = size.expandedTo(item.minimumSize())
        m = self.contentsMargins()
        return size.grownBy(m)

    def _place(self, rect: QRect, move: bool) -> int:
        x, y, line = rect.x(), rect.y(), 0
        for index, item in enumerate(self._items):
            widget = item.widget()
            if widget is not None and widget.isHidden():
                continue
            hint = item.sizeHint()
            room = rect.width()
            if widget is not None and widget is self.shares_line and index + 1 < len(self._items):
                room -= self._items[index + 1].sizeHint().width() + self._spacing
            hint = QSize(max(0, min(hint.width(), room)), hint.height())
            if x > rect.x() and x + hint.width() > rect.right() + 1:
                x, y, line = rect.x(), y + line + self._spacing, 0
            if move:  # never wider than the row: a long label elides instead
                item.setGeometry(QRect(QPoint(x, y), hint))
            x += hint.width() + self._spacing
            line = max(line, hint.height())
        return y + line - rect.y()


class _ChipTall(QToolButton):
    """A button as tall as a channel chip (whose coloured dot makes it 2 px taller). The
    chip's height is measured once per style (a probe is costly under a style sheet)."""

    _chip_height = 0

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.StyleChange:
            self._chip_height = 0
        super().changeEvent(event)

    def sizeHint(self) -> QSize:
        hint = super().sizeHint()
        if not self._chip_height:
            self._chip_height = self._measure()
        return QSize(hint.width(), max(hint.height(), self._chip_height))

    def _measure(self) -> int:
        probe = QToolButton(self)
        probe.setObjectName("chip")
        probe.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        probe.setIcon(dot("#000000"))
        probe.setText(self.text())
        probe.hide()
        probe.ensurePolished()
        height = probe.sizeHint().height()
        probe.deleteLater()
        return height


class ChannelChips(QWidget):
    """“Main text” and one chip per channel; the checked one is the text being edited."""

    chosen = Signal(str)  # MAIN or a channel name
    channels_requested = Signal()

    def __init__(self) -> None:
        super().__init__()
        self._row = FlowLayout()
        self.setLayout(self._row)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Minimum)
        self.empty = ElidedLabel(NO_CHANNELS)
        self.empty.setObjectName("muted")
        # Preferred, not Ignored: the flow layout places items at their size hint
        # (clamped to the row, where the label elides).
        self.empty.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred)
        self.edit_channels = _ChipTall()
        self.edit_channels.setObjectName("chip")
        self.edit_channels.setText("Channels…")
        self.edit_channels.setAccessibleName("Choose the channels this draft goes to")
        self.edit_channels.setToolTip("Choose where this draft goes (Publishing → Publish to)")
        self.edit_channels.clicked.connect(self.channels_requested)
        self._row.insert_widget(0, self.empty)
        self._row.insert_widget(1, self.edit_channels)
        # The hint shares its line with the Channels… button (eliding): the row is one line
        # of chips high whether the draft goes to channels or not, so the text below does
        # not move when a draft with chips replaces the window's first frame (issue 12).
        self._row.shares_line = self.empty
        self.group = QButtonGroup(self)
        self.group.setExclusive(True)
        self.group.buttonClicked.connect(
            lambda b: self.chosen.emit(str(b.property("channel"))))
        self.chips: dict[str, QToolButton] = {}
        self.plan: Plan | None = None
        self.current = MAIN
        self.counts: tuple[ChannelCount, ...] = ()

    def _chip(self, key: str) -> QToolButton:
        chip = QToolButton()
        chip.setObjectName("chip")
        chip.setCheckable(True)
        chip.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        chip.setProperty("channel", key)
        chip.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.group.addButton(chip)
        self._row.insert_widget(self._row.count() - 1, chip)
        return chip

    def show_plan(self, plan: Plan | None) -> None:
        """Rebuild the chips when the channels changed; keep the chosen one if it stays."""
        names = [t.name for t in plan.targets] if plan else []
        old = [k for k in self.chips if k != MAIN]
        self.plan = plan
        if names != old:
            for chip in self.chips.values():
                self.group.removeButton(chip)
                chip.deleteLater()
            self.chips = {}
            if names:
                self.chips[MAIN] = self._chip(MAIN)
            for target in plan.targets if plan else ():
                chip = self._chip(target.name)
                chip.setIcon(dot(target.info.colour))
                self.chips[target.name] = chip
        if self.current not in self.chips:
            self.current = MAIN
        if self.chips:
            self.chips[self.current].setChecked(True)
        self.empty.setVisible(not names)
        # The last counts stay until the next check (a refresh after a save would
        # otherwise blank every chip to "…" for a moment).
        self.show_counts(self.counts)

    def choose(self, key: str) -> None:
        self.current = key if key in self.chips else MAIN
        if self.current in self.chips:
            self.chips[self.current].setChecked(True)

    def show_counts(self, counts: tuple[ChannelCount, ...]) -> None:
        self.counts = counts
        by_name = {c.name: c for c in counts}
        plan = self.plan
        if MAIN in self.chips:
            main = self.chips[MAIN]
            main.setText("Main text")
            main.setAccessibleName("Edit the main text (every channel without its own)")
            main.setToolTip("The text every channel gets unless it has its own")
        for target in plan.targets if plan else ():
            chip = self.chips.get(target.name)
            if chip is None:
                continue
            c = by_name.get(target.name)
            has_own = c.own_text if c is not None else bool(target.own_text)
            own = " ✎" if has_own else ""
            summary = c.summary() if c else "…"
            chip.setText(f"{target.name}{own} · {summary}")
            chip.setProperty("danger", bool(c and not c.fits))
            chip.style().unpolish(chip)
            chip.style().polish(chip)
            chip.setAccessibleName(f"Edit the text for {target.name} ({target.network}), "
                                   f"{summary}")
            chip.setToolTip(_chip_tip(target.name, target.network, has_own, c))
        # New texts, new widths: place the chips again (Qt would elide the old width).
        self._row.invalidate()
        self._row.activate()


def _chip_tip(name: str, network: str, own: bool, c: ChannelCount | None) -> str:
    source = "its own text" if own else "the main text"
    lines = [f"<b>{escape(name)}</b> ({network}) gets {source}. Click to edit "
             "its own text here."]
    if c is not None:
        if c.parts > 1:
            limit = f" of {c.limit:,}" if c.limit else ""
            counts = ", ".join(f"{n:,}" for n in c.part_counts)
            lines.append(f"Goes out as a thread of {c.parts} posts ({counts}{limit}).")
        elif c.limit:
            lines.append(f"{c.count:,} of {c.limit:,} as {network} counts.")
        if not c.fits:
            lines.append("<b>A part is too long even split into a thread.</b>")
    return "<br>".join(lines)


class ComposerFooter(QWidget):
    """Under the editor: when it goes, its images, its state, then counts and saving."""

    schedule_requested = Signal()
    images_requested = Signal()

    def __init__(self) -> None:
        super().__init__()
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(4)
        self.schedule = LinkButton("Schedule: choose when this draft goes out")
        self.schedule.clicked.connect(self.schedule_requested)
        self.images = LinkButton("Images: add images and their alt text")
        self.images.clicked.connect(self.images_requested)
        self.state = QLabel()  # short ("Draft", "In review"): never elided away
        self.state.setObjectName("stateBadge")
        self.state.setAccessibleName("Draft state")
        self.refresh_icons()
        row.addWidget(self.state)
        row.addWidget(self.schedule)
        row.addWidget(self.images)
        row.addStretch(1)
        for part in self._draft_parts():
            keep_place_when_hidden(part)
            part.hide()  # no draft's plan yet (the window's first frame): nothing to say

    def _draft_parts(self) -> tuple[QWidget, ...]:
        return self.state, self.schedule, self.images

    def refresh_icons(self) -> None:
        self.schedule.setIcon(icon("calendar"))
        self.schedule.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)

    def show_plan(self, plan: Plan | None) -> None:
        self.setVisible(plan is not None)
        if plan is None:
            return
        for part in self._draft_parts():
            part.show()
        self.schedule.set_full_text(plan.schedule or "Not scheduled")
        self.schedule.setToolTip(plan.schedule_tip)
        if plan.images:
            images = f"{plan.images} image{'s' if plan.images != 1 else ''}"
            if plan.without_alt:
                images += f" · {plan.without_alt} without alt text"
            else:
                images += " · alt text ✓"
        else:
            images = "No images"
        self.images.set_full_text(images)
        self.images.setToolTip("Add or remove images and describe them (alt text)")
        self.state.setText(plan.state)
        self.state.setToolTip(plan.state_tip or plan.state)
