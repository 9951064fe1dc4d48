"""Questions asked before a draft's time is set or moved: is the new time allowed, what
does it cost (a voided approval), what does it collide with (another post on the same
channel too close), and which zone is it in. The change itself is `workflow.schedule`."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime, timedelta

from desktopapp.core import pause, review
from desktopapp.core.display_zone import display_zone
from desktopapp.core.drafts import require_row
from desktopapp.core.states import DraftState
from desktopapp.core.zones import zone_info
from desktopapp.store.fields import utcnow
from desktopapp.store.models import Channel, Draft, DraftChannel

# A drop a few seconds in the past (the time it took to let go) is still "now".
PAST_TOLERANCE = timedelta(minutes=1)


@dataclass(frozen=True)
class Conflict:
    channel: str
    draft_id: int
    when: datetime
    gap_minutes: int


@dataclass(frozen=True)
class ScheduleCheck:
    allowed: bool
    problems: list[str] = field(default_factory=list)  # why it is not allowed
    voids_approval: bool = False
    conflicts: list[Conflict] = field(default_factory=list)
    paused: bool = False
    paused_channels: list[str] = field(default_factory=list)

    def summary(self) -> str:
        """One or two sentences for a tooltip or a confirmation dialog."""
        parts = list(self.problems)
        if self.voids_approval:
            parts.append("This is outside the approved day: the approval will be void and "
                         "the post needs a new review.")
        for c in self.conflicts:
            parts.append(f"Draft {c.draft_id} goes to {c.channel} at "
                         f"{c.when.astimezone(display_zone()):%a %H:%M}, closer than the "
                         f"{c.gap_minutes}-minute gap.")
        if self.paused:
            parts.append("Publishing is paused: nothing goes out until it is resumed.")
        for name in self.paused_channels:
            parts.append(f"{name} is paused: its post waits until the channel is resumed.")
        return " ".join(parts)


def default_zone(draft_id: int, row: Draft | None = None) -> str:
    """The zone a time for this draft means: the one it was scheduled in, else its first
    channel's, else the workspace's display zone."""
    row = row if row is not None else require_row(draft_id)
    if row.schedule_zone:
        return str(row.schedule_zone)
    first = (Channel.select(Channel.timezone).join(DraftChannel)
             .where(DraftChannel.draft == draft_id).order_by(Channel.name).first())
    return first.timezone if first is not None and first.timezone else display_zone().key


def conflicts(draft_id: int, when: datetime) -> list[Conflict]:
    """Other scheduled posts on the same channels closer than each channel's minimum gap."""
    found: list[Conflict] = []
    channels = (Channel.select().join(DraftChannel)
                .where((DraftChannel.draft == draft_id) & (Channel.min_gap_minutes > 0)))
    for channel in channels:
        gap = timedelta(minutes=channel.min_gap_minutes)
        near = (Draft.select(Draft.id, Draft.scheduled_at).join(DraftChannel)
                .where((DraftChannel.channel == channel.id) & (Draft.id != draft_id)
                       & Draft.trashed_at.is_null()
                       & (Draft.scheduled_at > when - gap) & (Draft.scheduled_at < when + gap))
                .order_by(Draft.scheduled_at))
        found += [Conflict(channel.name, d.id, d.scheduled_at, channel.min_gap_minutes)
                  for d in near]
    return found


def check(draft_id: int, when: datetime, zone_name: str | None = None,
          now: datetime | None = None, row: Draft | None = None) -> ScheduleCheck:
    """May the draft be (re)scheduled to `when`? Asked on every hover while dragging."""
    now = now or utcnow()
    row = row if row is not None else require_row(draft_id)
    zone_name = zone_name or default_zone(draft_id, row)
    zone_info(zone_name)
    problems = []
    state = DraftState(row.state)
    if state in (DraftState.PUBLISHED, DraftState.PUBLISHING, DraftState.UNCONFIRMED):
        problems.append("It has already gone out (or is going out); it cannot be moved.")
    if row.trashed_at is not None:
        problems.append("It is in the Trash.")
    if when < now - PAST_TOLERANCE:
        problems.append("That time has passed.")
    if row.cooloff_until is not None and state is DraftState.SUBMITTED \
            and when < row.cooloff_until:
        until = row.cooloff_until.astimezone(zone_info(zone_name))
        problems.append(f"That is before the cool-off ends ({until:%a %d %b %H:%M}).")
    voids = False
    if state is DraftState.SUBMITTED and not problems:
        before = review.schedule_window(row.scheduled_at, row.schedule_zone)
        after = review.schedule_window(when, zone_name)
        voids = before != after and review.approval_state(draft_id, now).valid
    held = [c.name for c in Channel.select(Channel.name).join(DraftChannel)
            .where((DraftChannel.draft == draft_id) & (Channel.paused_reason != ""))]
    return ScheduleCheck(not problems, problems, voids, conflicts(draft_id, when),
                         pause.state().paused, held)
