"""Every CLI command with hostile arguments: no traceback ever reaches the user.

The sweep walks the real argument parser, so a command added later is swept too. Each
command runs with every positional (and then every option that takes a value) set to one
hostile value: ids past 2^63, negative and zero, invalid UTF-8 (as Python hands it over:
lone surrogates), far-future and far-past dates, empty, long text, a path that does not
exist, a spreadsheet formula. The property: exit 0, 1 or 2; on failure one line on stderr
that starts "secondthought:" (or argparse's usage error); never "Traceback", never the
last-resort "unexpected error" (that would mean a cause was not fixed where it happens).

A few cases need real processes (bytes in argv, a closed or broken stdout, 10 MB on
stdin); they run the installed entry point with PYTHONFAULTHANDLER=1 and grep stderr."""

from __future__ import annotations

import argparse
import io
import os
import subprocess
import sys
from pathlib import Path

import pytest

from desktopapp.__main__ import main
from desktopapp.cli.main import build_parser

# Hostile input is parsed before the store sees it: SQLite's run covers it; the
# storage engines' own behaviour is tested in the both-engine tests.
pytestmark = pytest.mark.sqlite_only

HOSTILE = ["9223372036854775808", "-1", "0", "x\udcff", "", "9999-12-31T23:59-05:00",
           "0001-01-01", "word " * 60, "/nonexistent/file.txt", "=cmd|' /C calc'!A0"]
# Never run: a loop runs until killed.
SKIP_OPTIONS = {"--loop"}
# Always given: without it the command runs until killed (the worker is a service).
ONE_PASS = {("worker",): ["--once"]}


def _leaves(parser: argparse.ArgumentParser, path: tuple[str, ...] = ()):
    subs = [a for a in parser._actions if isinstance(a, argparse._SubParsersAction)]
    if not subs:
        yield path, parser
        return
    for name, child in subs[0].choices.items():
        yield from _leaves(child, (*path, name))


def _argv_for(parser: argparse.ArgumentParser, value: str, options: bool) -> list[str]:
    argv: list[str] = []
    for action in parser._actions:
        if isinstance(action, argparse._HelpAction) or action.nargs == 0:
            continue
        fill = next(iter(action.choices)) if action.choices else value
        if not action.option_strings:
            argv.append(str(fill))
        elif action.required or (options and action.option_strings[0] not in SKIP_OPTIONS):
            argv += [action.option_strings[0], str(fill)]
    return argv


def _run(argv: list[str], capsys: pytest.CaptureFixture[str],
         monkeypatch: pytest.MonkeyPatch) -> tuple[int, str]:
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(b""), encoding="utf-8"))
    try:
        code = main(argv)
    except SystemExit as exc:  # argparse's usage errors
        code = int(exc.code or 0)
    return code, capsys.readouterr().err


LEAVES = [path for path, _ in _leaves(build_parser())]


def test_the_sweep_covers_every_command() -> None:
    assert len(LEAVES) >= 40 and ("drafts", "show") in LEAVES and ("doctor",) in LEAVES


@pytest.mark.timeout(600)
@pytest.mark.parametrize("path", LEAVES, ids=" ".join)
def test_every_command_with_hostile_arguments(path: tuple[str, ...], store, user, capsys,
                                             monkeypatch, tmp_path: Path) -> None:
    from desktopapp.core import workflow

    monkeypatch.chdir(tmp_path)  # anything a command writes lands here
    workflow.create_draft(user.id, "draft 1, so that commands reach their later checks")
    parser = dict(_leaves(build_parser()))[path]
    seen: set[tuple[str, ...]] = set()
    for options in (False, True):
        for value in HOSTILE:
            argv = [*path, *ONE_PASS.get(path, []), *_argv_for(parser, value, options)]
            if tuple(argv) in seen:
                continue
            seen.add(tuple(argv))
            code, err = _run(argv, capsys, monkeypatch)
            shown = f"{argv!r} -> {code}: {err}"
            assert code in (0, 1, 2), shown
            assert "Traceback" not in err and "unexpected error" not in err, shown
            if code == 1:
                assert err.startswith("secondthought: ") and err.count("\n") == 1, shown
            if code == 2:
                assert err.strip().splitlines()[-1].startswith("secondthought"), shown


def _cli(args: list[bytes | str], db: Path, stdin: bytes = b"",
         env: dict[str, str] | None = None) -> subprocess.CompletedProcess[bytes]:
    full = dict(os.environ, SECONDTHOUGHT_DB=str(db), PYTHONFAULTHANDLER="1", **(env or {}))
    if env and "XDG_CONFIG_HOME" in env:
        full.pop("PYTHON_KEYRING_BACKEND", None)  # let keyringrc.cfg decide
    return subprocess.run([sys.executable, "-m", "desktopapp", *args], env=full, input=stdin,
                          capture_output=True, timeout=120)


def _one_line(result: subprocess.CompletedProcess[bytes]) -> str:
    err = result.stderr.decode("utf-8", "replace")
    assert b"Traceback" not in result.stderr and b"Fatal Python error" not in result.stderr, err
    assert err.count("\n") <= 1, err
    return err


@pytest.mark.parametrize("args", [
    ["drafts", "new", "--body", b"x\xff"],
    ["drafts", "new", "--body", "ok", "--tag", b"t\xfe"],
    ["people", "add", b"Ren\xe9"],
    ["pause", "--reason", b"\xc3"],
], ids=["body", "tag", "people-add", "pause-reason"])
def test_invalid_utf8_in_argv_is_a_usage_error(paths, args) -> None:
    result = _cli(args, paths.db_path)
    assert result.returncode == 2 and "not valid UTF-8" in _one_line(result)


def test_a_closed_or_broken_stdout_is_quiet(store, user, paths) -> None:
    from desktopapp.core import workflow

    for i in range(400):
        workflow.create_draft(user.id, f"post number {i} " * 5)
    env = dict(os.environ, SECONDTHOUGHT_DB=str(paths.db_path), PYTHONFAULTHANDLER="1")
    piped = subprocess.run(
        f"'{sys.executable}' -m desktopapp drafts list --format json | head -c 100 >/dev/null",
        shell=True, env=env, capture_output=True, timeout=120)
    assert piped.stderr == b"", piped.stderr  # no "[Errno 32] Broken pipe"
    closed = subprocess.run(f"'{sys.executable}' -m desktopapp drafts list >&-", shell=True,
                            env=env, capture_output=True, timeout=120)
    assert b"Traceback" not in closed.stderr and closed.returncode in (0, 1), closed.stderr


def test_ten_megabytes_on_stdin_are_refused_in_one_line(paths) -> None:
    big = b"y" * 10_000_000
    for args in (["drafts", "new", "--body", "-"], ["import", "-"], ["check", "-"]):
        result = _cli(args, paths.db_path, stdin=big)
        assert result.returncode == 1, (args, result.stderr)
        assert "larger than" in _one_line(result) or "at most" in _one_line(result)


def test_body_long_text_and_missing_files(paths) -> None:
    """Probe 6: a long --body was taken for a file name; a missing file became the text."""
    words = "word " * 60
    made = _cli(["drafts", "new", "--body", words, "--format", "json"], paths.db_path)
    assert made.returncode == 0, made.stderr
    assert words in made.stdout.decode()
    text = _cli(["channel-text", "1", "nowhere", "--text", words], paths.db_path)
    assert "File name too long" not in _one_line(text)
    missing = _cli(["drafts", "new", "--body", "/nonexistent.txt"], paths.db_path)
    assert missing.returncode == 1 and "no such file" in _one_line(missing)
    url = _cli(["drafts", "new", "--body", "https://example.org/a/b", "--format", "json"],
               paths.db_path)
    assert url.returncode == 0 and b"https://example.org/a/b" in url.stdout


def test_a_keyringrc_naming_a_missing_backend_is_one_line(paths, tmp_path: Path) -> None:
    config = tmp_path / "xdg" / "python_keyring"
    config.mkdir(parents=True)
    (config / "keyringrc.cfg").write_text("[backend]\ndefault-keyring=no.such.Backend\n")
    result = _cli(["channels", "add", "--kind", "webhook", "--name", "hook", "--url",
                   "http://127.0.0.1:9/hook"], paths.db_path, stdin=b"secret\n",
                  env={"XDG_CONFIG_HOME": str(tmp_path / "xdg")})
    assert result.returncode == 1 and "keyringrc.cfg" in _one_line(result)


@pytest.mark.parametrize(("argv", "code", "words"), [
    (["drafts", "show", "9223372036854775808"], 2, "is not an id"),
    (["submit", "99999999999999999999999"], 2, "is not an id"),
    (["schedule", "1", "--at", "9999-12-31T23:59-05:00"], 1, "too far away"),
    (["calendar", "export", "--to", "9999-12-31"], 1, "too far away"),
    (["queue", "blackout", "add", "0001-01-01"], 1, "too far away"),
    (["drafts", "show", "x\udcff"], 2, "not valid UTF-8"),
])
def test_the_probes_hostile_arguments_get_their_own_message(store, user, capsys, monkeypatch,
                                                           argv, code, words) -> None:
    """Probe 7, one by one (the sweep above tries every command)."""
    from desktopapp.core import workflow

    workflow.create_draft(user.id, "draft 1")
    got, err = _run(argv, capsys, monkeypatch)
    assert got == code and words in err and "Traceback" not in err, err
