"""Spelling in the composer: the draft's language (a button under the editor: the
workspace's, or the draft's own), "Add to dictionary" from a warning's menu, and a banner
offering to switch when the text is clearly in another language."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QAction, QActionGroup
from PySide6.QtWidgets import QMenu, QPushButton, QWidget

from desktopapp.app import context as app_context
from desktopapp.checks.spelling import OfflineSpelling
from desktopapp.ui import later
from desktopapp.ui.banners import Banner
from desktopapp.ui.elided import LinkButton, keep_place_when_hidden

if TYPE_CHECKING:
    from desktopapp.app import spelling
    from desktopapp.app.context import AppContext
else:  # loaded once the window has attached its workspace (ui/later.py)
    spelling = later.module("desktopapp.app.spelling")


class SpellingControl(QObject):
    changed = Signal()  # the language or the dictionary changed: check again
    status = Signal(str)

    def __init__(self, ctx: AppContext, offline: OfflineSpelling | None,
                 parent: QWidget) -> None:
        super().__init__(parent)
        self.ctx, self.offline = ctx, offline
        self.draft_id: int | None = None
        self.own: str | None = None  # the draft's own language
        self.workspace = "en-US"  # read at load
        self._dismissed: set[tuple[int, str]] = set()
        self.button = LinkButton("Spelling language of this draft")
        keep_place_when_hidden(self.button)
        self.button.hide()  # shown with a draft (`load`), not in the window's first frame
        self.menu = QMenu(self.button)
        self.button.setMenu(self.menu)
        self.button.setPopupMode(LinkButton.ToolButtonPopupMode.InstantPopup)
        self.banner = Banner("banner", "Switch")
        self.banner.button.clicked.connect(self._switch_to_suggestion)
        self._suggested: str | None = None
        self.keep = QPushButton("Keep")
        self.keep.setToolTip("Keep checking this draft in its language")
        self.keep.clicked.connect(self._keep)
        layout = self.banner.layout()
        assert layout is not None
        layout.addWidget(self.keep)

    @property
    def language(self) -> str:
        return self.own or self.workspace

    def load(self, draft_id: int | None) -> None:
        self.draft_id = draft_id
        self.banner.hide()
        self._suggested = None
        try:
            found = spelling.state(self.ctx, draft_id or None)
            self.workspace, self.own = found.workspace_language, found.draft_language
            words = found.personal_words
        except app_context.ACTION_ERRORS:
            self.own, words = None, frozenset()
        if self.offline is not None:
            self.offline.personal = words
        self.button.setVisible(draft_id is not None)
        self._render()

    def _render(self) -> None:
        label = spelling.label(self.language)
        self.button.set_full_text(label)
        self.button.setToolTip(f"Spelling is checked in {label} (click to change it for "
                               "this draft)")
        self.menu.clear()
        group = QActionGroup(self.menu)
        default = self.menu.addAction(
            f"Workspace language ({spelling.label(self.workspace)})")
        default.setCheckable(True)
        default.setChecked(self.own is None)
        default.triggered.connect(lambda _=False: self.set_own(None))
        group.addAction(default)
        self.menu.addSeparator()
        for code, name in spelling.LANGUAGES.items():
            action: QAction = self.menu.addAction(name)
            action.setCheckable(True)
            action.setChecked(self.own == code)
            action.triggered.connect(lambda _=False, c=code: self.set_own(c))
            group.addAction(action)

    def set_own(self, language: str | None) -> None:
        if self.draft_id is None:
            return
        try:
            spelling.set_draft_language(self.ctx, self.draft_id, language)
        except app_context.ACTION_ERRORS as exc:
            self.status.emit(str(exc))
            return
        self.own = language
        self.banner.hide()
        self._render()
        self.changed.emit()

    def add_word(self, word: str) -> None:
        try:
            added = spelling.add_word(self.ctx, word)
        except app_context.ACTION_ERRORS as exc:
            self.status.emit(str(exc))
            return
        if self.offline is not None:
            self.offline.personal = spelling.personal_words(self.ctx)
        self.status.emit(f"“{added}” is in the workspace's dictionary now.")
        self.changed.emit()

    def on_text(self, text: str) -> None:
        """After each check: offer a switch when the text is clearly in another language."""
        if self.draft_id is None:
            return
        found = spelling.suggest_switch(self.ctx, text, self.language)
        if found is None or (self.draft_id, found) in self._dismissed:
            self.banner.hide()
            self._suggested = None
            return
        if found != self._suggested:
            self._suggested = found
            name = spelling.label(found)
            self.banner.button.setText(f"Check as {name}")
            self.banner.show_message(
                f"This draft looks like {name}, but its spelling is checked in "
                f"{spelling.label(self.language)}.")

    def _switch_to_suggestion(self) -> None:
        if self._suggested is not None:
            self.set_own(self._suggested)

    def _keep(self) -> None:
        if self.draft_id is not None and self._suggested is not None:
            self._dismissed.add((self.draft_id, self._suggested))
        self.banner.hide()
