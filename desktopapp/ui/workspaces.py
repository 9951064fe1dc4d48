"""File → Workspaces: the personal workspace, recent team workspaces, joining one, and the
Team dialog; plus the window title that names the open workspace.

Another workspace opens in a fresh window process (`--db …`) and this one closes: every
controller, timer and change feed here belongs to one open database, and a clean start
is the one way to switch that leaves nothing of the old one behind."""

from __future__ import annotations

from collections.abc import Callable

from PySide6 import QtWidgets
from PySide6.QtGui import QActionGroup
from PySide6.QtWidgets import QMainWindow, QMenu

from desktopapp import APP_NAME
from desktopapp.app import context as app_context
from desktopapp.app.context import AppContext, describe_data_error, workspace_name
from desktopapp.app.own_command import own_command
from desktopapp.config import DB_FILENAME


def window_title(ctx: AppContext) -> str:
    return f"{workspace_name(ctx)} — {APP_NAME}"


def launch(location: str) -> bool:
    """Start the app on another workspace, in its own process."""
    from PySide6.QtCore import QProcess  # its class (and enums) only when it is used

    program, *args = own_command(cli=False)
    ok, _pid = QProcess.startDetached(program, [*args, "--db", location])
    return bool(ok)


class WorkspacesMenu:
    def __init__(self, menu: QMenu, window: QMainWindow, ctx: AppContext) -> None:
        self.menu, self.window, self.ctx = menu, window, ctx
        # Tests replace it to see which workspace would open, without a second process.
        self.launch: Callable[[str], bool] = launch
        menu.aboutToShow.connect(self.rebuild)
        self.rebuild()

    @property
    def personal_location(self) -> str:
        return str(self.ctx.paths.data_dir / DB_FILENAME)

    def rebuild(self) -> None:
        menu = self.menu
        menu.clear()
        menu.setToolTipsVisible(True)
        group = QActionGroup(menu)
        current = self.ctx.store.url
        personal = menu.addAction("Personal workspace")
        personal.setCheckable(True)
        personal.setChecked(current is None)
        personal.triggered.connect(lambda: self.switch(self.personal_location))
        group.addAction(personal)
        from desktopapp.app import team  # the menu is filled after the first frame

        recent = team.recent(self.ctx.paths)
        if current is not None and current not in recent:
            recent.insert(0, current)
        if recent:
            menu.addSection("Team workspaces")
        for url in recent:
            act = menu.addAction(team.describe_url(url))
            act.setToolTip(url)
            act.setCheckable(True)
            act.setChecked(url == current)
            act.triggered.connect(lambda _=False, u=url: self.switch(u))
            group.addAction(act)
        menu.addSeparator()
        menu.addAction("Join a team…", self.join)
        team_act = menu.addAction("Team…", self.open_team)
        team_act.setEnabled(current is not None)
        if current is None:  # say why it is greyed out
            team_act.setToolTip("Members and invitations of a team workspace: open or join "
                                "a team first")
            menu.setToolTipsVisible(True)

    def switch(self, location: str) -> None:
        if location == (self.ctx.store.url or self.personal_location) \
                or (self.ctx.store.url is None and location == str(self.ctx.paths.db_path)):
            return  # already open
        if not self.launch(location):
            QtWidgets.QMessageBox.warning(self.window, APP_NAME,
                                          "Could not start a window for that workspace.")
            return
        self.window.close()

    def join(self) -> None:
        from desktopapp.ui.team_dialog import JoinDialog

        dialog = JoinDialog(self.ctx.paths, self.window)
        if dialog.exec() and dialog.joined_url:
            self.switch(dialog.joined_url)

    def open_team(self) -> None:
        from desktopapp.ui.team_dialog import TeamDialog

        try:
            TeamDialog(self.ctx, self.window).exec()
        except app_context.ACTION_ERRORS as exc:
            QtWidgets.QMessageBox.warning(self.window, APP_NAME, describe_data_error(exc))
