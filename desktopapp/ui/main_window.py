"""The main window: draft list on the left, the editor in the middle, warnings and history
on the right."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime

from PySide6.QtCore import QItemSelectionModel, Qt, QTimer
from PySide6.QtGui import (
    QAction,
    QActionGroup,
    QCloseEvent,
    QGuiApplication,
    QKeySequence,
    QShowEvent,
)
from PySide6.QtWidgets import (
    QApplication,
    QListView,
    QMainWindow,
    QMessageBox,
    QSplitter,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from desktopapp import APP_NAME, __version__
from desktopapp.checks.grammar import GrammarChecker
from desktopapp.config import Paths, Settings
from desktopapp.core import drafts, people
from desktopapp.core.errors import DomainError
from desktopapp.store.connection import Store
from desktopapp.ui import theme
from desktopapp.ui.draft_commands import DraftCommands
from desktopapp.ui.draft_list import DraftDelegate, DraftIdRole, DraftListModel
from desktopapp.ui.editor import EditorPane
from desktopapp.ui.filter_bar import FilterBar
from desktopapp.ui.icons import icon
from desktopapp.ui.live_checks import LiveChecker
from desktopapp.ui.packet_actions import PacketActions
from desktopapp.ui.publishing import BackgroundPublisher, PauseBanner, PublishingActions
from desktopapp.ui.side_pane import SidePane
from desktopapp.ui.tray import Tray
from desktopapp.ui.window_dialogs import WindowDialogs
from desktopapp.ui.window_state import WindowState


class MainWindow(DraftCommands, WindowDialogs, PacketActions, PublishingActions,
                 QMainWindow):
    def __init__(self, store: Store, paths: Paths, settings: Settings,
                 user: people.PersonInfo) -> None:
        super().__init__()
        self.store, self.paths, self.settings, self.user = store, paths, settings, user
        self.state = WindowState(paths.ui_state_file)
        self.colours = theme.resolve(settings.theme)
        self._shown_once = False
        self._action_icons: dict[QAction, str] = {}
        self.setWindowTitle(APP_NAME)
        self.setMinimumSize(760, 520)

        self.filters = FilterBar()
        self.model = DraftListModel()
        self.list = QListView()
        self.list.setModel(self.model)
        self.delegate = DraftDelegate(self.model, self.colours)
        self.list.setItemDelegate(self.delegate)
        self.list.setUniformItemSizes(True)
        self.list.setVerticalScrollMode(QListView.ScrollMode.ScrollPerPixel)
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.list.setResizeMode(QListView.ResizeMode.Adjust)
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.setSpacing(0)
        left_layout.addWidget(self.filters)
        left_layout.addWidget(self.list, 1)

        grammar = GrammarChecker(server_url=settings.languagetool_url or None)
        self.live = LiveChecker(grammar, self)
        self.editor = EditorPane(user.id, self.live, tuple(settings.channels),
                                 self.colours.danger, settings.editor_font_size,
                                 settings.autosave_delay_ms)
        self.side = SidePane(self.colours)
        self.history = self.side.history
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.addWidget(left)
        self.splitter.addWidget(self.editor)
        self.splitter.addWidget(self.side)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setChildrenCollapsible(False)
        self.splitter.setHandleWidth(1)
        # The crisis banner sits above everything, so no view can hide that sends are off.
        self.pause_banner = PauseBanner()
        self.pause_banner.resume_requested.connect(self.resume_all)
        central = QWidget()
        central_layout = QVBoxLayout(central)
        central_layout.setContentsMargins(0, 0, 0, 0)
        central_layout.setSpacing(0)
        central_layout.addWidget(self.pause_banner)
        central_layout.addWidget(self.splitter, 1)
        self.setCentralWidget(central)
        self.publisher = BackgroundPublisher(self)
        self.publisher.finished.connect(self._published)
        self.tray = Tray(self)
        self.tray.open_draft.connect(self.show_draft_from_elsewhere)
        self.tray.show_window.connect(lambda: (self.showNormal(), self.raise_(),
                                               self.activateWindow()))
        self.tray.open_calendar.connect(self.open_calendar)

        self._history_refresh = QTimer(self)
        self._history_refresh.setSingleShot(True)
        self._history_refresh.setInterval(1500)
        self._history_refresh.timeout.connect(self._refresh_history)
        self._build_actions()
        self._connect()
        self._restore_window_state()
        self.statusBar().showMessage(f"{user.display_name} · {paths.db_path}", 6000)

    # --- construction -------------------------------------------------------
    def _action(self, name: str, text: str, slot: Callable[[], object],
                shortcut: QKeySequence | QKeySequence.StandardKey | str | None = None,
                tip: str = "") -> QAction:
        action = QAction(text, self)
        if name:
            action.setIcon(icon(name))
            self._action_icons[action] = name
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
        if tip:
            action.setToolTip(tip)
        action.triggered.connect(slot)
        return action

    def _build_actions(self) -> None:
        a = self._action
        self.act_new = a("new", "New", self.new_draft, QKeySequence.StandardKey.New,
                         "New draft (Ctrl+N)")
        self.act_duplicate = a("duplicate", "Duplicate", self.duplicate_draft, "Ctrl+D",
                               "Duplicate this draft (Ctrl+D)")
        self.act_save = a("save", "Save", self.save_now, QKeySequence.StandardKey.Save,
                          "Save now and keep this version in the history (Ctrl+S)")
        self.act_trash = a("trash", "Move to Trash", self.trash_current, None,
                           "Move this draft to the Trash (Delete in the list)")
        self.act_restore = a("restore", "Restore", self.restore_current, "Ctrl+Shift+R",
                             "Restore this draft from the Trash")
        self.act_empty = a("empty-trash", "Empty Trash…", self.empty_trash, None,
                           "Delete every draft in the Trash for good")
        self.act_find = a("search", "Find", self.focus_search, QKeySequence.StandardKey.Find)
        self.act_submit = a("send", "Submit…", self.submit_current, "Ctrl+Return",
                            "Finish this draft: start its cool-off and send it for review "
                            "(Ctrl+Enter)")
        self.act_inbox = a("inbox", "Review inbox", self.open_inbox, "Ctrl+I",
                           "Drafts waiting for your review (Ctrl+I)")
        self.act_calendar = a("calendar", "Calendar", self.open_calendar, "Ctrl+Shift+C",
                              "The editorial calendar: month, week and agenda (Ctrl+Shift+C)")
        self.act_history = a("history", "History", self.toggle_history, "Ctrl+H",
                             "Show or hide the revision history (Ctrl+H)")
        self.act_history.setCheckable(True)
        self.act_warnings = a("warning", "Warnings", self.show_warnings, "F8",
                              "Show the warnings for this draft (F8)")
        self.act_quit = a("", "Quit", self.close, QKeySequence.StandardKey.Quit)
        self.act_settings = a("", "Settings…", self.open_settings,
                              QKeySequence.StandardKey.Preferences)
        if self.act_settings.shortcut().isEmpty():
            self.act_settings.setShortcut(QKeySequence("Ctrl+,"))
        delete_in_list = a("trash", "Move to Trash", self.trash_current,
                           QKeySequence.StandardKey.Delete)
        delete_in_list.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        self.list.addAction(delete_in_list)

        bar = QToolBar("Main")
        bar.setObjectName("mainToolbar")
        bar.setMovable(False)
        bar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        for act in (self.act_new, self.act_duplicate, self.act_save, None, self.act_trash,
                    self.act_restore, self.act_empty, None, self.act_submit,
                    self.act_inbox, self.act_calendar, None,
                    self.act_warnings, self.act_history):
            bar.addSeparator() if act is None else bar.addAction(act)
        self.addToolBar(bar)

        menu = self.menuBar()
        file_menu = menu.addMenu("&File")
        for act in (self.act_new, self.act_duplicate, self.act_save, self.act_submit,
                    self.act_trash, self.act_restore, self.act_empty):
            file_menu.addAction(act)
        file_menu.addSeparator()
        review_menu = file_menu.addMenu("Review by packet")
        review_menu.addAction("Send drafts for review…", self.send_packet)
        review_menu.addAction("Import a reviewer's answer…", self.import_answer)
        review_menu.addSeparator()
        review_menu.addAction("Open a packet to review…", self.open_packet)
        review_menu.addAction("Save my answer…", self.answer_packet)
        file_menu.addAction("People and keys…", self.open_people)
        file_menu.addSeparator()
        file_menu.addAction(self.act_settings)
        file_menu.addSeparator()
        file_menu.addAction(self.act_quit)
        edit_menu = menu.addMenu("&Edit")
        edit_menu.addAction(self.act_find)
        view_menu = menu.addMenu("&View")
        view_menu.addAction(self.act_warnings)
        view_menu.addAction(self.act_inbox)
        view_menu.addAction(self.act_calendar)
        view_menu.addAction(icon("audit"), "Audit log", self.open_audit_log)
        view_menu.addAction(self.act_history)
        theme_menu = view_menu.addMenu("Theme")
        group = QActionGroup(self)
        for key, label in (("system", "Follow the system"), ("light", "Light"), ("dark", "Dark")):
            act = theme_menu.addAction(label)
            act.setCheckable(True)
            act.setChecked(self.settings.theme == key)
            act.triggered.connect(lambda _=False, k=key: self.set_theme(k))
            group.addAction(act)
        publish_menu = menu.addMenu("&Publishing")
        publish_menu.addAction("Publish this draft to…", self.choose_targets)
        publish_menu.addAction("Per-channel text and preview…", self.open_channel_text)
        publish_menu.addAction("Images and alt text…", self.open_images)
        publish_menu.addAction("Schedule this draft…", self.schedule_current)
        publish_menu.addAction("Add this draft to a queue…", self.add_current_to_queue)
        publish_menu.addAction("Channels…", self.open_channels)
        publish_menu.addSeparator()
        publish_menu.addAction("Send what is due now", lambda: self.publisher.run_now())
        publish_menu.addAction("Pause all publishing…", self.pause_all)
        publish_menu.addAction("Resume publishing…", self.resume_all)
        publish_menu.addSeparator()
        publish_menu.addAction("Publish log", self.open_publish_log)
        help_menu = menu.addMenu("&Help")
        help_menu.addAction("About Second Thought", self.about)

    def _connect(self) -> None:
        self.filters.changed.connect(self.apply_filter)
        self.list.selectionModel().currentChanged.connect(self._on_current_changed)
        self.editor.saved.connect(self._on_saved)
        self.editor.status.connect(lambda text: self.statusBar().showMessage(text, 3000))
        self.editor.restore_requested.connect(lambda _id: self.restore_current())
        self.editor.tags_changed.connect(lambda _id: self.filters.set_tags(drafts.all_tags()))
        self.history.restore_requested.connect(self.restore_revision)
        self.editor.checks_updated.connect(self.side.show_checks)
        self.side.warnings.jump_requested.connect(self.editor.select_range)
        self.side.warnings.download_languagetool.connect(self.download_languagetool)
        self.side.currentChanged.connect(lambda _i: self._refresh_history())
        self.editor.lengths.channels_changed.connect(self._save_channels)
        self.editor.lifecycle.withdraw_requested.connect(lambda _id: self.withdraw_current())
        hints = QGuiApplication.styleHints()
        hints.colorSchemeChanged.connect(lambda _scheme: self.set_theme(self.settings.theme))

    def _restore_window_state(self) -> None:
        geometry = self.state.bytes("geometry")
        if geometry is None or not self.restoreGeometry(geometry):
            self.resize(1280, 800)
        splitter = self.state.bytes("splitter")
        if splitter is None or not self.splitter.restoreState(splitter):
            self.splitter.setSizes([340, 640, 300])
        show_side = self.state.bool("side_visible", True)
        self.side.setVisible(show_side)
        self.side.setCurrentIndex(self.state.int("side_tab") or 0)
        self.act_history.setChecked(self.side.history_showing())
        # The tag list is only seen when the combo opens: fill it after the first frame.
        QTimer.singleShot(0, lambda: self.filters.set_tags(drafts.all_tags()))
        self.model.set_filter(self.filters.current())
        last = self.state.int("last_draft")
        if not (last is not None and self.select_draft(last)):
            if self.model.rowCount() > 0:
                self.list.setCurrentIndex(self.model.index(0))
            else:
                self._load(None)
        self._update_actions()
        QTimer.singleShot(0, self.update_inbox_badge)

    # --- list and selection -------------------------------------------------
    def apply_filter(self, flt: drafts.DraftFilter) -> None:
        current = self.editor.draft.id if self.editor.draft else None
        self.editor.flush()
        self.model.set_filter(flt)
        if current is None or not self.select_draft(current):
            if self.model.rowCount() > 0:
                self.list.setCurrentIndex(self.model.index(0))
            else:
                self._load(None)
        self._update_actions()

    def select_draft(self, draft_id: int) -> bool:
        row = self.model.row_of(draft_id)
        if row < 0:
            return False
        index = self.model.index(row)
        self.list.selectionModel().setCurrentIndex(
            index, QItemSelectionModel.SelectionFlag.ClearAndSelect)
        self.list.scrollTo(index)
        return True

    def _on_current_changed(self, current: object, _previous: object) -> None:
        draft_id = self.list.currentIndex().data(DraftIdRole)
        if self.editor.draft is not None and self.editor.draft.id == draft_id:
            return
        self.editor.flush()
        self._load(draft_id)

    def _load(self, draft_id: int | None) -> None:
        try:
            info = drafts.get_draft(draft_id) if draft_id is not None else None
        except DomainError:
            info = None
        self.editor.load(info)
        self.history.show_draft(info.id if info else None, info.body if info else "")
        self.state.set_int("last_draft", info.id if info else None)
        self._update_actions()

    def _on_saved(self, draft_id: int, body: str, updated_at: datetime) -> None:
        self.model.refresh_row(draft_id, body, updated_at)
        self.history.update_current_text(body)
        # Re-listing revisions and re-diffing after every autosave would tax typing;
        # the panel catches up once typing pauses.
        self._history_refresh.start()

    def _refresh_history(self) -> None:
        draft = self.editor.draft
        if self.side.history_showing() and draft is not None:
            self.history.show_draft(draft.id, self.editor.text.toPlainText())

    def _update_actions(self) -> None:
        draft = self.editor.draft
        trashed = bool(draft and draft.trashed_at)
        self.act_duplicate.setEnabled(draft is not None and not trashed)
        self.act_save.setEnabled(draft is not None and not trashed)
        self.act_trash.setEnabled(draft is not None and not trashed)
        self.act_restore.setEnabled(trashed)
        self.act_empty.setEnabled(self.filters.showing_trash() and self.model.rowCount() > 0)
        self.act_new.setEnabled(not self.filters.showing_trash())
        self.act_submit.setEnabled(draft is not None and not trashed
                                   and draft.state.value == "draft")

    def focus_search(self) -> None:
        self.filters.search.setFocus()
        self.filters.search.selectAll()

    def toggle_history(self) -> None:
        """Ctrl+H: show the history tab, or hide the side pane if history is showing."""
        if self.side.history_showing():
            self.side.hide()
        else:
            self.side.show()
            self.side.setCurrentWidget(self.history)
            self._refresh_history()
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
        self.settings.theme = key
        self.settings.save(self.paths.settings_file)
        self.colours = theme.resolve(key)
        app = QApplication.instance()
        if isinstance(app, QApplication):
            theme.apply(app, self.colours)
        self.delegate.colours = self.colours
        self.history.colours = self.colours
        for action, name in self._action_icons.items():
            action.setIcon(icon(name))
        self.filters.refresh_icons()
        self.editor.refresh_icons()
        self.history.restore.setIcon(icon("restore"))
        self.list.viewport().update()

    def about(self) -> None:
        QMessageBox.about(self, f"About {APP_NAME}",
                          f"<h3>{APP_NAME} {__version__}</h3><p>Write with live warnings, let "
                          "drafts cool off, and have a second person look before you post.</p>"
                          f"<p>Database: {self.paths.db_path}</p>")

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if not self._shown_once:
            self._shown_once = True
            if self.editor.draft is not None:
                self.editor.focus_text()  # people open the app to write
            # Load models and dictionaries once the first frame is on screen.
            QTimer.singleShot(300, self.live.warm_up)
            self.publisher.start()

    # --- closing ------------------------------------------------------------
    def closeEvent(self, event: QCloseEvent) -> None:
        if not self.editor.flush():
            answer = QMessageBox.warning(
                self, "Unsaved text",
                "Your latest changes could not be saved. If you close now they are lost.\n\n"
                "Copy the text somewhere safe first, or keep the window open and try again.",
                QMessageBox.StandardButton.Discard | QMessageBox.StandardButton.Cancel,
                QMessageBox.StandardButton.Cancel)
            if answer != QMessageBox.StandardButton.Discard:
                event.ignore()
                return
        self.state.set_bytes("geometry", self.saveGeometry())
        self.state.set_bytes("splitter", self.splitter.saveState())
        self.state.set_bool("side_visible", self.side.isVisible())
        self.state.set_int("side_tab", self.side.currentIndex())
        self.live.shutdown()
        self.publisher.stop()
        self.tray.icon.hide()
        self.state.sync()
        event.accept()
