"""The change feed: a small, Qt-free publish/subscribe bus.

A service announces what it changed *after* its transaction committed, as
`Change(kind, ids)`. Subscribers (the Qt bridge in `ui/`, tests, a future PostgreSQL
LISTEN relay) are called synchronously on the publishing thread, so a GUI subscriber must
hop to its own thread (the bridge re-emits queued Qt signals). A failing subscriber is
logged and never stops the others or the service that published.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from enum import StrEnum

from desktopapp.records import record

log = logging.getLogger(__name__)


class ChangeKind(StrEnum):
    DRAFT = "draft"  # text, state, tags, targets, schedule, trash of drafts (ids = draft ids)
    PUBLICATION = "publication"  # a send attempt or its outcome (ids = draft ids)
    CHANNEL = "channel"  # a channel added, edited, paused, removed (ids = channel ids)
    PAUSE = "pause"  # the global crisis switch (ids = ())
    PERSON = "person"  # people and roles (ids = person ids)
    PACKET = "packet"  # review packets sent or answered (ids = draft ids)
    EXTERNAL = "external"  # another process changed the database; refetch what you show


@record
class Change:
    kind: ChangeKind
    ids: tuple[int, ...] = ()


Handler = Callable[[Change], None]


class EventBus:
    """Thread-safe. `subscribe` returns a function that unsubscribes."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._handlers: list[tuple[ChangeKind | None, Handler]] = []
        self._batches = threading.local()

    def subscribe(self, handler: Handler, kind: ChangeKind | None = None) -> Callable[[], None]:
        """Call `handler` for every change (or only those of `kind`)."""
        entry = (kind, handler)
        with self._lock:
            self._handlers.append(entry)

        def unsubscribe() -> None:
            with self._lock:
                if entry in self._handlers:
                    self._handlers.remove(entry)

        return unsubscribe

    def publish(self, change: Change) -> None:
        """Deliver now, or when the innermost `batch()` on this thread ends."""
        pending: list[Change] | None = getattr(self._batches, "pending", None)
        if pending is not None:
            pending.append(change)
            return
        with self._lock:
            handlers = [h for k, h in self._handlers if k is None or k == change.kind]
        for handler in handlers:
            try:
                handler(change)
            except Exception:  # a broken view must not undo a committed change
                log.exception("change subscriber failed on %s", change.kind)

    def emit(self, kind: ChangeKind, ids: Iterable[int] = ()) -> None:
        self.publish(Change(kind, tuple(ids)))

    @contextmanager
    def batch(self) -> Iterator[None]:
        """Hold changes published inside (e.g. inside an outer transaction) and deliver
        them, merged per kind, only if the block ends without an exception."""
        outer: list[Change] | None = getattr(self._batches, "pending", None)
        pending: list[Change] = []
        self._batches.pending = pending
        try:
            yield
        except BaseException:
            self._batches.pending = outer
            raise
        self._batches.pending = outer
        for change in merge(pending):
            self.publish(change)


def merge(changes: Iterable[Change]) -> list[Change]:
    """One change per kind, ids in first-seen order (a batch of 500 edits is one refresh)."""
    merged: dict[ChangeKind, dict[int, None]] = {}
    for change in changes:
        merged.setdefault(change.kind, {}).update(dict.fromkeys(change.ids))
    return [Change(kind, tuple(ids)) for kind, ids in merged.items()]
