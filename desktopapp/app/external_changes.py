"""Changes made outside this process (another member, the CLI, `publish-due`, the worker,
a second window) reach the change feed, and whoever shows data refetches it.

A personal workspace (SQLite) is polled: what is polled is a number that moves only when
another connection commits, so an idle poll costs microseconds, and any change is
published as `Change(EXTERNAL)`. A team workspace (PostgreSQL) pushes: the server's
notifications name the kind and id of each changed row, so they are published as
`Change(DRAFT, ids)` etc. and a view refetches only those rows, through the member's own
permissions. A notification this process's own connection caused is skipped: whoever made
the change announced it already. After the listener lost the server and found it again,
one `Change(EXTERNAL)` asks for a full refetch.
"""

from __future__ import annotations

from collections.abc import Callable

from desktopapp.app.context import AppContext
from desktopapp.app.events import Change, ChangeKind, merge

POLL_MS = 500  # well inside the 2 s a person notices, and still idle in practice

KINDS = {"draft": ChangeKind.DRAFT, "publication": ChangeKind.PUBLICATION,
         "channel": ChangeKind.CHANNEL, "person": ChangeKind.PERSON}


class ExternalChanges:
    """`poll()` publishes what changed elsewhere; call it on the thread whose connection
    is the app's (the GUI thread). `wake` is called from another thread when a team
    workspace's server pushed something, so the owner can poll at once."""

    def __init__(self, ctx: AppContext, wake: Callable[[], None] | None = None) -> None:
        from desktopapp.store.change_source import DataVersionSource, NotifySource

        self._ctx = ctx
        self._team = ctx.store.is_team
        self._source: DataVersionSource | NotifySource
        if self._team:
            self._source = NotifySource(ctx.store.db, wake)  # type: ignore[arg-type]
        else:
            self._source = DataVersionSource(ctx.store.db)

    @property
    def online(self) -> bool:
        """False while the team server cannot be reached (always True for a file)."""
        return self._source.online

    def wait_listening(self, timeout: float) -> bool:
        """For a team workspace: wait until the listener is in place (tests, benchmarks)."""
        listening = getattr(self._source, "listening", None)
        return True if listening is None else bool(listening.wait(timeout))

    def poll(self) -> bool:
        """Publish what other connections committed since last time; True if anything."""
        changes = self._team_changes() if self._team else (
            [Change(ChangeKind.EXTERNAL)] if self._source.changed() else [])
        for change in changes:
            self._ctx.bus.publish(change)
        return bool(changes)

    def _team_changes(self) -> list[Change]:
        drained = self._source.drain()  # type: ignore[union-attr]
        if drained.resync:
            return [Change(ChangeKind.EXTERNAL)]
        own = self._own_pid()
        changes = []
        for notice, pid in drained.notices:
            if pid == own:
                continue
            kind = KINDS.get(notice.kind)
            if kind is None or not isinstance(notice.id, int):
                changes.append(Change(ChangeKind.EXTERNAL))
            else:
                changes.append(Change(kind, (notice.id,)))
        return merge(changes)

    def _own_pid(self) -> int | None:
        db = self._ctx.store.db
        if db.is_closed():
            return None
        info = getattr(db.connection(), "info", None)
        return getattr(info, "backend_pid", None)

    def close(self) -> None:
        self._source.close()
