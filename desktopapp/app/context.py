"""The one object built at start and passed down: store, acting person, clock, event bus.

`__main__`/the GUI launcher/the CLI runner build it once with `open_context`; services,
controllers and commands receive it instead of reaching for globals.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import peewee as pw

from desktopapp import keychain
from desktopapp.app.events import EventBus
from desktopapp.config import Paths
from desktopapp.core.errors import DomainError
from desktopapp.records import record
from desktopapp.store.connection import Store, open_location, open_store
from desktopapp.store.errors import StoreError, explain

__all__ = ["ACTION_ERRORS", "DATA_ERRORS", "AppContext", "Clock", "StoreError", "atomic",
           "describe_data_error", "explain", "open_context", "tuples", "utc_now"]

# What saving or reading can raise besides a DomainError (a full disk, a locked or damaged
# file): the window and the CLI catch these without importing peewee or the store.
DATA_ERRORS: tuple[type[Exception], ...] = (StoreError, pw.PeeweeException, OSError)
# ... and a refusal written for people (DomainError): what an action in the window shows.
ACTION_ERRORS: tuple[type[Exception], ...] = (DomainError, *DATA_ERRORS)

Clock = Callable[[], datetime]


def utc_now() -> datetime:
    return datetime.now(UTC)


@record(frozen=False)
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
    user when one exists (the caller sets one up on first run)."""
    from desktopapp.core import people

    if paths.workspace_url is not None:
        store = open_location(paths.workspace_url, run_migrations=False,
                              password=workspace_password(paths.workspace_url))
    else:
        store = open_store(paths.db_path)
    user = people.local_user()
    return AppContext(store=store, paths=paths, clock=clock,
                      actor_id=user.id if user is not None else None)


def workspace_name(ctx: AppContext) -> str:
    """What the title bar calls the open workspace: a team's database, or "Personal"."""
    if ctx.store.url is None:
        return "Personal"
    from urllib.parse import urlsplit

    name = urlsplit(ctx.store.url).path.strip("/") or ctx.store.url
    return f"{name} (read-only)" if ctx.store.read_only else name


def workspace_password(url: str) -> str | None:
    """A team member's password, from the OS keyring (`team join` put it there). None
    when there is none: the server may trust this machine (a local socket, a test)."""
    try:
        return keychain.get_secret("workspace", url)
    except keychain.SecretStoreUnavailable:
        return None


def atomic(ctx: AppContext) -> pw._atomic:
    """One transaction over several service calls (all or nothing); changes announced
    inside are delivered after it commits (see `EventBus.batch`)."""
    return ctx.store.db.atomic()


def describe_data_error(exc: Exception) -> str:
    """One line for a DATA_ERRORS exception: a store or OS error says what happened
    itself; a raw database error is explained (locked, full disk, damaged file, …)."""
    if isinstance(exc, pw.PeeweeException):
        return explain(exc)
    return str(exc)


def tuples(query: Any) -> list[tuple[Any, ...]]:
    """A query's rows as plain tuples (no model instance per row: cheaper, and typed)."""
    return list(query.tuples())
