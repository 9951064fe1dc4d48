"""Where things live, and the settings object that is passed around explicitly.

Precedence for the workspace: `--db PATH|URL`, then `SECONDTHOUGHT_DB`, then
`<user data dir>/secondthought.db`. A `postgresql://` URL names a team workspace on a
server; its local files (media cache, offline journal) live under `<data dir>/teams/`.
`SECONDTHOUGHT_DATA_DIR`, `SECONDTHOUGHT_CONFIG_DIR` and `SECONDTHOUGHT_CACHE_DIR` move the
whole data, config or cache folder (tests use them).
"""

from __future__ import annotations

import json
import os
import re
import sys
from dataclasses import asdict, dataclass, field, fields
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

from desktopapp import APP_ID
from desktopapp.records import record

DB_FILENAME = "secondthought.db"
# Where the XDG base directory rules put a user's folders of each kind, and the variable
# that moves them.
_XDG = {"data": ("XDG_DATA_HOME", "~/.local/share"), "config": ("XDG_CONFIG_HOME", "~/.config"),
        "log": ("XDG_STATE_HOME", "~/.local/state"), "cache": ("XDG_CACHE_HOME", "~/.cache")}


@record
class Paths:
    data_dir: Path
    config_dir: Path
    log_dir: Path
    cache_dir: Path  # what can be made again at any time (the checks' compiled patterns)
    # The SQLite file of a personal workspace; for a team workspace, the local journal file
    # kept beside its media cache (the shared data itself is on the server).
    db_path: Path
    workspace_url: str | None = None  # a team workspace (postgresql://…); None: db_path

    @property
    def is_team(self) -> bool:
        return self.workspace_url is not None

    @property
    def location(self) -> str:
        """The workspace, fit to show a person (a team URL never carries a password)."""
        return self.workspace_url or str(self.db_path)

    @property
    def settings_file(self) -> Path:
        return self.config_dir / "settings.json"

    @property
    def ui_state_file(self) -> Path:
        return self.config_dir / "window-state.ini"


def resolve_paths(db_arg: str | None = None, env: dict[str, str] | None = None) -> Paths:
    env = dict(os.environ) if env is None else env
    data_dir = Path(env.get("SECONDTHOUGHT_DATA_DIR") or user_dir("data"))
    config_dir = Path(env.get("SECONDTHOUGHT_CONFIG_DIR") or user_dir("config"))
    log_dir = Path(env.get("SECONDTHOUGHT_LOG_DIR") or user_dir("log"))
    cache_dir = Path(env.get("SECONDTHOUGHT_CACHE_DIR") or user_dir("cache"))
    db = db_arg or env.get("SECONDTHOUGHT_DB") or str(data_dir / DB_FILENAME)
    if is_team_url(db):
        return Paths(data_dir, config_dir, log_dir, cache_dir,
                     data_dir / "teams" / team_slug(db) / "journal.db", strip_password(db))
    if db.startswith("sqlite://"):
        db = db.removeprefix("sqlite://")
    return Paths(data_dir, config_dir, log_dir, cache_dir, Path(db).expanduser().resolve())


def user_dir(kind: str) -> str:
    """This user's folder of `kind` ("data", "config", "log" or "cache") for the app, as
    platformdirs names it. On Linux with an absolute HOME the XDG rules it follows there
    are read here: importing platformdirs pulls in tempfile, shutil and random for folders
    this app never asks for, ~25 M instructions on every start of the window (issue 12).
    Anywhere else platformdirs answers. tests/unit/test_config_paths.py holds both equal."""
    home = os.environ.get("HOME", "")
    if sys.platform == "linux" and os.path.isabs(home) and "ANDROID_DATA" not in os.environ:
        variable, default = _XDG[kind]
        base = os.environ.get(variable, "")
        folder = os.path.join(base if os.path.isabs(base) else os.path.expanduser(default),
                              APP_ID)
        return os.path.join(folder, "log") if kind == "log" else folder
    import platformdirs

    if kind == "log":
        return platformdirs.user_log_dir(APP_ID, appauthor=False)
    if kind == "config":
        return platformdirs.user_config_dir(APP_ID, appauthor=False)
    if kind == "cache":
        return platformdirs.user_cache_dir(APP_ID, appauthor=False)
    return platformdirs.user_data_dir(APP_ID, appauthor=False)


def is_team_url(location: str) -> bool:
    return urlsplit(location).scheme in ("postgresql", "postgres")


def strip_password(url: str) -> str:
    """A team URL as stored and shown: the password belongs in the keyring, not here."""
    parts = urlsplit(url)
    if parts.password is None:
        return url
    netloc = parts.netloc.rsplit("@", 1)[1]
    user = f"{parts.username}@" if parts.username else ""
    return parts._replace(netloc=user + netloc).geturl()


def team_slug(url: str) -> str:
    """A folder name for one team workspace: server, port, database and member."""
    parts = urlsplit(url)
    # A port that is no number is refused with words when the workspace is opened;
    # here (a folder name) it must not raise first, which would end in a traceback.
    try:
        port: int | str = parts.port or 5432
    except ValueError:
        port = "bad-port"
    raw = f"{parts.hostname or 'local'}-{port}-{parts.path.strip('/')}-" \
          f"{parts.username or ''}"
    return re.sub(r"[^A-Za-z0-9._-]+", "_", raw)[:120]


@dataclass
class Settings:
    """Per-machine preferences. Unknown keys in the file are kept, bad values ignored."""

    theme: str = "system"  # system | light | dark
    editor_font_size: int = 13
    autosave_delay_ms: int = 1000
    # Opt-in: a LanguageTool server URL sends the text there to be checked.
    languagetool_url: str = ""
    channels: list[str] = field(default_factory=lambda: ["x", "bluesky", "mastodon"])
    extra: dict[str, Any] = field(default_factory=dict)

    @classmethod
    def load(cls, path: Path) -> Settings:
        try:
            raw = json.loads(path.read_text(encoding="utf-8"))
        except FileNotFoundError:
            return cls()
        except (OSError, ValueError, UnicodeDecodeError, RecursionError):
            # A broken settings file must never stop the app from starting.
            return cls()
        if not isinstance(raw, dict):
            return cls()
        settings = cls()
        known = {f.name: f for f in fields(cls) if f.name != "extra"}
        for key, value in raw.items():
            default = getattr(settings, key, None)
            # bool is an int to Python, not a font size or a delay to anyone else.
            same_kind = isinstance(value, bool) == isinstance(default, bool)
            if key in known and isinstance(value, type(default)) and same_kind:
                setattr(settings, key, value)
            elif key not in known:
                settings.extra[key] = value
        known_channels = {"x", "bluesky", "mastodon", "threads", "linkedin"}
        settings.channels = [c for c in settings.channels
                             if isinstance(c, str) and c in known_channels]
        if settings.theme not in {"system", "light", "dark"}:
            settings.theme = "system"
        settings.editor_font_size = min(max(settings.editor_font_size, 8), 40)
        settings.autosave_delay_ms = min(max(settings.autosave_delay_ms, 200), 5000)
        return settings

    def save(self, path: Path) -> None:
        data = asdict(self)
        extra = data.pop("extra")
        data.update(extra)
        path.parent.mkdir(parents=True, exist_ok=True)
        tmp = path.with_suffix(".tmp")
        tmp.write_text(json.dumps(data, indent=2, sort_keys=True), encoding="utf-8")
        tmp.replace(path)  # atomic: a crash leaves the old file or the new one, never half
