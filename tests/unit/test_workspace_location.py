"""Opening a workspace by where it lives: a file, `sqlite:///…`, or a team URL."""

from __future__ import annotations

from pathlib import Path

import pytest

from desktopapp.config import resolve_paths, strip_password, team_slug
from desktopapp.store import migrate
from desktopapp.store.connection import open_location
from desktopapp.store.errors import StoreError
from desktopapp.store.postgres import parse_url, redact
from tests.support.postgres import Cluster


def test_a_path_and_a_sqlite_url_open_the_same_file(tmp_path: Path) -> None:
    file = tmp_path / "w.db"
    open_location(file).close()
    again = open_location(f"sqlite://{file}")
    assert again.path == file and not again.is_team and again.migration.applied == []
    again.close()


def test_a_team_url_never_keeps_its_password() -> None:
    url = "postgresql://alex:s3cret@db.example.test:5433/brand?sslmode=verify-full"
    assert redact(url) == "postgresql://alex@db.example.test:5433/brand?sslmode=verify-full"
    assert strip_password(url) == redact(url)
    paths = resolve_paths(url, env={"SECONDTHOUGHT_DATA_DIR": "/d", "SECONDTHOUGHT_CONFIG_DIR":
                                    "/c", "SECONDTHOUGHT_LOG_DIR": "/l"})
    assert paths.is_team and "s3cret" not in paths.location
    assert paths.db_path == Path("/d/teams") / team_slug(url) / "journal.db"
    assert parse_url(url)["sslmode"] == "verify-full"


@pytest.mark.parametrize("url, words", [
    ("postgresql://alex@db.example.test", "names no database"),
    ("postgresql://alex@db.example.test:port/brand", "port that is not a number"),
    ("sqlite://", "needs a file path"),
])
def test_a_malformed_location_is_one_clear_line(url: str, words: str) -> None:
    with pytest.raises(StoreError, match=words):
        open_location(url)


def test_an_unreachable_server_is_one_line_without_the_password() -> None:
    with pytest.raises(StoreError) as caught:
        open_location("postgresql://alex:s3cret@127.0.0.1:1/brand", run_migrations=False)
    message = str(caught.value)
    assert "cannot be reached" in message and "s3cret" not in message
    assert "\n" not in message


def test_a_members_app_never_migrates_a_team_workspace(pg_cluster: Cluster) -> None:
    name = pg_cluster.empty_database()
    with pytest.raises(StoreError, match="team upgrade"):
        open_location(pg_cluster.url(name), run_migrations=False)
    upgraded = open_location(pg_cluster.url(name))  # what `team upgrade` runs, under a lock
    assert upgraded.is_team and upgraded.migration.to_version == migrate.latest_version()
    upgraded.close()
    opened = open_location(pg_cluster.url(name), run_migrations=False)
    assert opened.location == pg_cluster.url(name)
    opened.close()
    pg_cluster.drop_database(name)
