"""The change feed on the GUI thread: every `Change` published on the Qt-free bus (from
any thread: the GUI's own services, the background publisher's worker) is re-emitted as
one queued Qt signal, merged per kind, so views refresh themselves once per burst. Changes
made by another process arrive the same way: found by polling on a personal workspace, pushed
by the server on a team workspace (which also says when it cannot be reached)."""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt, QTimer, Signal

from desktopapp.app.context import AppContext
from desktopapp.app.events import Change, ChangeKind, merge
from desktopapp.ui import later

if TYPE_CHECKING:
    from desktopapp.app import external_changes
    from desktopapp.app.external_changes import ExternalChanges
else:  # loaded once the window has attached its workspace (ui/later.py)
    external_changes = later.module("desktopapp.app.external_changes")


def touches(changes: Iterable[Change], *kinds: ChangeKind) -> bool:
    """Whether a view showing `kinds` must refetch (an external change may be anything)."""
    return any(c.kind == ChangeKind.EXTERNAL or c.kind in kinds for c in changes)


def ids_of(changes: Iterable[Change], kind: ChangeKind) -> set[int] | None:
    """The ids of `kind` that changed, or None when it may be any (external, or no ids)."""
    found: set[int] = set()
    for change in changes:
        if change.kind == ChangeKind.EXTERNAL or (change.kind == kind and not change.ids):
            return None
        if change.kind == kind:
            found.update(change.ids)
    return found


class ChangeBridge(QObject):
    changed = Signal(object)  # list[Change], one per kind
    _arrived = Signal(object)  # Change, from whichever thread published it
    connection_changed = Signal(bool)  # a team workspace's server: reachable or not
    _woken = Signal()  # the team server pushed something (from the listener thread)

    def __init__(self, ctx: AppContext, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._pending: list[Change] = []
        # Queued even when published on the GUI thread: a view never refreshes in the
        # middle of the action that caused it.
        self._arrived.connect(self._collect, Qt.ConnectionType.QueuedConnection)
        self._unsubscribe = ctx.bus.subscribe(self._arrived.emit)
        self._flush = QTimer(self)
        self._flush.setSingleShot(True)
        self._flush.setInterval(0)
        self._flush.timeout.connect(self._deliver)
        self._woken.connect(self._check, Qt.ConnectionType.QueuedConnection)
        self._external: ExternalChanges | None = None
        self._ctx = ctx
        self.online = True
        self._poll = QTimer(self)
        self._poll.setInterval(external_changes.POLL_MS)
        self._poll.timeout.connect(self._check)

    def start(self) -> None:
        if self._external is None:
            self._external = external_changes.ExternalChanges(self._ctx, self._woken.emit)
        self._poll.start()

    def stop(self) -> None:
        self._poll.stop()
        self._unsubscribe()
        if self._external is not None:
            self._external.close()
            self._external = None

    def _check(self) -> None:
        if self._external is None:
            return
        online = self._external.online
        if online != self.online:
            self.online = online
            self.connection_changed.emit(online)
        if online:
            self._external.poll()

    def _collect(self, change: Change) -> None:
        self._pending.append(change)
        self._flush.start()

    def _deliver(self) -> None:
        pending, self._pending = self._pending, []
        if pending and self.online:  # offline: the refetch after reconnecting shows it all
            self.changed.emit(merge(pending))
