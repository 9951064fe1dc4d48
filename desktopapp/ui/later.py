"""Modules the window's first frame names but does not run: bound at import, loaded on
first use.

The window paints its first frame before the database is opened, and the app services
behind its widgets load peewee and the store (~150 M instructions, issue 12). A widget
module binds such a service module with `module(name)` (under `if not TYPE_CHECKING`,
next to the plain import type checkers read): the name is a module that executes when
first touched, after the window attached its workspace. `load_all` executes every one of
them then, on the GUI thread: Python 3.11's lazy loading is not safe when two threads
touch the same module first (the checks run on worker threads)."""

from __future__ import annotations

import importlib.util
import sys
from types import ModuleType

_BOUND: list[ModuleType] = []


def module(name: str) -> ModuleType:
    """`name`, imported when first used (at once when it already is)."""
    loaded = sys.modules.get(name)
    if loaded is not None:
        return loaded
    spec = importlib.util.find_spec(name)
    if spec is None or spec.loader is None:
        raise ModuleNotFoundError(f"No module named {name!r}", name=name)
    spec.loader = importlib.util.LazyLoader(spec.loader)
    made = importlib.util.module_from_spec(spec)
    sys.modules[name] = made
    spec.loader.exec_module(made)
    parent, _, child = name.rpartition(".")
    setattr(sys.modules[parent], child, made)
    _BOUND.append(made)
    return made


def load_all() -> None:
    """Execute every module bound so far (touching one runs it)."""
    while _BOUND:
        getattr(_BOUND.pop(), "__name__")  # noqa: B009  # the touch is the point
