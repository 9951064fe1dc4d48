"""The drafts part of the main window: the filter bar and the list on the left, which draft
the editor shows, and the draft commands (new, duplicate, save, trash, restore, submit,
withdraw, restore a revision). Each calls an app service, which announces the change on
the change feed, and shows a refusal instead of raising. (The editor's own saves and tag
edits are still announced here: the editor writes through the core.)"""

from __future__ import annotations

from datetime import datetime
from typing import TYPE_CHECKING

from PySide6 import QtWidgets
from PySide6.QtCore import QItemSelectionModel, QModelIndex, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QListView, QVBoxLayout, QWidget

from desktopapp.app import context as app_context
from desktopapp.app.events import Change, ChangeKind
from desktopapp.ui import later
from desktopapp.ui.change_bridge import ids_of, touches
from desktopapp.ui.draft_list import DraftDelegate, DraftIdRole, DraftListModel
from desktopapp.ui.editor import EditorPane
from desktopapp.ui.filter_bar import FilterBar
from desktopapp.ui.shell import Shell

if TYPE_CHECKING:
    from desktopapp.app import drafts
else:  # loaded once the window has attached its workspace (ui/later.py)
    drafts = later.module("desktopapp.app.drafts")


class DraftsController(QObject):
    loaded = Signal(object)  # the DraftInfo now in the editor, or None

    def __init__(self, shell: Shell, editor: EditorPane) -> None:
        super().__init__(shell.window)
        self.shell = shell
        self.editor = editor
        self.filters = FilterBar()
        self.model = DraftListModel(shell.ctx)
        self.list = QListView()
        self.list.setAccessibleName("Drafts")
        self.list.setModel(self.model)
        self.delegate = DraftDelegate(self.model, shell.colours)
        self.list.setItemDelegate(self.delegate)
        self.list.setUniformItemSizes(True)
        self.list.setVerticalScrollMode(QListView.ScrollMode.ScrollPerPixel)
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.list.setResizeMode(QListView.ResizeMode.Adjust)
        self.panel = QWidget()
        layout = QVBoxLayout(self.panel)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.filters)
        layout.addWidget(self.list, 1)
        self._build_actions()
        self.filters.changed.connect(self.apply_filter)
        self.list.selectionModel().currentChanged.connect(self._on_current_changed)
        self.editor.saved.connect(self._on_saved)
        # A new draft's row shows what is typed before its first save (not "New draft"
        # for up to 1.5 s); rows with saved text follow their saves only.
        self._typed = QTimer(self)
        self._typed.setSingleShot(True)
        self._typed.setInterval(300)
        self._typed.timeout.connect(self._show_typed)
        self._typing_into: int | None = None  # the new draft whose row follows typing
        self._has_text: int | None = None  # the open draft, known to have saved text
        self.editor.text.textChanged.connect(self._on_typed)
        self.editor.restore_requested.connect(lambda _id: self.restore_current())
        self.editor.tags_changed.connect(self._on_tags_changed)
        self.editor.lifecycle.withdraw_requested.connect(lambda _id: self.withdraw_current())

    def _build_actions(self) -> None:
        a = self.shell.action
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
        self.act_withdraw = a("", "Withdraw", self.withdraw_current, None,
                              "Take a submitted draft back: it is a draft again, its cool-off "
                              "and review stop")
        delete_in_list = a("trash", "Move to Trash", self.trash_current,
                           QKeySequence.StandardKey.Delete)
        delete_in_list.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        self.list.addAction(delete_in_list)
        self._show_trash_actions(self.filters.showing_trash())

    def start(self, last_draft: int | None) -> None:
        """Fill the list and open `last_draft` (or the first one). The tag filter's list is
        only seen when its combo opens: the window fills it after the first frame."""
        self.model.set_filter(self.filters.current())
        if not (last_draft is not None and self.select_draft(last_draft)):
            self._select_first()
        self.update_actions()

    # --- following changes ---------------------------------------------------
    def _on_saved(self, draft_id: int, body: str, updated_at: datetime) -> None:
        self.model.refresh_row(draft_id, body, updated_at)  # in place: no re-sort under typing
        if draft_id == self._typing_into:
            self._typing_into, self._has_text = None, draft_id
        self.shell.changed(ChangeKind.DRAFT, (draft_id,))

    def _on_typed(self) -> None:
        draft = self.editor.draft
        if draft is None or draft.id == self._has_text or self._typed.isActive():
            return  # once a burst: the row is painted at most every 300 ms
        if draft.id != self._typing_into:
            if self.model.preview_of(draft.id):
                self._has_text = draft.id
                return
            self._typing_into = draft.id
        self._typed.start()

    def _show_typed(self) -> None:
        draft = self.editor.draft
        if draft is not None and draft.id == self._typing_into:
            self.model.refresh_row(draft.id, self.editor.text.toPlainText(), None)

    def _on_tags_changed(self, draft_id: int) -> None:
        self.refresh_tags()
        self.shell.changed(ChangeKind.DRAFT, (draft_id,))

    def on_changes(self, changes: list[Change]) -> None:
        """Drafts changed (here, in another window of this process, or elsewhere): re-list
        them and bring the open draft up to date, never under unsaved typing."""
        kinds = (ChangeKind.DRAFT, ChangeKind.PUBLICATION, ChangeKind.PACKET)
        if not touches(changes, *kinds):
            return
        changed: set[int] = set()
        anything = False
        for kind in kinds:
            found = ids_of(changes, kind)
            if found is None:
                anything = True
            else:
                changed |= found
        current = self.current_id
        if anything or changed - {current}:
            self.model.reload()
            if current is not None:
                self.select_draft(current)
            if anything:
                self.refresh_tags()
        if current is not None and (anything or current in changed):
            try:
                info = drafts.get(self.shell.ctx, current)
            except app_context.ACTION_ERRORS:  # deleted elsewhere (the Trash emptied)
                self.load(None)
            else:
                if self.editor.follow(info):
                    summary = self.model.row_of(current)
                    if summary >= 0:
                        self.model.refresh_row(current, info.body, info.updated_at)
                    self.loaded.emit(info)
        self.update_actions()

    # --- list and selection -------------------------------------------------
    @property
    def current_id(self) -> int | None:
        return self.editor.draft.id if self.editor.draft else None

    def refresh_tags(self) -> None:
        self.filters.set_tags(drafts.all_tags(self.shell.ctx))

    def apply_filter(self, flt: drafts.DraftFilter) -> None:
        current = self.current_id
        self.editor.flush()
        self.model.set_filter(flt)
        if current is None or not self.select_draft(current):
            self._select_first()
        self.update_actions()

    def _select_first(self) -> None:
        if self.model.rowCount() > 0:
            self.list.setCurrentIndex(self.model.index(0))
        else:
            self.load(None)

    def select_draft(self, draft_id: int) -> bool:
        row = self.model.row_of(draft_id)
        if row < 0:
            return False
        index = self.model.index(row)
        self.list.selectionModel().setCurrentIndex(
            index, QItemSelectionModel.SelectionFlag.ClearAndSelect)
        self.list.scrollTo(index)
        return True

    def _on_current_changed(self, _current: QModelIndex, _previous: QModelIndex) -> None:
        draft_id = self.list.currentIndex().data(DraftIdRole)
        if self.editor.draft is not None and self.editor.draft.id == draft_id:
            return
        self.editor.flush()
        self.load(draft_id)

    def load(self, draft_id: int | None) -> None:
        # One read of the draft's row for the editor and its banners (they each asked).
        with drafts.reading_once(self.shell.ctx):
            try:
                info = drafts.get(self.shell.ctx, draft_id) if draft_id is not None else None
            except app_context.ACTION_ERRORS:
                info = None
            self.editor.load(info)
        self.loaded.emit(info)
        self.update_actions()

    def show_draft(self, draft_id: int) -> None:
        """Open a draft picked elsewhere (calendar, inbox, tray) in the editor."""
        self.model.reload()
        if not self.select_draft(draft_id):
            self.apply_filter(drafts.DraftFilter())  # it may be hidden by the filter
            self.select_draft(draft_id)
        self.load(draft_id)
        window = self.shell.window
        window.raise_()
        window.activateWindow()
        self.editor.setFocus()

    def update_actions(self) -> None:
        draft = self.editor.draft
        trashed = bool(draft and draft.trashed_at)
        self.act_duplicate.setEnabled(draft is not None and not trashed)
        self.act_save.setEnabled(draft is not None and not trashed)
        self.act_trash.setEnabled(draft is not None and not trashed)
        in_trash = self.filters.showing_trash()
        self.act_restore.setEnabled(trashed)
        self.act_empty.setEnabled(in_trash and self.model.rowCount() > 0)
        self._show_trash_actions(in_trash)
        self.act_submit.setEnabled(draft is not None and not trashed
                                   and draft.state.value == "draft")
        self.act_withdraw.setEnabled(draft is not None and not trashed
                                     and draft.state.value == "submitted")

    def _show_trash_actions(self, in_trash: bool) -> None:
        """The Trash's own actions only in the Trash: in the Drafts view they were always
        grey and pushed Submit and the Calendar off the toolbar. Set from the start too, so
        the toolbar of the window's first frame is the one shown after it."""
        self.act_restore.setVisible(in_trash)
        self.act_empty.setVisible(in_trash)

    def focus_search(self) -> None:
        self.filters.search.setFocus()
        self.filters.search.selectAll()

    # --- commands -----------------------------------------------------------
    def new_draft(self) -> None:
        if self.filters.showing_trash():  # Ctrl+N in the Trash: back to the drafts, and new
            self.filters.view.setCurrentIndex(0)
        self.editor.flush()
        ok, created = self.shell.run("create a draft",
                                     lambda: drafts.create(self.shell.ctx, ""))
        if ok:
            self._show_new(created.id)

    def duplicate_draft(self) -> None:
        source = self.current_id
        if source is None:
            return
        self.editor.flush()
        ok, copy = self.shell.run("duplicate the draft",
                                  lambda: drafts.duplicate(self.shell.ctx, source))
        if ok:
            self._show_new(copy.id)
            self.shell.status("Duplicated", 3000)

    def _show_new(self, draft_id: int) -> None:
        self.filters.search.clear()
        self.filters.flush_search()
        self.model.reload()
        self.refresh_tags()
        self.select_draft(draft_id)
        self.editor.focus_text()

    def save_now(self) -> None:
        if self.editor.save_manually() and self.editor.draft:
            self.loaded.emit(self.editor.draft)

    def trash_current(self) -> None:
        draft = self.editor.draft
        if draft is None or draft.trashed_at:
            return
        self.editor.flush()
        row = self.model.row_of(draft.id)
        ok, _ = self.shell.run("move the draft to the Trash",
                               lambda: drafts.trash(self.shell.ctx, draft.id))
        if not ok:
            return
        self.model.reload()
        if self.model.rowCount():
            self.list.setCurrentIndex(self.model.index(min(max(row, 0),
                                                           self.model.rowCount() - 1)))
        else:
            self.load(None)
        self.shell.status("Moved to the Trash. Find it under Trash to restore it.", 5000)

    def restore_current(self) -> None:
        draft = self.editor.draft
        if draft is None or not draft.trashed_at:
            return
        ok, _ = self.shell.run("restore the draft",
                               lambda: drafts.restore(self.shell.ctx, draft.id))
        if not ok:
            return
        self.model.reload()
        self.load(self.list.currentIndex().data(DraftIdRole) if self.model.rowCount() else None)
        self.shell.status("Restored. It is back among your drafts.", 4000)

    def empty_trash(self) -> None:
        count = drafts.count(self.shell.ctx, drafts.DraftFilter(trashed=True))
        if count == 0:
            return
        answer = QtWidgets.QMessageBox.question(
            self.shell.window, "Empty the Trash?",
            f"Delete {count} draft{'s' if count != 1 else ''} in the Trash for good? "
            "This cannot be undone.",
            QtWidgets.QMessageBox.StandardButton.Yes | QtWidgets.QMessageBox.StandardButton.Cancel,
            QtWidgets.QMessageBox.StandardButton.Cancel)
        if answer != QtWidgets.QMessageBox.StandardButton.Yes:
            return
        self.shell.run("empty the Trash", lambda: drafts.empty_trash(self.shell.ctx))
        self.model.reload()
        self.load(None)

    def restore_revision(self, draft_id: int, number: int) -> None:
        self.editor.flush()
        ok, _ = self.shell.run("restore the revision", lambda: drafts.restore_revision(
            self.shell.ctx, draft_id, number))
        if not ok:
            return
        self.load(draft_id)
        info = self.editor.draft
        if info is not None:
            self.model.refresh_row(draft_id, info.body, info.updated_at)
        self.shell.status(f"Restored revision #{number} as a new revision", 4000)

    def submit_current(self) -> None:
        from desktopapp.app import review
        from desktopapp.ui.submit_dialog import SubmitDialog

        draft = self.editor.draft
        if draft is None or draft.trashed_at or draft.state.value != "draft":
            return
        if not self.editor.flush():
            return
        dialog = SubmitDialog(self.shell.ctx, draft.author_id, self.shell.window, *self._dangers())
        if dialog.exec() != SubmitDialog.DialogCode.Accepted:
            return
        ok, reason = self.shell.run("submit the draft", lambda: review.submit(
            self.shell.ctx, draft.id, dialog.chosen_reviewer()))
        if ok:
            self._reload_current(draft.id)
            self.shell.status(f"Submitted. {reason}", 8000)

    def _dangers(self) -> tuple[str | None, list[tuple[str, str]]]:
        """The open draft's risk and danger warnings, for the submit dialog; no risk when
        the latest text has not been checked yet."""
        from desktopapp.checks.model import Severity

        state = self.editor.check_state
        if state is None or state.text != self.editor.text.toPlainText():
            return None, []
        dangers = [(state.text[w.start:w.end], w.message)
                   for w in self.editor.visible_warnings() if w.severity is Severity.DANGER]
        return state.report.risk.level.value, dangers

    def withdraw_current(self) -> None:
        draft = self.editor.draft
        if draft is None or draft.state.value != "submitted":
            return
        ok, _ = self.shell.run("withdraw the draft",
                               lambda: drafts.withdraw(self.shell.ctx, draft.id))
        if ok:
            self._reload_current(draft.id)
            self.shell.status("Withdrawn: it is a draft again.", 4000)

    def _reload_current(self, draft_id: int) -> None:
        self.model.reload()
        self.select_draft(draft_id)
        self.load(draft_id)
