from __future__ import annotations

from datetime import UTC, datetime

import pytest

from desktopapp.checks.model import RiskLevel
from desktopapp.core import cooloff
from desktopapp.core.cooloff import CooloffPolicy, compute_hold
from desktopapp.core.errors import DomainError

BERLIN = CooloffPolicy(zone="Europe/Berlin")


def utc(*args: int) -> datetime:
    return datetime(*args, tzinfo=UTC)


def test_hold_scales_with_risk() -> None:
    noon = utc(2026, 6, 10, 10, 0)  # 12:00 in Berlin
    assert compute_hold(noon, RiskLevel.NONE, BERLIN).until == utc(2026, 6, 10, 10, 30)
    assert compute_hold(noon, RiskLevel.LOW, BERLIN).until == utc(2026, 6, 10, 10, 30)
    medium = compute_hold(noon, RiskLevel.MEDIUM, BERLIN)
    assert medium.until == utc(2026, 6, 10, 12, 0)
    assert "4 × 30 minutes = 2 hours" in medium.reason
    high = compute_hold(noon, RiskLevel.HIGH, BERLIN)
    assert high.until == utc(2026, 6, 11, 10, 0) and "risk is high" in high.reason


def test_late_night_extends_to_the_morning_in_the_authors_zone() -> None:
    late = utc(2026, 6, 10, 21, 40)  # 23:40 in Berlin (summer time)
    hold = compute_hold(late, RiskLevel.NONE, BERLIN)
    assert hold.until == utc(2026, 6, 11, 4, 0)  # 06:00 Berlin
    assert "at night" in hold.reason and "06:00" in hold.reason
    early = utc(2026, 6, 10, 1, 0)  # 03:00 Berlin: already night, the same morning
    assert compute_hold(early, RiskLevel.NONE, BERLIN).until == utc(2026, 6, 10, 4, 0)
    evening = utc(2026, 6, 10, 19, 0)  # 21:00 Berlin → 21:30, before night
    assert compute_hold(evening, RiskLevel.NONE, BERLIN).until == utc(2026, 6, 10, 19, 30)


def test_night_rule_across_a_daylight_saving_change() -> None:
    # Night of 28→29 March 2026: Berlin moves from UTC+1 to UTC+2 at 02:00.
    late = utc(2026, 3, 28, 22, 50)  # 23:50 Berlin (winter time)
    assert compute_hold(late, RiskLevel.NONE, BERLIN).until == utc(2026, 3, 29, 4, 0)


def test_the_publishers_earliest_end_counts_the_night_only_in_a_known_zone() -> None:
    """Another machine (the worker) cannot know the author's own zone: without one in the
    policy it counts the plain hold, which no honest app's hold is shorter than."""
    late = utc(2026, 6, 10, 21, 0)  # 23:00 in Berlin
    assert cooloff.earliest_end(late, RiskLevel.LOW, BERLIN) == \
        compute_hold(late, RiskLevel.LOW, BERLIN).until == utc(2026, 6, 11, 4, 0)
    anywhere = CooloffPolicy()
    assert cooloff.earliest_end(late, RiskLevel.LOW, anywhere) == utc(2026, 6, 10, 21, 30)
    assert cooloff.earliest_end(late, RiskLevel.MEDIUM, anywhere) == utc(2026, 6, 10, 23, 0)
    assert cooloff.earliest_end(late, RiskLevel.LOW, anywhere) <= \
        compute_hold(late, RiskLevel.LOW, anywhere).until


def test_machine_without_a_zone_uses_utc(monkeypatch) -> None:
    monkeypatch.setenv("TZ", "")
    monkeypatch.setattr("os.path.realpath", lambda _p: "/nonexistent")
    assert cooloff.local_zone().key == "UTC"
    hold = compute_hold(utc(2026, 6, 10, 23, 0), RiskLevel.NONE, CooloffPolicy())
    assert hold.until == utc(2026, 6, 11, 6, 0)


def test_policy_is_validated_and_stored(store) -> None:
    with pytest.raises(DomainError):
        CooloffPolicy(zone="Mars/Olympus").validate()
    with pytest.raises(DomainError):
        CooloffPolicy(night_start="25:99").validate()
    cooloff.save_policy(CooloffPolicy(base_minutes=10, zone="Europe/London"))
    assert cooloff.load_policy().base_minutes == 10
