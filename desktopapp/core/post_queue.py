"""The posting queue: weekly slots per channel (wall-clock time in the channel's zone),
blackout days that slots skip, and "add to queue", which gives a draft the next free slot
after its cool-off could end."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta

import peewee as pw

from desktopapp.core import audit, channels, cooloff, scheduling, zones
from desktopapp.core.drafts import require_row
from desktopapp.core.errors import DomainError
from desktopapp.core.states import DraftState
from desktopapp.store.fields import utcnow
from desktopapp.store.models import Blackout, Draft, DraftChannel, QueueSlot

DAYS = ["mon", "tue", "wed", "thu", "fri", "sat", "sun"]
HORIZON_DAYS = 366  # how far ahead a free slot is looked for


@dataclass(frozen=True, order=True)
class Slot:
    weekday: int
    minute: int

    def label(self) -> str:
        return f"{DAYS[self.weekday].capitalize()} {self.minute // 60:02d}:{self.minute % 60:02d}"


def parse_slots(spec: str) -> list[Slot]:
    """“mon-fri 09:00,13:00; sat 10:30” → slots. Day ranges wrap (“fri-mon”)."""
    result: set[Slot] = set()
    for part in filter(None, (p.strip() for p in spec.lower().split(";"))):
        m = re.fullmatch(r"([a-z]{3})(?:\s*-\s*([a-z]{3}))?\s+([\d:,\s]+)", part)
        if not m or m.group(1) not in DAYS or (m.group(2) and m.group(2) not in DAYS):
            raise DomainError(f"“{part}” is not like “mon-fri 09:00,13:00”.")
        first = DAYS.index(m.group(1))
        last = DAYS.index(m.group(2)) if m.group(2) else first
        days = [(first + i) % 7 for i in range((last - first) % 7 + 1)]
        for clock in filter(None, (c.strip() for c in m.group(3).split(","))):
            hm = re.fullmatch(r"(\d{1,2}):(\d{2})", clock)
            if not hm or int(hm.group(1)) > 23 or int(hm.group(2)) > 59:
                raise DomainError(f"“{clock}” is not a time of day like 09:00.")
            result.update(Slot(d, int(hm.group(1)) * 60 + int(hm.group(2))) for d in days)
    return sorted(result)


def compact_spec(weekly: list[Slot]) -> str:
    """Slots back as the short form people type: "mon-fri 09:00,13:00; sat 10:00" (days
    with the same times grouped, consecutive days as a range). parse_slots reads it back
    to the same slots."""
    times: dict[int, tuple[int, ...]] = {}
    for day in range(7):
        minutes = tuple(sorted(s.minute for s in weekly if s.weekday == day))
        if minutes:
            times[day] = minutes
    parts: list[tuple[int, str]] = []
    for minutes in set(times.values()):
        days = [d for d in range(7) if times.get(d) == minutes]
        runs: list[list[int]] = []
        for d in days:
            if runs and runs[-1][-1] == d - 1:
                runs[-1].append(d)
            else:
                runs.append([d])
        clock = ",".join(f"{m // 60:02d}:{m % 60:02d}" for m in minutes)
        for run in runs:
            span = DAYS[run[0]] if len(run) == 1 else f"{DAYS[run[0]]}-{DAYS[run[-1]]}"
            parts.append((run[0], f"{span} {clock}"))
    return "; ".join(text for _day, text in sorted(parts))


def set_slots(channel_name: str, spec: str, actor_id: int | None) -> list[Slot]:
    info = channels.get_channel(channel_name)
    parsed = parse_slots(spec)
    db = QueueSlot._meta.database
    with db.atomic():
        QueueSlot.delete().where(QueueSlot.channel == info.id).execute()
        for slot in parsed:
            QueueSlot.create(channel=info.id, weekday=slot.weekday, minute=slot.minute)
        audit.record(actor_id, "queue slots set", "channel", info.id,
                     reason=", ".join(s.label() for s in parsed) or "none")
    return parsed


def slots(channel_name: str) -> list[Slot]:
    info = channels.get_channel(channel_name)
    return sorted(Slot(r.weekday, r.minute) for r in
                  QueueSlot.select().where(QueueSlot.channel == info.id))


# --- blackouts ----------------------------------------------------------------------
@dataclass(frozen=True)
class BlackoutDay:
    id: int
    day: date
    channel: str  # "" for every channel
    reason: str


def add_blackout(day: date, reason: str, actor_id: int | None,
                 channel_name: str | None = None) -> BlackoutDay:
    channel_id = channels.get_channel(channel_name).id if channel_name else None
    row = Blackout.create(day=day.isoformat(), channel=channel_id, reason=reason.strip())
    audit.record(actor_id, "blackout added", "workspace", row.id,
                 reason=f"{day.isoformat()} {channel_name or 'all channels'}: {reason}")
    return BlackoutDay(row.id, day, channel_name or "", row.reason)


def remove_blackout(blackout_id: int, actor_id: int | None) -> None:
    if not Blackout.delete().where(Blackout.id == blackout_id).execute():
        raise DomainError(f"There is no blackout day {blackout_id}.")
    audit.record(actor_id, "blackout removed", "workspace", blackout_id)


def blackouts() -> list[BlackoutDay]:
    from desktopapp.store.models import Channel

    rows = Blackout.select(Blackout, Channel).join(Channel, pw.JOIN.LEFT_OUTER).order_by(
        Blackout.day)
    return [BlackoutDay(r.id, date.fromisoformat(r.day),
                        r.channel.name if r.channel is not None else "", r.reason) for r in rows]


def _blocked_days(channel_id: int) -> set[date]:
    rows = Blackout.select(Blackout.day).where(
        Blackout.channel.is_null() | (Blackout.channel == channel_id))
    return {date.fromisoformat(r.day) for r in rows}


# --- finding a slot -----------------------------------------------------------------
def _taken(channel_id: int, exclude_draft: int) -> list[datetime]:
    rows = (Draft.select(Draft.scheduled_at).join(DraftChannel)
            .where((DraftChannel.channel == channel_id) & (Draft.id != exclude_draft)
                   & Draft.trashed_at.is_null() & Draft.scheduled_at.is_null(False)))
    return [r.scheduled_at for r in rows]


def next_free_slot(channel_name: str, earliest: datetime, exclude_draft: int = 0) -> datetime:
    """The first slot at or after `earliest` that is not blacked out, not taken, and not
    closer than the channel's minimum gap to another post on it."""
    info = channels.get_channel(channel_name)
    weekly = slots(channel_name)
    if not weekly:
        raise DomainError(f"“{info.name}” has no queue slots yet (e.g. "
                          f"secondthought queue slots {info.name} \"mon-fri 09:00,13:00\").")
    gap = timedelta(minutes=info.min_gap_minutes)
    zone = zones.zone_info(info.timezone or "UTC")
    blocked = _blocked_days(info.id)
    taken = _taken(info.id, exclude_draft)
    day = earliest.astimezone(zone).date()
    for _ in range(HORIZON_DAYS):
        if day not in blocked:
            for slot in (s for s in weekly if s.weekday == day.weekday()):
                when = zones.to_utc(day, time(slot.minute // 60, slot.minute % 60), zone)
                if when < earliest:
                    continue
                if any(abs(when - t) < max(gap, timedelta(minutes=1)) for t in taken):
                    continue
                return when
        day += timedelta(days=1)
    raise DomainError(f"No free slot on “{info.name}” in the next year.")


@dataclass(frozen=True)
class SlotTime:
    channel: str
    colour: str
    when: datetime  # UTC


def free_slot_times(start: datetime, end: datetime,
                    only: frozenset[str] = frozenset()) -> list[SlotTime]:
    """The queue slots between two instants that are still free (not blacked out, no
    post of that channel at that time), for drawing them on the calendar."""
    found: list[SlotTime] = []
    for info in channels.list_channels():
        if only and info.name not in only:
            continue
        weekly = slots(info.name)
        if not weekly:
            continue
        zone = zones.zone_info(info.timezone or "UTC")
        blocked = _blocked_days(info.id)
        taken = set(_taken(info.id, 0))
        day, last = start.astimezone(zone).date(), end.astimezone(zone).date()
        while day <= last:
            if day not in blocked:
                for slot in (s for s in weekly if s.weekday == day.weekday()):
                    when = zones.to_utc(day, time(slot.minute // 60, slot.minute % 60), zone)
                    if start <= when < end and when not in taken:
                        found.append(SlotTime(info.name, info.colour, when))
            day += timedelta(days=1)
    return sorted(found, key=lambda s: (s.when, s.channel))


def earliest_for(draft_id: int, now: datetime | None = None) -> datetime:
    """When the draft could go out at the soonest: after its cool-off, or, not submitted
    yet, after the cool-off it would get if submitted now."""
    from desktopapp.core.variants import draft_risk

    now = now or utcnow()
    row = require_row(draft_id)
    if DraftState(row.state) is DraftState.SUBMITTED and row.cooloff_until is not None:
        return max(now, row.cooloff_until)
    hold = cooloff.compute_hold(now, draft_risk(draft_id, row), cooloff.load_policy())
    return max(now, hold.until)


def add_to_queue(draft_id: int, channel_name: str, actor_id: int,
                 now: datetime | None = None) -> tuple[datetime, scheduling.ScheduleCheck]:
    """Target the channel (if not yet) and schedule the draft in its next free slot."""
    from desktopapp.core import workflow

    info = channels.get_channel(channel_name)
    current = [c.name for c in channels.targets(draft_id)]
    db = Draft._meta.database
    with db.atomic():
        if info.name not in current:
            channels.set_targets(draft_id, [*current, info.name], actor_id)
        when = next_free_slot(info.name, earliest_for(draft_id, now), draft_id)
        verdict = workflow.schedule(draft_id, when, actor_id, zone=info.timezone, now=now)
    return when, verdict


@dataclass(frozen=True)
class FillItem:
    draft_id: int
    preview: str
    when: datetime | None  # None: it could not be queued, see `problem`
    problem: str = ""


def fill_plan(channel_name: str, actor_id: int, *, tag: str = "", everything: bool = False,
              limit: int = 50, now: datetime | None = None,
              apply: bool = False) -> list[FillItem]:
    """What filling the channel's queue does: every unscheduled draft that goes to this
    channel (with `tag`: every unscheduled draft with that tag; with `everything`: every
    unscheduled draft), oldest first, each in the next free slot, or the reason it cannot
    be queued. Nothing is kept unless `apply` (the preview runs the same code and rolls
    back, so it cannot promise what the real run would not do)."""
    from desktopapp.store.models import Channel, DraftTag

    info = channels.get_channel(channel_name)
    query = (Draft.select(Draft.id, Draft.body).where(
        Draft.scheduled_at.is_null() & Draft.trashed_at.is_null()
        & Draft.state.in_([DraftState.DRAFT.value, DraftState.SUBMITTED.value])
        & (Draft.body != "")).order_by(Draft.created_at, Draft.id))
    if tag:
        query = query.where(Draft.id.in_(DraftTag.select(DraftTag.draft)
                                         .where(DraftTag.name == tag.lstrip("#").lower())))
    elif not everything:
        query = query.where(Draft.id.in_(
            DraftChannel.select(DraftChannel.draft).join(Channel)
            .where(Channel.id == info.id)))
    items: list[FillItem] = []
    db = Draft._meta.database
    with db.atomic() as txn:
        for row in query.limit(max(1, min(limit, 500))):
            preview = " ".join(row.body.split())[:80]
            try:
                when, _verdict = add_to_queue(row.id, info.name, actor_id, now)
            except DomainError as exc:  # a draft that cannot be queued stops nothing
                items.append(FillItem(row.id, preview, None, str(exc)))
                continue
            items.append(FillItem(row.id, preview, when))
        if not apply:
            txn.rollback()
    return items


def nothing_to_fill_reason(channel_name: str, *, tag: str = "",
                           everything: bool = False) -> str:
    """Why a fill found no draft at all, in words that say what to do instead."""
    if tag:
        return (f"No unscheduled draft with text has the tag “{tag.lstrip('#')}”. Tags are "
                "set in the editor's Tags field.")
    if everything:
        return "There is no unscheduled draft with text: every draft already has a time."
    return (f"No unscheduled draft with text goes to {channel_name} yet. Choose “all "
            "unscheduled drafts” (they are added to the channel) or a tag, or tick the "
            "channel in a draft's Publishing → Publish this draft to….")


def fill(channel_name: str, actor_id: int, *, tag: str = "", limit: int = 50,
         now: datetime | None = None) -> list[tuple[int, datetime]]:
    """Queue the drafts `fill_plan` finds; returns (draft id, time) of those queued."""
    return [(item.draft_id, item.when) for item in
            fill_plan(channel_name, actor_id, tag=tag, limit=limit, now=now, apply=True)
            if item.when is not None]
