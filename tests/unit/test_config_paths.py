"""The app's own folders are where platformdirs puts them (config.user_dir reads the XDG
rules itself on Linux so that start-up does not import platformdirs: issue 12)."""

from __future__ import annotations

import sys

import platformdirs
import pytest

from desktopapp import APP_ID
from desktopapp.config import user_dir

pytestmark = pytest.mark.skipif(sys.platform != "linux", reason="the XDG rules are Linux's")

XDG = ("XDG_DATA_HOME", "XDG_CONFIG_HOME", "XDG_STATE_HOME", "XDG_CACHE_HOME")
CASES = [
    {"HOME": "/home/ada"},
    {"HOME": "/home/ada/"},
    {"HOME": "/"},
    {"HOME": "/home/ada", "XDG_DATA_HOME": "/data", "XDG_CONFIG_HOME": "/etc/ada",
     "XDG_STATE_HOME": "/var/ada", "XDG_CACHE_HOME": "/tmp/ada"},
    {"HOME": "/home/ada", "XDG_DATA_HOME": "relative/data", "XDG_CONFIG_HOME": "",
     "XDG_STATE_HOME": " /space-first"},
    {"HOME": "/home/ada", "XDG_DATA_HOME": "/trailing/", "XDG_CONFIG_HOME": "/a//b"},
    {"HOME": "relative-home"},  # platformdirs answers itself
]


@pytest.mark.parametrize("env", CASES)
def test_each_folder_is_where_platformdirs_puts_it(env: dict[str, str],
                                                   monkeypatch: pytest.MonkeyPatch) -> None:
    for name in (*XDG, "HOME"):
        monkeypatch.delenv(name, raising=False)
    for name, value in env.items():
        monkeypatch.setenv(name, value)
    assert user_dir("data") == platformdirs.user_data_dir(APP_ID, appauthor=False)
    assert user_dir("config") == platformdirs.user_config_dir(APP_ID, appauthor=False)
    assert user_dir("log") == platformdirs.user_log_dir(APP_ID, appauthor=False)
    assert user_dir("cache") == platformdirs.user_cache_dir(APP_ID, appauthor=False)


def test_the_default_data_folder_is_under_local_share(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("HOME", "/home/ada")
    monkeypatch.delenv("XDG_DATA_HOME", raising=False)
    assert user_dir("data") == "/home/ada/.local/share/secondthought"
