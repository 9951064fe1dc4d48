"""The composer's strips: above the editor a chip per channel the draft goes to (each with
its network's own count and thread parts; choosing one edits that channel's own text in
place), below it the schedule, the images and the state. Everything is read through the
application layer (app/composer.py); counting runs on the checking worker."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QSize, Qt, Signal
from PySide6.QtGui import QColor, QIcon, QPainter, QPixmap
from PySide6.QtWidgets import (
    QButtonGroup,
    QHBoxLayout,
    QLabel,
    QSizePolicy,
    QToolButton,
    QWidget,
)

from desktopapp.ui.elided import ElidedLabel, LinkButton, keep_place_when_hidden
from desktopapp.ui.flow_layout import FlowLayout
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
