"""Shared fixtures: every test gets its own database file, data dir and config dir.

Qt runs offscreen unless SECONDTHOUGHT_TEST_PLATFORM says otherwise (tests that need a
real X server start their own Xvfb, see tests/support/xserver.py).
"""

from __future__ import annotations

import gc
import logging
import os
from collections.abc import Iterator
from pathlib import Path

import pytest

os.environ["QT_QPA_PLATFORM"] = os.environ.get("SECONDTHOUGHT_TEST_PLATFORM", "offscreen")

from desktopapp.app.context import AppContext
from desktopapp.config import Paths, resolve_paths
from desktopapp.core import people
from desktopapp.store.connection import Store, open_store

ARTIFACTS = Path(__file__).resolve().parent.parent / "test-artifacts"


@pytest.fixture(autouse=True)
def unfrozen_heap() -> Iterator[None]:
    """The app freezes its start-up heap after warming up (gc.freeze); hand it back to the
    collector after each test so one test's windows cannot outlive it."""
    yield
    gc.unfreeze()


@pytest.fixture(autouse=True)
def fresh_log_handlers() -> Iterator[None]:
    """A test that configured logging (the CLI, the launcher) leaves no handler pointing
    into its temp dir for the next test."""
    yield
    root = logging.getLogger("desktopapp")
    for handler in list(root.handlers):
        root.removeHandler(handler)
        handler.close()


@pytest.fixture(autouse=True)
def isolated_dirs(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Paths:
    """Point every app folder into the test's temp dir, so no test sees another's data."""
    monkeypatch.setenv("SECONDTHOUGHT_DATA_DIR", str(tmp_path / "data"))
    monkeypatch.setenv("SECONDTHOUGHT_CONFIG_DIR", str(tmp_path / "config"))
    monkeypatch.setenv("SECONDTHOUGHT_LOG_DIR", str(tmp_path / "logs"))
    monkeypatch.delenv("SECONDTHOUGHT_DB", raising=False)
    return resolve_paths()


@pytest.fixture
def paths(isolated_dirs: Paths) -> Paths:
    return isolated_dirs


@pytest.fixture
def store(paths: Paths) -> Iterator[Store]:
    opened = open_store(paths.db_path)
    yield opened
    opened.close()


@pytest.fixture
def user(store: Store) -> people.PersonInfo:
    return people.set_up_local_user("Alex Author")


@pytest.fixture
def app_ctx(store: Store, paths: Paths, user: people.PersonInfo) -> AppContext:
    """What the launcher builds once: the store, the acting person, a clock, a bus."""
    return AppContext(store=store, paths=paths, actor_id=user.id)


@pytest.fixture
def artifacts_dir() -> Path:
    ARTIFACTS.mkdir(exist_ok=True)
    return ARTIFACTS
