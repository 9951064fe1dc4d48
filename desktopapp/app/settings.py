"""The workspace's own settings, as the Settings dialog and the CLI read and change them:
what the checks look for (watch list, banned words, …) and the review rules (the cool-off
policy and how long an approval lasts). Personal preferences (theme, text size) live in
the settings file, not here."""

from __future__ import annotations

from dataclasses import dataclass, field

from desktopapp.app.context import AppContext, atomic
from desktopapp.core import cooloff, review, workspace
from desktopapp.core.cooloff import CooloffPolicy
from desktopapp.core.workspace import CheckSettings

__all__ = ["CheckSettings", "CooloffPolicy", "ReviewRules", "check_settings", "cooloff_waits",
           "review_rules", "save_check_settings", "save_review_rules"]


@dataclass(frozen=True)
class ReviewRules:
    cooloff: CooloffPolicy = field(default_factory=CooloffPolicy)
    approval_days: int = review.APPROVAL_MAX_AGE.days


def check_settings(_ctx: AppContext) -> CheckSettings:
    return workspace.load()


def save_check_settings(ctx: AppContext, checks: CheckSettings) -> None:
    workspace.save(checks, ctx.actor)


def review_rules(_ctx: AppContext) -> ReviewRules:
    return ReviewRules(cooloff.load_policy(), review.approval_max_age().days)


def save_review_rules(ctx: AppContext, rules: ReviewRules) -> None:
    """Both or neither: a policy that does not validate raises DomainError, saving nothing."""
    rules.cooloff.validate()
    with atomic(ctx):
        cooloff.save_policy(rules.cooloff)
        review.set_approval_max_age(rules.approval_days)


def cooloff_waits(policy: CooloffPolicy) -> str:
    """What a policy means, per risk, as the Settings dialog shows it next to its fields:
    "No or low risk: 30 minutes · medium: 2 hours · high: 1 day" (before the night rule)."""
    from desktopapp.checks.model import RiskLevel

    def wait(level: RiskLevel) -> str:
        return cooloff.minutes_text(cooloff.hold_minutes(level, policy)[0])

    return (f"No or low risk: {wait(RiskLevel.LOW)} · medium: {wait(RiskLevel.MEDIUM)} · "
            f"high: {wait(RiskLevel.HIGH)}, and never ending at night")
