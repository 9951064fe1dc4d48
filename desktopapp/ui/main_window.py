"""The main window: draft list on the left, the editor in the middle, warnings and history
on the right. It lays out and composes plain controllers, each owning its widgets and
actions: drafts (list and draft commands), publishing, packets and the other dialogs.

What the first frame does not show is built just after it (`_finish`): the menus' contents
(their titles are in the first frame), the packets controller they call, the History tab
and the decision notifications' starting point. Start-up is measured to the first frame
(tests/benchmarks/test_bench_startup.py)."""

from __future__ import annotations

import contextlib
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6 import QtWidgets
from PySide6.QtCore import QCoreApplication, QEvent, QTimer
from PySide6.QtGui import (
    QAction,
    QCloseEvent,
    QGuiApplication,
    QPaintEvent,
    QShowEvent,
)
from PySide6.QtWidgets import (
    QMainWindow,
    QMenu,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from desktopapp.app import context as app_context
from desktopapp.app.context import AppContext
from desktopapp.app.events import Change
from desktopapp.checks.grammar import GrammarChecker
from desktopapp.config import Settings
from desktopapp.ui import later, theme, window_theme, window_toolbar, workspaces
from desktopapp.ui.banners import Banner
from desktopapp.ui.change_bridge import ChangeBridge
from desktopapp.ui.dialogs_controller import DialogsController
from desktopapp.ui.drafts_controller import DraftsController
from desktopapp.ui.editor import EditorPane
from desktopapp.ui.held_keys import HeldKeys
from desktopapp.ui.live_checks import LiveChecker
from desktopapp.ui.pane_splitter import PaneSplitter
from desktopapp.ui.publisher_status import PublisherStatusLabel
from desktopapp.ui.publishing_controller import PublishingController
from desktopapp.ui.shell import Shell
from desktopapp.ui.side_pane import HISTORY_TAB, SidePane
from desktopapp.ui.tray import Tray
from desktopapp.ui.window_state import WindowState

if TYPE_CHECKING:
    from desktopapp.app import drafts, people
    from desktopapp.core.people import PersonInfo
    from desktopapp.ui.history import HistoryPanel
    from desktopapp.ui.offline_guard import OfflineGuard
    from desktopapp.ui.packets_controller import PacketsController
else:  # loaded once the workspace is attached (ui/later.py)
    drafts = later.module("desktopapp.app.drafts")
    people = later.module("desktopapp.app.people")


class MainWindow(QMainWindow):
    def __init__(self, ctx: AppContext, settings: Settings) -> None:
        """The window's frame: menus, toolbar, the panes at their final sizes, an empty list
        and editor. With an open `ctx` it attaches the workspace at once; the launcher
        passes one not open yet, shows the frame, then opens it and calls `attach`."""
        super().__init__()
        self.ctx, self.paths = ctx, ctx.paths
        self.user: PersonInfo  # who is acting: read when the workspace is attached
        paths = ctx.paths
        self.state = WindowState(paths.ui_state_file)
        self.shell = Shell(self, ctx, settings, theme.resolve(settings.theme))
        self._shown_once = False
        self._attached = False
        self.setWindowTitle(workspaces.window_title(ctx))
        self.setMinimumSize(760, 520)

        grammar = GrammarChecker(server_url=settings.languagetool_url or None)
        self.live = LiveChecker(grammar, self, pattern_cache=ctx.paths.cache_dir)
        self.editor = EditorPane(ctx, self.live, tuple(settings.channels),
                                 self.shell.colours.danger, settings.editor_font_size,
                                 settings.autosave_delay_ms)
        self.drafts = DraftsController(self.shell, self.editor)
        self.side = SidePane(self.shell.ctx, self.shell.colours)
        # As after the attach, when the draft opened is being checked: the frame's side
        # pane then keeps its layout (issue 12: nothing moves when the drafts arrive).
        self.side.show_checks(None, [], checking=True)
        self.splitter = PaneSplitter((self.drafts.panel, self.editor, self.side))
        self.dialogs = DialogsController(self.shell, self.drafts, self.live, self.set_theme)
        # Made when the workspace is attached (`attach`) or with the menus, after the
        # first frame (ui/window_menus.py).
        self.tray: Tray
        self.publishing: PublishingController
        self.changes: ChangeBridge
        self.packets: PacketsController | None = None
        self.workspaces: workspaces.WorkspacesMenu | None = None
        self.edit_actions: dict[str, QAction] = {}
        # The window's own actions, toolbar and menu titles (ui/window_toolbar.py).
        self.act_history: QAction
        self.act_warnings: QAction
        self.act_quit: QAction
        self.act_settings: QAction
        self.toolbar: QToolBar
        self.menus: list[QMenu]
        central = QWidget()
        self._central_layout = QVBoxLayout(central)
        self._central_layout.setContentsMargins(0, 0, 0, 0)
        self._central_layout.setSpacing(0)
        self._central_layout.addWidget(self.splitter, 1)
        self.setCentralWidget(central)

        self._history_refresh = QTimer(self)
        self._history_refresh.setSingleShot(True)
        self._history_refresh.setInterval(1500)
        self._history_refresh.timeout.connect(self.refresh_history)
        self._seen_review: int | None = None  # set once the first frame is up (_finish)
        self.offline: OfflineGuard | None = None
        window_toolbar.build(self)
        self._menus_filled = False
        for each in self.menus:  # opened before they were filled (a very quick click)
            each.aboutToShow.connect(self._fill_menus)
        self._connect()
        self._restore_window_state()
        self.publisher_status = PublisherStatusLabel(ctx, self)
        self.statusBar().addPermanentWidget(self.publisher_status)
        self._held_keys = HeldKeys(self)
        self._on_first_paint: Callable[[], object] | None = None
        if ctx.is_open:
            self.attach()

    def after_first_paint(self, then: Callable[[], object]) -> None:
        """Call `then` once this window's first frame has been painted and handed to the
        screen (the launcher attaches the workspace there). Not when it is shown: on X11
        the window is painted only once the server exposes it, and attaching before that
        would make the first frame a person sees wait for the database after all."""
        self._on_first_paint = then

    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)
        if self._on_first_paint is not None:
            then, self._on_first_paint = self._on_first_paint, None
            QTimer.singleShot(0, then)  # after this paint is flushed to the screen

    def attach(self, user: PersonInfo | None = None) -> None:
        """The workspace is open (`ctx` now has its store and acting person, `user` when
        the caller has read it already): make what needs the data (publishing, the tray,
        the change feed, a team's offline guard), fill the list and open the last draft.
        Keys typed and actions triggered while the frame waited are then delivered."""
        ctx = self.ctx
        later.load_all()  # on this thread, before any check worker could touch one
        if user is None or user.id != ctx.actor:
            user = people.get(ctx, ctx.actor)
        self.user = user
        self.setWindowTitle(workspaces.window_title(ctx))
        self.tray = Tray(ctx, self)
        self.publishing = PublishingController(self.shell, self.drafts, self.tray)
        layout = self._central_layout
        layout.insertWidget(0, self.publishing.pause_banner)
        if ctx.store.notice:  # e.g. a team that no longer accepts this version: read-only
            notice = Banner("errorBanner")
            notice.show_message(ctx.store.notice)
            layout.insertWidget(1, notice)
        self.publishing.pause_banner.refresh()
        self.tray.open_draft.connect(self.drafts.show_draft)
        self.tray.show_window.connect(self.bring_to_front)
        self.tray.open_calendar.connect(self.dialogs.open_calendar)
        composer = self.editor.composer
        composer.schedule_requested.connect(self.publishing.schedule_current)
        composer.images_requested.connect(self.publishing.open_images)
        composer.channels_requested.connect(self.publishing.choose_targets)
        # Every view refreshes itself from the change feed; nothing here updates them by hand.
        self.changes = ChangeBridge(ctx, self)
        self.changes.changed.connect(self._on_changes)
        if ctx.store.is_team:  # the guard and its services load only for a team workspace
            from desktopapp.ui import offline_guard

            self.offline = offline_guard.install(ctx, self.editor, self.changes,
                                                 layout, self)
        self.drafts.start(self.state.int("last_draft"))
        self.statusBar().showMessage(f"{user.display_name} · {self.paths.location}", 6000)
        # Lay out what the data changed now, so the next paint is the settled window (a
        # footer text arriving would otherwise be painted elided once, then re-laid out).
        for _ in range(3):
            QCoreApplication.sendPostedEvents(None, QEvent.Type.LayoutRequest)
        self._attached = True
        self.shell.attached(user)
        self._held_keys.release()
        if self._shown_once:
            self._after_first_show()

    @property
    def attached(self) -> bool:
        return self._attached

    def bring_to_front(self) -> None:
        self.showNormal()
        self.raise_()
        self.activateWindow()

    @property
    def settings(self) -> Settings:
        return self.shell.settings

    @property
    def history(self) -> HistoryPanel:
        """The History tab's panel, built on first use (it is not in the first frame)."""
        return self.side.history

    # --- construction -------------------------------------------------------
    def _fill_menus(self) -> None:
        from desktopapp.ui import window_menus

        if not self._menus_filled:
            self._menus_filled = True
            window_menus.fill(self)

    def _connect(self) -> None:
        self.drafts.loaded.connect(self._on_loaded)
        self.editor.saved.connect(self._on_saved)
        self.editor.status.connect(lambda text: self.statusBar().showMessage(text, 3000))
        self.editor.checks_updated.connect(self.side.show_checks)
        self.side.warnings.jump_requested.connect(self.editor.text.select_range)
        self.side.warnings.download_languagetool.connect(self.dialogs.download_languagetool)
        self.side.history_created.connect(
            lambda panel: panel.restore_requested.connect(self.drafts.restore_revision))
        self.side.currentChanged.connect(lambda _i: self.refresh_history())
        self.editor.lengths.channels_changed.connect(self._save_channels)
        hints = QGuiApplication.styleHints()
        hints.colorSchemeChanged.connect(lambda _scheme: self.set_theme(self.settings.theme))

    def _on_changes(self, changes: list[Change]) -> None:
        try:
            self._notify_decisions()
            self.drafts.on_changes(changes)
            self.publishing.on_changes(changes)
            self.dialogs.on_changes(changes)
        except app_context.DATA_ERRORS as exc:  # the team server went away: the banner says so
            if self.offline is None or not self.offline.lost(exc):
                raise

    def _notify_decisions(self) -> None:
        """A desktop notification for each decision on my posts since the last look."""
        from desktopapp.app import review

        if self._seen_review is None:  # before the first frame: nothing to compare with
            return
        for notice in review.decisions_since(self.ctx, self.shell.user.id, self._seen_review):
            self._seen_review = notice.review_id
            self.tray.notify_decision(notice.draft_id, notice.headline, notice.comment)

    def _restore_window_state(self) -> None:
        geometry = self.state.bytes("geometry")
        if geometry is None or not self.restoreGeometry(geometry):
            self.resize(1280, 800)
        self.splitter.restore(self.state.bytes("pane_widths"), self.state.bytes("splitter"))
        show_side = self.state.bool("side_visible", True)
        self.side.setVisible(show_side)
        self.side.setCurrentIndex(self.state.int("side_tab") or 0)
        self.act_history.setChecked(self.side.history_showing())

    # --- editor and side pane ----------------------------------------------
    def _on_loaded(self, info: drafts.DraftInfo | None) -> None:
        if info is None:  # nothing open (e.g. a search matching nothing): no stale warnings
            self.side.show_checks(None, [])
        elif not self.side.has_checks:  # the first check of the session is on its way
            self.side.show_checks(None, [], checking=True)
        self.refresh_history()  # a hidden History tab catches up when it is shown
        self.state.set_int("last_draft", info.id if info else None)

    def _on_saved(self, _draft_id: int, body: str, _updated_at: object) -> None:
        if self.side.history_built:
            self.history.update_current_text(body)
        # Re-listing revisions and re-diffing after every autosave would tax typing;
        # the panel catches up once typing pauses.
        self._history_refresh.start()

    def refresh_history(self) -> None:
        if not self.side.history_showing():
            return
        draft = self.editor.draft
        self.history.show_draft(draft.id if draft else None,
                                self.editor.text.toPlainText() if draft else "")

    def toggle_history(self) -> None:
        """Ctrl+H: show the history tab, or hide the side pane if history is showing."""
        if self.side.history_showing():
            self.side.hide()
        else:
            self.side.show()
            self.side.setCurrentIndex(HISTORY_TAB)
            self.refresh_history()
        self.act_history.setChecked(self.side.history_showing())

    def show_warnings(self) -> None:
        self.side.show()
        self.side.setCurrentWidget(self.side.warnings)
        self.act_history.setChecked(False)
        self.side.warnings.list.setFocus()

    def _save_channels(self, channels: tuple[str, ...]) -> None:
        self.settings.channels = list(channels)
        self.settings.save(self.paths.settings_file)

    def set_theme(self, key: str) -> None:
        """Switch to theme `key` (saved in the settings) and repaint what draws its colours."""
        window_theme.switch(self, key)

    def _style_overflow(self) -> None:
        theme.style_overflow(self.toolbar)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if not self._shown_once:
            self._shown_once = True
            if self._attached:
                self._after_first_show()
            else:
                self._held_keys.watch(self.windowHandle())

    def _after_first_show(self) -> None:
        """Shown and attached (in either order): focus, then what the frame did not need."""
        if self.editor.draft is not None:
            self.editor.focus_text()  # people open the app to write
        # Two turns of the event loop: the first frame is painted in between.
        QTimer.singleShot(0, lambda: QTimer.singleShot(0, self._finish))
        # Load models and dictionaries once the first frame is on screen.
        QTimer.singleShot(300, self.live.warm_up)

    @property
    def finished_starting(self) -> bool:
        """Whether what the first frame did not show is built (menus, packets, ...)."""
        return self._menus_filled and self._seen_review is not None

    def _finish(self) -> None:
        """Right after the first frame: what it did not show, and the background work
        (publishing, the publisher's status, watching for changes made elsewhere)."""
        from desktopapp.app import worker
        from desktopapp.app.review import latest_review_id

        if worker.window_publishes(self.ctx):
            self.publishing.publisher.start()
        self.publisher_status.start()
        self.changes.start()
        if self.offline is not None:
            self.offline.write_back()  # what a session without the server left behind
        self._fill_menus()
        self.drafts.refresh_tags()
        theme.style_toolbar(self.toolbar)
        self._style_overflow()
        self.dialogs.update_inbox_badge()
        if self._seen_review is None:
            self._seen_review = latest_review_id(self.ctx)  # notify only what arrives from now

    # --- closing ------------------------------------------------------------
    def closeEvent(self, event: QCloseEvent) -> None:
        if not self._attached:  # nothing was opened or typed into a workspace yet
            self.state.sync()
            event.accept()
            return
        # Offline on a team, what could not be saved is in the journal: nothing is lost.
        kept = self.offline is not None and self.offline.is_offline()
        if not self.editor.flush() and not kept:
            button = QtWidgets.QMessageBox.StandardButton
            answer = QtWidgets.QMessageBox.warning(
                self, "Unsaved text",
                "Your latest changes could not be saved. If you close now they are lost.\n\n"
                "Copy the text somewhere safe first, or keep the window open and try again.",
                button.Discard | button.Cancel, button.Cancel)
            if answer != button.Discard:
                event.ignore()
                return
        for timer in (self.editor.autosave, self.editor.notes_autosave,
                      self.editor.composer.pane.autosave):
            timer.reset()  # saved, journaled or let go above: no retries on a closed window
        self.state.set_bytes("geometry", self.saveGeometry())
        self.state.set_bytes("pane_widths", self.splitter.state())
        self.state.set_bool("side_visible", self.side.isVisible())
        self.state.set_int("side_tab", self.side.currentIndex())
        self.changes.stop()
        if self.offline is not None:
            self.offline.close()
        self.live.shutdown()
        # A check finishing after this would still be delivered (queued) to a closed
        # window's editor, which asks the database: nobody is looking any more.
        with contextlib.suppress(RuntimeError):
            self.live.updated.disconnect(self.editor._on_checks)
        self.publishing.publisher.stop()
        self.publisher_status.stop()
        self.tray.icon.hide()
        self.state.sync()
        event.accept()
