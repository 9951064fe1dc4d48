"""Changes made outside this process (the CLI, `publish-due`, a second window) reach the
change feed as `Change(EXTERNAL)`: whoever shows data refetches it.

Polling, not pushing, because SQLite cannot push across processes; what is polled is a
number that moves only when another connection commits, so an idle poll costs
microseconds. On PostgreSQL the store's source would be fed by LISTEN/NOTIFY instead and
this loop would stay as it is.
"""

from __future__ import annotations

from desktopapp.app.context import AppContext
from desktopapp.app.events import ChangeKind

POLL_MS = 500  # well inside the 2 s a person notices, and still idle in practice


class ExternalChanges:
    def __init__(self, ctx: AppContext) -> None:
        from desktopapp.store.change_source import DataVersionSource

        self._ctx = ctx
        self._source = DataVersionSource(ctx.store.db)

    def poll(self) -> bool:
        """Publish one EXTERNAL change if another connection committed since last time."""
        if not self._source.changed():
            return False
        self._ctx.bus.emit(ChangeKind.EXTERNAL)
        return True
