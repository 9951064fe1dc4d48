"""Every allowed and every refused transition of the lifecycle, with its audit event."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from desktopapp.core import audit, drafts, people, review, workflow
from desktopapp.core.errors import DomainError, InvalidTransition, PermissionDenied
from desktopapp.core.people import Role
from desktopapp.core.states import DraftState
from tests.support.reviewers import PW

NOON = datetime(2026, 6, 10, 10, 0, tzinfo=UTC)


@pytest.fixture
def team(store, user):
    reviewer = people.add_person("Riley Reviewer", Role.REVIEWER, user.id, passphrase=PW)
    author2 = people.add_person("Ari Author", Role.AUTHOR, user.id)
    return user, reviewer, author2


def state(draft_id: int) -> DraftState:
    return drafts.get_draft(draft_id).state


def last_action(draft_id: int) -> str:
    return audit.events("draft", draft_id)[-1].action


def test_submit_starts_the_hold_and_routes_to_the_reviewer(team) -> None:
    me, reviewer, _ = team
    d = workflow.create_draft(me.id, "Lovely day at the market")
    reason = workflow.submit(d.id, me.id, now=NOON)
    row = drafts.require_row(d.id)
    assert state(d.id) is DraftState.SUBMITTED and row.reviewer_id == reviewer.id
    assert row.cooloff_until > NOON and "Held until" in reason
    assert last_action(d.id) == "submitted"
    gates = {g.name: g for g in workflow.gates(d.id, NOON)}
    assert not gates["cool-off"].open and not gates["approval"].open
    assert "No one has approved" in gates["approval"].why


def test_approval_opens_the_gate_until_the_text_changes(team) -> None:
    me, reviewer, _ = team
    d = workflow.create_draft(me.id, "Lovely day at the market")
    workflow.submit(d.id, me.id, now=NOON)
    workflow.approve(d.id, reviewer.id, now=NOON, passphrase=PW)
    later = NOON + timedelta(hours=1)
    assert all(g.open for g in workflow.gates(d.id, later))
    assert last_action(d.id) == "approved"
    before = drafts.require_row(d.id).cooloff_until
    drafts.save_body(d.id, "Lovely day at the market!", me.id)  # any edit
    gates = {g.name: g for g in workflow.gates(d.id, later)}
    assert not gates["approval"].open and state(d.id) is DraftState.SUBMITTED
    assert drafts.require_row(d.id).cooloff_until > before  # the hold restarted
    assert last_action(d.id) == "edited while submitted"
    assert "approval voided" in audit.events("draft", d.id)[-1].reason


def test_hash_covers_the_exact_text_and_approvals_expire(team) -> None:
    me, reviewer, _ = team
    d = workflow.create_draft(me.id, "Text")
    first = review.content_hash(d.id)
    assert len(first) == 64 and first == review.content_hash(d.id)
    workflow.submit(d.id, me.id, now=NOON)
    workflow.approve(d.id, reviewer.id, now=NOON, passphrase=PW)
    assert review.approval_state(d.id, NOON + timedelta(days=13)).valid
    expired = review.approval_state(d.id, NOON + timedelta(days=15))
    assert not expired.valid and "expired" in expired.why


def test_request_changes_and_reject_send_it_back_with_the_comment(team) -> None:
    me, reviewer, _ = team
    d = workflow.create_draft(me.id, "Our rival's product is trash")
    workflow.submit(d.id, me.id, now=NOON)
    with pytest.raises(DomainError, match="comment is required"):
        workflow.request_changes(d.id, reviewer.id, "  ", passphrase=PW)
    workflow.request_changes(d.id, reviewer.id, "Leave the rival out of it", passphrase=PW)
    assert state(d.id) is DraftState.DRAFT
    assert [c.body for c in review.comments(d.id)] == ["Leave the rival out of it"]
    workflow.submit(d.id, me.id, now=NOON)
    workflow.reject(d.id, reviewer.id, "Not this week", passphrase=PW)
    assert state(d.id) is DraftState.DRAFT and last_action(d.id) == "rejected"


def test_refused_transitions(team) -> None:
    me, reviewer, author2 = team
    d = workflow.create_draft(me.id, "Text")
    with pytest.raises(InvalidTransition):
        workflow.approve(d.id, reviewer.id)  # not submitted
    with pytest.raises(InvalidTransition):
        workflow.withdraw(d.id, me.id)
    with pytest.raises(PermissionDenied):
        workflow.submit(d.id, author2.id)  # someone else's draft
    with pytest.raises(PermissionDenied):
        workflow.submit(d.id, me.id, reviewer_id=me.id)  # own reviewer
    with pytest.raises(PermissionDenied):
        workflow.submit(d.id, me.id, reviewer_id=author2.id)  # not a reviewer
    empty = workflow.create_draft(me.id, "   ")
    with pytest.raises(DomainError, match="empty"):
        workflow.submit(empty.id, me.id)
    workflow.submit(d.id, me.id, now=NOON)
    with pytest.raises(InvalidTransition):
        workflow.submit(d.id, me.id)  # twice
    with pytest.raises(PermissionDenied, match="own draft"):
        workflow.approve(d.id, me.id)  # the author, even an admin
    with pytest.raises(PermissionDenied):
        workflow.approve(d.id, author2.id)  # not a reviewer
    workflow.trash_draft(d.id, me.id)
    assert state(d.id) is DraftState.DRAFT  # trashing withdrew it
    with pytest.raises(InvalidTransition):
        workflow.submit(d.id, me.id)  # in the Trash


def test_withdraw(team) -> None:
    me, _, _ = team
    d = workflow.create_draft(me.id, "Text")
    workflow.submit(d.id, me.id, now=NOON)
    workflow.withdraw(d.id, me.id)
    assert state(d.id) is DraftState.DRAFT and drafts.require_row(d.id).cooloff_until is None
    assert last_action(d.id) == "withdrawn"


def test_skipping_the_cooloff_needs_a_reviewer_and_a_reason(team) -> None:
    me, reviewer, _ = team
    d = workflow.create_draft(me.id, "Store opens late today")
    workflow.submit(d.id, me.id, now=NOON)
    with pytest.raises(PermissionDenied):
        workflow.skip_cooloff(d.id, me.id, "I am sure", now=NOON, passphrase=PW)
    with pytest.raises(DomainError, match="why"):
        workflow.skip_cooloff(d.id, reviewer.id, "", now=NOON, passphrase=PW)
    workflow.skip_cooloff(d.id, reviewer.id, "Store emergency, must go out now", now=NOON,
                          passphrase=PW)
    gates = {g.name: g for g in workflow.gates(d.id, NOON + timedelta(seconds=1))}
    assert gates["cool-off"].open
    event = audit.events("draft", d.id)[-1]
    assert event.action == "cool-off skipped" and "emergency" in event.reason
    with pytest.raises(InvalidTransition):
        workflow.skip_cooloff(d.id, reviewer.id, "again please", now=NOON + timedelta(1),
                              passphrase=PW)


def test_solo_workspace_relies_on_the_cooloff_alone(user) -> None:
    d = workflow.create_draft(user.id, "Just me here")
    workflow.submit(d.id, user.id, now=NOON)
    gates = {g.name: g for g in workflow.gates(d.id, NOON + timedelta(hours=2))}
    assert gates["approval"].open and "no reviewer" in gates["approval"].why
    assert gates["cool-off"].open


def test_risky_posts_wait_longer(team) -> None:
    me, _, _ = team
    calm = workflow.create_draft(me.id, "Lovely day at the market")
    risky = workflow.create_draft(me.id, "Heard the bank will collapse, pull your money out "
                                         "NOW!!! Those idiots should be jailed")
    workflow.submit(calm.id, me.id, now=NOON)
    workflow.submit(risky.id, me.id, now=NOON)
    assert drafts.require_row(risky.id).cooloff_until - NOON >= timedelta(hours=24)
    assert "risk is high" in drafts.require_row(risky.id).cooloff_reason


def test_restoring_a_revision_counts_as_an_edit(team) -> None:
    from desktopapp.core import revisions

    me, reviewer, _ = team
    d = workflow.create_draft(me.id, "v1")
    drafts.save_body(d.id, "v2", me.id, drafts.SaveKind.MANUAL)
    workflow.submit(d.id, me.id, now=NOON)
    workflow.approve(d.id, reviewer.id, now=NOON, passphrase=PW)
    revisions.restore_revision(d.id, 1, me.id)
    assert not review.approval_state(d.id).valid


def test_comments_anchor_thread_and_resolve(team) -> None:
    me, reviewer, _ = team
    d = workflow.create_draft(me.id, "We ship on Friday")
    c = review.add_comment(d.id, reviewer.id, "Is Friday confirmed?", 11, 17)
    assert c.quote == "Friday"
    reply = review.add_comment(d.id, me.id, "Yes, confirmed", parent_id=c.id)
    assert (reply.parent_id, reply.quote) == (c.id, "Friday")
    review.resolve_comment(c.id)
    assert [x.id for x in review.comments(d.id, include_resolved=False)] == [reply.id]
    with pytest.raises(DomainError):
        review.add_comment(d.id, me.id, "out of range", 5, 500)


def test_resubmitting_starts_a_new_review_round(team) -> None:
    me, reviewer, _ = team
    d = workflow.create_draft(me.id, "v1")
    workflow.submit(d.id, me.id, now=NOON)
    workflow.request_changes(d.id, reviewer.id, "shorter", passphrase=PW)
    drafts.save_body(d.id, "v2", me.id)
    workflow.submit(d.id, me.id, now=NOON)
    state_now = review.approval_state(d.id, NOON)
    assert not state_now.valid and "No one has approved" in state_now.why
