"""The one object built at start and passed down: store, acting person, clock, event bus.

`__main__`/the CLI runner build it once with `open_context`; services, controllers and
commands receive it instead of reaching for globals. The window paints its first frame
before the database is opened (issue 12: the store and peewee are not loaded by then):
it makes the context with `unopened_context`, builds its frame around it, and right after
the first paint `open_into` opens the database once into that same context, which the
window then attaches. Nothing reads data before that: a store that is not open yet says
so instead of answering.

Importing this module loads neither peewee nor the store: the error tuples are made on
first use (`__getattr__`), i.e. once a store is open anyway.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import field
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any, NoReturn

from desktopapp import keychain
from desktopapp.app.events import EventBus
from desktopapp.config import Paths
from desktopapp.core.errors import DomainError
from desktopapp.records import record

if TYPE_CHECKING:
    import peewee as pw

    from desktopapp.core.people import PersonInfo
    from desktopapp.store.connection import Store
    from desktopapp.store.errors import StoreError, explain

    # What saving or reading can raise besides a DomainError (a full disk, a locked or
    # damaged file): the window and the CLI catch these without importing peewee or the
    # store. Made on first use (`__getattr__` below).
    DATA_ERRORS: tuple[type[Exception], ...]
    # ... and a refusal written for people (DomainError): what an action in the window shows.
    ACTION_ERRORS: tuple[type[Exception], ...]

__all__ = ["ACTION_ERRORS", "DATA_ERRORS", "AppContext", "Clock", "StoreError", "atomic",
           "describe_data_error", "explain", "open_context", "tuples", "utc_now"]


def __getattr__(name: str) -> Any:
    """DATA_ERRORS, ACTION_ERRORS, StoreError and explain, made when first asked for (then
    kept as plain module attributes): they need peewee and the store. Anything else
    (e.g. the `__path__` an import asks every module for) is not here, and costs nothing."""
    if name not in ("DATA_ERRORS", "ACTION_ERRORS", "StoreError", "explain"):
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    import peewee as pw

    from desktopapp.store import errors

    made: dict[str, Any] = {"StoreError": errors.StoreError, "explain": errors.explain}
    made["DATA_ERRORS"] = (errors.StoreError, pw.PeeweeException, OSError)
    made["ACTION_ERRORS"] = (DomainError, *made["DATA_ERRORS"])
    globals().update(made)
    return made[name]


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

    @property
    def is_open(self) -> bool:
        return not isinstance(self.store, _NotOpenYet)

    def close(self) -> None:
        if self.is_open:
            self.store.close()


class _NotOpenYet:
    """The store of a context whose database is not open yet (the window's first frame):
    any use is a bug in the window's start-up order, and says so."""

    def __getattr__(self, name: str) -> NoReturn:
        raise RuntimeError(f"the workspace is not open yet (store.{name} was asked for "
                           "before the window attached it)")


def unopened_context(paths: Paths, *, clock: Clock = utc_now) -> AppContext:
    """A context whose database `open_into` opens later (the window: after its first frame)."""
    return AppContext(store=_NotOpenYet(), paths=paths, clock=clock)  # type: ignore[arg-type]


def open_into(ctx: AppContext) -> PersonInfo | None:
    """Open (and migrate) the database at `ctx.paths` into `ctx`; the acting person is the
    local user when one exists (the caller sets one up on first run). Returns that person
    as read (the window shows who is acting without reading them again)."""
    from desktopapp.core import people
    from desktopapp.store.connection import open_location, open_store

    paths = ctx.paths
    if paths.workspace_url is not None:
        ctx.store = open_location(paths.workspace_url, run_migrations=False,
                                  password=workspace_password(paths.workspace_url))
    else:
        ctx.store = open_store(paths.db_path)
    user = people.local_user()
    ctx.actor_id = user.id if user is not None else None
    return user


def open_context(paths: Paths, *, clock: Clock = utc_now) -> AppContext:
    """Open (and migrate) the database at `paths.db_path` in a new context."""
    ctx = unopened_context(paths, clock=clock)
    open_into(ctx)
    return ctx


def workspace_name(ctx: AppContext) -> str:
    """What the title bar calls the open workspace: a team's database, or "Personal"."""
    url = ctx.store.url if ctx.is_open else ctx.paths.workspace_url
    if url is None:
        return "Personal"
    from urllib.parse import urlsplit

    name = urlsplit(url).path.strip("/") or (url if ctx.is_open else "Team")
    return f"{name} (read-only)" if ctx.is_open and ctx.store.read_only else name


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
    import peewee as pw

    from desktopapp.store.errors import explain

    if isinstance(exc, pw.PeeweeException):
        return explain(exc)
    return str(exc)


def tuples(query: Any) -> list[tuple[Any, ...]]:
    """A query's rows as plain tuples (no model instance per row: cheaper, and typed)."""
    return list(query.tuples())
