"""Second Thought: an offline-first writing tool that puts brakes on posts you may regret."""

from __future__ import annotations

import gc
import sys
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from collections.abc import Sequence
    from importlib.machinery import ModuleSpec
    from types import ModuleType

__version__ = "0.1.0"
APP_NAME = "Second Thought"
# Names the data, config and log folders: never change it, people have their drafts there.
APP_ID = "secondthought"
# The reverse-DNS application id: desktop file name, AppStream id, Wayland app id, X11
# window instance name, macOS bundle id. Desktop environments match windows to launchers by it.
DESKTOP_ID = "io.github.secondthought.SecondThought"


class _PeeweeWithoutThePostgresDriver:
    """peewee imports psycopg at its own import when psycopg is installed; psycopg's
    binary driver costs 100–500 ms, more than the rest of the app's imports together, and
    a personal (SQLite) workspace never needs it. So whenever peewee is imported (by the
    store, on first use), psycopg is hidden from it, and `desktopapp.store.postgres` hands
    psycopg to peewee only when a team workspace is opened. A finder on `sys.meta_path`
    rather than an import here: the window paints its first frame before the store (and
    so peewee and its standard-library modules) is loaded (issue 12, docs/benchmarks.md).
    Duck-typed as a finder: importing `importlib.abc` would load more than it saves."""

    def find_spec(self, name: str, path: Sequence[str] | None,
                  target: ModuleType | None = None) -> ModuleSpec | None:
        if name != "peewee":
            return None
        import importlib.machinery

        sys.meta_path.remove(self)  # once: later imports find peewee in sys.modules
        spec = importlib.machinery.PathFinder.find_spec(name, path)
        if spec is None or spec.loader is None or "psycopg" in sys.modules:
            return spec
        real = spec.loader.exec_module

        def exec_module(module: ModuleType) -> None:
            sys.modules["psycopg"] = None  # type: ignore[assignment]  # "import psycopg" fails
            collecting = gc.isenabled()
            gc.disable()  # an import makes objects that live for ever: passes only cost
            try:
                real(module)
            finally:
                del sys.modules["psycopg"]
                if collecting:
                    gc.enable()

        spec.loader.exec_module = exec_module  # type: ignore[method-assign]
        return spec


if "peewee" not in sys.modules:
    sys.meta_path.insert(0, _PeeweeWithoutThePostgresDriver())
