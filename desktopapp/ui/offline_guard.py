"""A team workspace without its server: a banner says so, typed text goes to the local
journal instead of being lost, and when the server answers again the journal is written
back (the open draft through the editor's own save, so a conflict shows its usual banner
with both texts and who changed it; other drafts through app/offline.py)."""

from __future__ import annotations

import logging
import sys
from collections.abc import Callable
from html import escape
from types import TracebackType
from typing import TYPE_CHECKING, Protocol

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QBoxLayout

from desktopapp.app import offline
from desktopapp.app.context import AppContext
from desktopapp.ui.banners import Banner

log = logging.getLogger(__name__)

if TYPE_CHECKING:
    from desktopapp.ui.change_bridge import ChangeBridge
    from desktopapp.ui.editor import EditorPane


class OfflineHook(Protocol):
    """What the editor asks before and after saving on a team workspace."""

    def is_offline(self) -> bool: ...

    def lost(self, exc: BaseException) -> bool: ...

    def keep(self, draft_id: int, version: int, base_text: str, text: str) -> str: ...

    def saved(self, draft_id: int, text: str) -> None: ...


class OfflineGuard(QObject):
    def __init__(self, ctx: AppContext, editor: EditorPane, parent: QObject | None = None
                 ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.editor = editor
        self.online = True
        self.banner = Banner("errorBanner", "Try again now")
        self.banner.button.clicked.connect(lambda: self.connection_changed(True))
        self.report = Banner("banner", "Dismiss")
        self.report.button.clicked.connect(self.report.hide)
        self._previous_hook: Callable[..., object] | None = None

    # --- the editor's hook ----------------------------------------------------
    def is_offline(self) -> bool:
        return not self.online

    def lost(self, exc: BaseException) -> bool:
        if offline.lost_server(self.ctx, exc):
            offline.drop_connection(self.ctx)
            self._went_offline()
            return True
        return False

    def keep(self, draft_id: int, version: int, base_text: str, text: str) -> str:
        return offline.keep_typed(self.ctx, draft_id, version, base_text, text)

    def saved(self, draft_id: int, text: str) -> None:
        offline.saved(self.ctx, draft_id, text)

    # --- the server comes and goes --------------------------------------------
    def connection_changed(self, online: bool) -> None:
        if not online:
            self._went_offline()
            return
        self.online = True
        self.banner.hide()
        offline.drop_connection(self.ctx)  # whatever was open before the drop is dead
        self.write_back()

    def write_back(self) -> None:
        """The open draft first (its editor knows the text), then the rest of the journal."""
        editor = self.editor
        editor.flush()  # a conflict there shows in the editor's own banner
        if not self.online:
            return  # out of reach again
        open_id = editor.draft.id if editor.draft is not None else None
        if open_id is not None and editor.conflict_banner.isVisible():
            # Refused as a conflict, the typed text was kept in the draft's history on the
            # server: the journal can let go of it.
            offline.saved(self.ctx, open_id, editor.text.toPlainText())
        results = offline.write_back(self.ctx, skip=set() if open_id is None else {open_id})
        if any(not r.saved for r in results):
            lines = "<br>".join(escape(r.message) for r in results if not r.saved)
            self.report.show_message(f"<b>Written back after being offline.</b><br>{lines}")

    def catch_lost_server(self) -> None:
        """A refresh anywhere in the window (a timer, a list, the tray) may be the first to
        meet the dead connection: that is the banner's news, not an error dialog."""
        previous = sys.excepthook

        def hook(kind: type[BaseException], value: BaseException,
                 tb: TracebackType | None) -> None:
            if self.lost(value):
                log.warning("the team server went away: %s", value)
                return
            previous(kind, value, tb)

        self._previous_hook = previous
        sys.excepthook = hook

    def close(self) -> None:
        if self._previous_hook is not None:
            sys.excepthook = self._previous_hook
            self._previous_hook = None

    def _went_offline(self) -> None:
        self.online = False
        self.banner.show_message(f"<b>Offline.</b> {escape(offline.OFFLINE_MESSAGE)}")


def install(ctx: AppContext, editor: EditorPane, bridge: ChangeBridge,
            layout: QBoxLayout, parent: QObject) -> OfflineGuard | None:
    """On a team workspace: the guard, its banners at the top of `layout`, the editor's
    hook and the bridge's connection signal; then write back what a previous session
    left in the journal. Nothing on a personal workspace."""
    if not ctx.store.is_team:
        return None
    guard = OfflineGuard(ctx, editor, parent)
    layout.insertWidget(0, guard.report)
    layout.insertWidget(0, guard.banner)
    editor.offline = guard
    bridge.connection_changed.connect(guard.connection_changed)
    guard.catch_lost_server()
    return guard
