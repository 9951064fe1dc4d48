"""The architecture rules, checked on every run: ruff, mypy on the whole package, no Qt in the core,
keyring only in keychain.py, no import-time database, and modules of a readable size."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
PKG = ROOT / "desktopapp"
CORE_DIRS = ["core", "store", "checks", "publish", "app", "cli"]


def _python_files(*dirs: str) -> list[Path]:
    return [p for d in dirs for p in sorted((PKG / d).rglob("*.py"))]


def test_core_never_imports_qt() -> None:
    pattern = re.compile(r"^\s*(from|import)\s+PySide6", re.MULTILINE)
    offenders = [str(p.relative_to(ROOT)) for p in _python_files(*CORE_DIRS)
                 if pattern.search(p.read_text(encoding="utf-8"))]
    offenders += [p for p in ("config.py", "keychain.py")
                  if pattern.search((PKG / p).read_text(encoding="utf-8"))]
    assert offenders == []


def test_keyring_only_in_keychain_module() -> None:
    pattern = re.compile(r"^\s*(from|import)\s+keyring", re.MULTILINE)
    offenders = [str(p.relative_to(ROOT)) for p in PKG.rglob("*.py")
                 if p.name != "keychain.py" and pattern.search(p.read_text(encoding="utf-8"))]
    assert offenders == []


def test_modules_stay_small() -> None:
    too_long = {str(p.relative_to(ROOT)): n for p in PKG.rglob("*.py")
                if (n := len(p.read_text(encoding="utf-8").splitlines())) > 450}
    assert too_long == {}


def test_ruff_is_clean() -> None:
    done = subprocess.run([sys.executable, "-m", "ruff", "check", "desktopapp", "tests",
                           "migrations", "tools"], cwd=ROOT, capture_output=True, text=True,
                          check=False)
    assert done.returncode == 0, done.stdout + done.stderr


def test_mypy_is_clean_on_the_whole_package() -> None:
    done = subprocess.run([sys.executable, "-m", "mypy"], cwd=ROOT, capture_output=True,
                          text=True, check=False)
    assert done.returncode == 0, done.stdout + done.stderr


def test_training_code_stays_out_of_the_app() -> None:
    """torch and scikit-learn are for `make train-tone` (tools/tone), never the runtime."""
    pattern = re.compile(r"^\s*(from|import)\s+(torch|sklearn|numpy|transformers)\b",
                         re.MULTILINE)
    offenders = [str(p.relative_to(ROOT)) for p in PKG.rglob("*.py")
                 if pattern.search(p.read_text(encoding="utf-8"))]
    assert offenders == []


def test_ui_and_cli_never_touch_the_store() -> None:
    """The window and the command line go through desktopapp.app (one place for every
    query they share); neither imports the store or peewee."""
    pattern = re.compile(r"^\s*(from|import)\s+(peewee|playhouse|desktopapp\.store)\b"
                         r"|^\s*from\s+desktopapp\s+import\s+[^\n]*\bstore\b", re.MULTILINE)
    offenders = [str(p.relative_to(ROOT)) for p in _python_files("ui", "cli")
                 if pattern.search(p.read_text(encoding="utf-8"))]
    assert offenders == []
