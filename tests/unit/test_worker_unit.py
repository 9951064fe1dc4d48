"""The worker's systemd unit agrees with the code: the command exists, and the credential
names it loads are the ones the keychain reads."""

from __future__ import annotations

import configparser
from pathlib import Path

from desktopapp import keychain
from desktopapp.cli.main import build_parser

UNIT = Path(__file__).resolve().parents[2] / "packaging/systemd/secondthought-worker.service"


def _unit() -> configparser.ConfigParser:
    parser = configparser.ConfigParser(strict=False, interpolation=None,
                                       comment_prefixes=("#", ";"))
    parser.optionxform = str  # type: ignore[assignment,method-assign]
    parser.read_string(UNIT.read_text(encoding="utf-8"))
    return parser


def test_the_unit_runs_the_worker_command() -> None:
    service = _unit()["Service"]
    argv = service["ExecStart"].split()
    assert argv[0] == "/usr/bin/secondthought"
    args = build_parser().parse_args(argv[1:])
    assert args.command == "worker" and not args.once
    assert service["DynamicUser"] == "yes" and service["KillSignal"] == "SIGTERM"


def test_its_credentials_are_the_names_the_keychain_reads(tmp_path: Path,
                                                          monkeypatch) -> None:
    credential = _unit()["Service"]["LoadCredential"]
    name, _, source = credential.partition(":")
    assert name == keychain.credential_file("workspace", "postgresql://w@h/db")
    assert source.startswith("/etc/secondthought/credentials/")
    assert keychain.credential_file("channel-secret", "brand bsky") == "channel-brand_bsky"
    assert keychain.credential_file("signing-key", "1") is None  # never from a file
    (tmp_path / "channel-brand_bsky").write_text("app-password\n")
    monkeypatch.setenv("CREDENTIALS_DIRECTORY", str(tmp_path))
    monkeypatch.setenv("PYTHON_KEYRING_BACKEND", "keyring.backends.fail.Keyring")
    assert keychain.get_secret("channel-secret", "brand bsky") == "app-password"
