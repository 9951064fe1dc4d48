"""One channel's own text, edited in place of the main text (its chip above the editor is
chosen): saved as you type like the main text, through the application layer. Empty
means the channel gets the main text."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from desktopapp.app import context as app_context
from desktopapp.checks.model import CheckWarning
from desktopapp.core.errors import DomainError
from desktopapp.records import replace
from desktopapp.ui import later
from desktopapp.ui.autosave import AutosaveTimer
from desktopapp.ui.draft_text import FocusReportingEdit
from desktopapp.ui.highlighter import WarningHighlighter
from desktopapp.ui.markup import escape

if TYPE_CHECKING:
    from desktopapp.app import composer, offline_fields
    from desktopapp.app.composer import Target
    from desktopapp.app.context import AppContext
else:  # loaded once the window has attached its workspace (ui/later.py)
    composer = later.module("desktopapp.app.composer")
    offline_fields = later.module("desktopapp.app.offline_fields")

if TYPE_CHECKING:
    from desktopapp.ui.offline_guard import OfflineHook


class ChannelPane(QWidget):
    saved = Signal(str, str)  # channel name, its own text now ("" : the main text)
    failed = Signal(str)

    def __init__(self, ctx: AppContext, font_size: int, autosave_ms: int) -> None:
        super().__init__()
        self.ctx = ctx
        self.draft_id: int | None = None
        self.target: Target | None = None
        self._loading = False
        self.offline: OfflineHook | None = None  # set by the window on a team workspace
        self.autosave = AutosaveTimer(self._save_now, autosave_ms, self)
        self.autosave.failed.connect(self.failed)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(6)
        head = QHBoxLayout()
        self.title = QLabel()
        self.title.setObjectName("muted")
        self.title.setWordWrap(True)
        head.addWidget(self.title, 1)
        self.use_main = QPushButton("Use the main text")
        self.use_main.setToolTip("Clear this channel's own text: it gets the main text again")
        self.use_main.clicked.connect(self.clear)
        head.addWidget(self.use_main)
        layout.addLayout(head)
        self.text = FocusReportingEdit()
        self.text.setObjectName("editor")
        self.text.setAccessibleName("Text for this channel only")
        font = QFont()
        font.setPointSize(font_size)
        self.text.setFont(font)
        self.text.document().setDocumentMargin(12)
        self.text.setViewportMargins(12, 4, 12, 4)  # text off the edges, like the main one
        self.text.setTabChangesFocus(True)
        self.text.textChanged.connect(self._on_changed)
        self.text.focus_lost.connect(self.autosave.flush)
        self.highlighter = WarningHighlighter(self.text.document())
        layout.addWidget(self.text, 1)

    def show_target(self, draft_id: int, target: Target, main_text: str,
                    editable: bool) -> None:
        self.autosave.flush()
        self.draft_id, self.target = draft_id, target
        self.title.setText(
            f"Text for <b>{escape(target.name)}</b> ({target.network}) only. Empty: "
            "it gets the main text. Changing it restarts a submitted draft's cool-off.")
        # Typed while the server was away and not yet written back: that, not the older
        # text the server still has (which stays the base the save builds on).
        kept = None
        if self.offline is not None:  # a team workspace (a personal one has no journal)
            from desktopapp.app import offline

            kept = offline.kept(self.ctx, draft_id, offline_fields.channel_field(target.name))
        self._loading = True
        self.text.setPlainText(target.own_text if kept is None else kept)
        self._loading = False
        if kept is not None:
            self.autosave.touch()
        self.text.setPlaceholderText("Empty: this channel gets the main text —\n\n"
                                     + main_text[:600])
        self.text.setReadOnly(not editable)
        self.use_main.setEnabled(editable and bool(target.own_text))
        self.highlighter.set_warnings("", [])

    def show_warnings(self, text: str, warnings: list[CheckWarning]) -> None:
        if text == self.text.toPlainText().strip():
            self.highlighter.set_warnings(self.text.toPlainText(), warnings)

    def clear(self) -> None:
        self.text.clear()
        self.autosave.flush()

    def _on_changed(self) -> None:
        if not self._loading and not self.text.isReadOnly() and self.target is not None:
            self.use_main.setEnabled(bool(self.text.toPlainText().strip()))
            self.autosave.touch()

    def _save_now(self) -> str | None:
        if self.draft_id is None or self.target is None:
            return None
        text = self.text.toPlainText()
        try:
            if self.offline is not None:  # a team: journaled offline, conflicts kept
                field = offline_fields.channel_field(self.target.name)
                kept = self.offline.save_field(self.draft_id, field, self.target.own_text, text)
                if kept is not None:
                    return kept
                self.target = replace(self.target, own_text=text.strip())
            else:
                self.target = composer.set_channel_text(self.ctx, self.draft_id,
                                                        self.target.name, text)
        except DomainError as exc:
            return str(exc)
        except app_context.ACTION_ERRORS as exc:
            return app_context.explain(exc)
        self.saved.emit(self.target.name, self.target.own_text)
        return None
