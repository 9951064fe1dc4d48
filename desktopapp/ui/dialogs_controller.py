"""The main window's other windows and dialogs: the review inbox, the calendar, people,
the audit log, settings and the LanguageTool download. Each is built the first time it is
opened, so none of them costs anything at start-up."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6 import QtWidgets
from PySide6.QtCore import QObject, Qt

from desktopapp.app.events import Change, ChangeKind
from desktopapp.core.errors import DomainError
from desktopapp.ui.change_bridge import touches
from desktopapp.ui.drafts_controller import DraftsController
from desktopapp.ui.live_checks import LiveChecker
from desktopapp.ui.shell import Shell

if TYPE_CHECKING:
    from desktopapp.ui.calendar.calendar_window import CalendarWindow
    from desktopapp.ui.inbox_window import InboxWindow
    from desktopapp.ui.lt_download_dialog import LanguageToolDownloadDialog
    from desktopapp.ui.theme import Colours


class DialogsController(QObject):
    def __init__(self, shell: Shell, drafts: DraftsController, live: LiveChecker,
                 set_theme: Callable[[str], None]) -> None:
        super().__init__(shell.window)
        self.shell = shell
        self.host = shell.window  # the parent of every dialog opened here
        self.drafts = drafts
        self.live = live
        self._set_theme = set_theme
        self.calendar: CalendarWindow | None = None
        self.inbox: InboxWindow | None = None
        self.lt_download: LanguageToolDownloadDialog | None = None
        self.act_inbox = shell.action("inbox", "Review inbox", self.open_inbox, "Ctrl+I",
                                      "Drafts waiting for your review (Ctrl+I)")
        self.act_calendar = shell.action(
            "calendar", "Calendar", self.open_calendar, "Ctrl+Shift+C",
            "The editorial calendar: month, week and agenda (Ctrl+Shift+C)")

    def on_changes(self, changes: list[Change]) -> None:
        """The inbox, the calendar (when open) and the inbox count follow what changed."""
        drafts_kinds = (ChangeKind.DRAFT, ChangeKind.PACKET, ChangeKind.PERSON)
        if touches(changes, *drafts_kinds):
            self.update_inbox_badge()
            if self.inbox is not None and self.inbox.isVisible():
                self.inbox.refresh()
        if self.calendar is not None and self.calendar.isVisible() and touches(
                changes, ChangeKind.DRAFT, ChangeKind.PUBLICATION, ChangeKind.CHANNEL,
                ChangeKind.PAUSE):
            self.calendar.refresh()

    def update_inbox_badge(self) -> None:
        from desktopapp.app import inbox

        waiting = inbox.waiting_count(self.shell.ctx, self.shell.user.id)
        self.act_inbox.setText(f"Review inbox ({waiting})" if waiting else "Review inbox")

    def open_people(self) -> None:
        from desktopapp.ui.people_dialog import PeopleDialog

        PeopleDialog(self.shell.ctx, self.host).exec()  # its changes are on the feed

    def open_audit_log(self) -> None:
        from desktopapp.ui.audit_window import AuditWindow

        window = AuditWindow(self.shell.ctx, self.host)
        window.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        window.show()

    def set_colours(self, colours: Colours) -> None:
        """The theme changed: the windows that paint themselves repaint in it."""
        for window in (self.calendar, self.inbox):
            if window is not None:
                window.set_colours(colours)

    def open_calendar(self) -> None:
        from desktopapp.ui.calendar.calendar_window import CalendarWindow

        if self.calendar is None:
            self.calendar = CalendarWindow(self.shell.ctx, self.shell.colours, self.host)
            self.calendar.open_draft.connect(self.drafts.show_draft)
        self.calendar.refresh()
        self.calendar.show()
        self.calendar.raise_()
        self.calendar.activateWindow()

    def open_inbox(self) -> None:
        from desktopapp.ui.inbox_window import InboxWindow

        if self.inbox is None:
            self.inbox = InboxWindow(self.shell.ctx, self.shell.colours, self.host,
                                     reviewer_id=self.shell.user.id)
        self.inbox.refresh()
        self.inbox.show()
        self.inbox.raise_()

    def download_languagetool(self) -> None:
        """Get LanguageTool for local grammar checking: progress, cancel, typing goes on."""
        from desktopapp.checks import lt_download
        from desktopapp.ui.lt_download_dialog import LanguageToolDownloadDialog

        problem = lt_download.java_problem()
        if problem:
            QtWidgets.QMessageBox.information(self.host, "Download LanguageTool", problem)
            return
        running = self.lt_download
        if running is not None and running.isVisible() and not running.result_text:
            running.raise_()
            return
        self.lt_download = LanguageToolDownloadDialog(parent=self.host)
        self.lt_download.installed.connect(lambda _folder: self.drafts.editor.recheck())
        self.lt_download.show()
        self.lt_download.start()

    def open_settings(self) -> None:
        from desktopapp.app import settings as workspace_settings
        from desktopapp.app import spelling
        from desktopapp.ui.settings_dialog import SettingsDialog

        ctx = self.shell.ctx
        before = (spelling.workspace_language(ctx), spelling.personal_words(ctx))
        dialog = SettingsDialog(self.shell.settings, workspace_settings.check_settings(ctx),
                                self.host, on_download=self.download_languagetool,
                                spelling=before, rules=workspace_settings.review_rules(ctx))
        if dialog.exec() != SettingsDialog.DialogCode.Accepted:
            return
        settings, checks = dialog.result_settings()
        try:
            workspace_settings.save_review_rules(ctx, dialog.result_rules())
        except DomainError as exc:
            QtWidgets.QMessageBox.warning(self.host, "Settings",
                                f"The cool-off settings were not saved: {exc}")
        workspace_settings.save_check_settings(ctx, checks)
        language, words = dialog.result_spelling()
        if language != before[0]:
            spelling.set_workspace_language(ctx, language)
        for word in before[1] - words:
            spelling.remove_word(ctx, word)
        editor = self.drafts.editor
        editor.spelling.load(editor.draft.id if editor.draft else None)
        settings.save(self.shell.paths.settings_file)
        theme_changed = settings.theme != self.shell.settings.theme
        self.shell.settings = settings
        if self.live.grammar is not None:
            self.live.grammar.configure(settings.languagetool_url or None)
        if theme_changed:
            self._set_theme(settings.theme)
        self.drafts.editor.recheck()
        self.shell.status("Settings saved", 3000)

    def check_database(self) -> None:
        """Help → Check database: the doctor's report, computed off the GUI thread (an
        integrity check reads the whole file)."""
        from desktopapp.app import doctor
        from desktopapp.ui.workers import SerialWorker

        path = self.shell.paths.db_path
        worker = SerialWorker(self)
        self.shell.status("Checking the database…", 0)

        def show(_revision: int, report: object) -> None:
            assert isinstance(report, doctor.Report)
            self.shell.status("Database checked", 3000)
            box = QtWidgets.QMessageBox(QtWidgets.QMessageBox.Icon.Information if report.ok
                              else QtWidgets.QMessageBox.Icon.Warning, "Check database",
                              "The database is sound." if report.ok else
                              "The database has a problem.", parent=self.host)
            box.setInformativeText(
                "To restore a backup, quit Second Thought and run "
                "<code>secondthought doctor --restore N</code>; the current file is kept "
                "aside, never deleted.")
            box.setDetailedText("\n".join(report.lines()))
            box.exec()
            worker.deleteLater()

        def failed(_revision: int, message: str) -> None:
            self.shell.status("The database could not be checked", 3000)
            QtWidgets.QMessageBox.warning(self.host, "Check database", message)
            worker.deleteLater()

        worker.result.connect(show)
        worker.error.connect(failed)
        worker.submit(1, lambda: doctor.check(path))

