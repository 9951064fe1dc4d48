"""The main window's menus, filled right after its first frame (their titles are in it):
File (workspaces, drafts, review by packet, people, copy to a team), Edit, View (theme),
Publishing and Help, and the few commands found only there."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtGui import QActionGroup, QKeySequence
from PySide6.QtWidgets import QMessageBox

from desktopapp import APP_NAME, __version__
from desktopapp.ui import help_menus, workspaces
from desktopapp.ui.icons import icon
from desktopapp.ui.packets_controller import PacketsController

if TYPE_CHECKING:
    from desktopapp.ui.main_window import MainWindow


def fill(window: MainWindow) -> None:
    """Fill the window's menus; it keeps the packets controller, the workspaces menu and
    the Edit menu's actions they create."""
    d, dialogs = window.drafts, window.dialogs
    window.packets = packets = PacketsController(window.shell, dialogs.open_inbox)
    file_menu, edit_menu, view_menu, publishing_menu, help_menu = window.menus
    window.workspaces = workspaces.WorkspacesMenu(file_menu.addMenu("Workspaces"), window,
                                                  window.ctx)
    file_menu.addSeparator()
    for act in (d.act_new, d.act_duplicate, d.act_save, d.act_submit, d.act_withdraw,
                d.act_trash, d.act_restore, d.act_empty):
        file_menu.addAction(act)
    file_menu.addSeparator()
    review_menu = file_menu.addMenu("Review by packet")
    review_menu.addAction("Send drafts for review…", packets.send_packet)
    review_menu.addAction("Import a reviewer's answer…", packets.import_answer)
    review_menu.addSeparator()
    review_menu.addAction("Open a packet to review…", packets.open_packet)
    review_menu.addAction("Save my answer…", packets.answer_packet)
    file_menu.addAction("People and keys…", dialogs.open_people)
    copy = file_menu.addAction("Copy to a team workspace…", lambda: copy_to_team(window))
    copy.setEnabled(not window.ctx.store.is_team)  # copies go from personal to a team
    file_menu.addSeparator()
    file_menu.addAction(window.act_settings)
    file_menu.addSeparator()
    file_menu.addAction(window.act_quit)
    window.edit_actions = help_menus.fill_edit_menu(edit_menu, [d.act_find])
    view_menu.addAction(window.act_warnings)
    view_menu.addAction(dialogs.act_inbox)
    view_menu.addAction(dialogs.act_calendar)
    view_menu.addAction(icon("audit"), "Audit log", dialogs.open_audit_log)
    view_menu.addAction(window.act_history)
    theme_menu = view_menu.addMenu("Theme")
    group = QActionGroup(window)
    for key, label in (("system", "Follow the system"), ("light", "Light"), ("dark", "Dark")):
        act = theme_menu.addAction(label)
        act.setCheckable(True)
        act.setChecked(window.settings.theme == key)
        act.triggered.connect(lambda _=False, k=key: window.set_theme(k))
        group.addAction(act)
    window.publishing.fill_menu(publishing_menu)
    help_menu.addAction("User guide", lambda: help_menus.UserGuideDialog(window).exec(),
                        QKeySequence.StandardKey.HelpContents)
    help_menu.addAction("Keyboard shortcuts",
                        lambda: help_menus.ShortcutsDialog(window).exec())
    help_menu.addSeparator()
    help_menu.addAction("Check database…", dialogs.check_database)
    help_menu.addAction("Open log folder", lambda: open_log_folder(window))
    help_menu.addAction("About Second Thought", lambda: about(window))


def copy_to_team(window: MainWindow) -> None:
    from desktopapp.app import drafts
    from desktopapp.ui.copy_to_team_dialog import CopyToTeamDialog

    draft = window.editor.draft
    CopyToTeamDialog(window.ctx, (draft.id, draft.body) if draft else None,
                     drafts.all_tags(window.ctx), window).exec()


def open_log_folder(window: MainWindow) -> None:
    """The folder of secondthought.log, in the desktop's file manager."""
    from PySide6.QtCore import QUrl
    from PySide6.QtGui import QDesktopServices

    window.paths.log_dir.mkdir(parents=True, exist_ok=True)
    QDesktopServices.openUrl(QUrl.fromLocalFile(str(window.paths.log_dir)))


def about(window: MainWindow) -> None:
    QMessageBox.about(window, f"About {APP_NAME}",
                      f"<h3>{APP_NAME} {__version__}</h3><p>Write with live warnings, let "
                      "drafts cool off, and have a second person look before you post.</p>"
                      f"<p>Database: {window.paths.db_path}</p>")
