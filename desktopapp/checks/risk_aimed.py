"""Harm aimed at someone, one checker for four kinds (each in its own module): threats
written as jokes (risk_threat), endorsed violence (risk_endorse), blame put on victims and
accusers (risk_blame) and insults beyond the word list (insult_rules). Each gives at most
one warning per paragraph, on the words that make it; where a kind's structures find
nothing, the session 6 rules for it (risk_aimed_s6) still have their say."""

from __future__ import annotations

import re
from collections.abc import Callable

from desktopapp.checks import insult_rules, risk_aimed_s6, risk_blame, risk_endorse, risk_threat
from desktopapp.checks.aimed_words import FIGURATIVE_FIELD, spans
from desktopapp.checks.model import CheckContext, CheckWarning

# "His followers called the women liars", "she was branded a fantasist": someone else's
# blame or contempt, told. The writer's own ("I called her a liar") stays theirs.
_REPORTED = re.compile(r"(?<!\bi )(?<!\bwe )\b(?:called|calls|calling|labell?ed|branded|dubbed|"
                       r"accused (?:them|her|him) of)\s+(?:\w+\s+){0,3}$", re.IGNORECASE)


# What the session 6 rules say is kept only where the new ones' precision checks agree: an
# act about a game or food, someone else's plan, "shoot you a message", a round of drinks
# "on him".
_SHOOT_A_MESSAGE = re.compile(r"shoot(?:ing)? (?:you|him|her|them|u|me) (?:a|an|some) ",
                              re.IGNORECASE)


def _kept(text: str, warning: CheckWarning) -> bool:
    span = next((s for s in spans(text) if s.start <= warning.start < s.end), None)
    sentence = span.text if span else text
    before = text[max(0, warning.start - 30):warning.start]
    said = text[warning.start:warning.end + 30]
    if warning.code == "risk.threat":
        return not (FIGURATIVE_FIELD.search(sentence) or _SHOOT_A_MESSAGE.search(said)
                    or (risk_threat._THIRD_PERSON.search(before)
                        and not risk_threat._FIRST_PERSON.search(before)))
    if warning.code == "risk.victim-blaming":
        return not risk_blame.SUPPORT.search(sentence)
    return not FIGURATIVE_FIELD.search(sentence)


def _session6(text: str, rule: Callable[[str], list[CheckWarning]]) -> list[CheckWarning]:
    return [w for w in rule(text) if _kept(text, w)]


def check(text: str, ctx: CheckContext) -> list[CheckWarning]:
    found = ((risk_threat.check(text) or _session6(text, risk_aimed_s6.threat))
             + (risk_endorse.check(text) or _session6(text, risk_aimed_s6.endorse))
             + (risk_blame.check(text) or _session6(text, risk_aimed_s6.blame))
             + insult_rules.check(text))
    return [w for w in found if not (w.code == "risk.victim-blaming" and
                                     _REPORTED.search(text, max(0, w.start - 40), w.start))]
