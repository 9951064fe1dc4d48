from __future__ import annotations

import json
from pathlib import Path

import pytest

from desktopapp.config import Settings, resolve_paths
from desktopapp.core import people
from desktopapp.core.errors import DomainError
from tests.support.reviewers import PW


def test_local_user_is_created_once(store) -> None:
    assert people.local_user() is None
    me = people.set_up_local_user("  Sam   Lee ")
    assert me.display_name == "Sam Lee" and me.role is people.Role.ADMIN
    assert people.set_up_local_user("Someone else").id == me.id
    reviewer = people.add_person("Riley", people.Role.REVIEWER, me.id, passphrase=PW)
    assert [p.display_name for p in people.list_people()] == ["Riley", "Sam Lee"]
    assert people.get_person(reviewer.id).role is people.Role.REVIEWER
    with pytest.raises(DomainError):
        people.add_person("   ", people.Role.AUTHOR, me.id)


def test_db_path_precedence(tmp_path: Path) -> None:
    env = {"SECONDTHOUGHT_DATA_DIR": str(tmp_path / "d")}
    assert resolve_paths(None, env).db_path == (tmp_path / "d" / "secondthought.db")
    env["SECONDTHOUGHT_DB"] = str(tmp_path / "env.db")
    assert resolve_paths(None, env).db_path == tmp_path / "env.db"
    assert resolve_paths(str(tmp_path / "arg.db"), env).db_path == tmp_path / "arg.db"


def test_settings_survive_bad_files(tmp_path: Path) -> None:
    path = tmp_path / "settings.json"
    path.write_text("{not json")
    assert Settings.load(path) == Settings()
    path.write_text(json.dumps({"theme": "purple", "editor_font_size": 400, "future": 1}))
    loaded = Settings.load(path)
    assert loaded.theme == "system" and loaded.editor_font_size == 40
    loaded.theme = "dark"
    loaded.save(path)
    again = json.loads(path.read_text())
    assert again["theme"] == "dark" and again["future"] == 1  # unknown keys are kept
