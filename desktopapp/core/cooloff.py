"""The cool-off: how long a submitted draft is held before it may go out, and why.

The hold grows with the draft's risk and never ends in the middle of the night (the
author's night, in the author's time zone): a post finished at 23:40 waits for the
morning. The end is computed once, on submit, and stored in UTC.
"""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass, field
from datetime import datetime, timedelta

from desktopapp.checks.model import RiskLevel
from desktopapp.core.errors import DomainError
from desktopapp.core.zones import local_zone, parse_clock, zone_info
from desktopapp.store.models import Setting

SETTING_KEY = "cooloff.policy"


@dataclass(frozen=True)
class CooloffPolicy:
    base_minutes: int = 30
    multipliers: dict[str, float] = field(
        default_factory=lambda: {"none": 1.0, "low": 1.0, "medium": 4.0})
    high_minutes: int = 24 * 60
    night_start: str = "22:00"
    night_end: str = "06:00"
    zone: str = ""  # the author's IANA zone; empty: this computer's zone (UTC if unknown)

    def validate(self) -> CooloffPolicy:
        if not 0 <= self.base_minutes <= 7 * 24 * 60:
            raise DomainError("The base cool-off must be between 0 minutes and 7 days.")
        if not 0 <= self.high_minutes <= 14 * 24 * 60:
            raise DomainError("The high-risk cool-off must be between 0 minutes and 14 days.")
        for value in (self.night_start, self.night_end):
            parse_clock(value)
        if self.zone:
            zone_info(self.zone)
        return self


def load_policy() -> CooloffPolicy:
    row = Setting.get_or_none(Setting.key == SETTING_KEY)
    if row is None:
        return CooloffPolicy()
    try:
        data = json.loads(row.value)
        return CooloffPolicy(**data).validate()
    except (ValueError, TypeError, DomainError):
        return CooloffPolicy()  # a damaged setting falls back to the safe defaults


def save_policy(policy: CooloffPolicy) -> None:
    policy.validate()
    Setting.put(SETTING_KEY, json.dumps(asdict(policy)))


def minutes_text(minutes: float) -> str:
    minutes = round(minutes)
    if minutes % (24 * 60) == 0 and minutes >= 24 * 60:
        days = minutes // (24 * 60)
        return f"{days} day{'s' if days != 1 else ''}"
    if minutes % 60 == 0 and minutes >= 60:
        hours = minutes // 60
        return f"{hours} hour{'s' if hours != 1 else ''}"
    if minutes >= 60:
        return f"{minutes // 60} h {minutes % 60} min"
    return f"{minutes} minute{'s' if minutes != 1 else ''}"


@dataclass(frozen=True)
class Hold:
    until: datetime  # UTC
    reason: str


def hold_minutes(risk: RiskLevel, policy: CooloffPolicy) -> tuple[float, str]:
    """How long a post of this risk waits (before the night rule), and why."""
    if risk is RiskLevel.HIGH:
        minutes: float = policy.high_minutes
        return minutes, f"its risk is high, so it waits {minutes_text(minutes)}"
    factor = policy.multipliers.get(risk.value, 1.0)
    minutes = policy.base_minutes * factor
    if factor != 1:
        return minutes, (f"its risk is {risk.value}, so it waits {factor:g} × "
                         f"{minutes_text(policy.base_minutes)} = {minutes_text(minutes)}")
    return minutes, f"every post waits {minutes_text(minutes)} (its risk is {risk.value})"


def earliest_end(submitted_at: datetime, risk: RiskLevel, policy: CooloffPolicy) -> datetime:
    """The earliest end any honest app could have computed for this hold: the night rule
    counts only when the policy names its zone (else it was the author's own computer's
    zone, which another machine cannot know, and the rule only ever makes a hold longer)."""
    if policy.zone:
        return compute_hold(submitted_at, risk, policy).until
    return submitted_at + timedelta(minutes=hold_minutes(risk, policy)[0])


def compute_hold(submitted_at: datetime, risk: RiskLevel, policy: CooloffPolicy) -> Hold:
    """When the hold ends and a plain sentence saying why it is this long."""
    minutes, why = hold_minutes(risk, policy)
    until = submitted_at + timedelta(minutes=minutes)
    zone = zone_info(policy.zone) if policy.zone else local_zone()
    local_end = until.astimezone(zone)
    start, end = parse_clock(policy.night_start), parse_clock(policy.night_end)
    clock = local_end.time()
    in_night = (clock >= start or clock < end) if start > end else (start <= clock < end)
    if in_night and minutes > 0:
        morning = local_end.date() if clock < end else local_end.date() + timedelta(days=1)
        # Build the local morning and let zoneinfo resolve daylight-saving gaps.
        extended = datetime.combine(morning, end, tzinfo=zone)
        until = extended.astimezone(submitted_at.tzinfo)
        why += (f", and it would have ended at night ({policy.night_start}–{policy.night_end}, "
                f"{zone.key}), so it waits until {policy.night_end} in the morning")
    return Hold(until, f"Held until {until.astimezone(zone):%a %H:%M} ({zone.key}) because "
                       f"{why}.")
