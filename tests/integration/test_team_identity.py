"""Members using the app itself on a team workspace: who they are comes from the server,
the app refuses what the database would refuse, and where the app is bypassed (its core
called with someone else's id) the database still refuses."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime, timedelta

import peewee as pw
import pytest

from desktopapp.core import audit, drafts, people, review, workflow
from desktopapp.core.errors import PermissionDenied
from desktopapp.store.connection import Store, open_location
from tests.support.postgres import Cluster
from tests.support.team import Team, drop_team, make_team

NOW = datetime(2026, 6, 10, 10, 0, tzinfo=UTC)


@pytest.fixture
def team(pg_cluster: Cluster) -> Iterator[Team]:
    made = make_team(pg_cluster, "who")
    made.invite("Alex Author", "author")
    made.invite("Rae Reviewer", "reviewer")
    yield made
    drop_team(made)


def open_as(team: Team, name: str) -> Store:
    return open_location(team.url(name), password=team.members[name].password,
                         run_migrations=False)


def test_identity_is_the_login_and_own_approval_is_refused_twice(team: Team) -> None:
    alex, rae = team.members["Alex Author"], team.members["Rae Reviewer"]
    store = open_as(team, "Alex Author")
    try:
        me = people.local_user()
        assert me is not None and me.id == alex.person_id
        draft = workflow.create_draft(me.id, "Spring sale starts Friday")
        workflow.submit(draft.id, me.id, now=NOW)
        with pytest.raises(PermissionDenied):  # the app says no …
            workflow.approve(draft.id, me.id, now=NOW)
        with pytest.raises(pw.ProgrammingError, match="permission denied"):  # … the server too
            review.record_decision(draft.id, me.id, review.Decision.APPROVED, 1)
        with pytest.raises(PermissionDenied):  # not in the reviewer's name either
            workflow.approve(draft.id, rae.person_id, now=NOW)
        assert people.set_up_local_user("Somebody Else").id == alex.person_id  # no new one
    finally:
        store.close()

    store = open_as(team, "Rae Reviewer")
    try:
        assert (people.local_user() or pytest.fail()).id == rae.person_id
        workflow.approve(draft.id, rae.person_id, now=NOW + timedelta(minutes=1))
        assert review.approval_state(draft.id, now=NOW + timedelta(minutes=2)).valid
    finally:
        store.close()

    store = open_as(team, "Alex Author")
    try:
        drafts.save_body(draft.id, "Spring sale starts Saturday", alex.person_id)
        state = review.approval_state(draft.id, now=NOW + timedelta(minutes=3))
        assert not state.valid
        # The server's trigger voided the approval before the app got to it; the audit
        # still says so, as on a personal workspace (tests/unit/test_workflow.py).
        edited = audit.events("draft", draft.id)[-1]
        assert (edited.action, edited.reason) == ("edited while submitted",
                                                  "cool-off restarted; approval voided")
        events = [(e.actor, e.action) for e in audit.events("draft", draft.id)]
        assert ("Rae Reviewer", "approved") in events
        assert all(actor in ("Alex Author", "Rae Reviewer") for actor, _ in events)
    finally:
        store.close()


def test_an_older_client_opens_read_only_with_a_clear_notice(team: Team) -> None:
    with team.superuser() as db:
        db.execute_sql("UPDATE team_meta SET oldest_client = '99.0'")
    store = open_as(team, "Alex Author")
    try:
        assert store.read_only
        assert "needs Second Thought 99.0 or newer" in store.notice
        assert people.local_user() is not None  # reading works
        with pytest.raises(pw.InternalError, match="read-only transaction"):
            workflow.create_draft(team.members["Alex Author"].person_id, "hello")
    finally:
        store.close()


def test_a_member_opening_a_review_packet_is_told_why_not(team: Team, tmp_path) -> None:
    """A packet's posts would be drafts in a stranger's name, which the database refuses a
    member: the app says so in words (and audits the refusal) instead of a server error."""
    from desktopapp.core import channels, packets
    from desktopapp.core.channels import Kind
    from desktopapp.core.packets import PacketError
    from desktopapp.store.connection import open_store

    author_side = open_store(tmp_path / "author.db")
    try:
        robin = people.set_up_local_user("Robin Writer")
        channels.add_channel(Kind.OUTBOX, "Blog", robin.id, path=str(tmp_path / "blog"))
        d = workflow.create_draft(robin.id, "Spring collection lands Friday")
        channels.set_targets(d.id, ["Blog"])
        workflow.submit(d.id, robin.id)
        packet = tmp_path / "batch.stpacket"
        packets.export_packet([d.id], robin.id, packet, tmp_path / "media")
    finally:
        author_side.close()
    rae = team.members["Rae Reviewer"]
    store = open_as(team, "Rae Reviewer")
    try:
        with pytest.raises(PacketError, match="cannot be opened in a team workspace"):
            packets.import_packet(packet, rae.person_id, tmp_path / "media")
        assert audit.events("packet", None)[-1].action == "packet rejected"
    finally:
        store.close()


def test_changing_another_authors_draft_through_the_app_is_refused_plainly(team: Team) -> None:
    """Row-level security filters another author's draft out of a member's UPDATE; the
    app says the rules forbid it, not that someone changed it meanwhile."""
    team.invite("Bo Author", "author")
    store = open_as(team, "Alex Author")
    try:
        me = people.local_user() or pytest.fail()
        draft = workflow.create_draft(me.id, "Alex's spring post")
    finally:
        store.close()
    store = open_as(team, "Bo Author")
    try:
        bo = people.local_user() or pytest.fail()
        with pytest.raises(PermissionDenied, match="may not change this draft"):
            drafts.set_notes(draft.id, "Bo was here", bo.id)
        assert drafts.get_draft(draft.id).notes == ""
    finally:
        store.close()
