"""A team workspace without its server: a banner says so, whatever is typed (the text,
notes, tags, a channel's own text) goes to the local journal instead of being lost, and
when the server answers again the journal is written back (the open draft's text through
the editor's own save, so a conflict shows its usual banner with both texts and who
changed it; everything else through app/offline.py, its conflicts in a panel of their own).

The window never waits on the server while it is away: once offline, connecting fails at
once (app/offline.went_offline), and whether the server is back is asked off the GUI
thread (`Probe` on a pool of its own, the answer by signal)."""

from __future__ import annotations

import logging
import sys
from collections.abc import Callable
from html import escape
from types import TracebackType
from typing import TYPE_CHECKING, Protocol

from PySide6.QtCore import QObject, QRunnable, QThreadPool, QTimer, Signal
from PySide6.QtWidgets import QBoxLayout

from desktopapp.app import offline
from desktopapp.app.context import AppContext
from desktopapp.ui.banners import Banner
from desktopapp.ui.offline_conflicts import ConflictsPanel
from desktopapp.ui.workers import tracked

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

    def save_field(self, draft_id: int, field: str, base: str, text: str) -> str | None:
        """Save a typed field (app/offline_fields.py): None when stored or shown as a
        conflict, else what to tell the person (kept offline)."""
        ...


PROBE_EVERY_MS = 2000  # while offline: how often to ask whether the server is back
PROBE_TIMEOUT_S = 3


class _ProbeSignals(QObject):
    answered = Signal(object)  # None: the server answers; else why not (str)


class Probe(QRunnable):
    """One try of the server on a connection of its own, on a pool thread."""

    def __init__(self, ctx: AppContext) -> None:
        super().__init__()
        self.ctx = ctx
        self.signals = _ProbeSignals()

    def run(self) -> None:
        try:
            answer = offline.probe(self.ctx, PROBE_TIMEOUT_S)
        except Exception as exc:  # a pool thread must never die silently: answer anyway
            answer = str(exc) or type(exc).__name__
        self.signals.answered.emit(answer)


class OfflineGuard(QObject):
    def __init__(self, ctx: AppContext, editor: EditorPane, parent: QObject | None = None
                 ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.editor = editor
        self.online = True
        self.banner = Banner("errorBanner", "Try again now")
        self.banner.button.setAccessibleName("Try the team server again now")
        self.banner.button.clicked.connect(self.probe_now)
        self.report = Banner("banner", "Dismiss")
        self.report.button.clicked.connect(self.report.hide)
        self.conflicts = ConflictsPanel(ctx, self._choice_failed)
        self._previous_hook: Callable[..., object] | None = None
        # One probe at a time, on a pool of its own: a probe waiting on a silent host
        # must never hold up the shared pool's other work.
        self._pool = tracked(QThreadPool(self))  # waited for at exit (ui/workers.py)
        self._pool.setMaxThreadCount(1)
        self._probing: Probe | None = None
        self._probe_timer = QTimer(self)
        self._probe_timer.setInterval(PROBE_EVERY_MS)
        self._probe_timer.timeout.connect(self.probe_now)

    # --- the editor's hook ----------------------------------------------------
    def is_offline(self) -> bool:
        return not self.online

    def lost(self, exc: BaseException) -> bool:
        if offline.lost_server(self.ctx, exc):
            self._went_offline()
            return True
        return False

    def keep(self, draft_id: int, version: int, base_text: str, text: str) -> str:
        message = offline.keep_typed(self.ctx, draft_id, version, base_text, text)
        self._went_offline()
        return message

    def saved(self, draft_id: int, text: str) -> None:
        offline.saved(self.ctx, draft_id, text)

    def save_field(self, draft_id: int, field: str, base: str, text: str) -> str | None:
        result = offline.save_field(self.ctx, draft_id, field, base, text)
        if result.kept_offline:
            self._went_offline()
            return offline.OFFLINE_MESSAGE
        if result.conflict is not None:
            self.conflicts.refresh()
        return None

    # --- the server comes and goes --------------------------------------------
    def connection_changed(self, online: bool) -> None:
        if not online:
            self._went_offline()
            return
        self._probe_timer.stop()
        self.online = True
        self.banner.hide()
        offline.back_online(self.ctx)
        self.write_back()

    def probe_now(self) -> None:
        """Ask, off the GUI thread, whether the server answers again."""
        if self.online or self._probing is not None:
            return
        probe = self._probing = Probe(self.ctx)
        probe.setAutoDelete(False)  # kept until its answer arrived (its signals live on)
        probe.signals.answered.connect(self._answered)
        self._pool.start(probe)

    def _answered(self, answer: str | None) -> None:
        self._probing = None
        if self.online:
            return
        if answer is None:
            self.connection_changed(True)
        else:
            log.info("the team server is still out of reach: %s", answer)

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
        # The open draft's text is skipped only while its editor still holds typing of
        # its own; at start the editor shows the server's text and the journal's is newer.
        skip = {open_id} if open_id is not None and editor.autosave.dirty else set()
        results = offline.write_back(self.ctx, skip=skip)
        if any(not r.saved for r in results):
            lines = "<br>".join(escape(r.message) for r in results if not r.saved)
            self.report.show_message(f"<b>Written back after being offline.</b><br>{lines}")
        self.conflicts.refresh()

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
        self._probe_timer.stop()
        self._pool.clear()
        if self._previous_hook is not None:
            sys.excepthook = self._previous_hook
            self._previous_hook = None

    def _went_offline(self) -> None:
        offline.went_offline(self.ctx)  # from now on nothing waits on the server
        if not self.online:
            return
        self.online = False
        self.banner.show_message(f"<b>Offline.</b> {escape(offline.OFFLINE_MESSAGE)}")
        self._probe_timer.start()

    def _choice_failed(self, exc: BaseException) -> None:
        if not self.lost(exc):
            self.report.show_message(f"<b>Your choice could not be stored.</b> "
                                     f"{escape(str(exc))}")


def install(ctx: AppContext, editor: EditorPane, bridge: ChangeBridge,
            layout: QBoxLayout, parent: QObject) -> OfflineGuard | None:
    """On a team workspace: the guard, its banners at the top of `layout`, the editor's
    hook and the bridge's connection signal; then write back what a previous session
    left in the journal. Nothing on a personal workspace."""
    if not ctx.store.is_team:
        return None
    guard = OfflineGuard(ctx, editor, parent)
    layout.insertWidget(0, guard.conflicts)
    layout.insertWidget(0, guard.report)
    layout.insertWidget(0, guard.banner)
    editor.offline = guard
    editor.composer.pane.offline = guard
    bridge.connection_changed.connect(guard.connection_changed)
    guard.catch_lost_server()
    return guard
