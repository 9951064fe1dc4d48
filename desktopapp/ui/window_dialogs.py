"""The main window's dialogs: the review inbox and settings (a mixin kept apart from the
window's layout)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from desktopapp.core import cooloff, drafts, review, workspace
from desktopapp.core.errors import DomainError

if TYPE_CHECKING:
    from desktopapp.ui.main_window import MainWindow


class WindowDialogs:
    """Mixed into MainWindow; `self` is the window."""

    def open_people(self: MainWindow) -> None:
        from desktopapp.ui.people_dialog import PeopleDialog

        PeopleDialog(self.user.id, self).exec()
        self.update_inbox_badge()

    def open_audit_log(self: MainWindow) -> None:
        from desktopapp.ui.audit_window import AuditWindow

        window = AuditWindow(self)
        window.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        window.show()

    def open_calendar(self: MainWindow) -> None:
        from desktopapp.ui.calendar.calendar_window import CalendarWindow

        if getattr(self, "calendar", None) is None:
            self.calendar = CalendarWindow(self.user.id, self.colours, self)
            self.calendar.open_draft.connect(self.show_draft_from_elsewhere)
            self.calendar.changed.connect(self._after_review)
        self.calendar.refresh()
        self.calendar.show()
        self.calendar.raise_()
        self.calendar.activateWindow()

    def show_draft_from_elsewhere(self: MainWindow, draft_id: int) -> None:
        """Open a draft picked in another window (calendar, inbox) in the editor."""
        self.model.reload()
        if not self.select_draft(draft_id):
            self.apply_filter(drafts.DraftFilter())  # it may be hidden by the filter
            self.select_draft(draft_id)
        self._load(draft_id)
        self.raise_()
        self.activateWindow()
        self.editor.setFocus()

    def open_inbox(self: MainWindow) -> None:
        from desktopapp.ui.inbox_window import InboxWindow

        if getattr(self, "inbox", None) is None:
            self.inbox = InboxWindow(self.user.id, self.colours, self)
            self.inbox.changed.connect(self._after_review)
        self.inbox.refresh()
        self.inbox.show()
        self.inbox.raise_()

    def _after_review(self: MainWindow) -> None:
        current = self.editor.draft.id if self.editor.draft else None
        self.model.reload()
        if current is not None:
            self.select_draft(current)
            self._load(current)
        self.update_inbox_badge()

    def update_inbox_badge(self: MainWindow) -> None:
        from desktopapp.core import inbox

        waiting = inbox.counts(self.user.id)[inbox.Box.WAITING]
        self.act_inbox.setText(f"Review inbox ({waiting})" if waiting else "Review inbox")

    def download_languagetool(self: MainWindow) -> None:
        """Get LanguageTool for local grammar checking: progress, cancel, typing goes on."""
        from desktopapp.checks import lt_download
        from desktopapp.ui.lt_download_dialog import LanguageToolDownloadDialog

        problem = lt_download.java_problem()
        if problem:
            QMessageBox.information(self, "Download LanguageTool", problem)
            return
        running = getattr(self, "lt_download", None)
        if running is not None and running.isVisible() and not running.result_text:
            running.raise_()
            return
        self.lt_download = LanguageToolDownloadDialog(parent=self)
        self.lt_download.installed.connect(lambda _folder: self.editor.recheck())
        self.lt_download.show()
        self.lt_download.start()

    def open_settings(self: MainWindow) -> None:
        from desktopapp.ui.settings_dialog import SettingsDialog

        dialog = SettingsDialog(self.settings, workspace.load(), self,
                                on_download=self.download_languagetool)
        if dialog.exec() != SettingsDialog.DialogCode.Accepted:
            return
        settings, checks = dialog.result_settings()
        policy, approval_days = dialog.result_cooloff()
        try:
            policy.validate()
        except DomainError as exc:
            QMessageBox.warning(self, "Settings", f"The cool-off settings were not saved: {exc}")
        else:
            cooloff.save_policy(policy)
            review.set_approval_max_age(approval_days)
        workspace.save(checks, self.user.id)
        settings.save(self.paths.settings_file)
        theme_changed = settings.theme != self.settings.theme
        self.settings = settings
        if self.live.grammar is not None:
            self.live.grammar.configure(settings.languagetool_url or None)
        if theme_changed:
            self.set_theme(settings.theme)
        self.editor.recheck()
        self.statusBar().showMessage("Settings saved", 3000)

