"""The post editor widget: readable column, warning tooltips and quick fixes."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QMargins, QPoint, QThreadPool, Signal
from PySide6.QtGui import (
    QContextMenuEvent,
    QFocusEvent,
    QFont,
    QHelpEvent,
    QResizeEvent,
    QTextCursor,
)
from PySide6.QtWidgets import QMenu, QPlainTextEdit, QToolTip

from desktopapp.checks.model import CheckWarning
from desktopapp.checks.risk_model_check import NAME as RISK_MODEL
from desktopapp.checks.spelling import CODE as OFFLINE_SPELLING
from desktopapp.checks.spelling import OfflineSpelling
from desktopapp.checks.spelling_languages import REGION_CODE
from desktopapp.ui.highlighter import to_python, to_utf16, utf16_offsets

TEXT_COLUMN_PX = 760
WarningSource = Callable[[], tuple[str, list[CheckWarning]]]


# For the tone models a plain answer reads better: the phrase is then ignored in this draft.
IGNORE_LABELS = {"tone.offensive": "Not offensive here", "tone.anger": "Not angry here"}
# The risk model warns with the rules' codes; its warnings get the same plain answer.
MODEL_IGNORE_LABEL = "Not risky here"


def menu_heading(message: str, limit: int = 60) -> str:
    """A warning's message cut to a menu line: its first sentence, at most `limit` chars."""
    first = message.split(". ")[0].rstrip(".")
    return first if len(first) <= limit else first[:limit - 1].rstrip() + "…"


class FocusReportingEdit(QPlainTextEdit):
    """A plain-text edit that says when it loses focus (a moment to save)."""

    focus_lost = Signal()

    def focusOutEvent(self, event: QFocusEvent) -> None:
        super().focusOutEvent(event)
        self.focus_lost.emit()


class DraftTextEdit(FocusReportingEdit):
    """The post editor: comfortable margins and font, and the warnings under the cursor."""

    replace_requested = Signal(int, int, str)  # start, end (Python offsets), replacement
    ignore_here_requested = Signal(object)  # CheckWarning
    ignore_rule_requested = Signal(str)  # code
    add_word_requested = Signal(str)  # a word for the workspace's dictionary

    def __init__(self, font_size: int) -> None:
        super().__init__()
        self.setObjectName("editor")
        self.setAccessibleName("Post text")
        font = QFont()
        font.setPointSize(font_size)
        self.setFont(font)
        self.document().setDocumentMargin(12)
        # No placeholder until the editor loads a draft (or none) and picks its own: the
        # window's first frame is painted before the workspace opens, and a "write your
        # post" hint there would flash and be replaced by the opened draft.
        self.setTabChangesFocus(True)
        self.warning_source: WarningSource = lambda: ("", [])
        # Offline spelling leaves suggestions out of its warnings (they cost more than the
        # check); the editor asks for them when the pointer rests on a word or on right-click.
        self.spelling: OfflineSpelling | None = None

    def resizeEvent(self, event: QResizeEvent) -> None:
        # The viewport's own resize is also delivered here (QAbstractScrollArea forwards
        # it), with the viewport's size. Margins computed from that size change that size,
        # which looped for ever once the editor was wider than the column (a segfault at
        # about 1540 px). So: the widget's own width, and margins set only on a change.
        self._centre_column()
        super().resizeEvent(event)

    def _centre_column(self) -> None:
        side = max(24, (self.width() - TEXT_COLUMN_PX) // 2)
        if self.viewportMargins() != QMargins(side, 16, side, 16):
            self.setViewportMargins(side, 16, side, 16)

    def cursor_for(self, start: int, end: int) -> QTextCursor:
        """A cursor selecting text[start:end], given in Python offsets (Qt counts UTF-16)."""
        table = utf16_offsets(self.toPlainText())
        cursor = self.textCursor()
        cursor.setPosition(to_utf16(table, start))
        cursor.setPosition(to_utf16(table, end), QTextCursor.MoveMode.KeepAnchor)
        return cursor

    def replace_range(self, start: int, end: int, replacement: str) -> None:
        """Replace text[start:end] (Python offsets) as one undoable edit."""
        if end > len(self.toPlainText()):
            return
        cursor = self.cursor_for(start, end)
        cursor.insertText(replacement)
        self.setTextCursor(cursor)

    def select_range(self, start: int, end: int) -> None:
        """Select text[start:end] (a warning in the panel was clicked) and take the focus."""
        self.setTextCursor(self.cursor_for(start, end))
        self.setFocus()

    def warnings_at(self, point: QPoint) -> list[CheckWarning]:
        text, warnings = self.warning_source()
        if text != self.toPlainText():
            return []  # results are for an older text; say nothing rather than mislead
        position = to_python(utf16_offsets(text), self.cursorForPosition(point).position())
        return [w for w in warnings if w.start <= position < w.end]

    def viewportEvent(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ToolTip and isinstance(event, QHelpEvent):
            found = self.warnings_at(event.pos())
            if found:
                # Anchored at the bottom of the hovered line, not at the pointer: with a
                # large editor font the tip opened over the very words it explains.
                line = self.cursorRect(self.cursorForPosition(event.pos()))
                anchor = self.viewport().mapToGlobal(QPoint(event.pos().x(), line.bottom()))
                QToolTip.showText(anchor, "\n\n".join(self._tip(w) for w in found[:3]),
                                  self)
            else:
                QToolTip.hideText()
            return True
        return super().viewportEvent(event)

    def suggestions(self, warning: CheckWarning) -> tuple[str, ...]:
        """The warning's suggestions; for offline spelling, known words one edit away now
        (a few ms), and the slower two-edit search started on a worker thread, cached for
        the next look."""
        spelling = self.spelling
        if warning.code != OFFLINE_SPELLING or warning.suggestions or spelling is None:
            return warning.suggestions
        word = self.toPlainText()[warning.start:warning.end]
        found = spelling.suggestions(word, two_edits=False)
        if spelling.cached_suggestions(word) is None:
            QThreadPool.globalInstance().start(lambda: spelling.suggestions(word))
        return found

    def _tip(self, warning: CheckWarning) -> str:
        if warning.code != OFFLINE_SPELLING:
            return warning.message
        found = self.suggestions(warning)
        return warning.message + (f" Did you mean: {', '.join(found[:4])}?" if found else "")

    def context_menu(self, pos: QPoint) -> QMenu:
        """The editor's menu with, first, what can be done about the warnings at `pos`.
        Where warnings overlap, each one's actions sit under its own greyed heading: two
        identical "Stop this kind of warning" lines would not say which they turn off."""
        menu = self.createStandardContextMenu()
        found = self.warnings_at(pos)[:3]
        if not found:
            return menu
        first = menu.actions()[0] if menu.actions() else None
        fixes = QMenu(self)
        for w in found:
            if len(found) > 1:
                if fixes.actions():
                    fixes.addSeparator()
                heading = fixes.addAction(menu_heading(w.message))
                heading.setEnabled(False)
                bold = QFont(heading.font())
                bold.setBold(True)
                heading.setFont(bold)
            for suggestion in self.suggestions(w)[:4]:
                label = f"Replace with “{suggestion}”" if suggestion else \
                    f"Remove “{self.toPlainText()[w.start:w.end]}”"
                action = fixes.addAction(label)
                action.triggered.connect(
                    lambda _=False, w=w, s=suggestion: self.replace_requested.emit(
                        w.start, w.end, s))
            self._ignore_actions(fixes, w)
        for action in fixes.actions():
            menu.insertAction(first, action) if first else menu.addAction(action)
        if first:
            menu.insertSeparator(first)
        return menu

    def _ignore_actions(self, menu: QMenu, w: CheckWarning) -> None:
        """What can be done about a warning besides fixing it, in words (the rule's code
        is only in the status tip)."""
        word = self.toPlainText()[w.start:w.end]
        if w.code in (OFFLINE_SPELLING, REGION_CODE):
            add = menu.addAction(f"Add “{word}” to the dictionary")
            add.setStatusTip("Never flag this word again, in any draft of this workspace")
            add.triggered.connect(lambda _=False, t=word: self.add_word_requested.emit(t))
            here = menu.addAction(f"Ignore “{word}” in this draft")
            here.triggered.connect(lambda _=False, w=w: self.ignore_here_requested.emit(w))
            return
        label = IGNORE_LABELS.get(w.code) or (
            MODEL_IGNORE_LABEL if w.checker == RISK_MODEL else "Ignore here, in this draft")
        here = menu.addAction(label)
        here.triggered.connect(lambda _=False, w=w: self.ignore_here_requested.emit(w))
        rule = menu.addAction("Stop this kind of warning in every draft")
        rule.setStatusTip(f"Turns off the rule “{w.code}” for the workspace (Settings "
                          "→ Checks lists it)")
        rule.triggered.connect(lambda _=False, c=w.code: self.ignore_rule_requested.emit(c))

    def contextMenuEvent(self, event: QContextMenuEvent) -> None:
        menu = self.context_menu(self.viewport().mapFromGlobal(event.globalPos()))
        menu.exec(event.globalPos())
        menu.deleteLater()
