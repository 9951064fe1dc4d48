"""The window and the command line call the core only through the application layer.

`test_code_quality` already keeps the store and peewee out of `ui/` and `cli/`. This goes
one step further: a core module that reads or writes the database (directly, or through
another core module that does) may lend the GUI and the CLI its *types and constants*
(`DraftFilter`, `Role`, `MAX_IMAGES`), never its functions. Every call that touches data
goes through `desktopapp.app`, which is where changes are announced on the change feed;
a dialog that wrote through the core would leave the other views stale.
"""

from __future__ import annotations

import ast
import importlib
from functools import cache
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
PKG = ROOT / "desktopapp"
DATA_IMPORTS = ("desktopapp.store", "peewee", "playhouse")


def _imports(path: Path) -> list[tuple[str, list[str], int]]:
    """(module, names imported from it, line) for every import, at any depth."""
    found = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            found.append((node.module, [a.name for a in node.names], node.lineno))
        elif isinstance(node, ast.Import):
            found += [(a.name, [], node.lineno) for a in node.names]
    return found


def _core_module(name: str) -> Path | None:
    path = PKG / "core" / (name.removeprefix("desktopapp.core.") + ".py")
    return path if name.startswith("desktopapp.core.") and path.is_file() else None


@cache
def touches_data(module: str) -> bool:
    """Whether a core module reaches the database, itself or through other core modules."""
    path = _core_module(module)
    if path is None:
        return False
    for name, names, _line in _imports(path):
        if name.startswith(DATA_IMPORTS):
            return True
        if name == "desktopapp.core":
            if any(touches_data(f"desktopapp.core.{n}") for n in names):
                return True
        elif name != module and touches_data(name):
            return True
    return False


def _is_type_or_constant(module: str, name: str) -> bool:
    value = getattr(importlib.import_module(module), name)
    return isinstance(value, type) or not callable(value)


def violations(path: Path) -> list[str]:
    found = []
    for module, names, line in _imports(path):
        where = f"{path.relative_to(ROOT)}:{line}"
        if module == "desktopapp.core":
            found += [f"{where} imports the module core.{n}" for n in names
                      if touches_data(f"desktopapp.core.{n}")]
        elif touches_data(module):
            if not names:
                found.append(f"{where} imports the module {module}")
            found += [f"{where} takes {module}.{n}" for n in names
                      if not _is_type_or_constant(module, n)]
    return found


def test_the_rule_sees_a_data_module_through_another() -> None:
    assert touches_data("desktopapp.core.audit")  # imports the store itself
    assert touches_data("desktopapp.core.audit_export")  # only through core.audit
    assert not touches_data("desktopapp.core.errors")


def test_gui_and_cli_call_the_core_only_through_the_app_layer() -> None:
    files = [p for d in ("ui", "cli") for p in sorted((PKG / d).rglob("*.py"))]
    found = [v for p in files for v in violations(p)]
    assert found == [], "\n".join(found)
