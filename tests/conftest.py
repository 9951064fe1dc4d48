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
from desktopapp.store.connection import Store, open_postgres_store, open_store
from tests.support.postgres import Cluster, start_cluster

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
    monkeypatch.setenv("SECONDTHOUGHT_CACHE_DIR", str(tmp_path / "cache"))
    monkeypatch.delenv("SECONDTHOUGHT_DB", raising=False)
    return resolve_paths()


@pytest.fixture
def paths(isolated_dirs: Paths) -> Paths:
    return isolated_dirs


# Tests of the core, the application layer and the publisher run on both engines
# (parametrised here, not copied): a personal SQLite file and a team PostgreSQL database.
BOTH_BACKENDS = ("tests/unit", "tests/integration")


def pytest_configure(config: pytest.Config) -> None:
    config.addinivalue_line("markers", "sqlite_only: the test is about SQLite itself "
                            "(files, pragmas, schema fixtures), not the app's data rules")


def pytest_generate_tests(metafunc: pytest.Metafunc) -> None:
    if "backend" not in metafunc.fixturenames:
        return
    where = Path(str(metafunc.definition.fspath)).relative_to(Path(__file__).parent.parent)
    both = str(where).startswith(BOTH_BACKENDS) and \
        metafunc.definition.get_closest_marker("sqlite_only") is None
    if both:  # elsewhere the fixture's default (SQLite), and test ids stay as they were
        metafunc.parametrize("backend", ["sqlite", "postgresql"], indirect=True)


@pytest.fixture
def backend(request: pytest.FixtureRequest) -> str:
    return str(getattr(request, "param", "sqlite"))


@pytest.fixture(scope="session")
def pg_cluster() -> Iterator[Cluster]:
    """The session's PostgreSQL server, started on first use."""
    cluster = start_cluster()
    yield cluster
    cluster.stop()


@pytest.fixture
def store(paths: Paths, backend: str, request: pytest.FixtureRequest,
          monkeypatch: pytest.MonkeyPatch) -> Iterator[Store]:
    if backend == "postgresql":
        cluster: Cluster = request.getfixturevalue("pg_cluster")
        name = cluster.new_database()
        opened = open_postgres_store(cluster.url(name))
        # The CLI and the launcher resolve the workspace themselves: point them at it too.
        monkeypatch.setenv("SECONDTHOUGHT_DB", cluster.url(name))
        yield opened
        opened.close()
        cluster.drop_database(name)
        return
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
