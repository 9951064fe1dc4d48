"""Everything about one draft that says where and when it goes: its channels with their
own texts, its schedule in every zone that matters, its state, cool-off and approval.
`secondthought drafts show` prints it; Qt-free so any front end can."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from desktopapp.core import channels, display_zone, review, zones
from desktopapp.core.drafts import DraftInfo, get_draft, require_row
from desktopapp.store.fields import utcnow


@dataclass(frozen=True)
class ChannelPlan:
    name: str
    kind: str
    timezone: str
    own_text: str | None  # None: the draft's text goes out as it is
    paused_reason: str = ""


@dataclass(frozen=True)
class LocalTime:
    zone: str
    at: datetime  # in that zone


@dataclass(frozen=True)
class Overview:
    draft: DraftInfo
    channels: tuple[ChannelPlan, ...]
    scheduled_at: datetime | None  # UTC
    schedule_zone: str
    local_times: tuple[LocalTime, ...]  # the schedule in each distinct zone
    cooloff_until: datetime | None
    approved: bool
    approval: str  # in words: who approved, or why it is not (or no longer) approved

    def to_json(self) -> dict[str, object]:
        data = self.draft.to_json()
        data["channels"] = [{"name": c.name, "kind": c.kind, "timezone": c.timezone,
                             "text": c.own_text, "paused_reason": c.paused_reason or None}
                            for c in self.channels]
        data["schedule"] = None if self.scheduled_at is None else {
            "at": self.scheduled_at.isoformat(), "zone": self.schedule_zone,
            "local": [{"zone": t.zone, "at": t.at.isoformat()} for t in self.local_times]}
        data["cooloff_until"] = (self.cooloff_until.isoformat() if self.cooloff_until
                                 else None)
        data["approval"] = {"approved": self.approved, "detail": self.approval}
        return data


def _approval(draft_id: int, now: datetime) -> tuple[bool, str]:
    state = review.approval_state(draft_id, now)
    if state.valid and state.review is not None:
        who = state.review.reviewer.display_name
        return True, f"Approved by {who} on {state.review.decided_at:%Y-%m-%d %H:%M} UTC."
    return False, state.why


def overview(draft_id: int, now: datetime | None = None) -> Overview:
    now = now or utcnow()
    info = get_draft(draft_id)
    row = require_row(draft_id)
    own = channels.channel_texts(draft_id)
    plans = tuple(ChannelPlan(c.name, c.kind.value, c.timezone, own.get(c.name),
                              c.paused_reason) for c in channels.targets(draft_id))
    when = row.scheduled_at
    zone = str(row.schedule_zone or "")
    local: tuple[LocalTime, ...] = ()
    if when is not None:
        names = dict.fromkeys([n for n in [zone, *(c.timezone for c in plans),
                                           display_zone.display_zone().key] if n])
        seen: set[str] = set()
        shown = []
        for name in names:
            at = when.astimezone(zones.zone_info(name))
            key = at.strftime("%Y-%m-%d %H:%M%z")
            if key not in seen:  # Berlin and Paris say the same: once is enough
                seen.add(key)
                shown.append(LocalTime(name, at))
        local = tuple(shown)
    approved, approval = _approval(draft_id, now)
    return Overview(info, plans, when, zone, local, row.cooloff_until, approved, approval)
