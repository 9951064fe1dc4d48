"""Queue slots, the minimum gap, blackout days, "add to queue" after the cool-off, and
re-scheduling rules (cool-off, past, approval bound to a day)."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from desktopapp.core import channels, people, post_queue, review, scheduling, workflow
from desktopapp.core.channels import Kind
from desktopapp.core.errors import DomainError
from desktopapp.core.people import Role
from tests.support.reviewers import PW

MONDAY = datetime(2027, 5, 3, 6, 0, tzinfo=UTC)  # 08:00 in Berlin


@pytest.fixture
def berlin(store, user, tmp_path: Path) -> str:
    channels.add_channel(Kind.OUTBOX, "shop", user.id, path=str(tmp_path / "out"),
                         timezone="Europe/Berlin")
    post_queue.set_slots("shop", "mon-fri 09:00,13:00", user.id)
    return "shop"


def _scheduled(user_id: int, channel: str, when: datetime) -> int:
    d = workflow.create_draft(user_id, f"post at {when}")
    channels.set_targets(d.id, [channel])
    workflow.schedule(d.id, when, user_id, zone="Europe/Berlin", now=MONDAY)
    return d.id


def test_slot_specs_parse_and_bad_ones_are_explained() -> None:
    slots = post_queue.parse_slots("mon-wed 09:00, 13:30; sat 10:00; fri-mon 08:00")
    labels = [s.label() for s in slots]
    assert "Mon 09:00" in labels and "Wed 13:30" in labels and "Sat 10:00" in labels
    assert "Sun 08:00" in labels and "Tue 08:00" not in labels  # fri-mon wraps the weekend
    for bad in ("monday 09:00", "mon 25:00", "mon 9h", "xyz-fri 09:00"):
        with pytest.raises(DomainError):
            post_queue.parse_slots(bad)


def test_next_slot_skips_taken_slots_gaps_and_blackouts(berlin: str, user) -> None:
    first = post_queue.next_free_slot(berlin, MONDAY)
    assert first == datetime(2027, 5, 3, 7, 0, tzinfo=UTC)  # Mon 09:00 Berlin
    _scheduled(user.id, berlin, first)
    assert post_queue.next_free_slot(berlin, MONDAY) == datetime(2027, 5, 3, 11, 0, tzinfo=UTC)
    # A five-hour gap rules out 13:00 after a post at 09:00: next is Tuesday 09:00.
    channels.set_min_gap(berlin, 5 * 60, user.id)
    assert post_queue.next_free_slot(berlin, MONDAY) == datetime(2027, 5, 4, 7, 0, tzinfo=UTC)
    post_queue.add_blackout(date(2027, 5, 4), "Company holiday", user.id)
    post_queue.add_blackout(date(2027, 5, 5), "Only this channel", user.id, channel_name=berlin)
    assert post_queue.next_free_slot(berlin, MONDAY) == datetime(2027, 5, 6, 7, 0, tzinfo=UTC)
    assert [b.reason for b in post_queue.blackouts()] == ["Company holiday", "Only this channel"]
    post_queue.remove_blackout(post_queue.blackouts()[0].id, user.id)
    assert post_queue.next_free_slot(berlin, MONDAY) == datetime(2027, 5, 4, 7, 0, tzinfo=UTC)


def test_a_channel_without_slots_says_how_to_add_them(store, user, tmp_path: Path) -> None:
    channels.add_channel(Kind.OUTBOX, "bare", user.id, path=str(tmp_path))
    with pytest.raises(DomainError, match="no queue slots"):
        post_queue.next_free_slot("bare", MONDAY)


def test_add_to_queue_waits_for_the_cooloff_and_targets_the_channel(berlin: str, user) -> None:
    d = workflow.create_draft(user.id, "Our summer menu is here")
    workflow.submit(d.id, user.id, now=MONDAY)  # 08:00 Berlin: a 30-minute hold
    until = workflow.require_row(d.id).cooloff_until
    when, verdict = post_queue.add_to_queue(d.id, berlin, user.id, now=MONDAY)
    assert when >= until and when == datetime(2027, 5, 3, 7, 0, tzinfo=UTC)
    assert [c.name for c in channels.targets(d.id)] == [berlin]
    assert workflow.require_row(d.id).schedule_zone == "Europe/Berlin"
    assert verdict.allowed and not verdict.conflicts


def test_minimum_gap_conflicts_are_reported(berlin: str, user) -> None:
    channels.set_min_gap(berlin, 60, user.id)
    a = _scheduled(user.id, berlin, datetime(2027, 5, 3, 7, 0, tzinfo=UTC))
    b = _scheduled(user.id, berlin, datetime(2027, 5, 3, 9, 0, tzinfo=UTC))
    verdict = scheduling.check(b, datetime(2027, 5, 3, 7, 30, tzinfo=UTC), now=MONDAY)
    assert verdict.allowed and [c.draft_id for c in verdict.conflicts] == [a]
    assert "60-minute gap" in verdict.summary()


def test_never_before_the_cooloff_end_nor_in_the_past(berlin: str, user) -> None:
    d = workflow.create_draft(user.id, "Announcing our new opening hours")
    workflow.submit(d.id, user.id, now=MONDAY)
    early = MONDAY + timedelta(minutes=5)
    verdict = scheduling.check(d.id, early, now=MONDAY)
    assert not verdict.allowed and "cool-off" in verdict.summary()
    with pytest.raises(DomainError, match="cool-off"):
        workflow.schedule(d.id, early, user.id, now=MONDAY)
    with pytest.raises(DomainError, match="passed"):
        workflow.schedule(d.id, MONDAY - timedelta(days=1), user.id, now=MONDAY)


def test_moving_to_another_day_voids_the_approval_within_the_day_does_not(
        berlin: str, user) -> None:
    sam = people.add_person("Sam Reviewer", Role.REVIEWER, user.id, passphrase=PW)
    d = workflow.create_draft(user.id, "Team lunch photos are up")
    channels.set_targets(d.id, [berlin])
    tuesday = datetime(2027, 5, 4, 7, 0, tzinfo=UTC)
    workflow.schedule(d.id, tuesday, user.id, zone="Europe/Berlin", now=MONDAY)
    workflow.submit(d.id, user.id, now=MONDAY)
    workflow.approve(d.id, sam.id, now=MONDAY, passphrase=PW)
    assert review.approval_state(d.id, MONDAY).valid
    later_same_day = tuesday + timedelta(hours=6)
    assert not scheduling.check(d.id, later_same_day, now=MONDAY).voids_approval
    workflow.schedule(d.id, later_same_day, user.id, now=MONDAY)
    assert review.approval_state(d.id, MONDAY).valid
    thursday = tuesday + timedelta(days=2)
    verdict = scheduling.check(d.id, thursday, now=MONDAY)
    assert verdict.allowed and verdict.voids_approval and "approval" in verdict.summary()
    workflow.schedule(d.id, thursday, user.id, now=MONDAY)
    assert not review.approval_state(d.id, MONDAY).valid


def test_one_channel_can_be_paused_and_its_posts_are_marked_and_held(
        berlin: str, user, tmp_path: Path) -> None:
    from desktopapp.core import calendar_entries
    from desktopapp.publish import publisher

    channels.add_channel(Kind.OUTBOX, "other", user.id, path=str(tmp_path / "o2"))
    held = _scheduled(user.id, berlin, datetime(2027, 5, 3, 7, 0, tzinfo=UTC))
    going = workflow.create_draft(user.id, "Goes out")
    channels.set_targets(going.id, ["other"])
    workflow.schedule(going.id, datetime(2027, 5, 3, 7, 0, tzinfo=UTC), user.id, now=MONDAY)
    for draft_id in (held, going.id):
        workflow.submit(draft_id, user.id, now=MONDAY - timedelta(days=1))
    channels.pause_channel(berlin, "Account compromised", user.id)
    with pytest.raises(DomainError):
        channels.pause_channel(berlin, " ", user.id)
    later = datetime(2027, 5, 4, tzinfo=UTC)
    shown = {e.draft_id: e for e in calendar_entries.entries(MONDAY, later, now=later)}
    assert shown[held].status is calendar_entries.CalendarStatus.PAUSED
    assert "Account compromised" in shown[held].approval
    assert shown[going.id].status is calendar_entries.CalendarStatus.SCHEDULED
    assert "shop is paused" in scheduling.check(held, later + timedelta(days=1),
                                                now=later).summary()
    report = publisher.run_once(now=later)
    assert len(report.sent) == 1 and report.held
    channels.resume_channel(berlin, user.id)
    assert len(publisher.run_once(now=later).sent) == 1


def test_fill_queues_a_tagged_batch_in_successive_free_slots(berlin: str, user) -> None:
    from desktopapp.__main__ import main

    ids = [workflow.create_draft(user.id, f"Batch post {i}", ["week48"]).id for i in range(5)]
    workflow.create_draft(user.id, "Not in the batch")
    post_queue.add_blackout(date(2027, 5, 4), "Holiday", user.id)
    queued = post_queue.fill(berlin, user.id, tag="#week48", now=MONDAY)
    assert [d for d, _ in queued] == ids
    local = [w.astimezone(ZoneInfo("Europe/Berlin")).strftime("%a %H:%M") for _, w in queued]
    # Not before each draft's cool-off (30 min from 08:00), never on the blackout Tuesday.
    assert local == ["Mon 09:00", "Mon 13:00", "Wed 09:00", "Wed 13:00", "Thu 09:00"]
    assert post_queue.fill(berlin, user.id, tag="week48", now=MONDAY) == []  # all scheduled now
    assert main(["queue", "fill", "--channel", berlin]) == 0


def test_fill_preview_changes_nothing_and_gives_reasons(berlin: str, user) -> None:
    from desktopapp.store.models import AuditEvent, Draft

    going = workflow.create_draft(user.id, "Goes to the shop")
    channels.set_targets(going.id, [berlin])
    loose = workflow.create_draft(user.id, "No channel yet")
    events = AuditEvent.select().count()
    plan = post_queue.fill_plan(berlin, user.id, now=MONDAY)
    assert [(i.draft_id, i.when is not None) for i in plan] == [(going.id, True)]
    assert Draft.get_by_id(going.id).scheduled_at is None  # only a preview
    assert AuditEvent.select().count() == events
    everything = post_queue.fill_plan(berlin, user.id, everything=True, now=MONDAY)
    assert {i.draft_id for i in everything} == {going.id, loose.id}
    assert len({i.when for i in everything}) == 2  # successive slots, not the same one
    assert post_queue.fill_plan(berlin, user.id, tag="nothing", now=MONDAY) == []
    assert "nothing" in post_queue.nothing_to_fill_reason(berlin, tag="nothing")
    assert "goes to shop" in post_queue.nothing_to_fill_reason(berlin)
    applied = post_queue.fill_plan(berlin, user.id, everything=True, now=MONDAY, apply=True)
    assert [i.when for i in applied] == [i.when for i in everything]
    assert Draft.get_by_id(loose.id).scheduled_at is not None


def test_free_slot_times_skip_taken_and_blacked_out_slots(berlin: str, user) -> None:
    taken = datetime(2027, 5, 3, 7, 0, tzinfo=UTC)  # Monday 09:00 Berlin
    _scheduled(user.id, berlin, taken)
    post_queue.add_blackout(date(2027, 5, 4), "Holiday", user.id)
    week = post_queue.free_slot_times(MONDAY.replace(hour=0), MONDAY + timedelta(days=6))
    local = [s.when.astimezone(ZoneInfo("Europe/Berlin")).strftime("%a %H:%M") for s in week]
    assert local == ["Mon 13:00", "Wed 09:00", "Wed 13:00", "Thu 09:00", "Thu 13:00",
                     "Fri 09:00", "Fri 13:00"]
    assert {s.channel for s in week} == {"shop"}
    assert post_queue.free_slot_times(MONDAY, MONDAY + timedelta(days=6),
                                      frozenset({"other"})) == []


def test_slots_read_back_in_the_short_form() -> None:
    for spec, short in (("mon-fri 09:00,13:00", "mon-fri 09:00,13:00"),
                        ("sat 10:00; mon 09:00; tue 09:00", "mon-tue 09:00; sat 10:00"),
                        ("fri-mon 08:00", "mon 08:00; fri-sun 08:00"), ("", "")):
        slots = post_queue.parse_slots(spec)
        assert post_queue.compact_spec(slots) == short
        assert post_queue.parse_slots(short) == slots
