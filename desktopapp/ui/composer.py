"""The composer around the editor's text: channel chips above it, the channel being edited
in place of the main text, and the footer (schedule, images, state, counts, saving).
The editor pane owns one; this keeps the pane itself about the main text."""

from __future__ import annotations

from itertools import pairwise
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QSizePolicy,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from desktopapp.app import context as app_context
from desktopapp.records import replace
from desktopapp.ui import later
from desktopapp.ui.channel_pane import ChannelPane
from desktopapp.ui.composer_strip import MAIN, ChannelChips, ComposerFooter
from desktopapp.ui.draft_text import DraftTextEdit
from desktopapp.ui.elided import ElidedLabel
from desktopapp.ui.length_strip import LengthStrip
from desktopapp.ui.live_checks import CheckState, LiveChecker

if TYPE_CHECKING:
    from desktopapp.app import composer
    from desktopapp.app.composer import Plan
    from desktopapp.app.context import AppContext
else:  # loaded once the window has attached its workspace (ui/later.py)
    composer = later.module("desktopapp.app.composer")


def count_words(text: str) -> int:
    # Runs of non-space (what r"\S+" matches: both use Unicode's whitespace), counted in C:
    # it runs on the GUI thread at every key, and a Python loop over a 5,000-character
    # draft's words took ~2 ms of each.
    return len(text.split())


class Composer(QObject):
    schedule_requested = Signal()
    images_requested = Signal()
    channels_requested = Signal()
    context_changed = Signal()  # which networks the checks should count changed

    def __init__(self, ctx: AppContext, live: LiveChecker, text: DraftTextEdit,
                 channels: tuple[str, ...], danger_colour: str, font_size: int,
                 autosave_ms: int, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.ctx, self.live, self.main_text = ctx, live, text
        self.plan: Plan | None = None
        self.editable = False
        # Widgets of the pane around the composer, for the Tab order (see order_tabs).
        self.above: tuple[QWidget, ...] = ()
        self.below: tuple[QWidget, ...] = ()
        self.tail: tuple[QWidget, ...] = ()
        self.chips = ChannelChips()
        self.chips.chosen.connect(self.choose)
        self.chips.channels_requested.connect(self.channels_requested)
        self.pane = ChannelPane(ctx, font_size, autosave_ms)
        self.pane.text.textChanged.connect(self._on_channel_typed)
        self.pane.saved.connect(lambda _name, _text: self.refresh())
        self.stack = QStackedWidget()
        self.stack.addWidget(text)
        self.stack.addWidget(self.pane)

        self.footer = QWidget()
        rows = QVBoxLayout(self.footer)
        rows.setContentsMargins(0, 0, 0, 0)
        rows.setSpacing(2)
        self.details = ComposerFooter()
        self.details.schedule_requested.connect(self.schedule_requested)
        self.details.images_requested.connect(self.images_requested)
        rows.addWidget(self.details)
        row = QHBoxLayout()
        self.lengths = LengthStrip(channels, danger_colour)
        self.lengths.channels_changed.connect(lambda _c: self.context_changed.emit())
        self.counts = ElidedLabel(modest=True)
        self.counts.setObjectName("muted")
        self.counts.setAccessibleName("Words and characters")
        self.counts.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        # Not Ignored: its minimum ("30 words") holds, and it gives way first (modest).
        self.counts.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred)
        self.save_state = QLabel()
        self.save_state.setObjectName("muted")
        # A fixed width: "Saved" ⇄ "Editing…" on every pause would otherwise re-lay out
        # the footer and repaint the window while the user types (10 ms each time).
        self.save_state.setFixedWidth(self.save_state.fontMetrics().horizontalAdvance(
            "Save failed") + 12)
        self.save_state.setAlignment(Qt.AlignmentFlag.AlignRight
                                     | Qt.AlignmentFlag.AlignVCenter)
        row.addWidget(self.lengths)
        self.second_row = row  # the spelling language joins it (ui/spelling_ui.py)
        row.addWidget(self.counts, 1)
        rows.addLayout(row)
        # "Saved" ends the first row, which has room to spare: in the second it cost the
        # network counts and the language their room in a narrow window.
        first = self.details.layout()
        assert first is not None
        first.addWidget(self.save_state)

    # --- the draft ---------------------------------------------------------------
    def load(self, draft_id: int | None, editable: bool) -> None:
        self.pane.autosave.flush()
        self.editable = editable
        self.chips.current = MAIN
        self.chips.counts = ()  # another draft: its counts come with its first check
        self.refresh(draft_id)
        self.choose(MAIN)

    def refresh(self, draft_id: int | None = None) -> None:
        """Read the channels, schedule, images and state again (after a change)."""
        if draft_id is None and self.plan is not None:
            draft_id = self.plan.draft_id
        same_draft = self.plan is not None and self.plan.draft_id == draft_id
        before = self.live.targets
        try:
            self.plan = composer.plan(self.ctx, draft_id) if draft_id is not None else None
        except app_context.ACTION_ERRORS:
            self.plan = None  # deleted meanwhile, or the database is failing: say nothing
        plan = self.plan
        self.chips.setVisible(plan is not None)
        self.chips.show_plan(plan)
        self.details.show_plan(plan)
        self.order_tabs()
        has_targets = bool(plan and plan.targets)
        self.lengths.setVisible(plan is not None and not has_targets)
        self.live.targets = self._targets_with_typing()
        self.live.channel_texts = {t.name: t.own_text for t in self.live.targets
                                   if t.own_text}
        if same_draft and self.live.targets != before:
            # Its channels or their texts changed (here, in a dialog, from the calendar or
            # another process): count and check for them now, not at the next keystroke.
            if bool(before) != has_targets:
                self.context_changed.emit()  # per-channel counts replace the length strip
            self.live.text_changed(self.main_text.toPlainText(), immediate=True)
        if self.chips.current != MAIN and self.stack.currentWidget() is self.pane \
                and self.chips.current not in self.chips.chips:
            self.choose(MAIN)

    def order_tabs(self) -> None:
        """Tab in the order things are seen: what is above the chips (`above`), the chips,
        the text being edited, what is below it (`below`), then the footer's links.
        Qt's default follows creation order, which put the chips after the text."""
        chips = [self.chips.chips[k] for k in self.chips.chips]
        chain = [*self.above, *chips, self.chips.edit_channels, self.main_text,
                 self.pane.use_main, self.pane.text, *self.below, self.details.schedule,
                 self.details.images, *self.tail]
        for first, second in pairwise(chain):
            QWidget.setTabOrder(first, second)

    def _targets_with_typing(self) -> tuple[composer.Target, ...]:
        """The plan's channels, the one being edited with its unsaved text."""
        if self.plan is None:
            return ()
        editing = self.pane.target.name if self.pane.target is not None and \
            self.stack.currentWidget() is self.pane else None
        typed = self.pane.text.toPlainText().strip()
        return tuple(replace(t, own_text=typed) if t.name == editing else t
                     for t in self.plan.targets)

    def check_channels(self) -> tuple[str, ...]:
        """Which networks the checks count by themselves: none when the draft has
        channels (they are counted per channel, with thread parts)."""
        return () if self.plan and self.plan.targets else self.lengths.channels()

    # --- choosing the text -----------------------------------------------------------
    def choose(self, key: str) -> None:
        plan = self.plan
        target = next((t for t in plan.targets if t.name == key), None) if plan else None
        self.chips.choose(key if target is not None else MAIN)
        if target is None or plan is None:
            self.pane.autosave.flush()
            self.pane.target = None
            self.stack.setCurrentWidget(self.main_text)
            self.show_counts(self.main_text.toPlainText(), plan is not None)
            return
        self.pane.show_target(plan.draft_id, target, self.main_text.toPlainText(),
                              self.editable)
        self.stack.setCurrentWidget(self.pane)
        self.show_counts("", True)
        self.pane.text.setFocus(Qt.FocusReason.OtherFocusReason)

    def _on_channel_typed(self) -> None:
        if self.pane.target is None:
            return
        self.live.targets = self._targets_with_typing()
        self.live.channel_texts = {t.name: t.own_text for t in self.live.targets
                                   if t.own_text}
        self.live.text_changed(self.main_text.toPlainText())
        self.show_counts("", True)

    # --- results ---------------------------------------------------------------
    def show_checks(self, state: CheckState) -> None:
        self.chips.show_counts(state.counts)
        target = self.pane.target
        if target is None:
            return
        variant = next((v for v in state.channels if v.channel == target.name), None)
        if variant is not None:
            self.pane.show_warnings(variant.text, list(variant.report.warnings))

    def show_counts(self, text: str, visible: bool) -> None:
        """Words and characters of the text being edited (the main or a channel's)."""
        if self.stack.currentWidget() is self.pane:
            text = self.pane.text.toPlainText() or self.main_text.toPlainText()
        words = count_words(text)
        self.counts.setVisible(visible)
        said = f"{words:,} word{'s' if words != 1 else ''}"
        # Narrow: the words whole rather than "12 word…" (the networks' counts show characters).
        self.counts.set_text(f"{said} · {len(text):,} character{'s' if len(text) != 1 else ''}",
                             said)

    def flush(self) -> bool:
        return self.pane.autosave.flush()
