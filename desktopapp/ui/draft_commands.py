"""The draft commands of the main window (new, duplicate, trash, restore, revisions), kept
apart from its layout. Each calls the core and shows a refusal instead of raising it."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtWidgets import QMessageBox

from desktopapp import APP_NAME
from desktopapp.core import drafts, revisions, workflow
from desktopapp.core.errors import DomainError
from desktopapp.ui.draft_list import DraftIdRole

if TYPE_CHECKING:
    from desktopapp.ui.main_window import MainWindow


class DraftCommands:
    """Mixed into MainWindow; `self` is the window."""

    def _run(self: MainWindow, what: str, func: Callable[[], Any]) -> tuple[bool, Any]:
        """Run a core command; a refusal is shown to the user instead of raised."""
        try:
            return True, func()
        except DomainError as exc:
            QMessageBox.warning(self, APP_NAME, f"Could not {what}: {exc}")
            return False, None

    def new_draft(self: MainWindow) -> None:
        if self.filters.showing_trash():
            return
        self.editor.flush()
        ok, created = self._run("create a draft", lambda: workflow.create_draft(self.user.id))
        if ok:
            self._show_new(created.id)

    def duplicate_draft(self: MainWindow) -> None:
        if self.editor.draft is None:
            return
        self.editor.flush()
        source = self.editor.draft.id
        ok, copy = self._run("duplicate the draft",
                             lambda: workflow.duplicate_draft(source, self.user.id))
        if ok:
            self._show_new(copy.id)
            self.statusBar().showMessage("Duplicated", 3000)

    def _show_new(self: MainWindow, draft_id: int) -> None:
        self.filters.search.clear()
        self.filters.flush_search()
        self.model.reload()
        self.filters.set_tags(drafts.all_tags())
        self.select_draft(draft_id)
        self.editor.focus_text()

    def save_now(self: MainWindow) -> None:
        if self.editor.save_manually() and self.editor.draft:
            self.history.show_draft(self.editor.draft.id, self.editor.text.toPlainText())

    def trash_current(self: MainWindow) -> None:
        draft = self.editor.draft
        if draft is None or draft.trashed_at:
            return
        self.editor.flush()
        row = self.model.row_of(draft.id)
        ok, _ = self._run("move the draft to the Trash",
                          lambda: workflow.trash_draft(draft.id, self.user.id))
        if not ok:
            return
        self.model.reload()
        if self.model.rowCount():
            self.list.setCurrentIndex(self.model.index(min(max(row, 0), self.model.rowCount() - 1)))
        else:
            self._load(None)
        self.statusBar().showMessage("Moved to the Trash. Find it under Trash to restore it.", 5000)

    def restore_current(self: MainWindow) -> None:
        draft = self.editor.draft
        if draft is None or not draft.trashed_at:
            return
        ok, _ = self._run("restore the draft",
                          lambda: workflow.restore_draft(draft.id, self.user.id))
        if not ok:
            return
        self.model.reload()
        self._load(self.list.currentIndex().data(DraftIdRole) if self.model.rowCount() else None)
        self.statusBar().showMessage("Restored. It is back among your drafts.", 4000)

    def empty_trash(self: MainWindow) -> None:
        count = drafts.count_drafts(drafts.DraftFilter(trashed=True))
        if count == 0:
            return
        answer = QMessageBox.question(
            self, "Empty the Trash?",
            f"Delete {count} draft{'s' if count != 1 else ''} in the Trash for good? "
            "This cannot be undone.",
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel)
        if answer != QMessageBox.StandardButton.Yes:
            return
        self._run("empty the Trash", lambda: workflow.empty_trash(self.user.id, confirmed=True))
        self.model.reload()
        self._load(None)

    def restore_revision(self: MainWindow, draft_id: int, number: int) -> None:
        self.editor.flush()
        ok, _ = self._run("restore the revision",
                          lambda: revisions.restore_revision(draft_id, number, self.user.id))
        if not ok:
            return
        self._load(draft_id)
        info = self.editor.draft
        if info is not None:
            self.model.refresh_row(draft_id, info.body, info.updated_at)
        self.statusBar().showMessage(f"Restored revision #{number} as a new revision", 4000)


    def submit_current(self: MainWindow) -> None:
        from desktopapp.ui.submit_dialog import SubmitDialog

        draft = self.editor.draft
        if draft is None or draft.trashed_at or draft.state.value != "draft":
            return
        if not self.editor.flush():
            return
        dialog = SubmitDialog(draft.author_id, self)
        if dialog.exec() != SubmitDialog.DialogCode.Accepted:
            return
        ok, reason = self._run("submit the draft", lambda: workflow.submit(
            draft.id, self.user.id, dialog.chosen_reviewer()))
        if ok:
            self._reload_current(draft.id)
            self.statusBar().showMessage(f"Submitted. {reason}", 8000)

    def withdraw_current(self: MainWindow) -> None:
        draft = self.editor.draft
        if draft is None or draft.state.value != "submitted":
            return
        ok, _ = self._run("withdraw the draft", lambda: workflow.withdraw(draft.id,
                                                                          self.user.id))
        if ok:
            self._reload_current(draft.id)
            self.statusBar().showMessage("Withdrawn: it is a draft again.", 4000)

    def _reload_current(self: MainWindow, draft_id: int) -> None:
        self.model.reload()
        self.select_draft(draft_id)
        self._load(draft_id)
