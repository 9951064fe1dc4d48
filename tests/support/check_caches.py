"""Empty the checkers' caches, as if the process had just loaded them: for benchmarks of a
first check and for tests comparing a cached (incremental) check with a fresh one."""

from __future__ import annotations

import sys


def forget_check_caches() -> None:
    """Every bounded `lru_cache` in the checkers' modules (the unbounded `@cache` ones hold
    loaded tables and compiled patterns) and the sentence verdicts. Found by walking the
    modules, so a cache a rule writer adds is emptied too."""
    from desktopapp.checks import risk_kinds

    for module in [m for name, m in sys.modules.items() if name.startswith("desktopapp.checks")]:
        for value in vars(module).values():
            parameters = getattr(value, "cache_parameters", None)
            if callable(parameters) and parameters()["maxsize"] is not None:
                value.cache_clear()
    risk_kinds._JUDGED.clear()
