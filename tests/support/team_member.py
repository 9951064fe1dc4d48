"""One team member's app in its own process, for the end-to-end test: it opens the team
workspace named by SECONDTHOUGHT_DB as the login in the URL (password from the keyring,
else libpq's PGPASSWORD), does one thing through the application layer, prints what
happened and exits.

    python -m tests.support.team_member ACTION [ARGS]

write BODY CHANNEL REVIEWER  a draft to CHANNEL, submitted to REVIEWER (a name): prints
                       "ID COMMIT_TIME"
watch-inbox            prints "listening", then "seen ID TIME" when a draft reaches the
                       inbox (pushed by the server, not polled)
approve-own ID         tries to approve one's own draft through the app, then with raw SQL
                       on the same login: prints both refusals; exit 0 only if both refused
skip ID                end the cool-off now (a reviewer, with a reason)
approve ID             approve (ending the cool-off first if it still runs)
edit ID BODY           change the text
schedule ID SECONDS    schedule it SECONDS from now (same day: the approval holds)
state ID               prints "valid" or "void: why" (the approval as the publisher sees it)
add-outbox NAME PATH   (admin) an outbox channel writing to PATH
"""

from __future__ import annotations

import contextlib
import sys
import threading
import time
from datetime import UTC, datetime, timedelta

import peewee as pw

from desktopapp.app import drafts, review
from desktopapp.app.context import AppContext, open_context
from desktopapp.config import resolve_paths
from desktopapp.core import channels, inbox, people, workflow
from desktopapp.core import review as core_review
from desktopapp.core.channels import Kind
from desktopapp.core.errors import DomainError, InvalidTransition


def main(argv: list[str]) -> int:
    ctx = open_context(resolve_paths())
    try:
        return run(ctx, argv[0], argv[1:])
    finally:
        ctx.close()


def run(ctx: AppContext, action: str, args: list[str]) -> int:
    me = ctx.actor
    if action == "write":
        draft = drafts.create(ctx, args[0])
        channels.set_targets(draft.id, [args[1]])
        reviewer = next(p.id for p in people.list_people() if p.display_name == args[2])
        review.submit(ctx, draft.id, reviewer)
        print(f"{draft.id} {time.time():.6f}", flush=True)
    elif action == "watch-inbox":
        return watch_inbox(ctx, me)
    elif action == "approve-own":
        return approve_own(ctx, int(args[0]), me)
    elif action == "skip":
        workflow.skip_cooloff(int(args[0]), me, "checked it with the writer by phone")
        print("skipped", flush=True)
    elif action == "approve":
        draft_id = int(args[0])
        with contextlib.suppress(InvalidTransition):  # unless the cool-off is over
            workflow.skip_cooloff(draft_id, me, "checked it with the writer by phone")
        review.decide(ctx, draft_id, me, "approve", "fine by me")
        print("approved", flush=True)
    elif action == "edit":
        drafts.edit(ctx, int(args[0]), args[1])
        print("edited", flush=True)
    elif action == "schedule":
        when = datetime.now(UTC) + timedelta(seconds=int(args[1]))
        workflow.schedule(int(args[0]), when, me, "UTC")
        print(when.isoformat(), flush=True)
    elif action == "state":
        state = core_review.approval_state(int(args[0]))
        print("valid" if state.valid else f"void: {state.why}", flush=True)
    elif action == "add-outbox":
        channels.add_channel(Kind.OUTBOX, args[0], me, path=args[1])
        print("added", flush=True)
    else:
        print(f"unknown action {action}", file=sys.stderr)
        return 2
    return 0


def watch_inbox(ctx: AppContext, me: int) -> int:
    from desktopapp.app.external_changes import ExternalChanges

    pushed = threading.Event()
    feed = ExternalChanges(ctx, wake=pushed.set)
    if not feed.wait_listening(20):
        print("not listening", file=sys.stderr)
        return 1
    seen = {i.draft_id for items in inbox.items(me).values() for i in items}
    print("listening", flush=True)
    deadline = time.monotonic() + 60
    try:
        while time.monotonic() < deadline:
            pushed.wait(1.0)
            pushed.clear()
            feed.poll()
            for items in inbox.items(me).values():
                for item in items:
                    if item.draft_id not in seen:
                        print(f"seen {item.draft_id} {time.time():.6f}", flush=True)
                        return 0
    finally:
        feed.close()
    return 1


def approve_own(ctx: AppContext, draft_id: int, me: int) -> int:
    refusals = 0
    try:
        review.decide(ctx, draft_id, me, "approve", "looks good to me")
        print("app: APPROVED (wrong)", flush=True)
    except DomainError as exc:
        print(f"app refused: {exc}", flush=True)
        refusals += 1
    try:
        ctx.store.db.execute_sql(
            "INSERT INTO review (draft_id, reviewer_id, decision, content_hash, "
            "revision_number, comment, decided_at, void_reason, source) VALUES "
            "(%s, %s, 'approved', 'x', 1, '', '2026-01-01T00:00:00.000000Z', '', 'local')",
            (draft_id, me))
        print("sql: APPROVED (wrong)", flush=True)
    except pw.PeeweeException as exc:
        print(f"server refused: {str(exc).splitlines()[0]}", flush=True)
        refusals += 1
    return 0 if refusals == 2 else 1


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
