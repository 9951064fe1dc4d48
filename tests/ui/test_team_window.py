"""The window on a team workspace: its name in the title bar, File → Workspaces, the Team
dialog (admins invite and remove, others only see), and the read-only notice for an app
older than the team accepts. Members connect with their own login and password."""

from __future__ import annotations

from collections.abc import Callable, Iterator

import psycopg
import pytest
from PySide6.QtWidgets import QMainWindow

from desktopapp.app.context import AppContext
from desktopapp.config import Paths
from desktopapp.core import people
from desktopapp.records import replace
from desktopapp.store.connection import open_location
from desktopapp.ui import workspaces
from desktopapp.ui.team_dialog import TeamDialog
from tests.support.postgres import Cluster
from tests.support.team import Team, drop_team, make_team


@pytest.fixture
def team(pg_cluster: Cluster) -> Iterator[Team]:
    made = make_team(pg_cluster, "win")
    made.invite("Ada Admin", "admin")
    made.invite("Alex Author", "author")
    yield made
    drop_team(made)


@pytest.fixture
def member_ctx(team: Team, paths: Paths) -> Iterator[Callable[[str], AppContext]]:
    """What `open_context` builds for a member: their login, their password."""
    opened: list[AppContext] = []

    def make(name: str) -> AppContext:
        store = open_location(team.url(name), password=team.members[name].password,
                              run_migrations=False)
        me = people.local_user()
        assert me is not None
        ctx = AppContext(store=store, paths=replace(paths, workspace_url=store.url),
                         actor_id=me.id)
        opened.append(ctx)
        return ctx

    yield make
    for ctx in opened:
        ctx.close()


def test_the_title_names_the_personal_workspace(make_window) -> None:
    assert make_window().windowTitle() == "Personal — Second Thought"


def test_the_title_names_the_team_workspace(member_ctx, team: Team) -> None:
    assert workspaces.window_title(member_ctx("Ada Admin")) == \
        f"{team.database} — Second Thought"


def test_the_workspaces_menu(member_ctx, team: Team, qtbot) -> None:
    window = QMainWindow()
    qtbot.addWidget(window)
    menu = workspaces.WorkspacesMenu(window.menuBar().addMenu("Workspaces"), window,
                                     member_ctx("Ada Admin"))
    labels = [a.text() for a in menu.menu.actions() if a.text()]
    assert labels[0] == "Personal workspace"
    ada = f"{team.database} — {team.members['Ada Admin'].login} on 127.0.0.1"
    assert ada in labels and "Join a team…" in labels and "Team…" in labels
    checked = [a.toolTip() for a in menu.menu.actions() if a.isChecked()]
    assert checked == [team.url("Ada Admin")]
    opened: list[str] = []
    menu.launch = lambda location: opened.append(location) or True
    next(a for a in menu.menu.actions() if a.text() == "Personal workspace").trigger()
    assert opened == [str(menu.ctx.paths.data_dir / "secondthought.db")]


def test_an_admin_invites_and_removes_in_the_team_dialog(member_ctx, team: Team,
                                                         qtbot) -> None:
    dialog = TeamDialog(member_ctx("Ada Admin"))
    qtbot.addWidget(dialog)
    names = [dialog.table.item(r, 0).text() for r in range(dialog.table.rowCount())]
    assert names == ["Ada Admin  (you)", "Alex Author"]
    assert dialog.invite_button.isEnabled() and dialog.remove_button.isEnabled()
    text = dialog.invite("Sam Writer", "author")
    assert text is not None and "password:" in text and "Sam Writer (author)" in text
    assert dialog.table.rowCount() == 3
    password = text.split("password:")[1].split()[0]
    psycopg.connect(host="127.0.0.1", port=team.cluster.port, dbname=team.database,
                    user=f"sam_{team.database}", password=password).close()
    row = next(r for r in range(3) if dialog.table.item(r, 0).text() == "Sam Writer")
    dialog.table.selectRow(row)
    assert dialog.remove_selected(confirm=lambda _name: True) == f"sam_{team.database}"
    assert dialog.table.rowCount() == 2
    dialog.invitation_view.close()


def test_an_author_sees_the_team_but_cannot_change_it(member_ctx, qtbot) -> None:
    dialog = TeamDialog(member_ctx("Alex Author"))
    qtbot.addWidget(dialog)
    assert dialog.table.rowCount() == 2
    assert not dialog.invite_button.isEnabled() and not dialog.remove_button.isEnabled()


def test_an_older_app_says_it_is_read_only(member_ctx, team: Team) -> None:
    with team.superuser() as db:
        db.execute_sql("UPDATE team_meta SET oldest_client = '99.0'")
    ctx = member_ctx("Alex Author")
    assert workspaces.window_title(ctx) == f"{team.database} (read-only) — Second Thought"
    assert "needs Second Thought 99.0 or newer" in ctx.store.notice


def test_joining_from_the_window_keeps_the_password_in_the_keyring(team: Team, paths: Paths,
                                                                   qtbot, tmp_path) -> None:
    from desktopapp import keychain
    from desktopapp.app import team as team_service
    from desktopapp.ui.team_dialog import JoinDialog
    from tests.support.keyring_session import secret_service

    alex = team.members["Alex Author"]
    with secret_service(tmp_path / "home"):
        dialog = JoinDialog(paths)
        qtbot.addWidget(dialog)
        dialog.url.setText(team.url("Alex Author"))
        dialog.password.setText("wrong")
        dialog.start()
        qtbot.waitUntil(lambda: dialog.join_button.isEnabled(), timeout=15000)
        assert "refused the password" in dialog.message.text()
        dialog.password.setText(alex.password)
        with qtbot.waitSignal(dialog.accepted, timeout=15000):
            dialog.start()
        assert dialog.joined_url == team.url("Alex Author")
        kept = keychain.get_secret("workspace", team.url("Alex Author"))
        assert kept and kept != alex.password
        assert team_service.recent(paths) == [team.url("Alex Author")]
        psycopg.connect(host="127.0.0.1", port=team.cluster.port, dbname=team.database,
                        user=alex.login, password=kept).close()
