"""Publishing as the window and the CLI see it: the publish log, the crisis pause and
resuming with a choice per waiting post, and sending what is due."""

from __future__ import annotations

import threading
from collections.abc import Mapping
from datetime import datetime
from enum import StrEnum

import peewee as pw

from desktopapp.app.context import AppContext, tuples
from desktopapp.app.events import ChangeKind
from desktopapp.core import pause as pause_core
from desktopapp.core.due import next_due_at as _next_due_at
from desktopapp.core.errors import DomainError
from desktopapp.core.pause import DueItem, PauseState
from desktopapp.core.states import AttemptOutcome
from desktopapp.records import record
from desktopapp.store.errors import explain
from desktopapp.store.models import Channel, Publication, PublishAttempt


@record
class LogEntry:
    """One try at sending one post to one channel."""

    at: datetime
    draft_id: int
    channel: str
    outcome: str
    message: str
    url: str

    @property
    def failed(self) -> bool:
        return self.outcome == AttemptOutcome.FAILED

    def to_json(self) -> dict[str, object]:
        return {"at": self.at.isoformat(), "draft_id": self.draft_id, "channel": self.channel,
                "outcome": self.outcome, "message": self.message, "url": self.url}


def publish_log(_ctx: AppContext, *, newest_first: bool = False,
                limit: int | None = None) -> list[LogEntry]:
    """The publish log, in one query (the window shows the newest 1,000)."""
    order = PublishAttempt.id.desc() if newest_first else PublishAttempt.id
    query = (PublishAttempt.select(PublishAttempt.at, PublishAttempt.outcome,
                                   PublishAttempt.message, Publication.draft,
                                   Publication.remote_url, Channel.name)
             .join(Publication).join(Channel).order_by(order))
    if limit is not None:
        query = query.limit(limit)
    return [LogEntry(at, draft_id, channel, outcome, message, url)
            for at, outcome, message, draft_id, url, channel in tuples(query)]


def pause_state(_ctx: AppContext) -> PauseState:
    return pause_core.state()


def pause(ctx: AppContext, reason: str) -> None:
    pause_core.pause(reason, ctx.actor)
    ctx.bus.emit(ChangeKind.PAUSE)


def due_while_paused(ctx: AppContext) -> list[DueItem]:
    """What would go out the moment publishing resumes, oldest first."""
    return pause_core.due_now(ctx.clock())


class ResumeAction(StrEnum):
    SEND = "send"  # goes out on the next run, once cool-off and review allow
    RESCHEDULE = "reschedule"  # to the time given with it
    HOLD = "hold"  # kept back: its time is cleared


@record
class ResumeChoice:
    action: ResumeAction
    when: datetime | None = None


def resume(ctx: AppContext, choices: Mapping[int, ResumeChoice]) -> list[DueItem]:
    """Resume publishing. Posts that were due while paused go out unless a choice holds or
    reschedules them; those choices are applied first, in the same transaction as the
    resume, so nothing held slips out in between. Returns what goes out now."""
    from desktopapp.core import workflow  # not at import: the window's pause banner reads
    # this module before its first frame, which need not pay for the workflow

    due = {item.draft_id: item for item in pause_core.due_now(ctx.clock())}
    unknown = [i for i in choices if i not in due]
    if unknown:
        raise DomainError(f"Not due while paused: {', '.join(map(str, unknown))}.")
    changed = []
    with ctx.bus.batch(), ctx.store.db.atomic():
        for draft_id, choice in choices.items():
            if choice.action is ResumeAction.RESCHEDULE:
                if choice.when is None:
                    raise DomainError(f"Draft {draft_id}: reschedule to when?")
                workflow.schedule(draft_id, choice.when, ctx.actor)
            elif choice.action is ResumeAction.HOLD:
                workflow.schedule(draft_id, None, ctx.actor)
            else:
                continue
            changed.append(draft_id)
        pause_core.resume(ctx.actor)
        ctx.bus.emit(ChangeKind.PAUSE)
        if changed:
            ctx.bus.emit(ChangeKind.DRAFT, changed)
    return [item for draft_id, item in due.items()
            if choices.get(draft_id, ResumeChoice(ResumeAction.SEND)).action
            is ResumeAction.SEND]


def next_due_at(ctx: AppContext) -> datetime | None:
    return _next_due_at(ctx.clock())


@record
class Outcome:
    draft_id: int
    channel: str
    detail: str  # the post's address when sent, the network's reason when it failed


@record
class RunSummary:
    sent: list[Outcome]
    failed: list[Outcome]
    retried: int
    held: int

    @property
    def changed_anything(self) -> bool:
        return bool(self.sent or self.failed or self.retried)

class DatabaseBusy(DomainError):
    """Another publisher (or the window) held the write lock past the busy timeout."""


def outcomes(_ctx: AppContext, publication_ids: list[int], *, failed: bool = False
             ) -> list[Outcome]:
    """Draft, channel and address (or, for failures, the network's reason) of these
    publications, in the order given."""
    if not publication_ids:
        return []
    query = (Publication.select(Publication.id, Publication.draft, Channel.name,
                                Publication.remote_url, Publication.last_error)
             .join(Channel).where(Publication.id.in_(publication_ids)))
    rows = {pub_id: Outcome(draft, name, error if failed else url)
            for pub_id, draft, name, url, error in tuples(query)}
    return [rows[i] for i in publication_ids if i in rows]


def run_due(ctx: AppContext, *, owner: str | None = None,
            cancel: threading.Event | None = None) -> RunSummary:
    """Send what is due now (the publisher checks every gate again just before sending).
    Setting `cancel` stops the run between two posts. Runs on any thread: the changes it
    announces reach the window through the Qt bridge, which hops to the GUI thread."""
    from desktopapp.publish import publisher  # the network SDKs load only when publishing

    try:
        report = publisher.run_once(owner=owner, media_dir=ctx.media_dir, cancel=cancel)
    except pw.OperationalError as exc:
        if "locked" not in str(exc) and "busy" not in str(exc):
            raise
        raise DatabaseBusy(explain(exc)) from exc
    summary = RunSummary(sent=outcomes(ctx, report.sent),
                         failed=outcomes(ctx, report.failed, failed=True),
                         retried=len(report.retried), held=len(report.held))
    touched = sorted({o.draft_id for o in summary.sent + summary.failed})
    if touched or report.retried:
        ctx.bus.emit(ChangeKind.PUBLICATION, touched)
        ctx.bus.emit(ChangeKind.DRAFT, touched)
    return summary
