"""The one object built at start and passed down: store, acting person, clock, event bus.

`__main__`/the GUI launcher/the CLI runner build it once with `open_context`; services,
controllers and commands receive it instead of reaching for globals.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path

from desktopapp.app.events import EventBus
from desktopapp.config import Paths
from desktopapp.core.errors import DomainError
from desktopapp.store.connection import Store, open_store

Clock = Callable[[], datetime]


def utc_now() -> datetime:
    return datetime.now(UTC)


@dataclass
class AppContext:
    store: Store
    paths: Paths
    bus: EventBus = field(default_factory=EventBus)
    clock: Clock = utc_now
    # The person acting; None only before the first-run question has been answered.
    actor_id: int | None = None

    @property
    def actor(self) -> int:
        if self.actor_id is None:
            raise DomainError("No local user is set up yet.")
        return self.actor_id

    @property
    def media_dir(self) -> Path:
        return self.paths.db_path.parent / "media"

    def close(self) -> None:
        self.store.close()


def open_context(paths: Paths, *, clock: Clock = utc_now) -> AppContext:
    """Open (and migrate) the database at `paths.db_path`; the acting person is the local
    user when one exists (the caller sets it up on first run)."""
    from desktopapp.core import people

    store = open_store(paths.db_path)
    user = people.local_user()
    return AppContext(store=store, paths=paths, clock=clock,
                      actor_id=user.id if user is not None else None)
