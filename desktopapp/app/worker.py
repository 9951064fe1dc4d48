"""The headless publisher as the CLI and the window see it: run it (`secondthought
worker`), give it a channel's secret on its own machine, and say whether one is running
("Publisher last seen 20 s ago")."""

from __future__ import annotations

import threading
from collections.abc import Callable
from dataclasses import dataclass
from datetime import timedelta
from typing import TYPE_CHECKING

from desktopapp.app.context import AppContext
from desktopapp.app.events import ChangeKind
from desktopapp.app.publishing import Outcome, outcomes
from desktopapp.core import heartbeat

__all__ = ["PublisherStatus", "Worker", "describe_lost", "make_worker", "publisher_status",
           "status_matters", "store_channel_secret", "window_publishes"]

if TYPE_CHECKING:  # imported for real only when a worker starts (the network SDKs)
    from desktopapp.publish.publisher import RunReport
    from desktopapp.publish.worker import Worker


@dataclass(frozen=True)
class PublisherStatus:
    """What a member's window says about the team's publisher."""

    text: str
    running: bool  # a worker was seen within heartbeat.ALIVE_FOR and has not stopped
    ever: bool  # any worker has ever run on this workspace

    @property
    def warn(self) -> bool:
        return not self.running


def ago(delta: timedelta) -> str:
    seconds = max(0, int(delta.total_seconds()))
    if seconds < 90:
        return f"{seconds} s ago"
    if seconds < 90 * 60:
        return f"{round(seconds / 60)} min ago"
    if seconds < 36 * 3600:
        return f"{round(seconds / 3600)} h ago"
    return f"{round(seconds / 86400)} days ago"


def publisher_status(ctx: AppContext) -> PublisherStatus:
    now = ctx.clock()
    beat = heartbeat.latest(now)
    if beat is None:
        return PublisherStatus("No publisher has run for this workspace yet: due posts "
                               "wait until one does", running=False, ever=False)
    seen = ago(now - beat.seen_at)
    if beat.stopped_at is not None:
        return PublisherStatus(f"No publisher is running (the last one stopped {seen}): "
                               "due posts wait", running=False, ever=True)
    if now - beat.seen_at > heartbeat.ALIVE_FOR:
        return PublisherStatus(f"No publisher is running (last seen {seen}): due posts "
                               "wait", running=False, ever=True)
    return PublisherStatus(f"Publisher last seen {seen}", running=True, ever=True)


def window_publishes(ctx: AppContext) -> bool:
    """Whether the window itself sends due posts: on a personal workspace it does; on a
    team workspace only workers do (they hold the tokens; members' machines never need
    them, and a laptop that sleeps must not be what a post waits for)."""
    return not ctx.store.is_team


def status_matters(ctx: AppContext, status: PublisherStatus) -> bool:
    """Whether the window shows the publisher's status: always on a team workspace; on a
    personal one only once a worker has run there (else the window is the publisher)."""
    return ctx.store.is_team or status.ever


def describe_lost(exc: Exception) -> str:
    """One line for a database error in the middle of a worker's run (the server went
    away, a role lost a permission), without the connection string."""
    from desktopapp.store.postgres import server_message

    return server_message(exc)


def store_channel_secret(channel_name: str, secret: str) -> None:
    """Put a channel's secret in this machine's keyring, for the worker running here.
    The channel itself lives in the workspace (an admin added it); only the token is
    local, and members' machines never need it."""
    from desktopapp import keychain
    from desktopapp.core.channels import SECRET_KIND
    from desktopapp.core.errors import DomainError

    if not channel_name.strip() or not secret.strip():
        raise DomainError("Give the channel's name and its secret (on standard input).")
    keychain.set_secret(SECRET_KIND, channel_name.strip(), secret.strip())


def make_worker(ctx: AppContext, stop: threading.Event,
                on_sent: Callable[[list[Outcome], list[Outcome]], None]) -> Worker:
    """A worker for this workspace; `on_sent(sent, failed)` after each pass that did
    something."""
    from desktopapp.publish.worker import Worker

    def report(run: RunReport) -> None:
        sent = outcomes(ctx, run.sent)
        failed = outcomes(ctx, run.failed, failed=True)
        if sent or failed:
            ctx.bus.emit(ChangeKind.PUBLICATION, sorted({o.draft_id for o in sent + failed}))
            on_sent(sent, failed)

    return Worker(media_dir=ctx.media_dir, stop=stop, report=report)
