"""The command that starts this app again (copy into a team, open another workspace):
`python -m desktopapp` from source, the bundle's own executable when frozen, and on
Windows the bundle's console executable for commands whose output is read."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from desktopapp.app.own_command import CLI_EXE, own_command


def test_from_source_it_is_python_dash_m() -> None:
    assert not getattr(sys, "frozen", False)
    assert own_command(cli=True) == [sys.executable, "-m", "desktopapp"]
    assert own_command(cli=False) == [sys.executable, "-m", "desktopapp"]


@pytest.mark.parametrize("platform", ["linux", "darwin"])
def test_frozen_it_is_the_bundle_itself(monkeypatch: pytest.MonkeyPatch, tmp_path: Path,
                                        platform: str) -> None:
    exe = tmp_path / "secondthought"
    exe.write_bytes(b"")
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    monkeypatch.setattr(sys, "executable", str(exe))
    monkeypatch.setattr(sys, "platform", platform)
    assert own_command(cli=True) == [str(exe)]
    assert own_command(cli=False) == [str(exe)]


def test_frozen_on_windows_commands_use_the_console_executable(
        monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    gui = tmp_path / "secondthought.exe"
    gui.write_bytes(b"")
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    monkeypatch.setattr(sys, "executable", str(gui))
    monkeypatch.setattr(sys, "platform", "win32")
    assert own_command(cli=True) == [str(gui)]  # no console executable beside it: the one
    (tmp_path / CLI_EXE).write_bytes(b"")
    assert own_command(cli=True) == [str(tmp_path / CLI_EXE)]
    assert own_command(cli=False) == [str(gui)]  # a window: the GUI-subsystem one


def test_the_copy_command_runs_the_frozen_bundle(monkeypatch: pytest.MonkeyPatch,
                                                 tmp_path: Path) -> None:
    from types import SimpleNamespace

    from desktopapp.app.copy_to_team import command

    exe = tmp_path / "secondthought"
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    monkeypatch.setattr(sys, "executable", str(exe))
    ctx = SimpleNamespace(store=SimpleNamespace(location="/home/a/personal.db"))
    argv = command(ctx, "postgresql://alex@db.example/brand", [3, 4])  # type: ignore[arg-type]
    assert argv == [str(exe), "--db", "/home/a/personal.db", "drafts", "copy-to-team",
                    "postgresql://alex@db.example/brand", "3", "4"]
    argv = command(ctx, "postgresql://alex@db.example/brand", [],  # type: ignore[arg-type]
                   tag="launch")
    assert argv[:2] == [str(exe), "--db"] and argv[-2:] == ["--tag", "launch"]
