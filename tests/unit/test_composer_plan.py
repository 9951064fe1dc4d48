"""What the composer strip says about a draft besides the counts: its channels with their
own texts, the schedule in each zone that shows another clock, images, and the state."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from desktopapp.app import composer
from desktopapp.core import channels, display_zone, people, workflow
from desktopapp.core.channels import Kind
from desktopapp.core.people import Role
from tests.support.reviewers import PW


def test_channels_schedule_and_state_through_review(app_ctx, user, tmp_path) -> None:
    display_zone.set_display_zone("Europe/London")
    channels.add_channel(Kind.OUTBOX, "NYC", user.id, path=str(tmp_path / "n"),
                         timezone="America/New_York")
    d = workflow.create_draft(user.id, "Opening hours change on Monday.")
    channels.set_targets(d.id, ["NYC"], user.id)
    channels.set_channel_text(d.id, "NYC", "Hours change Monday (NYC)", user.id)
    when = datetime(2030, 3, 5, 8, 0, tzinfo=UTC)
    workflow.schedule(d.id, when, user.id, zone="Europe/Berlin", now=when - timedelta(days=9))
    plan = composer.plan(app_ctx, d.id)
    assert [(t.name, t.network, t.own_text) for t in plan.targets] == [
        ("NYC", "Outbox", "Hours change Monday (NYC)")]
    assert plan.own_texts() == {"NYC": "Hours change Monday (NYC)"}
    assert plan.schedule == "Tue 05 Mar 09:00 Berlin · 03:00 New York · 08:00 London"
    assert "in America/New_York" in plan.schedule_tip
    assert (plan.images, plan.without_alt, plan.state) == (0, 0, "Draft")

    sam = people.add_person("Sam Reviewer", Role.REVIEWER, user.id, passphrase=PW)
    workflow.submit(d.id, user.id)
    state = composer.plan(app_ctx, d.id).state
    assert state.startswith("Cooling off until")
    later = datetime.now(UTC) + timedelta(days=3)
    app_ctx.clock = lambda: later
    plan = composer.plan(app_ctx, d.id)
    assert plan.state == "In review" and plan.state_tip
    workflow.approve(d.id, sam.id, passphrase=PW)
    assert composer.plan(app_ctx, d.id).state == "Approved"
