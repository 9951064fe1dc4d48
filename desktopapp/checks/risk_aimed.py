"""Harm aimed at someone, one checker for four kinds (each in its own module): threats
written as jokes (risk_threat), endorsed violence (risk_endorse), blame put on victims and
accusers (risk_blame) and insults beyond the word list (insult_rules). Each gives at most
one warning per paragraph, on the words that make it; where a kind's structures find
nothing, the session 6 rules for it (risk_aimed_s6) still have their say."""

from __future__ import annotations

from desktopapp.checks import insult_rules, risk_aimed_s6, risk_blame, risk_endorse, risk_threat
from desktopapp.checks.model import CheckContext, CheckWarning


def check(text: str, ctx: CheckContext) -> list[CheckWarning]:
    return ((risk_threat.check(text) or risk_aimed_s6.threat(text))
            + (risk_endorse.check(text) or risk_aimed_s6.endorse(text))
            + (risk_blame.check(text) or risk_aimed_s6.blame(text))
            + insult_rules.check(text))
