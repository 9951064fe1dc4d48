"""The calendar's and the inbox's application services: what they change they announce
on the change feed (the window no longer tells its views by hand), and a move returns
what undoing it needs."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path

from desktopapp.app import calendar, inbox, schedule
from desktopapp.app.context import AppContext
from desktopapp.app.events import Change, ChangeKind
from desktopapp.core import channels, people, workflow
from desktopapp.core.channels import Kind
from desktopapp.core.people import Role
from desktopapp.store.models import Draft
from tests.support.reviewers import PW

SOON = datetime(2099, 3, 23, 9, tzinfo=UTC)


def listen(ctx: AppContext) -> list[Change]:
    seen: list[Change] = []
    ctx.bus.subscribe(seen.append)
    return seen


def test_a_calendar_move_is_announced_and_can_be_undone(app_ctx: AppContext) -> None:
    draft = workflow.create_draft(app_ctx.actor, "Spring menu")
    workflow.schedule(draft.id, SOON, app_ctx.actor, zone="Europe/Berlin")
    seen = listen(app_ctx)
    later = SOON + timedelta(days=2)
    assert calendar.check(app_ctx, draft.id, later).allowed
    moved = calendar.move(app_ctx, draft.id, later, zone="Europe/Berlin")
    assert (moved.before, moved.before_zone, moved.after) == (SOON, "Europe/Berlin", later)
    assert seen == [Change(ChangeKind.DRAFT, (draft.id,))]
    calendar.move(app_ctx, draft.id, moved.before, zone=moved.before_zone)
    assert Draft.get_by_id(draft.id).scheduled_at == SOON


def test_a_refused_time_is_a_verdict_not_an_error(app_ctx: AppContext) -> None:
    draft = workflow.create_draft(app_ctx.actor, "Too late")
    verdict = calendar.check(app_ctx, draft.id, datetime(2001, 1, 1, tzinfo=UTC))
    assert not verdict.allowed and verdict.problems


def test_inbox_decisions_and_comments_are_announced(app_ctx: AppContext) -> None:
    riley = people.add_person("Riley", Role.REVIEWER, app_ctx.actor, passphrase=PW)
    draft = workflow.create_draft(app_ctx.actor, "Please look at this")
    workflow.submit(draft.id, app_ctx.actor, riley.id)
    assert inbox.waiting_count(app_ctx, riley.id) == 1
    assert (riley.id, "Riley") in inbox.reviewers(app_ctx)
    seen = listen(app_ctx)
    inbox.add_comment(app_ctx, draft.id, riley.id, "Nice")
    inbox.decide(app_ctx, draft.id, riley.id, "approve", passphrase=PW)
    assert seen == [Change(ChangeKind.DRAFT, (draft.id,))] * 2
    assert inbox.waiting_count(app_ctx, riley.id) == 0
    assert [c.body for c in inbox.comments(app_ctx, draft.id)] == ["Nice"]


def test_a_csv_batch_is_imported_and_announced(app_ctx: AppContext, tmp_path: Path) -> None:
    channels.add_channel(Kind.OUTBOX, "shop", app_ctx.actor, path=str(tmp_path / "out"),
                         timezone="Europe/Berlin")
    path = tmp_path / "batch.csv"
    path.write_text('text,channels,date\n"One",shop,2099-04-01 10:00\n'
                    '"Two",shop,2099-04-02 10:00\n', encoding="utf-8")
    preview = schedule.read_batch(app_ctx, path)
    assert preview.ok
    seen = listen(app_ctx)
    created = schedule.import_batch(app_ctx, preview)
    assert len(created) == 2
    assert seen == [Change(ChangeKind.DRAFT, tuple(created))]
    assert schedule.queue_channels(app_ctx) == []  # no slots set yet
