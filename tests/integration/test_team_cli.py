"""`secondthought team …` from init to remove-person against a real PostgreSQL, with the
member's password in a real keyring (a private gnome-keyring), and bad input answered
with one line and an exit code."""

from __future__ import annotations

import io
import re
from pathlib import Path

import psycopg
import pytest

from desktopapp.__main__ import main
from desktopapp.app import team
from desktopapp.config import resolve_paths
from desktopapp.store import team_schema
from tests.support.keyring_session import secret_service
from tests.support.postgres import Cluster


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


def invitation(out: str) -> tuple[str, str]:
    url = re.search(r"workspace: (\S+)", out)
    password = re.search(r"password:\s+(\S+)", out)
    assert url and password, out
    return url.group(1), password.group(1)


def test_init_invite_join_status_remove(pg_cluster: Cluster, tmp_path: Path,
                                        capsys: pytest.CaptureFixture[str],
                                        monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("SECONDTHOUGHT_CONFIG_DIR", str(tmp_path / "config"))
    monkeypatch.setenv("SECONDTHOUGHT_DATA_DIR", str(tmp_path / "data"))
    monkeypatch.delenv("SECONDTHOUGHT_DB", raising=False)
    name = pg_cluster.empty_database("cli")
    admin_url = pg_cluster.url(name)
    try:
        code, out, err = run(capsys, "team", "init", admin_url)
        assert code == 0, err
        assert f"Team workspace {name} is ready" in out
        code, again, err = run(capsys, "team", "init", admin_url)  # idempotent
        assert code == 0 and "nothing to migrate" in again, err

        code, out, err = run(capsys, "team", "add-person", "Ada Admin", "--role", "admin",
                             "--workspace", admin_url)
        assert code == 0, err
        ada_url, ada_password = invitation(out)
        assert ada_url == pg_cluster.url(name, user=f"ada_{name}")
        assert ada_password not in ada_url

        with secret_service(tmp_path / "home"):
            monkeypatch.setattr("sys.stdin", io.StringIO(ada_password + "\n"))
            code, out, err = run(capsys, "team", "join", ada_url, "--password-stdin")
            assert code == 0, err
            assert f"Joined {name} as Ada Admin (admin)" in out
            # The invitation's password no longer works: it was replaced on first use.
            with pytest.raises(psycopg.OperationalError):
                psycopg.connect(ada_url, password=ada_password).close()
            assert team.recent(resolve_paths()) == [ada_url]

            # Ada, with the password only her keyring knows, invites and removes Sam.
            code, out, err = run(capsys, "team", "add-person", "Sam Writer", "--role",
                                 "author", "--workspace", ada_url)
            assert code == 0, err
            sam_url, sam_password = invitation(out)
            psycopg.connect(sam_url, password=sam_password).close()
            code, out, err = run(capsys, "--db", ada_url, "team", "status")
            assert code == 0, err
            assert "forced row-level security on every table" in out
            assert "admin     Ada Admin" in out and "(you)" in out
            assert "author    Sam Writer" in out
            code, out, err = run(capsys, "team", "remove-person", "Sam Writer",
                                 "--workspace", ada_url)
            assert code == 0 and "Removed Sam Writer" in out, err
            with pytest.raises(psycopg.OperationalError):
                psycopg.connect(sam_url, password=sam_password).close()
    finally:
        pg_cluster.drop_database(name)
        roles = team_schema.roles_for(name)
        for role in (f"ada_{name}", f"sam_{name}", roles.admin, roles.reviewer, roles.author,
                     roles.worker, roles.owner):
            pg_cluster.psql(f'DROP ROLE IF EXISTS "{role}"')


@pytest.mark.parametrize("argv, says", [
    (["team", "init", "not-a-url"], "is not a team workspace URL"),
    (["team", "status"], "name the team workspace"),
    (["team", "add-person", "X", "--role", "author", "--workspace", "sqlite:///x.db"],
     "name the team workspace"),
    (["team", "init", "postgresql://nobody@127.0.0.1:1/none"], "cannot be reached"),
    (["team", "join", "postgresql://127.0.0.1/db", "--password-stdin"], "names no member"),
])
def test_bad_input_is_one_line_and_an_exit_code(argv: list[str], says: str,
                                                capsys: pytest.CaptureFixture[str],
                                                monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("SECONDTHOUGHT_DB", raising=False)
    monkeypatch.setattr("sys.stdin", io.StringIO("x\n"))
    code, _out, err = run(capsys, *argv)
    assert code in (1, 2)
    assert says in err and err.count("\n") == 1 and "Traceback" not in err, err


def test_a_member_cannot_init_or_invite(pg_cluster: Cluster,
                                        capsys: pytest.CaptureFixture[str]) -> None:
    from tests.support.team import drop_team, make_team

    made = make_team(pg_cluster, "deny")
    try:
        alex = made.invite("Alex Author", "author")
        url = made.url("Alex Author")
        monkey_url = url.replace("postgresql://", f"postgresql://{alex.login}:"
                                 f"{alex.password}@").replace(f"{alex.login}@", "", 1)
        code, _, err = run(capsys, "team", "init", monkey_url)
        assert code == 1 and "server's administrator" in err
        code, _, err = run(capsys, "team", "add-person", "Eve", "--role", "admin",
                           "--workspace", monkey_url)
        assert code == 1 and "Only an admin" in err and "Traceback" not in err
    finally:
        drop_team(made)


def test_an_older_cli_reads_but_does_not_write(pg_cluster: Cluster, tmp_path: Path,
                                               capsys: pytest.CaptureFixture[str],
                                               monkeypatch: pytest.MonkeyPatch) -> None:
    from desktopapp import keychain
    from tests.support.team import drop_team, make_team

    made = make_team(pg_cluster, "old")
    try:
        alex = made.invite("Alex Author", "author")
        with made.superuser() as db:
            db.execute_sql("UPDATE team_meta SET oldest_client = '99.0'")
        with secret_service(tmp_path / "home"):
            keychain.set_secret("workspace", made.url("Alex Author"), alex.password)
            monkeypatch.setenv("SECONDTHOUGHT_DB", made.url("Alex Author"))
            code, _out, err = run(capsys, "drafts", "list")
            assert code == 0 and "needs Second Thought 99.0 or newer" in err
            code, _out, err = run(capsys, "drafts", "new", "--body", "Hello")
            assert code == 1 and "read-only" in err and "Traceback" not in err
    finally:
        drop_team(made)
